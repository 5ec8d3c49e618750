"""Person mentions mended after the entity repairs of :mod:`khabar.quotes.speaker_ents`
(round 23, from blind batches 107–108): one hook, so the repairs stay in their own modules.

Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.comma_described import named_before_comma
from khabar.quotes.given_surname import bu_surname_after_given, given_before_surname
from khabar.quotes.government_split import split_government
from khabar.quotes.marks import Article
from khabar.quotes.surname_variant import surname_variants


def mend_names(art: Article, ents: list[Entity], all_ents: list[Entity]) -> list[Entity]:
    """``ents`` (the repaired PER/ORG mentions of ``art``; ``all_ents``: every mention) with
    the round-23 mends: a person after «حكومة» split from the head of government, a missed
    name described after a comma, a «بو…» surname and a given name NER left out, a misspelt
    surname."""
    ents = split_government(art, ents)
    added = named_before_comma(art, all_ents + ents)
    if added:
        ents = sorted(ents + added, key=lambda e: e.start)
    ents = bu_surname_after_given(art, ents, all_ents)
    ents = given_before_surname(art, ents, all_ents)
    return surname_variants(art.raw, ents)


__all__ = ["mend_names"]
