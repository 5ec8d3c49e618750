"""The clitic segmentation model: candidate analyses, their features, and the restoration of
host words to PADT's spelling.

A token (diacritics stripped) is analysed as ``proclitics + host + enclitic``. Every way of
peeling a proclitic sequence (:data:`~khabar.morph.seg_text.PREFIXES`) and one pronoun
enclitic (:data:`~khabar.morph.seg_text.SUFFIXES`) off the token is a candidate; ``ل`` before a
host written ``ل…`` also yields the ``ل + ال…`` reading (PADT restores the article:
«للصناعة» → ل + الصناعة). An averaged perceptron (trained by ``training/train_segmenter.py``)
ranks the candidates with features of the affixes, the characters at each boundary, and the
frequency of the host and of the whole token in PADT train and in raw news.

The host's word text is then restored the PADT way: a table learned from PADT train
(surface piece → word text), else the ending variants (ة, ى, final hamza, verbal -وا) scored by
frequency, then the best-attested hamza spelling of that key (folded hamza seats) in PADT
train words and raw news.

Training and runtime share :func:`candidates`, :func:`features` and :func:`restore`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from khabar.morph.seg_text import PREFIXES, SUFFIXES, bucket, end_variants, fold

#: A candidate: (proclitic string, enclitic string, ل+ال restoration flag).
Cand = tuple[str, str, bool]


@dataclass
class Resources:
    """Lexical statistics the features and the restoration read (all keyed by text)."""

    news: dict[str, int] = field(default_factory=dict)        # fold(word) → count in raw news
    spell: dict[str, str] = field(default_factory=dict)       # fold(word) → best spelling
    unsplit: dict[str, int] = field(default_factory=dict)     # PADT: token left whole → count
    host: dict[str, int] = field(default_factory=dict)        # PADT: host surface piece → count
    hostword: dict[str, int] = field(default_factory=dict)    # PADT: fold(host word) → count
    rewrite: dict[str, str] = field(default_factory=dict)     # "piece|lal|suf" → word text


def candidates(base: str) -> list[Cand]:
    """All (prefix, suffix, lal) analyses of ``base`` that leave a non-empty host."""
    out: list[Cand] = []
    n = len(base)
    for p in PREFIXES:
        if p and not base.startswith(p):
            continue
        for s in SUFFIXES:
            if s and not base.endswith(s):
                continue
            if n - len(p) - len(s) < 1:
                continue
            out.append((p, s, False))
            if p.endswith("ل") and base[len(p)] == "ل" and n - len(p) - len(s) >= 2:
                out.append((p, s, True))
    return out


def host_variants(stem: str, has_suffix: bool, lal: bool) -> list[str]:
    """Spellings the host may take as a word (before hamza restoration)."""
    bases = ["ا" + stem, "ال" + stem] if lal else [stem]
    out: list[str] = []
    for b in bases:
        out.extend(end_variants(b, has_suffix))
    return out


def _host_count(res: Resources, stem: str, has_suffix: bool, lal: bool) -> int:
    news = res.news
    return max(news.get(fold(v), 0) for v in host_variants(stem, has_suffix, lal))


def features(base: str, cand: Cand, res: Resources, tok_news: int | None = None) -> list[str]:
    """Feature strings of one candidate analysis of ``base`` (a stripped Arabic token)."""
    p, s, lal = cand
    stem = base[len(p):len(base) - len(s)] if s else base[len(p):]
    kind = ("P" if p else "") + ("S" if s else "") + ("L" if lal else "")
    tag = f"{p}|{s}|{int(lal)}"
    if tok_news is None:
        tok_news = res.news.get(fold(base), 0)
    tb = bucket(tok_news)
    f = [
        "c=" + tag,
        "k=" + kind,
        f"sl={min(len(stem), 9)}|{kind}",
        f"sl={min(len(stem), 9)}|{tag}",
        f"f1={stem[:1]}|{p}",
        f"f2={stem[:2]}|{p}",
        f"l1={stem[-1:]}|{s}",
        f"l2={stem[-2:]}|{s}",
        f"l3={stem[-3:]}|{s}",
        f"f3={stem[:3]}|{p}",
    ]
    if kind:
        hn = _host_count(res, stem, bool(s), lal)
        hb = bucket(hn)
        f.append(f"nb={hb}|{kind}")
        f.append(f"nd={max(-6, min(6, hb - tb))}|{kind}")
        f.append(f"nbt={hb}|{tb}|{kind}")
        f.append(f"pu={bucket(res.unsplit.get(stem, 0))}|{kind}")
        f.append(f"ph={bucket(res.host.get(stem, 0))}|{kind}")
        hw = max(res.hostword.get(fold(v), 0) for v in host_variants(stem, bool(s), lal))
        f.append(f"pw={bucket(hw)}|{kind}")
        if p:
            f.append(f"pb={p[-1]}{stem[:2]}")
            if stem.startswith("ال"):
                f.append(f"pal={p}|{int(lal)}")
        if s:
            f.append(f"sb={stem[-2:]}{s}")
            if stem.startswith("ال"):
                f.append(f"als={s}")
        if len(stem) <= 2:
            f.append(f"short={stem}|{tag}")
    else:
        f.append(f"nb0={tb}")
        f.append(f"t2={base[:2]}|{base[-2:]}")
    return f


def stem_of(base: str, cand: Cand) -> str:
    p, s, _ = cand
    return base[len(p):len(base) - len(s)] if s else base[len(p):]


def restore(stem: str, has_suffix: bool, lal: bool, res: Resources) -> str:
    """The PADT word text of a host piece (see module docstring)."""
    key = f"{stem}|{int(lal)}|{int(has_suffix)}"
    hit = res.rewrite.get(key)
    if hit is not None:
        return hit
    variants = host_variants(stem, has_suffix, lal)
    if len(variants) == 1:
        best = variants[0]
    else:
        best = max(variants, key=lambda v: (res.hostword.get(fold(v), 0) * 1000
                                            + res.news.get(fold(v), 0), -variants.index(v)))
    return res.spell.get(fold(best), best)


def words_of(base: str, cand: Cand, res: Resources) -> tuple[str, ...]:
    """The syntactic words of ``base`` under analysis ``cand``."""
    p, s, lal = cand
    if not p and not s:
        return (base,)
    stem = stem_of(base, cand)
    out = list(p)
    out.append(restore(stem, bool(s), lal, res))
    if s:
        out.append(s)
    return tuple(out)
