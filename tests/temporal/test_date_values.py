"""Values of the date finder: month arithmetic, durations, year inference, Hijri intervals."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.temporal._date_values import (Parsed, add_months, duration, interval, iso_value, shift,
                                          valid)

DOC = dt.date(2014, 2, 13)


def test_add_months_clips_the_day_and_crosses_years() -> None:
    assert add_months(dt.date(2014, 1, 31), 1) == dt.date(2014, 2, 28)
    assert add_months(dt.date(2014, 2, 13), -2) == dt.date(2013, 12, 13)
    assert add_months(dt.date(2016, 3, 31), -1) == dt.date(2016, 2, 29)


def test_valid_and_duration_strings() -> None:
    assert valid(2016, 2, 29) and not valid(2014, 2, 29) and not valid(2014, 13, 1)
    assert [duration(3, "Y"), duration(2, "10Y"), duration(1, "100Y"), duration(2, "H"),
            duration(30, "MIN"), duration(5, "D")] == ["P3Y", "P20Y", "P100Y", "PT2H",
                                                       "PT30M", "P5D"]


def test_shift_by_units_and_leap_day() -> None:
    assert shift(DOC, "D", -5) == dt.date(2014, 2, 8)
    assert shift(DOC, "W", 1.0) == dt.date(2014, 2, 20)
    assert shift(DOC, "M", -2) == dt.date(2013, 12, 13)
    assert shift(DOC, "Y", -20) == dt.date(1994, 2, 13)
    assert shift(DOC, "10Y", -2) == dt.date(1994, 2, 13)
    assert shift(DOC, "H", 5) == DOC
    assert shift(dt.date(2016, 2, 29), "Y", 1) == dt.date(2017, 2, 28)
    with pytest.raises(OverflowError):
        shift(dt.date(2, 1, 1), "D", -10_000)


@pytest.mark.parametrize("v,doc,want", [
    # «ديسمبر» in a February 2014 paper is December 2013; «مارس» is March 2014
    (Parsed("date", None, 12, None), DOC, "2013-12"),
    (Parsed("date", None, 3, 15), DOC, "2014-03-15"),
    (Parsed("date", None, 3, 15), None, None),
    (Parsed("date", 2014, 2, 30), None, None),
    (Parsed("date", 2014), None, "2014"),
    (Parsed("iso", iso="2014-W06"), None, "2014-W06"),
    # «رمضان 1435 هـ» (tabular calendar) and the Hijri year 1435
    (Parsed("date", 1435, 9, None, True), None, "2014-06-29/2014-07-28"),
    (Parsed("date", 1435, None, None, True), None, "2013-11-05/2014-10-24"),
    (Parsed("date", None, 9, 1, True), DOC, "2014-06-29"),
    (Parsed("date", 99999, 1, 1, True), None, None),
])
def test_iso_value(v: Parsed, doc: dt.date | None, want: str | None) -> None:
    assert iso_value(v, doc) == want


def test_interval_takes_the_year_of_its_end() -> None:
    # «من 10 إلى 15 مارس 2014» and «ديسمبر – فبراير 2014»
    assert interval(Parsed("date", None, 3, 10), Parsed("date", 2014, 3, 15), None) == \
        "2014-03-10/2014-03-15"
    assert interval(Parsed("date", None, 12), Parsed("date", 2014, 2), None) == "2013-12/2014-02"
    assert interval(Parsed("date", 2010), Parsed("date", 2014), None) == "2010/2014"
    assert interval(Parsed("date", None, 3), Parsed("date", None, 5), None) is None
