"""Features of normalized tokens, shared by topic training and the runtime classifier.

A document is a list of normalized tokens (``Token.norm``). Kept: tokens with a letter
(Arabic or Latin); dropped: punctuation, digits and the names of news outlets (so a model
never learns "this outlet's signature means this section"). Each kept word is reduced by a
light stemmer (:func:`stem`: the article and a one-letter conjunction/preposition in front,
one frequent suffix at the end), so «والحكومة», «الحكومات», «حكومة» share one term. Terms
(:func:`terms`): the stems and the bigrams of consecutive stems («وزير داخل»).

A document vector (:func:`featurize`) is ``(1 + log tf) * idf`` over the terms found in the
model's vocabulary, L2-normalized (the TF-IDF with sublinear tf of the training script).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Mapping

import numpy as np

from khabar.text.normalize import normalize

#: Outlet names and signature words removed before featurizing (normalized on use). ANT comes
#: from one radio site (Jawhara FM), whose correspondents sign «مراسل الجوهرة أف أم بالجهة».
OUTLETS = frozenset(normalize(w) for w in """
الجوهرة جوهرة والجوهرة للجوهرة بالجوهرة jawhara jawharafm fm
موزاييك موزاييك_اف mosaique mosaiquefm shems shemsfm ifm diwan diwanfm nessma wataniya
assabah alchourouk tap
""".split())
#: Short signature tails («أف أم», «اف ام», «إف إم») dropped when they follow an outlet name.
_TAILS = frozenset(normalize(w) for w in "أف اف إف أم ام إم fm".split())
_LETTER = re.compile(r"[^\W\d_]")
_URL = re.compile(r"(https?|www|\.net|\.com|\.tn|\.org)", re.I)

_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
_SUFFIXES = ("ات", "ون", "ين", "ها", "يه", "ه")


def clean_tokens(norms: list[str]) -> list[str]:
    """Tokens that carry topic: letters only, outlet names and URLs removed."""
    out: list[str] = []
    after_outlet = False
    for t in norms:
        if not t or not _LETTER.search(t):
            continue
        if t in OUTLETS or _URL.search(t):
            after_outlet = True
            continue
        if after_outlet and t in _TAILS:
            continue
        after_outlet = False
        out.append(t)
    return out


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """Light stem of a normalized word: article/proclitic and one suffix off, ≥ 3 letters kept
    («والحكومات» → «حكوم», «بالمدينه» → «مدين»). Latin words are lower-cased only."""
    w = word
    for p in _ARTICLES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    else:
        if len(w) >= 5 and w[0] in "وفبل":
            w = w[1:]
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            return w[:-len(s)]
    return w


def char_grams(st: str) -> list[str]:
    """Character 3-, 4- and 5-grams of ``<stem>`` (marked ``#``), for stems of ≥ 4 letters."""
    if len(st) < 4:
        return []
    x = "<" + st + ">"
    return ["#" + x[i:i + n] for n in (3, 4, 5) for i in range(len(x) - n + 1)]


def terms(norms: list[str], chars: bool = False) -> list[str]:
    """Stems of the kept words, then the bigrams of consecutive stems (then, with ``chars``,
    the character n-grams of :func:`char_grams`)."""
    st = [stem(w) for w in clean_tokens(norms)]
    out = st + [a + " " + b for a, b in zip(st, st[1:])]
    if chars:
        for w in st:
            out.extend(char_grams(w))
    return out


def featurize(norms: list[str], vocab: Mapping[str, int] | None = None,
              idf: np.ndarray | None = None,
              chars: bool | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Sparse vector ``(indices, values)``: sorted vocabulary indices, L2-normalized values.

    ``vocab``/``idf`` default to the shipped model's (loading it; ResourceError if missing).
    ``chars`` (character n-grams as well) defaults to the shipped model's setting.
    Terms outside the vocabulary are ignored; no known term gives empty arrays.
    """
    if vocab is None or idf is None or chars is None:
        from khabar.topics.classifier import model
        m = model()
        if vocab is None or idf is None:
            vocab, idf = m.vocab, m.idf
        if chars is None:
            chars = m.chars
    counts = Counter(j for j in map(vocab.get, terms(norms, chars)) if j is not None)
    if not counts:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    idx = np.fromiter(sorted(counts), dtype=np.int64, count=len(counts))
    tf = np.fromiter((counts[int(j)] for j in idx), dtype=np.float32, count=len(idx))
    x = (1.0 + np.log(tf)) * idf[idx]
    norm = float(np.sqrt((x * x).sum()))
    if norm > 0:
        x = x / norm
    return idx, x.astype(np.float32)


__all__ = ["OUTLETS", "char_grams", "clean_tokens", "featurize", "stem", "terms"]
