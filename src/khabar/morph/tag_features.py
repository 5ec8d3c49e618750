"""Feature templates of the UPOS tagger, shared by training and tagging.

The tagger's score for a word is a sum of per-type parts, so each part can be cached per type:
the word's own features (form, normalized form, prefixes/suffixes, shape, clitic position,
cluster) and the features it contributes as the neighbour at offsets -2, -1, +1, +2. Only the
previous two tags are dynamic. A *type key* is ``(form, code)`` where ``code`` is the word's
position inside its surface token: ``S`` alone, ``B`` first (a proclitic), ``I`` middle,
``E`` last (usually an enclitic pronoun) of a multiword token.
"""
from __future__ import annotations

import re
from functools import lru_cache

from khabar.lang.chars import ALEF_FOLD, DIACRITICS, DIGIT_FOLD, TATWEEL
from khabar.morph.seg_text import _any_of, _with_identity, fold

_FOLD = {ord(c): None for c in DIACRITICS} | {ord(TATWEEL): None}
_FOLD |= {ord(k): v for k, v in ALEF_FOLD.items()} | {ord("ى"): "ي"}
_FOLD |= {ord(k): v for k, v in DIGIT_FOLD.items()}
_STRIP_DIAC = {ord(c): None for c in DIACRITICS} | {ord(TATWEEL): None}
# identity-completed tables and a "anything to change?" scan (see seg_text._with_identity)
_FOLD_ALL, _FOLD_ANY = _with_identity(_FOLD), _any_of(_FOLD)
_STRIP_DIAC_ALL, _STRIP_DIAC_ANY = _with_identity(_STRIP_DIAC), _any_of(_STRIP_DIAC)

_ARABIC = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
_ALNUM = re.compile(r"\w")

OFFSETS = (-2, -1, 1, 2)
AUTOTAG_MIN = 3      # a word's auto-tag entry needs this many tagged occurrences in raw news
AUTOTAG_SHARE = 0.1  # ... and lists the tags with at least this share of them


def read_tagdict(path) -> dict[str, str]:
    """``{normalized word: "TAG1 TAG2"}`` from ``autotag.tsv.gz`` (word, then ``TAG:count`` items)."""
    import gzip
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            w, items = line.rstrip("\n").split("\t")
            pairs = [(t, int(c)) for t, c in (x.rsplit(":", 1) for x in items.split(" "))]
            tot = sum(c for _, c in pairs)
            if tot < AUTOTAG_MIN:
                continue
            out[w] = " ".join(t for t, c in pairs[:2] if c >= AUTOTAG_SHARE * tot)
    return out
BOUNDARY = ("<B>", "S")


def strip_diacritics(s: str) -> str:
    return s if _STRIP_DIAC_ANY.search(s) is None else s.translate(_STRIP_DIAC_ALL)


def normalize(form: str) -> str:
    """Fold diacritics, tatweel, hamza-carrying alefs, alef maqsura and digits for features."""
    return form if _FOLD_ANY.search(form) is None else form.translate(_FOLD_ALL)


@lru_cache(maxsize=200_000)
def shape(form: str) -> str:
    """Coarse character classes of a form, repeats collapsed: ``a`` Arabic, ``d`` digit, ``L`` Latin, ``p`` other."""
    out = []
    for ch in form:
        if _ARABIC.match(ch):
            c = "a"
        elif _DIGIT.match(ch):
            c = "d"
        elif _LATIN.match(ch):
            c = "L"
        elif _ALNUM.match(ch):
            c = "w"
        else:
            c = "p"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:4])


def clitic_codes(token_index: list[int] | None, n: int) -> list[str]:
    """Position code of each word inside its surface token (``S``/``B``/``I``/``E``)."""
    if token_index is None or len(token_index) != n:
        return ["S"] * n
    codes = []
    for i, t in enumerate(token_index):
        first = i == 0 or token_index[i - 1] != t
        last = i == n - 1 or token_index[i + 1] != t
        codes.append("S" if first and last else "B" if first else "E" if last else "I")
    return codes


def own_features(form: str, code: str, clusters: dict[str, str] | None = None,
                 tagdict: dict[str, str] | None = None,
                 names: dict[str, str] | None = None,
                 news: dict[str, int] | None = None) -> list[str]:
    """Features of a word type in its own position (``names``: normalized word → its
    raw-news name-ness bucket, ``training.tag_names``; ``news``: raw-news token counts for
    :func:`paradigm_features`)."""
    nm = normalize(form)
    sh = shape(form)
    f = ["b", "w=" + form, "n=" + nm, "sh=" + sh, "c=" + code, "cn=" + code + nm,
         "ln=%d" % min(len(nm), 9), "csh=" + code + sh]
    if sh == "a":
        L = len(nm)
        for k in range(1, 5):
            if L > k:
                f.append("p%d=%s" % (k, nm[:k]))
                f.append("s%d=%s" % (k, nm[-k:]))
        if L > 2:
            f.append("cs2=" + code + nm[-2:])
            f.append("ps=" + nm[:1] + "_" + nm[-1:])
            f.append("al=" + nm[:2] + "|" + nm[-2:])
    if clusters is not None:
        cl = clusters.get(nm)
        if cl is not None:
            for j, c in enumerate(cl.split("|")):
                f.append("k%d=%s" % (j, c))
        else:
            f.append("k=none")
    if tagdict is not None:
        td = tagdict.get(nm)
        if td is not None:
            f.append("at=" + td)
            f.append("at1=" + td.split(" ")[0])
            f.append("atc=" + code + td)
        else:
            f.append("at=none")
    if news is not None and sh == "a":
        f.extend(paradigm_features(form, news))
    if names is not None and sh == "a":
        nb = names.get(nm, "none")
        f.append("nb=" + nb)
        f.append("cnb=" + code + nb)
    return f


