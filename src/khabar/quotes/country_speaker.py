"""A country that speaks by its name (round 22, from blind batch 96).

«وكانت الإمارات قد أعلنت الثلاثاء إصابة سفيرها …، مؤكدة أنها تتابع حالة المصابين»: the
subject found for the cue is a bare source phrase, so it carries no canonical name, although
the phrase is exactly one place mention (LOC). The guidelines have a country speak by its name
(«هذه الأخيرة» → «ساحل العاج»), so the phrase takes that mention's canonical name. A phrase
longer than the mention («الشرطة في بنغلادش», «السلطات الإماراتية») is left to the other rules.

Pure function of the speaker and the article's entities; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Iterable

from khabar.document import Speaker


def country_by_name(sp: Speaker, ents: Iterable) -> Speaker | None:
    """``sp`` with the canonical name of the LOC mention whose span it is exactly, when it has
    no canonical name yet; None when it has one or no such mention exists."""
    if sp.canonical is not None:
        return None
    for e in ents:
        if e.label == "LOC" and e.start == sp.start and e.end == sp.end and e.canonical:
            return Speaker(sp.start, sp.end, e.canonical)
    return None


__all__ = ["country_by_name"]
