"""Candidate headline starts (``khabar.segment._article_starts``) on real Arabic text."""
from __future__ import annotations

import re

from khabar.segment._article_starts import candidate_starts
from khabar.segment.sentences import split_sentences

_WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")


def _starts(text: str) -> list[tuple[str, str]]:
    sents = sorted(split_sentences(text))
    wstart = [m.start() for m in _WORD.finditer(text)]
    return [(kind, text[wstart[i]:].split()[0]) for i, kind, _ in
            candidate_starts(text, sents, wstart)]


def test_kinds_of_start():
    text = ("استؤنفت اجتماعات مؤتمر جنيف في سويسرا. وأكد مصدر مطلع أن اللقاء بدأ.\n\n"
            "الأمم المتحدة تعترف بصعوبة تحقيق تقدم في المسار السياسي.")
    assert _starts(text) == [("page", "استؤنفت"), ("sent", "وأكد"), ("blank", "الأمم")]


def test_start_after_a_closing_quote_but_not_after_an_opening_one():
    text = ('وقال المصدر إن "الامكانية الوحيدة لتحريك العملية" الأمم المتحدة تعترف بصعوبة '
            'تحقيق تقدم في المسار السياسي.')
    assert _starts(text) == [("page", "وقال"), ("quote", "الأمم")]
