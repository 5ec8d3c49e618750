"""Hijri ↔ Gregorian conversion with the tabular (arithmetic) Islamic calendar.

The civil tabular calendar: 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
26, 29 (the common "Kuwaiti" pattern, ``(14 + 11 y) mod 30 < 11``), epoch 1 Muharram 1 AH =
16 July 622 (Julian), JDN 1948440. Months alternate 30/29 days, Dhu al-Hijja has 30 in a
leap year. It is a convention: announced months (Umm al-Qura, moon sighting) may differ by a
day or two — 1 Ramadan 1435 is 2014-06-29 here, 2014-06-28 in Umm al-Qura.
"""
from __future__ import annotations

import datetime as dt

_EPOCH = 1948439          # JDN of the day before 1 Muharram 1 AH
_ORDINAL_TO_JDN = 1721425  # date.toordinal() + this = JDN


def _month_start(year: int, month: int) -> int:
    return -(-59 * (month - 1) // 2)  # ceil(29.5 * (month - 1))


def hijri_to_jdn(year: int, month: int, day: int) -> int:
    """Julian day number of a tabular Hijri date (no validation of the day)."""
    return (day + _month_start(year, month) + 354 * (year - 1) + (3 + 11 * year) // 30
            + _EPOCH)


def month_length(year: int, month: int) -> int:
    """Days in a tabular Hijri month (29 or 30)."""
    if month == 12:
        return 30 if (14 + 11 * year) % 30 < 11 else 29
    return 30 if month % 2 == 1 else 29


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a tabular Hijri date; raises ValueError when out of range."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and 1 <= year <= 9000):
        raise ValueError(f"bad Hijri date {year}-{month}-{day}")
    return dt.date.fromordinal(hijri_to_jdn(year, month, day) - _ORDINAL_TO_JDN)


def from_gregorian(date: dt.date) -> tuple[int, int, int]:
    """The tabular Hijri (year, month, day) of a Gregorian date."""
    jdn = date.toordinal() + _ORDINAL_TO_JDN
    year = (30 * (jdn - _EPOCH - 1) + 10646) // 10631
    month = 1
    while month < 12 and hijri_to_jdn(year, month + 1, 1) <= jdn:
        month += 1
    if hijri_to_jdn(year, month, 1) > jdn:  # guard against the year estimate
        year -= 1
        month = 12
        while month > 1 and hijri_to_jdn(year, month, 1) > jdn:
            month -= 1
    return year, month, jdn - hijri_to_jdn(year, month, 1) + 1


def month_interval(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Hijri month."""
    return to_gregorian(year, month, 1), to_gregorian(year, month, month_length(year, month))


def year_interval(year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a Hijri year."""
    return to_gregorian(year, 1, 1), to_gregorian(year, 12, month_length(year, 12))
