"""A state body or ministry right after the cue, named with the place after «في» (round 17,
from blind batch 50): «قالت الشرطة في تايلاند إنها», «وقالت وزارة الاقتصاد الرقمي في تايلاند
إنها» — the body is named by the whole phrase as first written (the guidelines, batch 44; as
«السفارة الروسية في بانكوك», round 9). Pure function of the article's token view and its
entities; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import STATE_BODY_HEADS

#: Heads of media and places: «صحيفة … في لندن» is no body of a state (normalized).
_NOT_BODIES = frozenset({"صحيفه", "الصحيفه", "جريده", "الجريده", "وكاله", "الوكاله", "قناه",
                         "القناه", "مجله", "المجله", "موقع", "الموقع", "مدينه"})


def body_with_place(art, sp: Speaker, ents: Sequence[Entity], cue: int,
                    trigger: int) -> Speaker | None:
    """``sp`` extended over «في» + a LOC mention right after it, when ``sp`` is the subject
    after the cue at token ``cue`` (before its trigger at ``trigger``) and opens with a
    state-body or organisation head (no medium); None otherwise."""
    starts = art.starts
    a = bisect.bisect_left(starts, sp.start)
    b = bisect.bisect_left(starts, sp.end) - 1
    if not (cue < a <= b and b + 2 < trigger) or art.toks[a].start != sp.start or \
            art.toks[b].end != sp.end or art.norms[b + 1] != "في":
        return None
    head = art.norms[a]
    if head in _NOT_BODIES or not (head in STATE_BODY_HEADS and a == b or
                                   head in C.ORG_HEADS and b > a):
        return None
    loc = next((e for e in ents if e.label == "LOC" and e.start == art.toks[b + 2].start), None)
    if loc is None:
        return None
    j = b + 2
    while j + 1 < trigger and art.toks[j + 1].end <= loc.end:
        j += 1
    if art.toks[j].end != loc.end:
        return None
    end = art.toks[j].end
    return Speaker(sp.start, end, " ".join(art.doc.repaired(Span(sp.start, end)).split()))


__all__ = ["body_with_place"]
