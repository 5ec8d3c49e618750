"""A person mention run on into the outlet spoken to (round 22, from blind batch 100).

«ويؤكد المتحدث … الرائد محمد الحجازي لفرانس برس "…"»: NER tags «محمد الحجازي لفرانس برس»
as one person, so the speaker keeps the outlet. A word opening with a glued «ل» whose rest
is a news agency («فرانس برس», «رويترز», «الأناضول», …) or a source head («وكالة», «صحيفة»,
«قناة», «موقع») ends the name before it; a PER mention that begins with such a word
(«بحسب تقرير لفرانس براس») is no person and is dropped — :func:`cut_agency_tails`.

Pure functions; nothing raises on ordinary input.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from khabar.document import Entity
from khabar.lang.segment_cues import AGENCIES
from khabar.text.normalize import normalize

#: Heads that name an outlet after «ل» (normalized): «لوكالة», «لصحيفة», «لقناة», «لموقع».
SOURCE_HEADS = frozenset({"وكاله", "صحيفه", "جريده", "قناه", "موقع", "اذاعه", "مجله"})


@lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    """First words (normalized) of the agency names long enough not to be a common word."""
    out = set()
    for name in AGENCIES:
        first = normalize(name).split()[0]
        if len(first) >= 4 and "." not in first:
            out.add(first)
    return frozenset(out - {"خاص", "الحياه", "الشرق", "وكالات", "الوكالات", "العمانيه"})


def _outlet_word(word: str) -> bool:
    """``word`` is «ل» glued to an agency's first word or a source head."""
    nm = normalize(word)
    if len(nm) < 4 or not nm.startswith("ل"):
        return False
    rest = nm[1:]
    if rest.startswith("ل"):        # «للأناضول»: ل + ال
        rest = "ا" + rest
    return rest in _agency_words() or rest in SOURCE_HEADS


def cut_agency_tails(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with PER mentions cut before a «ل»+outlet word (dropped when it is the first
    word); other mentions unchanged."""
    out: list[Entity] = []
    for e in ents:
        if e.label != "PER":
            out.append(e)
            continue
        words = list(re.finditer(r"\S+", raw[e.start:e.end]))
        cut = next((n for n, m in enumerate(words) if _outlet_word(m.group())), None)
        if cut is None:
            out.append(e)
        elif cut > 0:
            end = e.start + words[cut - 1].end()
            kept = [m.group() for m in words[:cut]]
            cw = e.canonical.split()
            canon = " ".join(cw[:cut]) if len(cw) == len(words) else " ".join(kept)
            out.append(dataclasses.replace(e, end=end, canonical=canon))
    return out


__all__ = ["cut_agency_tails"]
