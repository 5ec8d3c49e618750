"""Repairs of the speaker the rules chose (round 20, from blind batches 81–82), a mixin of the
speaker state (:class:`khabar.quotes.speakers.Speakers`), from the patterns of
:mod:`khabar.quotes.lone_title` and :mod:`khabar.quotes.agreeing_subject`. Nothing here
raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.quotes.agreeing_subject import opening_subject, plural_verb
from khabar.quotes.cues import Cue
from khabar.quotes.lone_title import (bureau_org, lone_title, org_as_written, same_source,
                                      source_person, spokesperson_body)


class SpeakerRepairRules:
    """Repairs of a chosen speaker (round 20); needs the speaker state's ``art``, ``ents``,
    ``said``, ``history``, ``last_person``, ``_antecedent``, ``_addressee``, ``_names_at`` and
    ``_phrase``."""

    def _repair_speaker(self, sp: Speaker | None, person: bool) -> tuple[Speaker | None, bool]:
        """A bare definite title («المفتي») is the person who spoke with it earlier; a body
        after «المتحدث باسم» is the spokesperson, unnamed; «نفس المصدر» the source before
        (round 20, :mod:`khabar.quotes.lone_title`); else ``(sp, person)`` unchanged."""
        if sp is None:
            return sp, person
        if (t := lone_title(self.art, sp)) is not None and \
                (back := self._antecedent([t], said_only=True)) is not None:
            return back
        if (spokes := spokesperson_body(self.art, sp)) is not None:
            return spokes, False
        if same_source(self.art, sp):   # «وبيّن نفس المصدر»: the source named before
            if self.history:
                return (self.history[-1][0], self.last_person) \
                    if self.history[-1][0].canonical else (sp, person)
            named = source_person(self.art, self.ents, sp.start, self._addressee)
            return (named, True) if named is not None else (sp, person)
        if not person and (party := bureau_org(self.art, self.ents, sp)) is not None:
            return Speaker(sp.start, sp.end, party), person     # «المجلس الوطني لحزب …»
        if not person and (written := org_as_written(self.art, self.ents, sp)) is not None:
            return Speaker(sp.start, sp.end, written), person
        return sp, person

    def _disagreeing(self, cue: Cue, sp: Speaker | None,
                     person: bool) -> Speaker | None:
        """An implicit person speaker of a verb cue that cannot agree with it (a plural verb;
        a feminine verb after a man who spoke with masculine cues) gives way to the noun
        phrase opening the outer report's clause, unnamed (round 20,
        :mod:`khabar.quotes.agreeing_subject`); None when the speaker may stand."""
        art = self.art
        if sp is None or not person or not sp.canonical or cue.kind != "verb":
            return None
        plural = plural_verb(art.norms[cue.index])
        fem = cue.gender == "f" and not plural and any(
            s.canonical == sp.canonical and g == "m" for _, s, _, g in self.said) and \
            not any(s.canonical == sp.canonical and g == "f" for _, s, _, g in self.said)
        if not (plural or fem):
            return None
        phrase = opening_subject(art, cue.index, fem, self._names_at)
        return None if phrase is None else \
            self._phrase(list(range(phrase[0], phrase[1] + 1)), None)
