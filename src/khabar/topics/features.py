"""Hashed features of normalized tokens, shared by topic training and the runtime classifier.

A document is a list of normalized tokens (``Token.norm``). Kept: tokens with a letter
(Arabic or Latin); dropped: punctuation, digits and the names of news outlets (so a model
never learns "this outlet's signature means this section"). Features:

- ``w:`` word unigrams and ``b:`` bigrams of consecutive kept words;
- ``c:`` character 3- and 4-grams of each word padded with ``<``/``>`` (morphology: clitics,
  broken plurals, dialect spellings share pieces).

Each feature is hashed with CRC-32 into ``2**bits`` buckets with a ±1 sign (bit 31). A
document vector is ``log1p(count) * idf``, L2-normalized. Per-word features are cached
(news vocabulary is Zipfian).
"""
from __future__ import annotations

import re
import zlib
from functools import lru_cache

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

DEFAULT_BITS = 18


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


def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


@lru_cache(maxsize=1 << 17)
def _word_feats(w: str, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Bucket indices and signs of a word's unigram and character n-gram features."""
    mask = (1 << bits) - 1
    keys = ["w:" + w]
    p = "<" + w + ">"
    for n in (3, 4):
        if len(p) >= n:
            keys.extend("c:" + p[i:i + n] for i in range(len(p) - n + 1))
    hs = np.fromiter((_h(k) for k in keys), dtype=np.uint32, count=len(keys))
    idx = (hs & mask).astype(np.int64)
    sign = np.where(hs >> 31, -1.0, 1.0).astype(np.float32)
    # Character n-grams are many and weaker: weight them down against the word.
    sign[1:] *= 0.5
    return idx, sign


def featurize(norms: list[str], bits: int = DEFAULT_BITS,
              idf: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Sparse vector ``(indices, values)`` (sorted unique indices, L2-normalized values)."""
    words = clean_tokens(norms)
    if not words:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    parts_i = []
    parts_v = []
    for w in words:
        i, v = _word_feats(w, bits)
        parts_i.append(i)
        parts_v.append(v)
    mask = (1 << bits) - 1
    if len(words) > 1:
        bg = np.fromiter((_h("b:" + a + " " + b) for a, b in zip(words, words[1:])),
                         dtype=np.uint32, count=len(words) - 1)
        parts_i.append((bg & mask).astype(np.int64))
        parts_v.append(np.where(bg >> 31, -1.0, 1.0).astype(np.float32))
    idx = np.concatenate(parts_i)
    val = np.concatenate(parts_v)
    uniq, inv = np.unique(idx, return_inverse=True)
    summed = np.bincount(inv, weights=val, minlength=len(uniq)).astype(np.float32)
    x = np.sign(summed) * np.log1p(np.abs(summed))
    if idf is not None:
        x = x * idf[uniq]
    norm = float(np.sqrt((x * x).sum()))
    if norm > 0:
        x = x / norm
    keep = x != 0
    return uniq[keep], x[keep].astype(np.float32)


__all__ = ["DEFAULT_BITS", "OUTLETS", "clean_tokens", "featurize"]
