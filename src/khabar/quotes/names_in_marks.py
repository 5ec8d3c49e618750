"""Quotation marks around a name, not around what was said. Pure functions of the article's
token layer; nothing here raises on ordinary input.

- An outlet named by a dotted acronym in quotation marks right after the cue («وأضافت
  "سي.إن.إن" أن»; round 20, from blind batches 75–76): the letters and dots are one name, not
  words with a complementizer «إن» inside — :func:`dotted_marked_name`.
- A name of one to four words in marks right after «أن» with the clause going on in a verb
  («أعلن أن "أبو الحسن التونسي" كان أحد …»; round 20) is no direct quotation —
  :func:`name_in_marks`.
- A short quotation after «مع»/«عبر» («وقال في اتصال هاتفي مع "الجوهرة أف أم" عبر
  "بوليتيكا"، إن …»; round 21, from blind batches 85–86): up to four words in marks right
  after «مع» or «عبر» name the medium or the one spoken with, not what was said: the report is
  after «إن» — :func:`medium_quote`.
"""
from __future__ import annotations

from typing import Sequence

from khabar.quotes.marks import Article


def dotted_marked_name(art: Article, region: list[int]) -> tuple[int, int] | None:
    """Raw span of a dotted acronym («سي.إن.إن», «بي.بي.سي») when ``region`` (the tokens
    between a cue verb and its complementizer) is a quotation mark, the acronym written with
    no space (two letter groups or more joined by dots) and a closing mark; None otherwise."""
    if len(region) < 5 or region != list(range(region[0], region[-1] + 1)):
        return None
    if not (art.is_quote(region[0]) and art.is_quote(region[-1])):
        return None
    s, e = art.toks[region[1]].start, art.toks[region[-2]].end
    text = art.raw[s:e]
    parts = text.split(".")
    if any(not p or not p.isalpha() or len(p) > 4 for p in parts) or len(parts) < 2:
        return None
    return s, e


def name_in_marks(art: Article, j: int, end: int) -> bool:
    """The quotation from mark ``j`` to its last word ``end`` (:meth:`Article.quote_end`),
    right after a complementizer, is a name of one to four words that the clause goes on
    about: the token after the closing mark is a verb that is no cue («أعلن أن "أبو الحسن
    التونسي" كان أحد مساعدي …»): the marks label a name, the report is indirect."""
    from khabar.quotes.cues import cue_form
    nxt = end + 2
    if not 1 <= art.words_between(j + 1, end + 1) <= 4 or nxt >= art.n or \
            not art.is_quote(end + 1):
        return False
    words = art.toks[nxt].words
    return bool(words) and words[0].upos in ("VERB", "AUX") and \
        cue_form(art.norms[nxt]) is None


#: Prepositions before a medium or interlocutor named in marks (normalized).
_MEDIUM_PREPS = frozenset({"مع", "ومع", "عبر", "وعبر"})


def medium_quote(norms: Sequence[str], i: int, nwords: int) -> bool:
    """The quotation opening at token ``i`` (``nwords`` words) names a medium (module
    docstring, third rule)."""
    return 0 < i and nwords <= 4 and norms[i - 1] in _MEDIUM_PREPS


__all__ = ["dotted_marked_name", "medium_quote", "name_in_marks"]
