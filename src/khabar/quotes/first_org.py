"""An organisation's canonical name as first written in full (round 20, blind batch 79): the
gazetteer files «اللجنة الدولية للصليب الأحمر» under its short variant «الصليب الأحمر»; when
the article first writes the body by its full name, which ends with the short one (the
article «ال» written «لل» after the head: «… للصليب الأحمر»), every mention of the group takes
the full name, as the guidelines want for a speaker («full name as first written»). Pure
function of the text and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

import dataclasses

from khabar.document import Entity
from khabar.quotes.namewords import fold


def _tail_words(word: str) -> str:
    """``word`` folded, with a «لل» prefix read as the article («للصليب» → «صليب»)."""
    return fold("ال" + word[2:]) if word.startswith("لل") and len(word) > 4 else fold(word)


def first_written_orgs(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with the ORG groups whose first mention is longer than their canonical and
    ends with its words renamed to that first mention as written."""
    first: dict[str, Entity] = {}
    for e in sorted(ents, key=lambda x: x.start):
        if e.label == "ORG" and e.canonical and e.canonical not in first:
            first[e.canonical] = e
    renamed: dict[str, str] = {}
    for canon, e in first.items():
        written = " ".join(raw[e.start:e.end].split())
        words = written.split()
        short = [fold(w) for w in canon.split()]
        if len(words) <= len(short) or len(short) < 2:
            continue
        if [_tail_words(w) for w in words[-len(short):]] == short:
            renamed[canon] = written
    if not renamed:
        return ents
    return [dataclasses.replace(e, canonical=renamed[e.canonical])
            if e.label == "ORG" and e.canonical in renamed else e for e in ents]
