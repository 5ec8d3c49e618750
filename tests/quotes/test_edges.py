"""Letters glued to a name (khabar.quotes.edges): a NER cut «مين النهدي» becomes
«لمين النهدي»; a given name that begins with ل is not cut. The entity layer is set by hand
(the spans a NER might give), so the tests do not depend on a particular NER model."""
from __future__ import annotations

import dataclasses

import pytest

import khabar
from khabar.document import Entity
from khabar.quotes import find_quotes
from khabar.quotes.edges import name_start


@pytest.mark.parametrize("surface, cut, attested, start", [
    ("لمين", 1, set(), 0),          # «مين» is no given name: the ل is part of «لمين»
    ("ولمين", 2, set(), 1),         # the conjunction stays out
    ("لسعد", 1, set(), 1),          # «سعد» is a given name: the NER cut stands
    ("بنابل", 1, {"نابل"}, 1),      # «نابل» is written on its own in the article
    ("للجوهره", 2, set(), 2),       # «لل» + word: a preposition and the article
    ("بالماء", 1, set(), 1),
    ("لمين", 0, set(), 0),          # no cut, nothing to move
])
def test_name_start(surface: str, cut: int, attested: set[str], start: int) -> None:
    assert name_start(surface, cut, attested) == start


def _speaker(text: str, mention: str, start_in_mention: int = 0) -> str | None:
    doc = khabar.analyze(text)
    i = text.index(mention) + start_in_mention
    doc = dataclasses.replace(doc, entities=(
        Entity(i, text.index(mention) + len(mention), "PER", mention[start_in_mention:]),))
    quotes = find_quotes(doc, learned=False)
    assert quotes, "no quote found"
    return quotes[0].speaker.canonical if quotes[0].speaker else None


def test_name_letter_kept_when_ner_cut_it() -> None:
    # the NER mention starts after ل («مين النهدي»); the name is «لمين النهدي»
    text = "وأكد لمين النهدي أن المسرحية ستعرض في الصيف المقبل بمدينة الحمامات."
    assert _speaker(text, "لمين النهدي", 1) == "لمين النهدي"


def test_given_name_that_starts_with_lam_is_kept() -> None:
    text = "وأوضح لطفي زيتون أن الحزب سيعقد مؤتمره في الخريف المقبل بالعاصمة."
    assert _speaker(text, "لطفي زيتون") == "لطفي زيتون"
