"""Values of the date finder: parsed calendar values, matches, and their ISO 8601 strings.

A parser returns a :class:`Match` (a token span and a :class:`Parsed` value); the finder's
driver turns the value into its ISO string with :func:`iso_value`, which resolves a missing
year against the document date and converts Hijri dates (:mod:`khabar.temporal.hijri`).
Nothing here raises on a bad calendar value: an impossible date is ``None``.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from khabar.temporal import hijri


@dataclass(slots=True)
class Parsed:
    """A parsed value: a calendar date of some precision, or a fixed ISO string."""

    kind: str                 # "date" | "iso" | "day" (a lone day number, ranges only)
    y: int | None = None
    m: int | None = None
    d: int | None = None
    hijri: bool = False
    iso: str | None = None


@dataclass(slots=True)
class Match:
    """Tokens ``i`` to ``j`` (exclusive) and their value; ``interval`` for a range."""

    i: int
    j: int
    v: Parsed
    interval: bool = False


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` months, the day clipped to the month's length."""
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def valid(y: int, m: int, d: int) -> bool:
    """Whether (y, m, d) is a Gregorian date ``datetime`` can hold."""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def duration(n: float | int, des: str) -> str:
    """The ISO duration of ``n`` units ``des`` (D, W, M, Y, 10Y, 100Y, H, MIN)."""
    if des == "10Y":
        return f"P{n * 10}Y"
    if des == "100Y":
        return f"P{n * 100}Y"
    if des == "H":
        return f"PT{n}H"
    if des == "MIN":
        return f"PT{n}M"
    return f"P{n}{des}"


def shift(d: dt.date, des: str, n: float) -> dt.date:
    """``d`` moved by ``int(n)`` units ``des`` (hours and minutes leave the day as it is).

    Raises ValueError or OverflowError when the result leaves ``datetime``'s range.
    """
    n = int(n)
    if des == "D":
        return d + dt.timedelta(days=n)
    if des == "W":
        return d + dt.timedelta(days=7 * n)
    if des == "M":
        return add_months(d, n)
    if des in ("H", "MIN"):
        return d
    years = n * (10 if des == "10Y" else 100 if des == "100Y" else 1)
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def iso_value(v: Parsed, doc: dt.date | None) -> str | None:
    """The ISO string of ``v``; a missing year is the one nearest ``doc`` (None without it)."""
    if v.kind != "date":
        return v.iso
    y, m, d = v.y, v.m, v.d
    if v.hijri:
        return _hijri_iso(y, m, d, doc)
    if y is None:
        if doc is None or m is None:
            return None
        y = _infer_year(m, d or 15, doc)
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not valid(y, m, d):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def interval(a: Parsed, b: Parsed, doc: dt.date | None) -> str | None:
    """``start/end`` from the first day of ``a`` to the last of ``b``; ``a`` without a year
    takes ``b``'s (the year before when its month comes later). None when either is None."""
    if a.kind == "date" and b.kind == "date":
        if a.y is None and b.y is not None and a.hijri == b.hijri:
            a = Parsed("date", b.y if (a.m or 0) <= (b.m or 0) else b.y - 1, a.m, a.d, a.hijri)
    sa, sb = iso_value(a, doc), iso_value(b, doc)
    if sa is None or sb is None:
        return None
    return f"{sa.split('/')[0]}/{sb.split('/')[-1]}"


def _infer_year(m: int, d: int, doc: dt.date) -> int:
    best = doc.year
    bestdiff = None
    for y in (doc.year - 1, doc.year, doc.year + 1):
        try:
            diff = abs((dt.date(y, m, min(d, 28)) - doc).days)
        except ValueError:
            continue
        if bestdiff is None or diff < bestdiff:
            best, bestdiff = y, diff
    return best


def _hijri_iso(y: int | None, m: int | None, d: int | None, doc: dt.date | None
               ) -> str | None:
    try:
        if y is None:
            if doc is None or m is None:
                return None
            hy = hijri.from_gregorian(doc)[0]
            cands = [(abs((hijri.to_gregorian(h, m, d or 15) - doc).days), h)
                     for h in (hy - 1, hy, hy + 1)]
            y = min(cands)[1]
        if m is None:
            a, b = hijri.year_interval(y)
            return f"{a}/{b}"
        if d is None:
            a, b = hijri.month_interval(y, m)
            return f"{a}/{b}"
        return hijri.to_gregorian(y, m, d).isoformat()
    except (ValueError, OverflowError):
        return None
