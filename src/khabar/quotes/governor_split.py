"""A mention NER ran over a place and the person after it (round 18, from blind batch 53):
«كما أعلن حاكم ولاية ميشيغن إنريك سنايدر» tagged as one ORG «ميشيغن إنريك سنايدر». After a
title of a governor or mayor and a place head («حاكم ولاية», «عمدة مدينة», «والي ولاية»), the
mention's first word is the place (LOC) and the two or three words after it the person (PER).
Pure function of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Span

#: Titles of one who governs a place, before a place head (normalized).
GOVERNORS = frozenset({"حاكم", "حاكمه", "والي", "واليه", "عمده"})
#: Place heads between the title and the place (normalized).
PLACE_HEADS = frozenset({"ولايه", "مدينه", "مقاطعه", "محافظه"})


def split_governor(doc, toks, norms: list[str], ents: list[Entity]) -> list[Entity]:
    """``ents`` with a PER/ORG mention of three or four words right after «<governor> <place
    head>» split into the place (its first word) and the person (the rest)."""
    starts = [t.start for t in toks]
    out: list[Entity] = []
    for e in ents:
        a = bisect.bisect_left(starts, e.start)
        b = bisect.bisect_left(starts, e.end)
        if e.label in ("PER", "ORG") and a >= 2 and a < len(toks) and toks[a].start == e.start \
                and 3 <= b - a <= 4 and norms[a - 1] in PLACE_HEADS and norms[a - 2] in GOVERNORS:
            s = toks[a + 1].start
            out.append(Entity(e.start, toks[a].end, "LOC",
                              " ".join(doc.repaired(Span(e.start, toks[a].end)).split())))
            out.append(Entity(s, e.end, "PER", " ".join(doc.repaired(Span(s, e.end)).split())))
            continue
        out.append(e)
    return out


__all__ = ["split_governor"]
