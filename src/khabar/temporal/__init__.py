"""Dates and numbers of a Document: found on the View, mapped to raw spans.

:func:`annotate` runs :func:`khabar.temporal.dates.find_dates` and
:func:`khabar.temporal.numbers.find_numbers` over ``doc.view.text`` (``doc.raw`` when there
is no View), maps every span to raw with ``View.to_raw``, drops numbers that overlap a date
span (the «2014» of «15 آذار 2014», the «3» of «ثلاث سنوات»), and returns both layers as
:class:`khabar.document.Value` tuples; a number's currency or unit is ``Value.unit``.

The document date is ``doc.date``; when it is None, :func:`guess_doc_date` looks for a full
explicit date in the dateline (the first 200 characters) and uses it, so that relative
expressions of a page that states its date still resolve; pass ``infer_date=False`` to keep
every relative value None instead.
"""
from __future__ import annotations

import bisect

from khabar.document import Document, Value
from khabar.temporal._tokens import tokenize
from khabar.temporal.dates import find_dates, find_dates_tokens
from khabar.temporal.numbers import find_numbers, find_numbers_tokens

__all__ = ["annotate", "find_dates", "find_numbers", "guess_doc_date"]

_DATELINE = 200


def guess_doc_date(text: str) -> str | None:
    """A day-precision absolute date stated in the first 200 characters, else None."""
    head = text[:_DATELINE]
    for s, e, value in find_dates(head, None):
        if value and len(value) == 10 and value[4] == "-" and "/" not in value:
            return value
    return None


def annotate(doc: Document, infer_date: bool = True
             ) -> tuple[tuple[Value, ...], tuple[Value, ...]]:
    """(dates, numbers) of ``doc`` as raw-anchored Values (see module docstring)."""
    view = doc.view
    text = view.text if view is not None else doc.raw
    date = doc.date
    if date is None and infer_date:
        date = guess_doc_date(text)
    toks = tokenize(text)
    dates = find_dates_tokens(text, toks, date)
    numbers = find_numbers_tokens(text, toks)
    to_raw = view.to_raw if view is not None else (lambda s, e: (s, e))
    out_dates = tuple(Value(*to_raw(s, e), v) for s, e, v in dates)
    starts = [s for s, _, _ in dates]
    out_nums: list[Value] = []
    for s, e, v, unit in numbers:
        k = bisect.bisect_right(starts, s) - 1
        inside = (k >= 0 and dates[k][1] > s) or (
            k + 1 < len(dates) and dates[k + 1][0] < e)
        if inside:
            continue
        out_nums.append(Value(*to_raw(s, e), v, unit))
    return out_dates, tuple(out_nums)
