"""A reporter named after the outlet (round 16, batch 40): in «وأكدت مبعوثة الجوهرة "اف ام"
ايمان الفجاري أن» the speaker is the person after the outlet's quoted name, not the outlet
(which a NER may tag PER). Nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Callable

from khabar.document import Entity
from khabar.quotes.marks import Article

#: Reporter titles that take an outlet then a name (normalized, without و).
REPORTER_TITLES = frozenset({"مبعوث", "مبعوثه", "مراسل", "مراسله", "موفد", "موفده"})


def after_outlet(art: Article, region: list[int],
                 entities_in: Callable[[int, int], list[Entity]]) -> list[int] | None:
    """The part of ``region`` (the words after a cue) from a PER mention right after the
    outlet's closing quotation mark, when the region opens with a reporter title; None
    otherwise."""
    if len(region) < 4:
        return None
    head = art.norms[region[0]]
    head = head[2:] if head.startswith("ال") else head
    if head not in REPORTER_TITLES:
        return None
    for n in range(2, min(len(region), 8)):
        i = region[n]
        if art.is_quote(region[n - 1]) and not art.is_quote(i) and any(
                e.label == "PER" and e.start == art.toks[i].start
                for e in entities_in(art.toks[i].start, art.toks[i].end)):
            return region[n:]
    return None
