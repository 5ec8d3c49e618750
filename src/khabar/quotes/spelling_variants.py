"""One foreign name written two ways in one article (round 18, from blind batch 57).

«كشف وزير الدفاع … موشيه يعالون …» then «وقال موشيه يعلون، إن …» and «وأضاف يعلون»: a
transliterated surname is written with and without a long vowel letter (ا/و/ي), as «نتنياهو»
and «نتانياهو». Two person names with the same given name whose surnames differ by one such
letter are one person, named as first written (the guideline's canonical). Pure function;
nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Iterable

from khabar.quotes.vowel_variant import one_vowel_more
from khabar.text.normalize import normalize

def first_spelling(canonical: str, persons: Iterable[str]) -> str:
    """The first of ``persons`` (canonical names in written order) that is ``canonical`` with
    the last word spelled with one long vowel letter more or less («موشيه يعالون» for
    «موشيه يعلون»); ``canonical`` itself when none is, or when it comes first."""
    words = normalize(canonical).split()
    if len(words) < 2:
        return canonical
    for other in persons:
        if other == canonical:
            return canonical
        ow = normalize(other).split()
        if len(ow) == len(words) and ow[:-1] == words[:-1] and (
                one_vowel_more(words[-1], ow[-1], 3, inner_only=True) or
                one_vowel_more(ow[-1], words[-1], 3, inner_only=True)):
            return other
    return canonical


__all__ = ["first_spelling"]
