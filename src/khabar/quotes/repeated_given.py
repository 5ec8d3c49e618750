"""A foreign given name NER left out after a title, written the same way each time (round 23,
from blind batch 106): «ويقول الطبيب كاي هيلينغ …» and later «ويعتقد الطبيب كاي هيلينغ أن»
are tagged «هيلينغ» — the tagger reads «كاي» as «ك» + «اي», so the round-18 rule
(:func:`khabar.quotes.given_after_title.given_after_title`, a word tagged X written once) misses it.
Here the word between a title and a one-word PER mention is written at least twice in the
article and every time right before that mention's word: it is the given name. The mention
starts at it, and every mention with the one-word canonical takes the full name.

Pure function of the article and its mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
import dataclasses
from typing import Sequence

from khabar.document import Entity
from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import norm_name, places
from khabar.quotes.marks import Article
from khabar.quotes.titled import PROFESSIONS


def _title(nm: str) -> bool:
    """``nm`` is a title word or a profession («الدكتور», «الطبيب»), with or without ال."""
    bare = nm[2:] if nm.startswith("ال") else nm
    return nm in C.TITLE_WORDS or bare in C.TITLE_WORDS or bare in PROFESSIONS


def repeated_given(art: Article, ents: Sequence[Entity]) -> list[Entity]:
    """``ents`` with «كاي» + «هيلينغ» joined as the module docstring says."""
    starts = [t.start for t in art.toks[:art.n]]
    tagged = [(e.start, e.end) for e in ents]
    full: dict[str, str] = {}       # one-word canonical → full name
    moved: dict[int, int] = {}      # mention start → new start
    for e in ents:
        i = bisect.bisect_left(starts, e.start)
        if e.label != "PER" or i < 2 or i >= len(starts) or starts[i] != e.start or \
                " " in art.raw[e.start:e.end] or norm_name(e.canonical) != art.norms[i]:
            continue
        x = art.norms[i - 1]
        if art.raw[art.toks[i - 1].end:e.start] != " " or not _title(art.norms[i - 2]) or \
                x.startswith("ال") or _title(x) or x in C.INSTITUTION_HEADS or x in places() \
                or not art.surf[i - 1].isalpha() or \
                any(s <= art.toks[i - 1].start < t for s, t in tagged):
            continue
        where = [j for j in range(art.n) if art.norms[j] == x]
        if len(where) < 2 or any(j + 1 >= art.n or art.norms[j + 1] != art.norms[i]
                                 for j in where):
            continue
        full[e.canonical] = art.raw[art.toks[i - 1].start:e.end]
        moved[e.start] = art.toks[i - 1].start
    if not full:
        return list(ents)
    return [dataclasses.replace(e, start=moved.get(e.start, e.start),
                                canonical=full[e.canonical])
            if e.label == "PER" and e.canonical in full else e for e in ents]


__all__ = ["repeated_given"]
