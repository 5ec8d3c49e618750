"""Temporal expressions in Arabic news text, resolved against the document date.

``find_dates(text, doc_date)`` returns ``(start, end, value)`` spans, sorted and
non-overlapping, with ISO 8601 values at the precision the text states:

- day ``2014-02-13``, ISO week ``2014-W06``, month ``2014-02``, year ``2014``;
- a range as an interval ``start/end`` («من 10 إلى 15 مارس 2014» → ``2014-03-10/2014-03-15``,
  «بين 2010 و2014» → ``2010/2014``); a Hijri month or year as the interval of its Gregorian
  days; a decade («الأربعينات») as ``1940/1949``; «الشهرين الماضيين» as the stretch of days
  ending at the document date;
- a duration as an ISO duration («ثلاث سنوات» → ``P3Y``, «ساعتين» → ``PT2H``), a frequency
  («يوميا») as its period ``P1D``; «قبل/منذ عشرين عاما» → the point in time (``1994``).
- ``None`` when the value cannot be resolved (a relative expression with no document date, a
  vague count «عدة أيام», a month with no year and no document date) — the span is still
  returned.

Rules and decisions:

- Relative days (أمس، اليوم، غدا، أول أمس، بعد غد) are offsets from the document date. With a
  weekday («أمس الأربعاء») the mention is one span; when the weekday disagrees with the
  offset, the weekday wins: the value is the day with that weekday nearest (±3 days) to the
  offset day — newspapers often carry the next day's date on text written the day before, and
  the journalist's explicit weekday is the more reliable of the two.
- A weekday alone: the most recent such day on or before the document date (news reports past
  days), unless a future cue (سوف، سيعقد، المقرر … or a «س» + imperfect verb) occurs in the
  five words before it, then the next such day on or after the document date. With الماضي
  (المنصرم، الفائت) it is the previous one strictly before, with المقبل/القادم the next one
  strictly after the document date. A weekday followed by an explicit date takes that date.
- Qualifiers (أواخر، مطلع، منتصف، نهاية …) are kept in the span and the value keeps the
  precision of what they qualify: «أواخر العام الماضي» → ``2013`` (TIMEX3 would add mod=END).
- Signal words منذ، خلال، قبل، بعد and intro words بتاريخ، يوم، الموافق belong to the span (the
  Wojood convention); the value is the date they anchor to, except «قبل/منذ/بعد» + a
  duration, which resolve to a point. «في» is not in the span.
- A month without a year takes the year that puts it nearest the document date; a bare
  4-digit number 1800-2099 is a year unless an identifier word precedes it (القرار 2139) or a
  counted noun/unit follows it (2000 شخص). Numeric dates are day/month/year (Arab order);
  month/day is used only when the first part cannot be a month.
- Hijri dates use the tabular Islamic calendar (:mod:`khabar.temporal.hijri`), so a converted
  day may be one or two days off the announced calendar. A Hijri month that is also a name
  (رجب، رمضان، شعبان …) counts only after «شهر», a day number, a preposition, or before a year.
- «الآن/حاليا» are present references (value: the document date); historical periods
  («الفترة العثمانية», «فترة الحكم العثماني») are spans with value None; both are DATE/TIME in
  Wojood and TIMEX3.
- Not handled: clock times («الساعة العاشرة صباحا»), seasons, centuries, holidays (عيد الفطر),
  a day of a relative month («30 من الشهر الحالي» gives the month only).

The finder lives in private modules: the word tables (``_date_words``), the scan state and
token look-ups (``_date_scan``), values and ISO strings (``_date_values``), one module per
family of expressions (``_date_numeric``, ``_date_months``, ``_date_days``, ``_date_periods``,
``_date_durations``) and the driver that scans, widens and merges (``_date_finder``).
"""
from __future__ import annotations

import datetime as dt

from khabar.temporal._date_finder import DateSpan, find
from khabar.temporal._tokens import Tok, tokenize

__all__ = ["DateSpan", "find_dates", "find_dates_tokens", "parse_doc_date"]


def parse_doc_date(doc_date: str | dt.date | None) -> dt.date | None:
    """The document date as a ``date`` (ISO ``YYYY-MM-DD``, a longer ISO timestamp, or None)."""
    if doc_date is None:
        return None
    if not isinstance(doc_date, dt.date):
        try:
            doc_date = dt.date.fromisoformat(str(doc_date).strip()[:10])
        except ValueError:
            return None
    # Keep a margin so that offsets from the date never leave datetime's range.
    return doc_date if 2 <= doc_date.year <= 9997 else None


def find_dates_tokens(text: str, toks: list[Tok], doc_date: str | dt.date | None
                      ) -> list[DateSpan]:
    """:func:`find_dates` over pre-computed tokens."""
    return find(text, toks, parse_doc_date(doc_date))


def find_dates(text: str, doc_date: str | None) -> list[DateSpan]:
    """Date mentions in ``text`` as ``(start, end, iso_value_or_None)``; see module doc.

    Never raises for a str (a bad ``doc_date`` counts as none)."""
    return find_dates_tokens(text, tokenize(text), doc_date)
