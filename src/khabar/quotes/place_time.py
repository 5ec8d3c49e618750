"""A state speaking, with a time adjunct after its name (round 22, from blind batch 100).

«أعلنت الكويت اليوم الأحد أنها ستواصل مساعيها»: the place right after the verb is the
subject (the round-18 «قالت ألمانيا إنها» rule) when the words between it and the
complementizer only date the statement («اليوم», «أمس», a weekday, «الماضي», a number) —
:func:`only_time_after`.

Pure functions; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker

#: Words of a time adjunct (normalized): heads, tails and weekdays.
_TIME = frozenset({"اليوم", "امس", "غدا", "صباح", "مساء", "ظهر", "عشيه", "يوم", "الليله",
                   "الماضي", "الماضيه", "المقبل", "المقبله", "الفارط", "القادم", "القادمه",
                   "الجاري", "الحالي", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                   "الجمعه", "السبت"})


def only_time_after(art, place: Speaker, region: list[int]) -> bool:
    """Every token of ``region`` after the ``place`` mention is a time word or a number,
    and there is at least one; ``art`` is the quote layer's article view."""
    rest = [i for i in region if art.toks[i].start >= place.end]
    if not rest or len(rest) > 4 or art.toks[rest[0] - 1].end != place.end:
        return False
    return all(art.norms[i] in _TIME or art.norms[i].isdigit() for i in rest)


__all__ = ["only_time_after"]
