"""Datelines of wire stories (``khabar.segment._datelines``) on real Arabic text."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.segment._datelines import (
    _AGENCY, _AGENCY_FIRST, agency_first_matches, agency_matches, find_datelines,
)

_WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")


def _datelines(text: str) -> dict[str, float]:
    words = list(_WORD.finditer(text))
    out = find_datelines(text, 0, len(text), [m.start() for m in words],
                         [m.group() for m in words])
    return {words[i].group(): v for i, v in out.items()}


def test_dateline_starts_at_the_city():
    text = ("الأمم المتحدة تعترف بصعوبة تحقيق تقدم القاهرة (رويترز) - أعلنت وزارة الخارجية "
            "المصرية اليوم أن المحادثات ستستأنف")
    assert _datelines(text) == {"القاهرة": 1.0}
    # The date and the agency are one match, read as a date: weaker.
    text = "الأمم المتحدة تعترف بصعوبة تحقيق تقدم موسكو 15 - 7 (اف ب) - أعلنت وزارة الخارجية"
    assert _datelines(text) == {"موسكو": 0.7}


def test_two_word_city_is_taken_whole():
    text = "افتتاح معرض الكتاب الدولي الدار البيضاء (رويترز) - افتتح اليوم معرض الكتاب"
    words = list(_WORD.finditer(text))
    out = find_datelines(text, 0, len(text), [m.start() for m in words],
                         [m.group() for m in words])
    assert [words[i].group() for i in out] == ["الدار"]


def test_date_only_dateline_is_weaker_and_agency_first_form_is_found():
    assert _datelines("قال الوزير في بيان القاهرة 15 - 7 : إن الحكومة ستعلن") == {"القاهرة": 0.7}
    assert _datelines("سبق - ينبع: أعلنت إدارة التعليم في المحافظة عن بدء التسجيل") == {"سبق": 0.9}


def test_text_without_agency_has_no_dateline():
    assert _datelines("استؤنفت اجتماعات مؤتمر جنيف 2 بين وفدي المعارضة والحكومة السورية امس") == {}


_PIECES = ("موسكو", "15", "7", "-", " - ", "/", "(", ")", "(اف ب)", "رويترز", "واس", ":", " ",
           "سبق", "ينبع", "،", "\n", "أعلنت", "«", "»")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.integers(0, 5), st.integers(0, 5))
def test_anchored_matching_equals_plain_finditer(pieces, cut_lo, cut_hi):
    text = "".join(pieces)
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    spans = [m.span() for m in agency_matches(text, lo, hi)]
    assert spans == [m.span() for m in _AGENCY.finditer(text, lo, hi)]
    first = [m.span() for m in agency_first_matches(text, lo, hi)]
    assert first == [m.span() for m in _AGENCY_FIRST.finditer(text, lo, hi)]
