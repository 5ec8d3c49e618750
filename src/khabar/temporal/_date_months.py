"""Month-name dates and years: «13 فبراير 2014», «15 آذار/مارس», «الثالث من رمضان 1435 هـ»,
«أكتوبر من عام 1929», «مارس الماضي», «10 - 15 مارس», «عام 2014», «1435 هـ».

A month name may carry a day (a number or an ordinal word), the other name of the same
month («آذار/مارس»), and a year (or «العام الماضي»). An ambiguous month alone («مارس» is
also a verb, «رمضان» a name) needs context: a word of ``MONTH_CTX`` before it or a period
modifier after it. A Hijri month in a Gregorian year is the Hijri year whose month falls in
it. A bare 4-digit number is a year when it is 1800-2099 and is no identifier («القرار 2139»)
or count («2000 شخص»).
"""
from __future__ import annotations

import datetime as dt

from khabar.temporal import hijri
from khabar.temporal._date_numeric import p_numeric
from khabar.temporal._date_periods import p_period
from khabar.temporal._date_scan import Scan
from khabar.temporal._date_values import Match, Parsed, interval, valid
from khabar.temporal._date_words import (AMBIG_HIJRI, AMBIG_MONTHS, MODS, MONTH_CTX, MONTH_WORDS,
                                         NOT_YEAR_AFTER, NOT_YEAR_BEFORE, OD1, OD2, PERIODS,
                                         RAMADAN_EPITHETS, RANGE_TO, THIS, YEAR_WORDS)


def p_text(s: Scan, i: int) -> Match | None:
    """[day | ordinal [من]] month [alt] [year], month year, month alone (in context)."""
    k = i
    day = s.day_num(k)
    if day is not None:
        k += 1
        if s.norm(k) == "/":
            k += 1
    else:
        od = s.multi(i, OD1, OD2)
        if od is not None:
            day = od[1]
            k = od[0]
            if s.norm(k) == "من":
                k += 1
    # a day range: 10 - 15 مارس, 13 و14 فبراير, 13 وحتى 15 ...
    if day is not None and s.day_num(i) is not None:
        c = k
        if s.norm(c) in RANGE_TO:
            c += 1
        elif s.norm(c) == "و" and s.norm(c + 1) in RANGE_TO:
            c += 2
        d2 = s.day_num(c) if c > k else None
        if d2 is not None and d2 > day:
            inner = p_text(s, c)
            if inner is not None and inner.v.kind == "date" and inner.v.d == d2:
                v = inner.v
                a = Parsed("date", v.y, v.m, day, v.hijri)
                return range_match(s, i, inner.j, a, v)
    got = s.month(k)
    hij = False
    if got is None:
        got = s.hmonth(k)
        hij = True
        if got is None:
            return None
    j, m, word = got
    if not hij:
        j = s.alt_month(j, m)
    elif s.norm(j) in RAMADAN_EPITHETS:
        j += 1
    c = j
    if s.norm(c) in ("/", "،", ",", "-"):
        c += 1
    if s.norm(c) == "من" and (s.hit(c + 1, YEAR_WORDS) or s.hit(c + 1, THIS)):
        c += 1  # «أكتوبر من عام 1929», «مارس من العام الماضي»
    if not hij and (s.hit(c, THIS) or PERIODS.get(s.norm(c)) == "year"):
        per = p_period(s, c)
        if per is not None:
            if per.v.kind == "date" and per.v.y is not None:
                return Match(i, per.j, Parsed("date", per.v.y, m, day))
            return Match(i, per.j, Parsed("iso"))
    if s.hit(c, YEAR_WORDS):
        c += 1
    yr = s.year_at(c, need_context=True)
    y = None
    if yr is not None and (yr[1] >= 1000 or yr[3]):
        j, y = yr[0], yr[1]
        if yr[2] and not hij:
            return None  # a Gregorian month with a Hijri year: not a thing
        if hij and not yr[2] and y > 1600:
            return _hijri_in_greg_year(i, j, m, day, y)
    if day is None and y is None and not hij and s.norm(j) == "(":
        inner = p_numeric(s, j + 1)
        if inner is not None and inner.v.kind == "date" and inner.v.m == m \
                and s.norm(inner.j) == ")":
            return Match(i, inner.j + 1, inner.v)
    if day is None and y is None:
        # month alone: needs context if ambiguous
        prev = s.hit(i - 1, MONTH_CTX)
        if hij:
            if word in AMBIG_HIJRI and not (prev and prev != "من"):
                return None
            if word in ("صفر", "محرم", "رجب") and prev not in MONTH_WORDS:
                return None
        elif word in AMBIG_MONTHS and not prev and not s.hit(i - 1, MONTH_WORDS) \
                and s.month(i - 1) is None and s.hit(j, MODS) is None:
            return None
        if not hij and s.hit(j, MODS):
            mod = MODS[s.hit(j, MODS)]
            return Match(i, j + 1, _month_rel(s, m, mod))
    if day is not None and y is None and not hij and not valid(2000, m, day):
        return None
    if hij and day is not None and day > 30:
        return None
    return Match(i, j, Parsed("date", y, m, day, hij))


def _hijri_in_greg_year(i: int, j: int, m: int, day: int | None, gy: int) -> Match:
    """Hijri month ``m`` of the Hijri year whose month ``m`` starts in Gregorian year gy."""
    h = hijri.from_gregorian(dt.date(gy, 1, 1))[0]
    hy = h if hijri.to_gregorian(h, m, 1).year == gy else h + 1
    return Match(i, j, Parsed("date", hy, m, day, True))


def _month_rel(s: Scan, m: int, mod: int) -> Parsed:
    """Month ``m`` before (mod < 0) or after (mod > 0) the document's month."""
    if s.doc is None:
        return Parsed("iso")
    y = s.doc.year
    if mod < 0 and m >= s.doc.month:
        y -= 1
    elif mod > 0 and m <= s.doc.month:
        y += 1
    return Parsed("date", y, m)


def range_match(s: Scan, i: int, j: int, a: Parsed, b: Parsed) -> Match:
    """Tokens i to j as the interval from ``a`` to ``b``."""
    return Match(i, j, Parsed("iso", iso=interval(a, b, s.doc)), interval=True)


def p_year(s: Scan, i: int) -> Match | None:
    """[عام] year [era] at ``i``: «عام 1948», «2014», «1435 هـ», «1948م»."""
    k = i
    yw = s.hit(k, YEAR_WORDS)
    if yw:
        k += 1
    yr = s.year_at(k, need_context=bool(yw))
    if yr is None:
        return None
    j, y, hij, era = yr
    if not yw and not era:
        prev = s.forms(i - 1)
        if any(f in NOT_YEAR_BEFORE for f in prev) or s.norm(i - 1) in ("$", "€", "£"):
            return None
        if s.hit(j, NOT_YEAR_AFTER) or s.norm(j) in ("%", "٪", "."):
            if not (s.norm(j) == "." and s.num(j + 1) is None):
                return None
        if s.norm(i - 1) == "," or s.norm(i - 1) == "." and s.num(i - 2) is not None:
            return None
    if hij:
        return Match(i, j, Parsed("date", y, None, None, True))
    if y < 1000 and not era:
        return None
    return Match(i, j, Parsed("date", y))
