"""Tokens and surfaces of key phrases (:mod:`khabar.topics.keywords`): which tokens are
content words and under which grouping key, where a run of them must be cut, and how a
phrase is shown. Also used by :mod:`khabar.summarize.extractive` (``token_key``).
"""
from __future__ import annotations

import bisect
import re
from typing import Mapping

from khabar.text.normalize import normalize

_LETTER = re.compile(r"[^\W\d_]")
_PREFIXES = ("وبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")
_CLITIC_START = ("و", "ف", "ب", "ل", "ك")
_CONTENT_UPOS = ("PROPN", "NOUN", "ADJ", "X", "VERB", "NUM")
_LEAD_UPOS = ("ADP", "CCONJ")


def strip_prefix(norm: str) -> str:
    """``norm`` without a leading article or article + preposition (وال، بال، لل …)."""
    for p in _PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p):]
    return norm


# token_key memo: (norm, id(words), id(stop)) → (words, stop, key). The entry holds ``words``
# and ``stop`` alive, so no other object can take their ids while it exists; morphology shares
# one words tuple among the tokens of a type, so most tokens hit. Cleared when large.
_MEMO: dict[tuple[str, int, int], tuple[object, frozenset[str], str | None]] = {}
_MEMO_MAX = 60_000


def token_key(tok, stop: frozenset[str]) -> str | None:
    """Grouping key of a content token, or None for a stop word / non-word (memoized).
    Raises nothing for a token of the pipeline (``norm`` a str, ``words`` a tuple)."""
    words = tok.words
    if type(words) is not tuple:  # a list could change under the memo
        return _token_key(tok.norm, words, stop)
    mk = (tok.norm, id(words), id(stop))
    hit = _MEMO.get(mk)
    if hit is not None:
        return hit[2]
    key = _token_key(tok.norm, words, stop)
    if len(_MEMO) >= _MEMO_MAX:
        _MEMO.clear()
    _MEMO[mk] = (words, stop, key)
    return key


def token_keys(toks, stop: frozenset[str]) -> list[str | None]:
    """:func:`token_key` of each token of ``toks`` (memo hits without a call each)."""
    get = _MEMO.get
    sid = id(stop)
    out: list[str | None] = []
    append = out.append
    for tok in toks:
        words = tok.words
        if type(words) is tuple:
            hit = get((tok.norm, id(words), sid))
            if hit is not None:
                append(hit[2])
                continue
        append(token_key(tok, stop))
    return out


def _token_key(norm: str, words, stop: frozenset[str]) -> str | None:
    """:func:`token_key` of a token's ``norm`` and ``words``, computed."""
    if not norm or not _LETTER.search(norm) or norm[0].isdigit():
        return None
    if norm in stop or len(norm) < 2:
        return None
    if words and len(words) > 0 and any(w.lemma for w in words):
        best = None
        for w in words:
            if w.lemma and (w.upos in _CONTENT_UPOS or w.upos is None):
                if best is None or len(w.text) > len(best.text):
                    best = w
        if best is None:
            return None  # only function words (a preposition with a pronoun, …)
        lem = normalize(best.lemma)
        if lem in stop:
            return None
        return ("V:" if best.upos == "VERB" else "") + lem
    return strip_prefix(norm)


def opens(tok) -> bool:
    """True when morphology splits ``tok`` into a leading conjunction/preposition and more."""
    ws = tok.words
    return bool(ws) and len(ws) > 1 and ws[0].upos in _LEAD_UPOS


def shown(tok, raw: str, first: bool, last: bool) -> str:
    """How a token appears in a key phrase: its raw text, or its words' text without the
    leading clitics (``first``) and without a trailing pronoun (``last``: «بياناتها المالية»
    keeps its pronoun, «سفارتهم» alone shows «سفارة»)."""
    text = raw[tok.start:tok.end]
    ws = tok.words
    if not ws or len(ws) < 2:
        return text
    lo, hi = 0, len(ws)
    while first and lo < hi - 1 and ws[lo].upos in _LEAD_UPOS:
        lo += 1
    while last and hi - 1 > lo and ws[hi - 1].upos == "PRON":
        hi -= 1
    if (lo, hi) == (0, len(ws)):
        return text
    shown = "".join(w.text for w in ws[lo:hi])
    return shown if _LETTER.search(shown) else text


def surface_parts(toks: list, raw: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """:func:`shown` of each token as a phrase of its own, as a phrase's first, middle and
    last token (four lists parallel to ``toks``)."""
    one: list[str] = []
    first: list[str] = []
    mid: list[str] = []
    last: list[str] = []
    for tok in toks:
        ws = tok.words
        if not ws or len(ws) < 2:
            text = raw[tok.start:tok.end]
            one.append(text)
            first.append(text)
            mid.append(text)
            last.append(text)
        else:
            one.append(shown(tok, raw, True, True))
            first.append(shown(tok, raw, True, False))
            mid.append(shown(tok, raw, False, False))
            last.append(shown(tok, raw, False, True))
    return one, first, mid, last


def in_dates(doc):
    """A test ``f(start, end)``: is that char range inside one of ``doc.dates``?"""
    spans = sorted((d.start, d.end) for d in getattr(doc, "dates", ()) or ())
    starts = [a for a, _ in spans]

    def inside(a: int, b: int) -> bool:
        i = bisect.bisect_right(starts, a) - 1
        return i >= 0 and spans[i][0] <= a and b <= spans[i][1]
    return inside


def norm(w: str) -> str:
    """:func:`khabar.text.normalize.normalize` of ``w``."""
    return normalize(w)


def contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    if n == 0 or n > len(big):
        return False
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


def best_surface(c: Mapping[str, int]) -> str:
    """Most frequent surface; among close ones, prefer no leading clitic preposition."""
    def rank(item: tuple[str, int]) -> tuple[int, int, str]:
        surf, cnt = item
        first = norm(surf.split()[0]) if surf.split() else ""
        clitic = first[:1] in _CLITIC_START and strip_prefix(first) != first and not first.startswith("ال")
        return (-(cnt * 2 - (1 if clitic else 0)), len(surf), surf)
    return sorted(c.items(), key=rank)[0][0]


__all__ = ["best_surface", "contains", "in_dates", "norm", "opens", "shown", "strip_prefix",
           "surface_parts", "token_key", "token_keys"]
