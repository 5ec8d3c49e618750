"""The clitic segmentation model: candidate analyses and their features.

A token (diacritics stripped) is analysed as ``proclitics + host + enclitic``. Every way of
peeling a proclitic sequence (:data:`~khabar.morph.seg_text.PREFIXES`) and one pronoun
enclitic (:data:`~khabar.morph.seg_text.SUFFIXES`) off the token is a candidate; ``ل`` before a
host written ``ل…`` also yields the ``ل + ال…`` reading (PADT restores the article:
«للصناعة» → ل + الصناعة). An averaged perceptron (trained by ``training/train_segmenter.py``)
ranks the candidates with features of the affixes, the characters at each boundary, and the
frequency of the host and of the whole token in PADT train and in raw news, including how
often the whole token and the host take the article in raw news (names rarely do; a token
that takes it is one word). The future proclitic س is only peeled off before an imperfect
verb's prefix (:data:`FUTURE_HOST`), so «سبيت» is never س + بيت.

The host's word text is then restored the PADT way (:mod:`khabar.morph.seg_restore`, whose
names this module re-exports). Training and runtime share :func:`candidates`,
:func:`features` and :func:`restore`.
"""
from __future__ import annotations

from khabar.morph.seg_restore import (  # noqa: F401  (re-exported)
    ALLAH, ALLAH_PADT, Cand, Resources, host_variants, keep_written, restore, stem_of, words_of)
from khabar.morph.seg_text import PREFIXES, SUFFIXES, bucket, fold

#: First letters of a host after the future proclitic س (imperfect prefixes ي ت ن أ).
FUTURE_HOST = frozenset("يتناأ")

# the affixes a token may have, by its last three / first two letters (every suffix has at
# most three letters and every prefix at most two, so these decide ``endswith``/``startswith``)
_SUFS: dict[str, list[str]] = {}
_PRES: dict[str, list[str]] = {}


def candidates(base: str) -> list[Cand]:
    """All (prefix, suffix, lal) analyses of ``base`` that leave a non-empty host."""
    out: list[Cand] = []
    n = len(base)
    sufs = _SUFS.get(base[-3:])
    if sufs is None:
        if len(_SUFS) > 50_000:
            _SUFS.clear()
            _PRES.clear()
        sufs = _SUFS[base[-3:]] = [s for s in SUFFIXES if not s or base[-3:].endswith(s)]
    pres = _PRES.get(base[:2])
    if pres is None:
        pres = _PRES[base[:2]] = [p for p in PREFIXES if not p or base[:2].startswith(p)]
    for p in pres:
        lp = len(p)
        if p.endswith("س") and base[lp:lp + 1] not in FUTURE_HOST:
            continue      # future س only before an imperfect verb (سبيت is a name, not س + بيت)
        lal_ok = p.endswith("ل") and n > lp and base[lp] == "ل"
        for s in sufs:
            m = n - lp - len(s)
            if m < 1:
                continue
            out.append((p, s, False))
            if lal_ok and m >= 2:
                out.append((p, s, True))
    return out


def features(base: str, cand: Cand, res: Resources, tok_news: int | None = None) -> list[str]:
    """Feature strings of one candidate analysis of ``base`` (a stripped Arabic token)."""
    p, s, lal = cand
    stem = base[len(p):len(base) - len(s)] if s else base[len(p):]
    kind = ("P" if p else "") + ("S" if s else "") + ("L" if lal else "")
    tag = p + "|" + s + ("|1" if lal else "|0")
    if tok_news is None:
        tok_news = res.news.get(fold(base), 0)
    tb = bucket(tok_news)
    sl = _SL[min(len(stem), 9)]
    f = [
        "c=" + tag,
        "k=" + kind,
        sl + kind,
        sl + tag,
        "f1=" + stem[:1] + "|" + p,
        "f2=" + stem[:2] + "|" + p,
        "l1=" + stem[-1:] + "|" + s,
        "l2=" + stem[-2:] + "|" + s,
        "l3=" + stem[-3:] + "|" + s,
        "f3=" + stem[:3] + "|" + p,
    ]
    if kind:
        folded = [fold(v) for v in host_variants(stem, bool(s), lal)]
        news = res.news
        hb = bucket(max([news.get(v, 0) for v in folded]))
        k = "|" + kind
        f.append("nb=" + str(hb) + k)
        f.append("nd=" + str(max(-6, min(6, hb - tb))) + k)
        f.append("nbt=" + str(hb) + "|" + str(tb) + k)
        f.append("pu=" + str(bucket(res.unsplit.get(stem, 0))) + k)
        f.append("ph=" + str(bucket(res.host.get(stem, 0))) + k)
        hostword = res.hostword
        f.append("pw=" + str(bucket(max([hostword.get(v, 0) for v in folded]))) + k)
        # names: a whole token that takes the article is one word («الفبركة» → فبركة);
        # a host after ب/ك/ل that never takes it is unlikely to be a noun («ك + يلي»)
        f.append("ta=" + str(_COARSE[bucket(news.get("ال" + fold(base), 0))]) + k)
        if not lal and not stem.startswith("ال"):
            ha = max([news.get("ال" + v, 0) for v in folded])
            f.append("ha=" + str(_COARSE[bucket(ha)]) + "|" + p[-1:] + "|" + kind)
        if p:
            f.append("pb=" + p[-1] + stem[:2])
            if stem.startswith("ال"):
                f.append("pal=" + p + ("|1" if lal else "|0"))
                if len(stem) > 3:
                    # the host without its article: a rare «التشريد» is still the word «تشريد»
                    f.append("nba=" + str(_COARSE[bucket(news.get(fold(stem[2:]), 0))]) + k)
        if s:
            f.append("sb=" + stem[-2:] + s)
            if stem.startswith("ال"):
                f.append("als=" + s)
        if len(stem) <= 2:
            f.append("short=" + stem + "|" + tag)
    else:
        f.append("nb0=" + str(tb))
        f.append("t2=" + base[:2] + "|" + base[-2:])
    return f


_SL = ["sl=%d|" % k for k in range(10)]
_COARSE = [0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]   # bucket (0..12) → 0..4
