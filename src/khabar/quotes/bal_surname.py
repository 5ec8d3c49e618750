"""A Maghrebi surname written with «بال» (round 21, from blind batch 90): «أكّد عبد الرحمان
بالحاج جلول، نائب رئيس …» then «قال بالحاج جلول إن …». NER reads the «ب» of «بالحاج» as the
preposition: it tags «عبد الرحمان» alone at the first place and «الحاج جلول» (one letter into
its word) at the second, so the speaker is cut in two persons.

When a PER mention starts right after a «ب» that opens its word «بالX», and another PER
mention stands right before the same words «بالX …» (one space) elsewhere in the article, the
two are one person: that other mention goes on over the words, the glued one takes the «ب»,
and both take the full name as written. Pure function; nothing raises on ordinary input.
"""
from __future__ import annotations

import dataclasses

from khabar.document import Entity
from khabar.text.normalize import normalize


def _glued_bal(raw: str, e: Entity) -> bool:
    """``e`` (PER) starts one «ب» into a word that opens «بال»."""
    return e.label == "PER" and e.start >= 1 and raw[e.start - 1] == "ب" and \
        raw[e.start:e.start + 2] == "ال" and \
        (e.start == 1 or not raw[e.start - 2].isalpha())


def bal_surnames(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with «X» + «بالY Z» joined into one PER mention when «بالY Z» is elsewhere a PER
    mention «الY Z» cut after the «ب» (see the module doc); every mention of that person
    (the joined one, the glued ones, and those with the canonical of the given part) takes
    the full name as the canonical. Other mentions unchanged."""
    glued: dict[str, int] = {}
    for e in ents:
        if _glued_bal(raw, e) and " " in raw[e.start:e.end].strip():
            glued.setdefault(normalize("ب" + raw[e.start:e.end]), len(raw[e.start:e.end]) + 1)
    if not glued:
        return ents
    moved: dict[int, Entity] = {}
    canon: dict[str, str] = {}
    for n, e in enumerate(ents):
        if e.label != "PER" or e.end + 1 >= len(raw) or raw[e.end] != " " or \
                raw[e.end + 1:e.end + 4] != "بال":
            continue
        for key, size in glued.items():
            tail = raw[e.end + 1:e.end + 1 + size]
            after = raw[e.end + 1 + size:e.end + 2 + size]
            if normalize(tail) == key and not after.isalpha():
                full = " ".join(raw[e.start:e.end + 1 + size].split())
                moved[n] = dataclasses.replace(e, end=e.end + 1 + size, canonical=full)
                if e.canonical:
                    canon[e.canonical] = full
                canon[key] = full
                break
    if not moved:
        return ents
    out = []
    for n, e in enumerate(ents):
        if n in moved:
            e = moved[n]
        elif _glued_bal(raw, e) and normalize("ب" + raw[e.start:e.end]) in canon:
            e = dataclasses.replace(e, start=e.start - 1,
                                    canonical=canon[normalize("ب" + raw[e.start:e.end])])
        elif e.label == "PER" and e.canonical in canon:
            e = dataclasses.replace(e, canonical=canon[e.canonical])
        out.append(e)
    return out


__all__ = ["bal_surnames"]
