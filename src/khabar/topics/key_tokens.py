"""Tokens and surfaces of key phrases (:mod:`khabar.topics.keywords`): which tokens are
content words and under which grouping key, where a run of them must be cut, and how a
phrase is shown. Also used by :mod:`khabar.summarize.extractive` (``token_key``).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

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


def token_key(tok, stop: frozenset[str]) -> str | None:
    """Grouping key of a content token, or None for a stop word / non-word."""
    norm = tok.norm
    if not norm or not _LETTER.search(norm) or norm[0].isdigit():
        return None
    if norm in stop or len(norm) < 2:
        return None
    words = tok.words
    if words and len(words) > 0 and any(w.lemma for w in words):
        best = None
        for w in words:
            if w.lemma and (w.upos in _CONTENT_UPOS or w.upos is None):
                if best is None or len(w.text) > len(best.text):
                    best = w
        if best is None:
            return None  # only function words (a preposition with a pronoun, …)
        from khabar.text.normalize import normalize
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


def in_dates(doc):
    """A test ``f(start, end)``: is that char range inside one of ``doc.dates``?"""
    spans = sorted((d.start, d.end) for d in getattr(doc, "dates", ()) or ())
    starts = [a for a, _ in spans]

    def inside(a: int, b: int) -> bool:
        i = bisect.bisect_right(starts, a) - 1
        return i >= 0 and spans[i][0] <= a and b <= spans[i][1]
    return inside


def norm(w: str) -> str:
    from khabar.text.normalize import normalize
    return normalize(w)


def contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    if n == 0 or n > len(big):
        return False
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


def best_surface(c: Counter[str]) -> str:
    """Most frequent surface; among close ones, prefer no leading clitic preposition."""
    def rank(item: tuple[str, int]) -> tuple[int, int, str]:
        surf, cnt = item
        first = norm(surf.split()[0]) if surf.split() else ""
        clitic = first[:1] in _CLITIC_START and strip_prefix(first) != first and not first.startswith("ال")
        return (-(cnt * 2 - (1 if clitic else 0)), len(surf), surf)
    return sorted(c.items(), key=rank)[0][0]


__all__ = ["best_surface", "contains", "in_dates", "norm", "opens", "shown", "strip_prefix",
           "token_key"]
