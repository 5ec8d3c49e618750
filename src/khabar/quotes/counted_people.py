"""A group counted with a number word («إن ستة ناجين ساروا إلى قرية نائية حيث قالوا إن …»;
round 20, blind batch 79): the number opens the noun phrase that is the subject of a reported
clause, and a plural verb cue after it goes on with that group (the rule of
:meth:`~khabar.quotes.implicit.ImplicitRules._reported_group`, which wanted a noun first).
Pure function of the token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.quotes.plural_said import PLURAL_PEOPLE

#: Cardinal number words (normalized) that count a group of three to ten and more.
NUMBER_WORDS = frozenset({
    "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "عشرات", "مئات",
    "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "اثنان", "اثنين",
})


def counted_people(art, region: Sequence[int]) -> bool:
    """``region`` opens with a number (a word of :data:`NUMBER_WORDS` or digits) and a
    plural noun of people (a masculine plural in «ين/ون» or a word of
    :data:`~khabar.quotes.plural_said.PLURAL_PEOPLE`)."""
    if len(region) < 2:
        return False
    num, noun = art.norms[region[0]], art.norms[region[1]]
    if not (num in NUMBER_WORDS or num.isdigit()):
        return False
    return noun in PLURAL_PEOPLE or (len(noun) > 4 and noun.endswith(("ين", "ون")) and
                                     not noun.startswith("ال"))
