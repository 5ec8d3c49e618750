"""Days named relative to the document date: «أمس», «اليوم الخميس», «بعد غد», and weekdays:
«الأحد», «الخميس الماضي», «السبت المقبل», «الخميس 13 فبراير 2014».

A relative day is an offset from the document date; with a weekday that disagrees, the
weekday wins (the day with that weekday nearest the offset day). A weekday alone is the most
recent such day, or the next one after a future cue in the five words before it (see
:mod:`khabar.temporal.dates`). An explicit date after a weekday gives the value.
"""
from __future__ import annotations

import datetime as dt

from khabar.temporal._date_months import p_text
from khabar.temporal._date_numeric import p_numeric
from khabar.temporal._date_scan import Scan
from khabar.temporal._date_values import Match, Parsed
from khabar.temporal._date_words import (CORRESPONDING, FUTURE_CUES, FUTURE_NOUNS, INTRO, MODS,
                                         NO_WEEKDAY_BEFORE, NOT_TODAY, REL1, REL2, WEEKDAYS,
                                         wa_forms)


def p_relative(s: Scan, i: int) -> Match | None:
    """«أمس», «اليوم», «غدا», «أول من أمس», «بعد غد», with an optional weekday after."""
    got = s.multi(i, REL1, REL2)
    if got is None:
        return None
    j, off, word = got
    if word not in wa_forms(s.norm(i)):
        return None  # «لليوم», «باليوم»: not "today"
    if word == "اليوم" and (s.norm(j) in NOT_TODAY or s.hit(j, NOT_TODAY)):
        return None
    if word == "اليوم" and s.hit(j, MODS) is not None:
        return None
    wd = s.hit(j, WEEKDAYS)
    if s.doc is None or not (dt.date.min.year < s.doc.year < dt.date.max.year):
        return Match(i, j + (1 if wd else 0), Parsed("iso"))
    base = s.doc + dt.timedelta(days=off)
    if wd is not None:
        want = WEEKDAYS[wd]
        diff = (want - base.weekday() + 3) % 7 - 3
        base = base + dt.timedelta(days=diff)
        j += 1
    return Match(i, j, Parsed("date", base.year, base.month, base.day))


def p_weekday(s: Scan, i: int) -> Match | None:
    """A weekday [الماضي|المقبل] [،] [الموافق] [explicit date]."""
    wd = s.hit(i, WEEKDAYS)
    if wd is None:
        return None
    if s.hit(i - 1, NO_WEEKDAY_BEFORE):
        return None
    want = WEEKDAYS[wd]
    j = i + 1
    mod = None
    m = s.hit(j, MODS)
    if m is not None:
        mod = MODS[m]
        j += 1
    # an explicit date after the weekday wins
    k = j
    if s.norm(k) in ("،", ",", "-"):
        k += 1
    if s.hit(k, INTRO) or s.norm(k) in CORRESPONDING:
        k += 1
        if s.norm(k) == ":":
            k += 1
    for p in (p_numeric, p_text):
        if k < s.n:
            got = p(s, k)
            if got is not None and got.v.kind == "date" and got.v.d is not None:
                return Match(i, got.j, got.v)
    if s.doc is None:
        return Match(i, j, Parsed("iso"))
    doc = s.doc
    back = (doc.weekday() - want) % 7
    fwd = (want - doc.weekday()) % 7
    if mod == -1:
        d = doc - dt.timedelta(days=back or 7)
    elif mod == 1:
        d = doc + dt.timedelta(days=fwd or 7)
    elif mod == 0 or _future(s, i):
        d = doc + dt.timedelta(days=fwd)
    else:
        d = doc - dt.timedelta(days=back)
    return Match(i, j, Parsed("date", d.year, d.month, d.day))


def _future(s: Scan, i: int) -> bool:
    """A future cue (سوف، المقرر، «س» + imperfect verb) among the five tokens before ``i``,
    read left to right up to the first sentence-ending mark."""
    for k in range(max(0, i - 5), i):
        for f in s.forms(k):
            if f in FUTURE_CUES:
                return True
            if len(f) >= 5 and f[0] == "س" and f[1] in "يتنا" and not f.startswith(
                    FUTURE_NOUNS):
                return True
        if s.norm(k) in (".", "!", "؟", "?"):
            return False
    return False
