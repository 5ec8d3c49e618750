"""Numeric dates: «13/2/2014», «13 - 2 - 14», «13.02.2014», «2014-02-13», «21/24/4/1942».

Day/month/year is the Arab order; month/day is read only when day/month is no date. A
year of two digits is 20xx below 50, else 19xx. A four-digit first part with «-» or «/» is
year-month-day. «21 / 24 / 4 / ( 1942 )» is a range of days of one month. An era word
after the date («م», «هـ») belongs to it; «هـ» makes it Hijri.
"""
from __future__ import annotations

import datetime as dt

from khabar.temporal._date_scan import Scan
from khabar.temporal._date_values import Match, Parsed, valid
from khabar.temporal._date_words import G_ERA, H_ERA, SEPS


def p_numeric(s: Scan, i: int) -> Match | None:
    """A numeric date starting at token ``i`` (with a following era word), else None."""
    got = _numeric(s, i)
    if got is not None and got.v.kind == "date" and (
            s.norm(got.j) in G_ERA or s.norm(got.j) in H_ERA):
        if s.norm(got.j) in H_ERA:
            got.v.hijri = True
        got.j += 1
    return got


def _numeric(s: Scan, i: int) -> Match | None:
    if i >= s.n:
        return None  # «في مارس (» at the end of the text: nothing after the bracket
    t = s.t[i]
    if not t.is_num:
        return None
    parts = t.norm.split(".")
    if len(parts) == 3 and all(p.isdigit() and len(p) <= 4 for p in parts):
        v = dmy(*(int(p) for p in parts), len(parts[2]))
        return Match(i, i + 1, v) if v else None
    a = s.num(i)
    if a is None or s.norm(i + 1) not in SEPS:
        return None
    sep = s.norm(i + 1)
    b = s.num(i + 2)
    if b is None or s.norm(i + 3) != sep:
        return None
    k = i + 4
    paren = s.norm(k) == "("
    c = s.num(k + 1 if paren else k)
    if c is None:
        return None
    clen = len(s.t[k + 1 if paren else k].norm)
    k = k + 2 if paren else k + 1
    if paren:
        if s.norm(k) != ")":
            return None
        k += 1
    # 21 / 24 / 4 / ( 1942 ): a range of days
    if s.norm(k) == sep and (s.num(k + 1) is not None or (
            s.norm(k + 1) == "(" and s.num(k + 2) is not None)):
        return _day_range(s, i, k, a, b, c)
    if len(s.t[i].norm) == 4 and sep in ("-", "/"):
        if valid(a, b, c):
            return Match(i, k, Parsed("date", a, b, c))
        return None
    v = dmy(a, b, c, clen)
    return Match(i, k, v) if v else None


def _day_range(s: Scan, i: int, k: int, a: int, b: int, c: int) -> Match | None:
    """Days a to b of month c, the year after the separator at ``k``."""
    kp = s.norm(k + 1) == "("
    y = s.num(k + 2 if kp else k + 1)
    k2 = k + (3 if kp else 2)
    if kp:
        if s.norm(k2) != ")":
            return None
        k2 += 1
    if y and 1 <= a < b <= 31 and 1 <= c <= 12 and 1000 <= y <= 2200 and valid(y, c, b):
        return Match(i, k2, Parsed("iso", iso=f"{dt.date(y, c, a)}/{dt.date(y, c, b)}"),
                     interval=True)
    return None


def dmy(a: int, b: int, c: int, clen: int) -> Parsed | None:
    """Day a, month b, year c (of ``clen`` digits), else month a, day b when that is no
    date; None when neither is a date or the year is not 1000-2200."""
    if clen == 2:
        c += 2000 if c < 50 else 1900
    elif clen != 4:
        return None
    if not (1000 <= c <= 2200):
        return None
    if valid(c, b, a):
        return Parsed("date", c, b, a)
    if valid(c, a, b):
        return Parsed("date", c, a, b)
    return None
