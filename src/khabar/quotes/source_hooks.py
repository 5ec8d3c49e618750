"""The round-23 speaker rules as three hooks of :class:`khabar.quotes.speakers.Speakers` (kept
out of that module, which every round edits):

- :func:`entity_repairs`: mentions repaired once per article — «موفدنا» is no name
  (:mod:`~khabar.quotes.our_reporter`), «كواك» + «سيونغ» one name
  (:mod:`~khabar.quotes.name_parts`), «تطاوين هاجر النوالي» cut after the town
  (:mod:`~khabar.quotes.place_lead`), «الطبيب كاي هيلينغ» given its given name
  (:mod:`~khabar.quotes.repeated_given`);
- :func:`described_source`: a subject that is a description — «وأضاف موفدنا» (the reporter
  named before), «تصريحات وزير التشغيل التي قال فيها» (the owner of the statements,
  :mod:`~khabar.quotes.statement_owner`);
- :func:`relative_object_subject`: «الفحوصات … التي أجريت على ماريو أظهرت»
  (:mod:`~khabar.quotes.relative_object`).

``state`` is the :class:`~khabar.quotes.speakers.Speakers` of the article. Nothing here raises
on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity, Speaker
from khabar.quotes.cues import Cue
from khabar.quotes.marks import Article
from khabar.quotes.name_parts import joined_name_parts
from khabar.quotes.namewords import first_names
from khabar.quotes.our_reporter import (named_after, named_reporter, our_reporter,
                                        without_our_reporter)
from khabar.quotes.place_lead import cut_place_lead
from khabar.quotes.relative_object import relative_object_head
from khabar.quotes.repeated_given import repeated_given
from khabar.quotes.statement_owner import statement_owner


def entity_repairs(art: Article, ents: Sequence[Entity]) -> list[Entity]:
    """``ents`` (the repaired PER/ORG mentions of ``art``) with the round-23 repairs."""
    return repeated_given(art, cut_place_lead(art, joined_name_parts(
        art, without_our_reporter(art.raw, ents)), first_names()))


def described_source(state, cue: Cue, region: list[int], sp: Speaker | None,
                     person: bool) -> tuple[Speaker | None, bool]:
    """``(sp, person)``, or the speaker a description after verb ``cue`` stands for
    (module docstring)."""
    art = state.art
    k = cue.index
    if cue.kind != "verb":
        return sp, person
    if region and our_reporter(art.norms[region[0]]) and \
            not named_after(art, state.ents, region[0]):
        rep = named_reporter(art, state.ents, k)     # «وأضاف موفدنا»
        sp, person = (Speaker(rep.start, rep.end, rep.canonical), True) if rep else \
            (state._phrase(region[:1], None), False)
    owner = statement_owner(art, k)
    if owner is not None and not state.entities_in(art.toks[owner[0]].start,
                                                   art.toks[owner[-1]].end):
        back = state._antecedent(owner)  # «تصريحات وزير التشغيل التي قال فيها»
        sp, person = back if back and back[0].canonical in state.persons else \
            (state._phrase(owner, None), False)
    return sp, person


def relative_object_subject(state, cue: Cue, region: list[int]) -> Speaker | None:
    """The unnamed phrase opening the sentence when the name right before verb ``cue`` ends a
    relative clause as a preposition's object; None otherwise."""
    art = state.art
    k = cue.index
    if cue.kind != "verb" or region:
        return None
    rel = relative_object_head(art, k, cue.gender)
    if rel is None or not state.entities_in(art.toks[k - 1].start, art.toks[k - 1].end):
        return None
    return state._phrase(list(range(rel[0], rel[1] + 1)), None)


__all__ = ["described_source", "entity_repairs", "relative_object_subject"]
