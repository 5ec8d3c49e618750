"""A foreign name written with and without a long vowel in one article (round 18, from blind
batch 59): «كاثي جريفن» first, then «كاثي جريفين» — one person, whose canonical is the form
first written (guidelines: the full name as first written). Pure functions of strings and
entities; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.text.normalize import normalize

_VOWELS = "اوي"


def one_vowel_more(longer: str, shorter: str, min_len: int = 5,
                   inner_only: bool = False) -> bool:
    """``longer`` is ``shorter`` with one long vowel (ا/و/ي) added after its first letter
    (``inner_only``: not as the last letter either); ``shorter`` has ``min_len`` letters or
    more (five by default: «جريفن»/«جريفين», never «حسن»/«حسين»)."""
    if len(shorter) < min_len or len(longer) != len(shorter) + 1:
        return False
    end = len(longer) - 1 if inner_only else len(longer)
    return any(longer[i] in _VOWELS and longer[:i] + longer[i + 1:] == shorter
               for i in range(1, end))


def vowel_variants(a: str, b: str) -> bool:
    """Two full names (two words or more) equal but for one word written with one long
    vowel more or less («كاثي جريفن», «كاثي جريفين»)."""
    wa, wb = normalize(a).split(), normalize(b).split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(diff) == 1 and (one_vowel_more(*diff[0]) or
                               one_vowel_more(diff[0][1], diff[0][0]))


def first_written_form(canonical: str, ents: list[Entity]) -> str | None:
    """The canonical of a PER mention written before every mention of ``canonical`` that
    differs from it by one long vowel; None when there is none."""
    first = min((e.start for e in ents if e.canonical == canonical), default=None)
    for e in sorted(ents, key=lambda e: e.start):
        if first is not None and e.start >= first:
            break
        if e.label == "PER" and e.canonical and e.canonical != canonical and \
                vowel_variants(e.canonical, canonical):
            return e.canonical
    return None
