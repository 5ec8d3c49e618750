"""Each family of date expressions parsed at one token, before the driver widens or merges."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from khabar.temporal._date_days import p_relative, p_weekday
from khabar.temporal._date_durations import p_duration, p_misc, point
from khabar.temporal._date_months import p_text, p_year
from khabar.temporal._date_numeric import dmy, p_numeric
from khabar.temporal._date_periods import p_period, p_stretch
from khabar.temporal._date_scan import Scan
from khabar.temporal._date_values import Match, Parsed, iso_value
from khabar.temporal._tokens import tokenize

DOC = dt.date(2014, 2, 13)  # a Thursday
Parser = Callable[[Scan, int], "Match | None"]


def parse(p: Parser, text: str, word: str, doc: dt.date | None = DOC
          ) -> tuple[str, str | None] | None:
    """(span text, value) of parser ``p`` at the first token whose text is ``word``."""
    toks = tokenize(text)
    s = Scan(text, toks, doc)
    i = next(k for k, t in enumerate(toks) if text[t.start:t.end] == word)
    m = p(s, i)
    if m is None:
        return None
    return text[toks[m.i].start:toks[m.j - 1].end], iso_value(m.v, doc)


@pytest.mark.parametrize("p,text,word,want", [
    (p_numeric, "صدر البيان بتاريخ 13/2/2014 في دمشق", "13", ("13/2/2014", "2014-02-13")),
    (p_numeric, "وقع الاتفاق في 2/25/2014", "2", ("2/25/2014", "2014-02-25")),
    (p_numeric, "نشر في 13.02.2014", "13.02.2014", ("13.02.2014", "2014-02-13")),
    (p_numeric, "الموافق 2014-02-13 م", "2014", ("2014-02-13 م", "2014-02-13")),
    (p_numeric, "بتاريخ 5 / 8 / 1429 هـ", "5", ("5 / 8 / 1429 هـ", "2008-08-08")),
    (p_numeric, "الأيام 21 / 24 / 4 / 1942", "21", ("21 / 24 / 4 / 1942",
                                                    "1942-04-21/1942-04-24")),
    (p_numeric, "النتيجة 3/4 فقط", "3", None),
    (p_text, "وصل في 15 آذار/مارس 2014 إلى", "15", ("15 آذار/مارس 2014", "2014-03-15")),
    (p_text, "في الثالث من رمضان 1435 هـ", "الثالث", ("الثالث من رمضان 1435 هـ",
                                                    "2014-07-01")),
    (p_text, "ولد في أكتوبر من عام 1929", "أكتوبر", ("أكتوبر من عام 1929", "1929-10")),
    (p_text, "من 10 - 15 مارس 2014", "10", ("10 - 15 مارس 2014", "2014-03-10/2014-03-15")),
    (p_text, "زار دمشق في يناير الماضي", "يناير", ("يناير الماضي", "2014-01")),
    (p_text, "في مارس من العام الماضي", "مارس", ("مارس من العام الماضي", "2013-03")),
    (p_text, "في رمضان عام 2014", "رمضان", ("رمضان عام 2014", "2014-06-29/2014-07-28")),
    (p_text, "مارس الوزير ضغوطا", "مارس", None),        # the verb, not March
    (p_text, "وقال رمضان إن", "رمضان", None),            # a name, not the month
    (p_text, "في مارس", "مارس", ("مارس", "2014-03")),
    (p_year, "ولد عام 1948 في يافا", "عام", ("عام 1948", "1948")),
    (p_year, "أصدر القرار 2139 بالإجماع", "2139", None),
    (p_year, "قتل 2000 شخص", "2000", None),
    (p_relative, "وقال الابراهيمي امس الأربعاء", "امس", ("امس الأربعاء", "2014-02-12")),
    (p_relative, "أعلنت الحكومة أمس الثلاثاء", "أمس", ("أمس الثلاثاء", "2014-02-11")),
    (p_relative, "حتى اليوم الأخير", "اليوم", None),
    (p_weekday, "اجتمع المجلس الخميس الماضي", "الخميس", ("الخميس الماضي", "2014-02-06")),
    (p_weekday, "سيعقد الاجتماع السبت في الكويت", "السبت", ("السبت", "2014-02-15")),
    (p_weekday, "قتل ثلاثة الثلاثاء في هجوم", "الثلاثاء", ("الثلاثاء", "2014-02-11")),
    (p_weekday, "الخميس 13 فبراير 2012", "الخميس", ("الخميس 13 فبراير 2012", "2012-02-13")),
    (p_period, "ارتفع الإنتاج العام الماضي", "العام", ("العام الماضي", "2013")),
    (p_period, "التقى الوفدان الأسبوع الماضي", "الأسبوع", ("الأسبوع الماضي", "2014-W06")),
    (p_period, "هذا العام", "هذا", ("هذا العام", "2014")),
    (p_period, "في العام 1992", "العام", None),
    (p_stretch, "خلال الأيام الخمسة الماضية", "الأيام", ("الأيام الخمسة الماضية",
                                                      "2014-02-08/2014-02-13")),
    (p_stretch, "الشهرين الماضيين", "الشهرين", ("الشهرين الماضيين", "2013-12-13/2014-02-13")),
    (p_stretch, "السنوات الماضية", "السنوات", ("السنوات الماضية", None)),
    (p_duration, "استمرت الحرب ثلاث سنوات", "ثلاث", ("ثلاث سنوات", "P3Y")),
    (p_duration, "بعد 12 عاما من", "12", ("12 عاما", "P12Y")),
    (p_duration, "استغرق الاجتماع ساعتين", "ساعتين", ("ساعتين", "PT2H")),
    (p_duration, "منذ عدة أيام", "عدة", ("عدة أيام", None)),
    (p_duration, "رقم 9 عام ( 1921 )", "9", None),
    (p_misc, "يعيش حاليا في عمان", "حاليا", ("حاليا", "2014-02-13")),
    (p_misc, "تصدر يوميا", "يوميا", ("يوميا", "P1D")),
    (p_misc, "في الثمانينيات من القرن الماضي", "الثمانينيات",
     ("الثمانينيات من القرن الماضي", "1980/1989")),
    (p_misc, "خلال الفترة العثمانية", "الفترة", ("الفترة العثمانية", None)),
])
def test_parser(p: Parser, text: str, word: str, want: tuple[str, str | None] | None) -> None:
    assert parse(p, text, word) == want


def test_relative_words_without_a_document_date_have_no_value() -> None:
    assert parse(p_relative, "وصل الوفد أمس", "أمس", None) == ("أمس", None)
    assert parse(p_weekday, "يوم الاثنين", "الاثنين", None) == ("الاثنين", None)
    assert parse(p_period, "العام المقبل", "العام", None) == ("العام المقبل", None)


def test_dmy_prefers_day_month_and_two_digit_years() -> None:
    assert dmy(5, 8, 2008, 4) == Parsed("date", 2008, 8, 5)
    assert dmy(8, 25, 14, 2) == Parsed("date", 2014, 8, 25)
    assert dmy(5, 8, 99, 2) == Parsed("date", 1999, 8, 5)
    assert dmy(31, 31, 2014, 4) is None and dmy(5, 8, 123, 3) is None


def test_point_in_time_of_a_duration() -> None:
    # «قبل عشرين عاما», «منذ ثلاثة أشهر», «بعد أسبوعين», «قبل ساعتين»
    assert point("P20Y", "قبل", DOC) == Parsed("date", 1994)
    assert point("P3M", "منذ", DOC) == Parsed("date", 2013, 11)
    assert point("P2W", "بعد", DOC) == Parsed("iso", iso="2014-W09")
    assert point("PT2H", "قبل", DOC) == Parsed("date", 2014, 2, 13)
    assert point("P3Y", "قبل", None) == Parsed("iso")
