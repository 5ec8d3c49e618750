"""A counted group as the subject after a cue (round 17, from blind batch 48): «أكدت 70
منظمة عربية مدنية معنية بحقوق الإنسان أن …» — a number written in digits followed by a plural
or counted noun is an unnamed source (the phrase, canonical None), not a reason to look for
the speaker before the cue. Pure function of the token view; nothing raises.
"""
from __future__ import annotations

from typing import Sequence

#: Counted nouns that measure, not people or bodies («20 عاما», «5 بالمائة»).
_UNITS = frozenset({"عاما", "سنه", "سنوات", "سنين", "يوما", "ايام", "شهرا", "اشهر", "ساعه",
                    "ساعات", "دقيقه", "دقائق", "بالمائه", "بالمئه", "مليون", "مليار", "الف",
                    "دينار", "دولار", "يورو", "كيلومترا", "كلم", "مترا", "بالمائة", "%"})


def counted_group(art, region: Sequence[int]) -> bool:
    """``region`` (the tokens after a cue) opens with a number in digits and a noun that is no
    unit or time word («70 منظمة …», «3 خبراء»)."""
    if len(region) < 2:
        return False
    num, noun = art.norms[region[0]], art.toks[region[1]]
    return num.isdigit() and bool(noun.words) and noun.words[-1].upos == "NOUN" and \
        art.norms[region[1]] not in _UNITS and art.norms[region[1]][:1].isalpha()


#: Cardinal number words (normalized) that can stand alone for a counted group of people
#: («صرح إثنان بأنهما», «وقال ثلاثة منهم إن»; round 19, from blind batch 66).
_CARDINALS = frozenset({"اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
                        "تسعه", "عشره"})
_OF_THEM = frozenset({"منهم", "منهما", "منهن"})


def counted_alone(norms: Sequence[str], region: Sequence[int]) -> bool:
    """``region`` (the tokens after a cue) is a cardinal number word alone or with «منهم»
    («صرح إثنان بأنهما»): an unnamed group (the phrase, canonical None)."""
    if not 1 <= len(region) <= 2 or norms[region[0]] not in _CARDINALS:
        return False
    return len(region) == 1 or norms[region[1]] in _OF_THEM
