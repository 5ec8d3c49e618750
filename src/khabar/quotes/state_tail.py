"""A body named with the state or city it serves (round 17, from blind batch 51).

«قالت ادارة شرطة أماريو في ولاية تكساس الامريكية إنها …»: the source phrase of a body stops
at the preposition «في», but the place that follows it — «في ولاية …» / «بولاية …» («في
مدينة», «بمدينة», «في مقاطعة», «بمقاطعة») with one or two words of name and a place nisba
after them — belongs to the body's name (the gold convention since batch 29: «شرطة كليفلاند
بولاية أوهايو الأمريكية», the whole phrase as first written). :func:`place_tail_end` gives the
last token of that tail. Pure function of the token layer; nothing here raises.
"""
from __future__ import annotations

from typing import Callable

from khabar.quotes.marks import Article

#: Heads of a state, a city or a county after «في» (normalized).
PLACE_HEADS = frozenset({"ولايه", "مدينه", "مقاطعه"})


def place_tail_end(art: Article, b: int, limit: int,
                   place_adjective: Callable[[str], bool]) -> int:
    """Last token of «في ولاية X [Y] <nisba>» / «بولاية X <nisba>» right after token ``b``
    (before token ``limit``); ``b`` when no such tail follows. The place's name has one or
    two words and the tail must end in a place nisba («الامريكية»), so that an adjunct («في
    مدينة نيويورك يوم الأحد») is never taken in."""
    i = b + 1
    if i < limit and art.norms[i] == "في" and i + 1 < limit and art.norms[i + 1] in PLACE_HEADS:
        i += 2
    elif i < limit and art.norms[i][:1] == "ب" and art.norms[i][1:] in PLACE_HEADS:
        i += 1
    else:
        return b
    for j in (i + 1, i + 2):
        if j < limit and all(art.norms[x][:1].isalpha() and not place_adjective(art.norms[x])
                             for x in range(i, j)) and place_adjective(art.norms[j]):
            return j
    return b


__all__ = ["PLACE_HEADS", "place_tail_end"]
