"""Per-article look-up tables that many quote rules read (:class:`ArticleIndex`, a mixin of
:class:`~khabar.quotes.marks.Article`): each token's cue form, the indexes of cue verbs, each
token's folded form, and the token at a raw start or end offset. Every table is computed on
first use, once per article, from ``norms`` and ``toks`` (which never change after the article
is built); nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect
from functools import cached_property
from itertools import repeat
from operator import attrgetter
from typing import Callable, Sequence

from khabar.document import Entity

from khabar.quotes.cues import cue_form
from khabar.quotes.namewords import fold

#: Entries a per-word table of :func:`_mapped` keeps before it is cleared.
_CAP = 1 << 16
_MISS = object()
_CUE_TABLE: dict[str, object] = {}
_FOLD_TABLE: dict[str, object] = {}
_BARE_TABLE: dict[str, object] = {}


def _bare(w: str) -> str:
    """``w`` without ال when more than two letters follow it."""
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _mapped(fn: Callable[[str], object], table: dict[str, object], words: list[str]) -> list:
    """``[fn(w) for w in words]`` for a pure ``fn``, read from ``table`` (word → value, filled
    on the way; cleared when it holds more than :data:`_CAP` words, so memory stays bounded)."""
    if len(table) > _CAP:
        table.clear()
    out = list(map(table.get, words, repeat(_MISS)))
    if _MISS in out:
        for w in set(words).difference(table):
            table[w] = fn(w)
        out = list(map(table.__getitem__, words))
    return out


class ArticleIndex:
    """Lazily built tables over ``self.norms`` and ``self.toks`` (set by the article)."""

    norms: list[str]
    toks: list

    @cached_property
    def cue_hits(self) -> list[tuple[str, str | None, str] | None]:
        """:func:`~khabar.quotes.cues.cue_form` of every token."""
        return _mapped(cue_form, _CUE_TABLE, self.norms)

    @cached_property
    def verb_cues(self) -> list[int]:
        """Indexes of the tokens whose cue form is a verb («قال», «وأكدت»), ascending."""
        return [k for k, hit in enumerate(self.cue_hits) if hit is not None and hit[2] == "verb"]

    @cached_property
    def commas(self) -> list[int]:
        """Indexes of the comma tokens («،», «,»), ascending."""
        return [i for i, nm in enumerate(self.norms) if nm == "،" or nm == ","]

    @cached_property
    def folds(self) -> list[str]:
        """:func:`~khabar.quotes.namewords.fold` of every token's normalized form."""
        return _mapped(fold, _FOLD_TABLE, self.norms)

    @cached_property
    def fold_where(self) -> dict[str, list[int]]:
        """Folded form → the indexes of the tokens with that form, ascending (read only)."""
        where: dict[str, list[int]] = {}
        for i, f in enumerate(self.folds):
            if f in where:
                where[f].append(i)
            else:
                where[f] = [i]
        return where

    @cached_property
    def bare_norms(self) -> list[str]:
        """Every token's normalized form without ال when more than two letters follow it."""
        return _mapped(_bare, _BARE_TABLE, self.norms)

    @cached_property
    def start_at(self) -> dict[int, int]:
        """Raw start offset → index of the token starting there."""
        return {t.start: i for i, t in enumerate(self.toks)}

    @cached_property
    def end_at(self) -> dict[int, int]:
        """Raw end offset → index of the token ending there."""
        return {t.end: i for i, t in enumerate(self.toks)}


_START = attrgetter("start")


def entities_within(ents: Sequence[Entity], lo: int, hi: int) -> list[Entity]:
    """The mentions of ``ents`` (sorted by start) that lie within raw offsets ``lo``–``hi``,
    in order."""
    a = bisect.bisect_left(ents, lo, key=_START)
    b = bisect.bisect_right(ents, hi, key=_START)
    return [e for e in ents[a:b] if e.end <= hi]


__all__ = ["ArticleIndex", "entities_within"]
