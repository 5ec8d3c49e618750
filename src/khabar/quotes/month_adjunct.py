"""A part-of-month time adjunct right after a cue verb («أعلنتا مطلع أكتوبر أن», «قال أواخر
شهر جانفي الماضي إن», «أكد منتصف مارس 2016 أن»; round 18): no subject, to be skipped like
«اليوم الثلاثاء». Pure functions of token norms; nothing here raises on ordinary input.
"""
from __future__ import annotations

from functools import lru_cache

from khabar.lang.calendar import GREGORIAN_MONTHS, HIJRI_MONTHS
from khabar.text.normalize import normalize

#: Parts of a month or year that open a time adjunct.
_PARTS = ("مطلع", "منتصف", "أواخر", "أوائل", "أواسط", "بداية", "نهاية", "غرة")
_TAILS = ("الماضي", "الجاري", "المقبل", "الفارط", "القادم", "المنقضي")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(part words, month first words, tails), normalized like token norms."""
    months = {normalize(m if isinstance(m, str) else m[0])
              for m in list(GREGORIAN_MONTHS) + list(HIJRI_MONTHS)}
    return (frozenset(normalize(w) for w in _PARTS), frozenset(months),
            frozenset(normalize(w) for w in _TAILS))


def month_adjunct(norms: list[str], region: list[int]) -> int:
    """How many tokens at the start of ``region`` are «مطلع/أواخر/… (شهر) <month> (tail or
    year)»: 0 when it does not open with one."""
    parts, months, tails = _words()
    if len(region) < 2 or norms[region[0]] not in parts:
        return 0
    n = 1
    if norms[region[n]] == "شهر" and n + 1 < len(region):
        n += 1
    if norms[region[n]] not in months:
        return 0
    n += 1
    stop = min(len(region), n + 2)
    while n < stop and (norms[region[n]] in tails or norms[region[n]]
                                            in ("الاول", "الثاني") or norms[region[n]].isdigit()):
        n += 1
    return n
