"""Document model, JSON contract and the offset invariants over the whole pipeline."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import khabar
from khabar.document import Document, Repair
from khabar.errors import KhabarError, SchemaError


def all_spans(doc: Document):
    for layer in ("repairs", "articles", "sentences", "tokens", "entities", "dates", "numbers"):
        yield from getattr(doc, layer)
    for a in doc.articles:
        if a.headline:
            yield a.headline


def check_invariants(doc: Document) -> None:
    n = len(doc.raw)
    for sp in all_spans(doc):
        assert 0 <= sp.start <= sp.end <= n
    data = doc.to_json()
    for layer in ("tokens", "repairs", "entities", "dates", "numbers"):
        for item in data[layer]:
            assert doc.raw[item["start"]:item["end"]] == item["text"]
    toks = doc.tokens
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))
    assert all(a.end <= b.start for a, b in zip(doc.sentences, doc.sentences[1:]))


def test_analyze_keeps_raw_and_contract_fields(page):
    doc = khabar.analyze(page, date="2014-02-13")
    assert doc.raw == page
    data = doc.to_json()
    assert data["schema"] == 1 and data["khabar"] == khabar.__version__
    assert data["text"] == page and data["date"] == "2014-02-13"
    for key in ("articles", "sentences", "tokens", "repairs", "entities", "quotes", "dates",
                "numbers", "topic", "keywords", "summary"):
        assert key in data
    # layers that are not built yet are empty, never invented
    assert data["quotes"] and data["entities"]
    assert data["topic"]["label"] in {"culture", "diverse", "economy", "internationalNews",
                                      "localNews", "politic", "society", "sport", "technology"}
    assert data["dates"] and data["numbers"] and all(0 <= i < len(data["sentences"])
                                                     for i in data["summary"])
    check_invariants(doc)


def test_json_round_trip_is_exact(page):
    doc = khabar.analyze(page, date="2014-02-13")
    text = json.dumps(doc.to_json(), ensure_ascii=False)
    back = Document.from_json(text)
    assert back.to_json() == doc.to_json()
    assert back == doc


def test_from_json_rejects_lies():
    doc = khabar.analyze("اعترف الأمين العام.")
    data = doc.to_json()
    data["tokens"][0]["text"] = "كذب"
    with pytest.raises(SchemaError, match="tokens"):
        Document.from_json(data)
    data = doc.to_json()
    data["tokens"][0]["end"] = 999
    with pytest.raises(SchemaError, match="outside"):
        Document.from_json(data)
    with pytest.raises(SchemaError, match="schema"):
        Document.from_json({"schema": 99, "text": ""})
    with pytest.raises(SchemaError):
        Document.from_json("{not json")


def test_empty_input_is_a_valid_empty_document():
    doc = khabar.analyze("")
    assert doc.tokens == () and doc.sentences == () and doc.articles == ()
    assert Document.from_json(doc.to_json()) == doc


def test_bad_input_types_and_dates():
    with pytest.raises(khabar.InputError, match="str"):
        khabar.analyze(b"\xd8\xa7")
    with pytest.raises(khabar.InputError, match="YYYY-MM-DD"):
        khabar.analyze("نص", date="13/02/2014")


def test_char_span_like_spacy():
    doc = khabar.analyze("قال المتحدث إن الاجتماع بدأ.")
    s = doc.raw.index("المتحدث")
    e = s + len("المتحدث")
    assert [doc.text(t) for t in doc.char_span(s, e, mode="strict")] == ["المتحدث"]
    assert doc.char_span(s + 1, e, mode="strict") == ()
    assert [doc.text(t) for t in doc.char_span(s + 1, e + 3)] == ["المتحدث", "إن"]
    assert [doc.text(t) for t in doc.char_span(s + 1, e + 3, mode="contract")] == ["إن"]


def test_tokens_by_sentence_loses_nothing(page):
    doc = khabar.analyze(page)
    groups = doc.tokens_by_sentence()
    assert sum(len(g) for g in groups) == len(doc.tokens)


def _groups_by_bisect(doc: Document) -> list[list]:
    """The definition: each token in the last sentence starting at or before it (else the first)."""
    import bisect
    starts = [s.start for s in doc.sentences]
    groups: list[list] = [[] for _ in doc.sentences]
    for tok in doc.tokens:
        groups[max(bisect.bisect_right(starts, tok.start) - 1, 0)].append(tok)
    return groups


def test_tokens_by_sentence_follows_its_definition():
    from khabar.document import Sentence, Token
    doc = khabar.analyze("  قال الوزير. وأضاف أمس\nإن الاجتماع بدأ.")
    assert doc.tokens_by_sentence() == _groups_by_bisect(doc)
    assert [len(g) for g in doc.tokens_by_sentence()] == [3, 2, 4]
    toks = tuple(Token(i, i + 1, "x") for i in (0, 2, 5, 5, 9, 12))
    for sents in [(Sentence(3, 8), Sentence(5, 6), Sentence(5, 9), Sentence(11, 20)),
                  (Sentence(9, 12), Sentence(0, 4))]:          # unsorted starts too
        d = Document(raw="x" * 20, tokens=toks, sentences=sents)
        assert d.tokens_by_sentence() == _groups_by_bisect(d)
    d = Document(raw="x" * 20, tokens=tuple(reversed(toks)), sentences=(Sentence(0, 4),
                                                                       Sentence(5, 20)))
    assert d.tokens_by_sentence() == _groups_by_bisect(d)


_ALPHABET = st.sampled_from(list("الأممتحدةبجنوسرية إعترف.،؟!\"«»\n\t0123٤٥ABC\u200f\ufefb\u064e"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=200)))
def test_any_string_analyzes_or_raises_khabar_error(s):
    try:
        doc = khabar.analyze(s)
    except KhabarError:
        return
    assert doc.raw == s
    check_invariants(doc)
    assert Document.from_json(json.loads(json.dumps(doc.to_json()))) == doc


def test_repairs_keep_offsets_into_raw():
    raw = "وقال إن الأممالمتحدةبجنوب السودان ستواصل العمل بالطرق السملية."
    doc = Document(raw=raw)
    s = raw.index("الأممالمتحدةبجنوب")
    t = raw.index("السملية")
    from khabar.components import repair as _unused  # noqa: F401  (registers components)
    from khabar.text.view import View
    from khabar.tokenize.tokenizer import tokenize_view
    reps = (Repair(s, s + 17, "الأمم المتحدة بجنوب", "split", 0.97),
            Repair(t, t + 7, "السلمية", "spelling", 0.9))
    doc.repairs = reps
    doc.tokens = tokenize_view(View(raw, reps))
    texts = [doc.text(tok) for tok in doc.tokens]
    assert texts[2:5] == ["الأمم", "المتحدة", "بجنوب"]
    sel = [tok for tok in doc.tokens if doc.text(tok) == "السملية"][0]
    assert sel.norm == "السلميه" and sel.words[0].text == "السلمية"
    check_invariants(doc)
