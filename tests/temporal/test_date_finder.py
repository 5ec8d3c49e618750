"""The driver: longest parse, widening to the left, ranges, non-overlapping spans."""
from __future__ import annotations

import datetime as dt

import pytest

from khabar.temporal import dates
from khabar.temporal._date_finder import PARSERS, find
from khabar.temporal._tokens import tokenize

DOC = dt.date(2014, 2, 13)


def spans(text: str, doc: dt.date | None = DOC) -> list[tuple[str, str | None]]:
    return [(text[s:e], v) for s, e, v in find(text, tokenize(text), doc)]


@pytest.mark.parametrize("text,want", [
    # signal and intro words join the span, «في» does not
    ("منذ بداية العام الجاري", [("منذ بداية العام الجاري", "2014")]),
    ("وقعت الحادثة يوم الثلاثاء الموافق 5 / 8 / 2008", [
        ("يوم الثلاثاء الموافق 5 / 8 / 2008", "2008-08-05")]),
    ("في نهاية العام", [("نهاية العام", "2014")]),
    ("صباح اليوم", [("صباح اليوم", "2014-02-13")]),
    # a duration after «قبل/منذ» is a point in time
    ("قبل عشرين عاما", [("قبل عشرين عاما", "1994")]),
    ("منذ عامين", [("منذ عامين", "2012")]),
    ("خلال ثلاث سنوات", [("خلال ثلاث سنوات", "P3Y")]),
    # ranges
    ("بين 2010 و2014", [("بين 2010 و2014", "2010/2014")]),
    ("من 10 إلى 15 مارس 2014", [("من 10 إلى 15 مارس 2014", "2014-03-10/2014-03-15")]),
    ("من يناير إلى مارس 2014", [("من يناير إلى مارس 2014", "2014-01/2014-03")]),
    ("عام ( 1948 / 1949 )", [("عام ( 1948 / 1949 )", "1948/1949")]),
    # two dates that are no range stay apart
    ("أمس و 2014", [("أمس", "2014-02-12"), ("2014", "2014")]),
])
def test_find(text: str, want: list[tuple[str, str | None]]) -> None:
    assert spans(text) == want


def test_longest_parse_wins_and_spans_do_not_overlap() -> None:
    text = "الخميس 13 فبراير 2014 وقال أمس الأربعاء إن 15 آذار 2014 موعد"
    found = find(text, tokenize(text), DOC)
    assert [(text[s:e], v) for s, e, v in found] == [
        ("الخميس 13 فبراير 2014", "2014-02-13"), ("أمس الأربعاء", "2014-02-12"),
        ("15 آذار 2014", "2014-03-15")]
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:]))


def test_month_and_bracket_at_the_end_of_the_text() -> None:
    # used to raise IndexError: p_text looked for a numeric date after the last token
    assert spans("وصل الوفد في مارس (") == [("مارس", "2014-03")]
    assert spans("مارس (") == []


def test_public_api_is_the_driver() -> None:
    text = "وصل الوفد أمس إلى جنيف"
    assert dates.find_dates(text, "2014-02-13") == find(text, tokenize(text), DOC)
    assert dates.find_dates_tokens(text, tokenize(text), DOC) == [(10, 13, "2014-02-12")]
    assert dates.parse_doc_date("2014-02-13T08:30:00Z") == DOC
    assert dates.parse_doc_date("0001-01-01") is None
    assert PARSERS[0].__name__ == "p_numeric" and len(PARSERS) == 9