def paradigm_features(form: str, news: dict[str, int]) -> list[str]:
    """Which inflected and cliticized variants of an Arabic word raw news attests — a
    paradigm signature: names rarely take the article, ة, plural endings or pronoun
    suffixes; verbs come with person prefixes and endings. ``news``: folded surface token →
    raw-news count (the segmenter's ``news.tsv.gz``, which keeps counts ≥ 2 only). Bits: article, feminine
    (or masculine) variant, plural ending, ي/ت prefixes, perfect endings وا/ت, pronoun suffix,
    imperfect siblings (ي/ت/ن for a prefixed word); plus the word's own count bucket."""
    g = news.get     # every stored count is ≥ 2, so "in news" means "attested"
    nm = fold(form)   # also strips diacritics, tatweel and invisible controls
    c = nm[2:] if nm.startswith("ال") and len(nm) > 4 else nm
    if c[-1:] == "ا" and len(c) > 3 and g(c[:-1], 0) > g(c, 0):
        c = c[:-1]     # accusative tanween alef
    fem = c[-1:] == "ة"
    base = c[:-1] if fem else c
    host = base + "ت" if fem else c
    r = c[1:]
    b = "".join((
        "1" if "ال" + c in news else "0",
        "1" if (base if fem else base + "ة") in news else "0",
        "1" if base + "ات" in news or base + "ون" in news or base + "ين" in news else "0",
        "1" if "ي" + c in news and "ت" + c in news else "0",
        "1" if c + "وا" in news or c + "ت" in news else "0",
        "1" if host + "ه" in news or host + "ها" in news else "0",
        "1" if len(c) >= 4 and c[0] in "يتنا"
        and ("ي" + r in news) + ("ت" + r in news) + ("ن" + r in news) >= 2 else "0"))
    n = g(nm, 0)
    fb = 0 if n == 0 else min(n.bit_length() // 3 + 1, 6)
    return ["pg=" + b, "pga=" + b[:3], "pgv=" + b[3:5] + b[6:], "pgf=%d" % fb, "pgb=%s%d" % (b, fb)]


def neighbor_features(form: str, code: str, off: int, clusters: dict[str, str] | None = None,
                      tagdict: dict[str, str] | None = None,
                      names: dict[str, str] | None = None) -> list[str]:
    """Features a word type contributes to the word ``off`` positions away from it."""
    o = "%+d" % off
    if (form, code) == BOUNDARY:
        return [o + "w=<B>"]
    nm = normalize(form)
    f = [o + "w=" + nm]
    if off in (-1, 1):
        f.append(o + "c=" + code)
        f.append(o + "cw=" + code + nm)
        sh = shape(form)
        if sh == "a":
            if len(nm) > 2:
                f.append(o + "s2=" + nm[-2:])
                f.append(o + "p2=" + nm[:2])
        else:
            f.append(o + "sh=" + sh)
    if clusters is not None:
        cl = clusters.get(nm)
        if cl is not None:
            f.append(o + "k=" + cl.split("|")[0])
    if tagdict is not None and off in (-1, 1):
        td = tagdict.get(nm)
        f.append(o + "at=" + (td.split(" ")[0] if td is not None else "none"))
    if names is not None and off in (-1, 1) and shape(form) == "a":
        nb = names.get(nm)
        if nb is not None:
            f.append(o + "nb=" + nb)
    return f


def rule_tag(form: str) -> str | None:
    """UPOS fixed by the characters alone: digits → NUM, punctuation → PUNCT/SYM, Latin → X."""
    if not form:
        return "X"
    if _ARABIC.search(form):
        return None
    if all(_DIGIT.match(c) or c in ".,،٫٬/:-" for c in form) and _DIGIT.search(form):
        return "NUM"
    if _LATIN.search(form):
        return "X"
    if not any(_ALNUM.match(c) for c in form):
        if form in ("%", "+", "<", ">", "=", "٪", "$", "€", "£", "&", "^", "~", "|", "°"):
            return "SYM"
        return "PUNCT"
    return None


# -- second pass (stacking) ------------------------------------------------------------------
# The second pass sees the first pass's tags around each word (so also to its right). Each
# template is a tuple of offsets; its feature is the first-pass tags at those offsets, with
# ``<S>`` before the sentence and ``<E>`` after it.
STACK_TEMPLATES = ((1,), (2,), (1, 2), (0,), (0, 1), (-1, 0, 1), (-1,), (-1, 1))
START_TAG, END_TAG = "<S>", "<E>"


def stack_feature_names(tags: list[str], i: int) -> list[str]:
    """Stacking features of word ``i`` given the first-pass tags of its sentence."""
    n = len(tags)
    out = []
    for tpl in STACK_TEMPLATES:
        parts = []
        for o in tpl:
            j = i + o
            parts.append(tags[j] if 0 <= j < n else START_TAG if j < 0 else END_TAG)
        out.append("st" + ",".join("%+d" % o for o in tpl) + "=" + "|".join(parts))
    return out
