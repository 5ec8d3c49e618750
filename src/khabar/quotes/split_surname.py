"""A surname written in two pieces (round 20, from blind batch 72): «قال عضو … "طارق الجروشي"»
then «وأضاف الجرو شي انه …» and «وتابع الجروشي». A stray space inside a surname makes NER read
two words; when the two words written together are the last word of a person named before in
full, the mention is that person (canonical: the full name as first written). Pure function;
nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Iterable

from khabar.text.normalize import normalize


def joined_surname(canonical: str, persons: Iterable[str]) -> str | None:
    """The first of ``persons`` (canonical names, two words or more) whose last word is the
    two words of ``canonical`` written as one (five letters or more); None otherwise."""
    words = normalize(canonical).split()
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return None
    joined = "".join(words)
    if len(joined) < 5:
        return None
    for other in persons:
        ow = normalize(other).split()
        if len(ow) >= 2 and ow[-1] == joined:
            return other
    return None


__all__ = ["joined_surname"]
