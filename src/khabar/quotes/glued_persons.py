"""Person mentions NER cut or ran on at a word glued to the name (round 20, from blind
batches 75–76). Pure functions of the raw text and the entity list; nothing here raises on
ordinary input.

- A surname that opens with «ب»/«ل» («عادل بلعيد» … «وأوضح بلعيد أن»): the segmenter splits
  the letter off as a preposition and NER tags «لعيد» (canonical «عيد»). A PER mention that
  starts one letter into its word, where the whole word is the last word of a full name of
  two words or more written elsewhere in the article, is that person — :func:`clitic_surnames`.
- A place name glued before a person's name («ممثل تنسيقية … بماجل بلعباس عبد الله اللطيفي»):
  NER runs the last word of the place into the name. A PER mention of three words or more
  whose first word is, alone, a LOC mention elsewhere in the article and no given name of the
  gazetteer starts after that word; the mentions sharing its canonical lose the word too —
  :func:`place_glued_persons`.
"""
from __future__ import annotations

import dataclasses

from khabar.document import Entity
from khabar.text.normalize import normalize

#: Letters the segmenter splits off as a preposition or conjunction.
_CLITICS = "بل"


def _glued_start(raw: str, e: Entity) -> bool:
    """``e`` starts right after one clitic letter that opens its word."""
    return e.start >= 1 and raw[e.start - 1] in _CLITICS and \
        (e.start == 1 or not raw[e.start - 2].isalpha())


def clitic_surnames(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with one-word PER mentions that start one «ب»/«ل» into their word moved to
    take the letter, with the canonical of the full name whose last word is the whole word
    («لعيد» in «بلعيد» after «عادل بلعيد»); other mentions unchanged."""
    full: dict[str, str] = {}
    for e in ents:
        words = raw[e.start:e.end].split()
        if e.label == "PER" and len(words) >= 2 and e.canonical:
            full.setdefault(normalize(words[-1]), e.canonical)
    out = []
    for e in ents:
        text = raw[e.start:e.end]
        if e.label == "PER" and " " not in text and _glued_start(raw, e):
            whole = normalize(raw[e.start - 1:e.end])
            if whole in full:
                e = dataclasses.replace(e, start=e.start - 1, canonical=full[whole])
        out.append(e)
    return out


def place_glued_persons(raw: str, ents: list[Entity], all_ents: list[Entity],
                        given: frozenset[str]) -> list[Entity]:
    """``ents`` with PER mentions of three words or more cut after their first word when that
    word is alone a LOC mention of ``all_ents`` elsewhere and is no given name of ``given``
    (folded forms); every PER mention with the old canonical takes the new one when the old
    canonical opens with that word."""
    from khabar.quotes.namewords import fold
    places = {normalize(raw[e.start:e.end]) for e in all_ents if e.label == "LOC"}
    renamed: dict[str, str] = {}
    out = []
    for e in ents:
        words = raw[e.start:e.end].split()
        if e.label == "PER" and len(words) >= 3 and normalize(words[0]) in places and \
                fold(words[0]) not in given:
            start = raw.index(words[1], e.start + len(words[0]))
            old = e.canonical or ""
            new = old.split(" ", 1)[1] if old.split(" ", 1)[0] == words[0] and " " in old \
                else raw[start:e.end]
            renamed[old] = new
            e = dataclasses.replace(e, start=start, canonical=new)
        out.append(e)
    return [dataclasses.replace(e, canonical=renamed[e.canonical])
            if e.label == "PER" and e.canonical in renamed else e for e in out]


__all__ = ["clitic_surnames", "place_glued_persons"]
