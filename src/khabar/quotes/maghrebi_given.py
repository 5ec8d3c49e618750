"""Maghrebi given names that open with a letter the segmenter splits off as a preposition.
Pure functions of the raw text and the entities; nothing here raises on ordinary input.

- Given names that open with «ل» («لسعد ادريس», «لزهر …», «لخضر …»; round 19, from blind
  batches 63–64): the segmenter splits the «ل» off as a preposition and NER names «سعد
  ادريس». When every mention of that person is written with the glued «ل», the «ل» is part
  of the name (a «سعد الحريري» written bare elsewhere keeps «لسعد الحريري» as «to Saad
  Hariri»; «لسعد الدين …» is always «to Saad-Eddine …», the round-13 guard) —
  :func:`lam_given_names`. A later mention by the surname alone («وأضاف اليعقوبي») does not
  count as bare (round 22, batch 100).
- «بو» + a given name («بوعلي المباركي»; round 21, from blind batches 85–86): NER read the
  ب of «بو» as a preposition and began the mention at «وعلي»; the mention begins at the ب
  (and its shorter mentions take the full canonical name) — :func:`bu_given_names`.
"""
from __future__ import annotations

import dataclasses
from typing import Sequence

from khabar.document import Entity

#: Given names written with a glued «ل» (the word after it, as NER reads it).
LAM_GIVEN = frozenset({"سعد", "زهر", "خضر"})


def lam_given_names(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with PER mentions that start right after a glued «ل» opening a word, and
    whose first word is in :data:`LAM_GIVEN`, moved to take the «ل» — when every PER mention
    with the same canonical is written that way."""
    def glued(e: Entity) -> bool:
        return e.start >= 1 and raw[e.start - 1] == "ل" and \
            (e.start == 1 or not raw[e.start - 2].isalpha())
    cands = {e.canonical for e in ents if e.label == "PER" and glued(e) and
             raw[e.start:e.end].split()[:1] and raw[e.start:e.end].split()[0] in LAM_GIVEN
             and raw[e.start:e.end].split()[1:2] != ["الدين"]}   # «لسعد الدين العثماني»: to
    # a bare mention spoils only when it writes the given name without the «ل»; the
    # surname alone («وأضاف اليعقوبي») says nothing (round 22)
    bad = {e.canonical for e in ents if e.label == "PER" and e.canonical in cands and
           not glued(e) and raw[e.start:e.end].split()[:1] == e.canonical.split()[:1]}
    return [dataclasses.replace(e, start=e.start - 1 if glued(e) else e.start,
                                canonical="ل" + e.canonical)
            if e.label == "PER" and e.canonical in cands - bad else e for e in ents]


def bu_given_names(raw: str, ents: Sequence[Entity], given: frozenset[str]) -> list[Entity]:
    """``ents`` with a PER mention that begins at «و» + a given name right after a word-initial
    «ب» («ب|وعلي المباركي») begun at the ب; mentions with its old canonical name take the new
    one. ``given`` holds folded given names (:func:`khabar.quotes.namewords.first_names`)."""
    from khabar.quotes.namewords import fold
    renamed: dict[str, str] = {}
    out: list[Entity] = []
    for x in ents:
        s = x.start
        if x.label == "PER" and s >= 1 and raw[s - 1] == "ب" and raw[s:s + 1] == "و" and \
                (s == 1 or not raw[s - 2].isalnum()):
            first = raw[s + 1:x.end].split()[0] if raw[s + 1:x.end].split() else ""
            if len(first) >= 2 and fold(first) in given and " " in raw[s:x.end]:
                canon = " ".join(raw[s - 1:x.end].split())
                renamed.setdefault(x.canonical, canon)
                out.append(Entity(s - 1, x.end, x.label, canon))
                continue
        out.append(x)
    return [Entity(x.start, x.end, x.label, renamed[x.canonical])
            if x.canonical in renamed else x for x in out]


__all__ = ["LAM_GIVEN", "bu_given_names", "lam_given_names"]
