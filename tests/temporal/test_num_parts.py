"""The parts of the number finder: word tables (``_num_words``), digit tokens
(``_num_digits``) and cardinals at a token (``_num_cardinal``)."""
from __future__ import annotations

import pytest

from khabar.temporal import numbers
from khabar.temporal._num_cardinal import cardinal_at
from khabar.temporal._num_digits import _clean, parse_digits
from khabar.temporal._num_words import NUMBER_WORDS, SCALES, TENS
from khabar.temporal._tokens import norm_key, tokenize


@pytest.mark.parametrize("text,start,end_tok,value", [
    ("قتل خمسة وعشرون ألفا في الحرب", 1, 4, 25000),
    ("أنفقت 2.5 مليار دولار", 1, 3, 2500000000),
    ("نحو نصف مليون لاجئ", 1, 3, 500000),
    ("منذ عشرين عاما", 1, 2, 20),
    ("بلغ ٣٫٥ مليون نسمة", 1, 3, 3500000),
])
def test_cardinal_at_gives_end_token_and_value(text, start, end_tok, value):
    toks = tokenize(text)
    assert cardinal_at(toks, start, text) == (end_tok, value)


def test_cardinal_at_is_none_on_a_plain_word_and_on_latin_glued_digits():
    text = "فيروس H1N1 في الوزارة"
    toks = tokenize(text)
    assert all(cardinal_at(toks, k, text) is None for k in range(len(toks)))


def test_digit_values_and_cleaning():
    assert parse_digits("1,200") == 1200 and parse_digits("2,5") == 2.5
    assert parse_digits("1.2.3") is None
    assert _clean(2.0000001) == 2 and isinstance(_clean(2.0000001), int)
    assert _clean(2.5) == 2.5


def test_word_tables_are_normalized_and_reexported():
    assert norm_key("مليار") in SCALES and norm_key("عشرون") in TENS
    assert norm_key("الأول") not in NUMBER_WORDS
    assert numbers.NUMBER_WORDS is NUMBER_WORDS and numbers.cardinal_at is cardinal_at
