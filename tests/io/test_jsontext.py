"""The fast JSON writer (khabar.io.jsontext) writes exactly what json.dumps writes."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import khabar
from khabar.document import Document, Sentence, Token, Value, Word
from khabar.io.jsoncodec import document_to_json, dumps

INDENTS = [None, 0, 1, 2, -1]


def _want(doc: Document, indent, head=None) -> str:
    return json.dumps({**(head or {}), **document_to_json(doc)}, ensure_ascii=False,
                      indent=indent)


@pytest.fixture(scope="module")
def page_doc(page):
    return khabar.analyze(page, date="2014-02-13", meta={
        "id": "geneva2", "tags": ["سوريا", 2, 2.5, None, True], "nested": {"a": {}, "b": []}})


@pytest.mark.parametrize("indent", INDENTS)
def test_example_page_is_written_as_json_dumps(page_doc, indent):
    assert dumps(page_doc, indent) == _want(page_doc, indent)
    head = {"id": "جنيف-2"}
    assert dumps(page_doc, indent, head=head) == _want(page_doc, indent, head)


def test_output_still_reads_back(page_doc):
    assert Document.from_json(dumps(page_doc, 1)) == Document.from_json(page_doc.to_json())


_RAW = 'قال "الوزير"\\ أمس\n\t\x00 \ud800 كلمة'


def _doc(**layers) -> Document:
    base = dict(raw=_RAW, tokens=(Token(0, 3, "قال", (Word("قال", "VERB", "قال"),)),
                                  Token(4, 5, '"', (Word('"', "PUNCT", None),)),
                                  Token(13, 14, "\\", ()),
                                  Token(20, 21, "\ud800", (Word("\ud800"),))),
                sentences=(Sentence(0, len(_RAW)),))
    base.update(layers)
    return Document(**base)


@pytest.mark.parametrize("indent", INDENTS)
def test_escapes_controls_and_lone_surrogates_like_json_dumps(indent):
    doc = _doc(meta={"n": float("nan"), "inf": float("inf"), 3: "مفتاح عددي", None: 1},
               numbers=(Value(0, 3, 2.5, "%"), Value(4, 5, 10 ** 20)))
    assert dumps(doc, indent) == _want(doc, indent)


@pytest.mark.parametrize("token", [
    Token(True, 3, "قال"),                      # a bool offset: json.dumps writes true
    Token(0.0, 3.0, "قال"),                     # float offsets
    Token(0, 3, None, (Word("قال"),)),          # a missing norm
    Token(0, 3, "قال", (Word(7, 1, 2.5),)),     # words of other types
])
@pytest.mark.parametrize("indent", [None, 1])
def test_unexpected_field_types_give_json_dumps_text_or_error(token, indent):
    doc = _doc(tokens=(token,))
    try:
        want = _want(doc, indent)
    except TypeError:   # float offsets cannot even slice the text
        with pytest.raises(TypeError):
            dumps(doc, indent)
        return
    assert dumps(doc, indent) == want


def test_values_json_cannot_hold_raise_like_json_dumps():
    doc = _doc(tokens=(Token(0, 3, "قال", (Word(object()),)),))
    for indent in (None, 1):
        with pytest.raises(TypeError):
            _want(doc, indent)
        with pytest.raises(TypeError):
            dumps(doc, indent)


def test_shared_words_are_written_once_and_stay_right():
    shared = (Word("قال", "VERB", "قال"),)
    doc = _doc(tokens=(Token(0, 3, "قال", shared), Token(0, 3, "قال", shared)))
    first = dumps(doc, 1)
    assert first == _want(doc, 1) and dumps(doc, 1) == first
    assert dumps(doc) == _want(doc, None)


_ALPHABET = st.sampled_from(list("الأممتحدةبجنوسرية إعترف.،؟!\"«»\n\t0123٤٥ABC\\\u200f\ufefb\u064e"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_ALPHABET, max_size=300), st.sampled_from(INDENTS))
def test_any_analysis_is_written_as_json_dumps(s, indent):
    doc = khabar.analyze(s, date="2015-07-21")
    assert dumps(doc, indent, head={"id": s[:5]}) == _want(doc, indent, {"id": s[:5]})
