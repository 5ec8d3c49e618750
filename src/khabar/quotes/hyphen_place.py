"""The second part of a hyphenated place name tagged as a person (round 21, from blind batch
90): «قال رئيس حكومة ولاية بادن-فورتمبرغ الألمانية فينفريد كرتشمان …» — NER tags «فورتمبرغ»
(after the hyphen) PER, and the speaker choice takes it before the real name. A one-word PER
mention glued by a hyphen to a word before it that no PER mention covers is a part of a
compound place name when the article tags the same word as a non-person elsewhere
(«إن ولاية بادن-فورتمبرغ سوف توافق», ORG/LOC) or writes a place head before the compound
(«ولاية», «مقاطعة», «إقليم», «منطقة», «مدينة»): it is left out of the speaker mentions.

A one-word PER mention right after an indefinite head noun in construct, whose word the
article tags LOC elsewhere («وقالت نيابة هيسن في بيان» with «في منطقة هيسن», «في ولاية هيسن»
tagged LOC), is that place: «نيابة هيسن» is the prosecution of the state, no person
(:func:`construct_places`, round 21, from blind batch 89).
Pure functions; nothing raises on ordinary input.
"""
from __future__ import annotations

import dataclasses

from khabar.document import Entity
from khabar.quotes.glued import HYPHENS
from khabar.text.normalize import normalize

#: place heads before a compound place name (normalized, with and without و).
_PLACE_HEADS = frozenset({"ولايه", "مقاطعه", "اقليم", "منطقه", "مدينه"})


def _word_before(raw: str, end: int) -> tuple[int, str]:
    """(start, text) of the word that ends at raw offset ``end``."""
    s = end
    while s > 0 and not raw[s - 1].isspace():
        s -= 1
    return s, raw[s:end]


def drop_hyphen_places(raw: str, ents: list[Entity], all_ents: list[Entity]) -> list[Entity]:
    """``ents`` without the one-word PER mentions that are the hyphen-glued second part of a
    place name (module doc); ``all_ents`` are every mention of the article (for the labels of
    the same word elsewhere)."""
    other = {normalize(raw[e.start:e.end]) for e in all_ents if e.label != "PER"}
    out = []
    for e in ents:
        text = raw[e.start:e.end]
        if e.label == "PER" and " " not in text.strip() and e.start >= 2 and \
                raw[e.start - 1] in HYPHENS and raw[e.start - 2].isalpha():
            ls, left = _word_before(raw, e.start - 1)
            covered = any(x.label == "PER" and x.start <= ls < x.end for x in all_ents)
            _, head = _word_before(raw, ls - 1) if ls > 1 else (0, "")
            head = normalize(head)
            if left and not covered and (normalize(text) in other or head in _PLACE_HEADS or
                                         (head[:1] == "و" and head[1:] in _PLACE_HEADS)):
                continue
        out.append(e)
    return out


def construct_places(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each one-word PER mention relabelled LOC when its word is a LOC mention
    elsewhere in the article and the word before it (one space) is an indefinite noun head
    («نيابة»: no article, no clitic preposition, three letters or more). Others unchanged."""
    places = {normalize(raw[e.start:e.end]) for e in ents if e.label == "LOC"}
    out = []
    for e in ents:
        text = raw[e.start:e.end]
        if e.label == "PER" and " " not in text.strip() and normalize(text) in places and \
                e.start >= 2 and raw[e.start - 1] == " ":
            _, head = _word_before(raw, e.start - 1)
            head = normalize(head)
            if len(head) >= 4 and head.isalpha() and head.endswith("ه") and \
                    not head.startswith(("ال", "وال", "بال", "لل")):
                e = dataclasses.replace(e, label="LOC")
        out.append(e)
    return out


__all__ = ["construct_places", "drop_hyphen_places"]
