"""Periods relative to the document date: «العام الماضي», «هذا الأسبوع», «الشهر المقبل»,
«العقد القادم», and stretches of time ending or starting at it: «الأيام الخمسة الماضية»,
«الشهرين الماضيين», «السنوات الأخيرة».

A period keeps its unit's precision: a year (``2013``), a month (``2014-01``), an ISO week
(``2014-W06``), a decade (``2010/2019``). A stretch is the interval of days between the
document date and the date that many units away; with no count («السنوات الماضية») or no
document date its value is None.
"""
from __future__ import annotations

import datetime as dt

from khabar.temporal._date_scan import Scan
from khabar.temporal._date_values import Match, Parsed, add_months, shift
from khabar.temporal._date_words import (MODS, PERIODS, QUALS, STRETCH, STRETCH_DUAL,
                                         STRETCH_FORWARD, STRETCH_MODS, THIS)
from khabar.temporal.numbers import ONES, TENS


def p_period(s: Scan, i: int) -> Match | None:
    """[هذا] unit [modifier] at ``i``; a bare unit needs a modifier or a qualifier before it."""
    k = i
    this = s.hit(k, THIS)
    if this:
        k += 1
    unit = s.norm(k) if s.norm(k) in PERIODS else (None if this else s.hit(k, PERIODS))
    if unit is None:
        return None
    kind = PERIODS[unit]
    j = k + 1
    m = s.hit(j, MODS)
    if m is not None:
        mod = MODS[m]
        j += 1
    elif this or s.hit(i - 1, QUALS):
        mod = 0
    else:
        return None
    if s.num(j) is not None or s.norm(j) == "(":
        return None  # «العام 1992»: a year
    return Match(i, j, period_value(s, kind, mod))


def period_value(s: Scan, kind: str, mod: int) -> Parsed:
    """The ``kind`` (week, month, decade, year) ``mod`` units from the document's."""
    try:
        return _period_value(s, kind, mod)
    except (ValueError, OverflowError):
        return Parsed("iso")


def _period_value(s: Scan, kind: str, mod: int) -> Parsed:
    doc = s.doc
    if doc is None:
        return Parsed("iso")
    if kind == "week":
        d = doc + dt.timedelta(days=7 * mod)
        y, w, _ = d.isocalendar()
        return Parsed("iso", iso=f"{y}-W{w:02d}")
    if kind == "month":
        d = add_months(doc, mod)
        return Parsed("date", d.year, d.month)
    if kind == "decade":
        start = (doc.year // 10 + mod) * 10
        return Parsed("iso", iso=f"{start}/{start + 9}")
    return Parsed("date", doc.year + mod)


def p_stretch(s: Scan, i: int) -> Match | None:
    """«الأيام الخمسة الماضية», «الشهرين الماضيين», «السنوات الأخيرة»."""
    unit = s.hit(i, STRETCH)
    if unit is None:
        return None
    j = i + 1
    count: float | None = 2 if unit in STRETCH_DUAL else None
    if count is None:
        f = s.norm(j)
        cand = f[2:] if f.startswith("ال") else None
        if cand:
            v = ONES.get(cand, TENS.get(cand))
            if v is not None:
                count = v
                j += 1
    if s.norm(j) not in STRETCH_MODS:
        return None
    forward = s.norm(j) in STRETCH_FORWARD
    j += 1
    des = STRETCH[unit]
    if s.doc is None or count is None:
        return Match(i, j, Parsed("iso"))
    try:
        other = shift(s.doc, des, count if forward else -count)
    except (ValueError, OverflowError):
        return Match(i, j, Parsed("iso"))
    a, b = (s.doc, other) if forward else (other, s.doc)
    return Match(i, j, Parsed("iso", iso=f"{a}/{b}"))
