"""«قال مالك المنزل الذي احترق، وهو رقيب بشرطة نيويورك، إنه» (round 19, blind batch 67): NER
tags «مالك المنزل» PER, reading the given name Malik; before a definite common noun (not a
nisba surname such as «مالك الجزيري») «مالك» is "the owner of", a description: an unnamed
source. Pure function of strings; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.text.normalize import normalize

#: Given names that are also the head of a construct «X + definite noun» (normalized).
_CONSTRUCT_HEADS = frozenset({"مالك", "مالكه"})


def owner_description(mention: str) -> bool:
    """``mention`` (a PER mention's text) is «مالك» + one or two definite nouns with no nisba
    ending: "the owner of …", no name."""
    words = normalize(mention).split()
    return 2 <= len(words) <= 3 and words[0] in _CONSTRUCT_HEADS and all(
        w.startswith("ال") and len(w) > 3 and not w.endswith(("ي", "يه")) for w in words[1:])
