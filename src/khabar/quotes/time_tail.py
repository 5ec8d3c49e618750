"""A time adjunct after a body's name (round 21, from the errors of blind dev batches 85–86,
session 12): «وقالت وزارة الداخلية الإيطالية الأسبوع الماضي إن …», «وأعلنت وزارة الدفاع
الجزائرية الأسبوع الماضي أن …» — a calendar unit and its tense adjective («الأسبوع/الشهر/العام
الماضي», «الشهر الجاري») ending a speaker span of four words or more (two left at least) are
the verb's time adjunct, not part of the name (:func:`cut_time_tail`).

Pure function of the raw text and spans; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Quote, Speaker
from khabar.text.normalize import normalize

#: Calendar units that head a time adjunct, and the adjectives that date them.
_UNITS = frozenset({"الاسبوع", "الشهر", "العام", "السنه"})
_TENSES = frozenset({"الماضي", "الماضيه", "الجاري", "الفارط", "المنصرم", "المنصرمه",
                     "الفائت", "الفائته", "المنقضي", "المنقضيه"})


def cut_time_tail(raw: str, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with a trailing «unit + tense adjective» cut off each speaker span of four
    words or more (span and canonical name)."""
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is None:
            out.append(q)
            continue
        words = raw[sp.start:sp.end].split()
        if len(words) >= 4 and normalize(words[-2]) in _UNITS and \
                normalize(words[-1]) in _TENSES:
            end = sp.start + raw[sp.start:sp.end].rindex(words[-2])
            end = len(raw[:end].rstrip())
            canon = sp.canonical
            if canon:
                cw = canon.split()
                if len(cw) >= 3 and normalize(cw[-2]) in _UNITS and normalize(cw[-1]) in _TENSES:
                    canon = " ".join(cw[:-2])
            q = Quote(Speaker(sp.start, end, canon), q.cue, q.content, q.direct)
        out.append(q)
    return out


__all__ = ["cut_time_tail"]
