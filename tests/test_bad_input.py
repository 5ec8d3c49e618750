"""Pathological input through the whole pipeline: a result, valid strict JSON, no hang."""
from __future__ import annotations

import json

import pytest

import khabar

CASES = {
    "one 30k-letter token": "ب" * 30_000,
    "a glued run with no spaces": "قالالوزير" * 3_000,
    "a 20k-digit number": "1234567890" * 2_000,
    "a decimal with 500 digits": "بلغ 3." + "1" * 500 + " مليار دولار",
    "presentation forms only": "\ufefb\ufe8d\ufedf " * 2_000,
    "only direction marks": "\u200f\u200e" * 5_000,
    "Latin news": "The UN Secretary-General Ban Ki-moon said on Wednesday. " * 50,
    "mixed scripts glued": "قالCNNإن2014م" * 500,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_input_gives_a_valid_document(name):
    text = CASES[name]
    doc = khabar.analyze(text)
    assert doc.raw == text
    data = json.loads(json.dumps(doc.to_json(), allow_nan=False))
    for t in data["tokens"]:
        assert text[t["start"]:t["end"]] == t["text"]
    for n in data["numbers"]:
        assert isinstance(n["value"], (int, float))


def test_long_token_is_one_x_word():
    doc = khabar.analyze("ب" * 5_000)
    assert len(doc.tokens) == 1 and doc.tokens[0].words[0].upos == "X"
    assert doc.repairs == ()
