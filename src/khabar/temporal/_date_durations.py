"""Durations and other time words: «ثلاث سنوات» (``P3Y``), «ساعتين» (``PT2H``), «عدة أيام»
(None), frequencies «يوميا» (``P1D``), present references «الآن/حاليا» (the document date),
historical periods «الفترة العثمانية» (None), decades «الثمانينيات» (``1980/1989``).

A duration after «قبل/منذ/بعد» is the point in time that far from the document date
(:func:`point`): «قبل عشرين عاما» → ``1994`` in a 2014 document.
"""
from __future__ import annotations

import datetime as dt

from khabar.temporal._date_scan import Scan
from khabar.temporal._date_values import Match, Parsed, duration, shift
from khabar.temporal._date_words import (DECADES, DURATION, FREQ, GENITIVE_SINGULAR, PERIOD_ADJ,
                                         PERIOD_HEADS, PRESENT, SIGNALS, VAGUE_COUNT, wa_forms)
from khabar.temporal.numbers import cardinal_at


def p_duration(s: Scan, i: int) -> Match | None:
    """«ثلاث سنوات», «12 عاما», «عامين», «عدة أيام»."""
    unit = s.hit(i, DURATION)
    if unit is not None:
        des, cnt = DURATION[unit]
        if cnt == 0 and s.hit(i - 1, SIGNALS) and s.norm(i) == unit:
            return Match(i, i + 1, Parsed("iso"))
        if cnt == 2 and s.norm(i) == unit or (
                cnt == 2 and s.hit(i - 1, SIGNALS)):
            return Match(i, i + 1, Parsed("iso", iso=duration(2, des)))
        if cnt == 1 and s.hit(i - 1, SIGNALS) and s.norm(i) == unit:
            return Match(i, i + 1, Parsed("iso", iso=duration(1, des)))
        return None
    if s.hit(i, VAGUE_COUNT):
        u = s.hit(i + 1, DURATION)
        if u is not None and DURATION[u][1] == 0:
            return Match(i, i + 2, Parsed("iso"))
        return None
    got = cardinal_at(s.t, i, s.text)
    if got is None:
        return None
    j, n = got
    u = s.norm(j)
    if u not in DURATION:
        return None
    des, cnt = DURATION[u]
    if isinstance(n, float) or n <= 0 or n > 10000:
        return None
    if cnt == 1 and u in GENITIVE_SINGULAR and 2 < n < 100 and s.t[i].is_num \
            and j == i + 1:
        return None  # «رقم 9 عام ( 1921 )»: 3-99 take a plural or an accusative
    if s.num(j + 1) is not None or (s.norm(j + 1) == "(" and s.num(j + 2)):
        return None
    return Match(i, j + 1, Parsed("iso", iso=duration(n, des)))


def p_misc(s: Scan, i: int) -> Match | None:
    """«الآن/حاليا», «الفترة العثمانية», «يوميا», «الثمانينيات [من القرن الماضي]»."""
    f = s.norm(i)
    if s.hit(i, PRESENT) and s.hit(i, PRESENT) in wa_forms(f):
        if s.doc is None:
            return Match(i, i + 1, Parsed("iso"))
        return Match(i, i + 1, Parsed("date", s.doc.year, s.doc.month, s.doc.day))
    head = s.hit(i, PERIOD_HEADS)
    if head is not None:
        j = i + 1
        if s.norm(j) == "الحكم":
            j += 1
        if s.norm(j) in PERIOD_ADJ:
            j += 1
            if s.norm(j) in PERIOD_ADJ:
                j += 1
            return Match(i, j, Parsed("iso"))
        return None
    if f in FREQ or s.hit(i, FREQ):
        return Match(i, i + 1, Parsed("iso", iso=FREQ[s.hit(i, FREQ)]))
    dec = s.hit(i, DECADES)
    if dec is not None:
        start = 1900 + DECADES[dec]
        j = i + 1
        if s.norm(j) == "من":
            j += 1
        if s.norm(j) == "القرن" and s.norm(j + 1) in ("الماضي", "العشرين"):
            j += 2
        elif j > i + 1 and s.norm(j - 1) == "من":
            j -= 1
        return Match(i, j, Parsed("iso", iso=f"{start}/{start + 9}"))
    return None


def point(iso: str | None, sig: str, doc: dt.date | None) -> Parsed:
    """«قبل عشرين عاما» → the document date minus the duration ``iso``, at the unit's
    precision (after «بعد»: plus). An unknown value when there is no document date."""
    if doc is None or iso is None or not iso.startswith("P"):
        return Parsed("iso")
    body = iso[1:].lstrip("T")
    try:
        des = body[-1]
        n = float(body[:-1])
    except ValueError:
        return Parsed("iso")
    if iso.startswith("PT"):
        des = "H"
    sign = 1 if sig == "بعد" else -1
    try:
        d = shift(doc, "Y" if des == "Y" else des, sign * n)
    except (ValueError, OverflowError):
        return Parsed("iso")
    if des == "Y":
        return Parsed("date", d.year)
    if des == "M":
        return Parsed("date", d.year, d.month)
    if des == "W":
        y, w, _ = d.isocalendar()
        return Parsed("iso", iso=f"{y}-W{w:02d}")
    return Parsed("date", d.year, d.month, d.day)
