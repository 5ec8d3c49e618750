"""A guard for the round-18 foreign given name after a title
(:func:`khabar.quotes.given_after_title.given_after_title`; round 22, from blind batch 97): in
«أكد معتمد جوهرة سمير زازا» the word before the PER «سمير زازا» is a word tagged X («جوهرة»)
right after a title, but here the place the delegate governs. A mention of two words or more
that already starts with a known given name («سمير») has its given name: the word before it is
no part of the name.
Pure function of the raw text; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.namewords import first_names, fold


def starts_with_given(raw: str, e: Entity) -> bool:
    """True when mention ``e`` is two words or more and its first word is a given name of the
    person gazetteer (folded)."""
    words = raw[e.start:e.end].split()
    return len(words) >= 2 and fold(words[0]) in first_names()


__all__ = ["starts_with_given"]
