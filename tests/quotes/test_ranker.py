"""The learned speaker choice (khabar.quotes.candidates, khabar.quotes.ranker): candidates
and features per cue, the weights file, the choice. Entities are set by hand."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

import khabar
from khabar.document import Entity
from khabar.errors import ResourceError
from khabar.quotes import extract, find_quotes
from khabar.quotes.candidates import FEATURES
from khabar.quotes.ranker import choose, load_ranker

TEXT = ("التقى وزير الصحة عبد اللطيف المكي أمس بممثلي النقابة العامة للأطباء. "
        "وقال رجل الأعمال صالح كامل إن البنوك تحتاج إلى إصلاح عميق في السنوات القادمة.")


def _doc():
    doc = khabar.analyze(TEXT)
    ents = []
    for mention, label in (("عبد اللطيف المكي", "PER"), ("النقابة العامة للأطباء", "ORG")):
        i = TEXT.index(mention)
        ents.append(Entity(i, i + len(mention), label, mention))
    return dataclasses.replace(doc, entities=tuple(ents))


def test_trace_has_candidates_and_features() -> None:
    trace: list = []
    quotes = find_quotes(_doc(), learned=False, trace=trace)
    assert len(quotes) == 1 and len(trace) == 1
    _, cands, X = trace[0]
    assert X.shape == (len(cands), len(FEATURES))
    names = {c.speaker.canonical for c in cands}
    # the name NER missed after the cue, and the earlier mentions
    assert "صالح كامل" in names
    assert "عبد اللطيف المكي" in names
    assert X[:, FEATURES.index("rule")].sum() == 1.0


def _weights(tmp_path, use: bool, **w: float) -> str:
    p = tmp_path / f"w_{use}.json"
    p.write_text(json.dumps({"use": use, "features": list(FEATURES),
                             "weights": {f: w.get(f, 0.0) for f in FEATURES}}),
                 encoding="utf-8")
    return str(p)


def test_load_ranker(tmp_path) -> None:
    assert load_ranker(_weights(tmp_path, False)) is None
    w = load_ranker(_weights(tmp_path, True, rule=1.0))
    assert w is not None and w[FEATURES.index("rule")] == 1.0
    bad = tmp_path / "bad.json"
    bad.write_text('{"use": true, "features": ["rule"], "weights": {"rule": 1}}',
                   encoding="utf-8")
    with pytest.raises(ResourceError):
        load_ranker(str(bad))


def test_learned_choice_follows_weights(monkeypatch) -> None:
    # weights that prefer a name found after the cue (NER missed «صالح كامل») over the rule
    w = np.zeros(len(FEATURES))
    w[FEATURES.index("guess")] = 5.0
    monkeypatch.setattr(extract, "load_ranker", lambda: w)
    learned = find_quotes(_doc())
    assert learned[0].speaker.canonical == "صالح كامل"
    # and weights that trust the rule give the rules' answer
    w = np.zeros(len(FEATURES))
    w[FEATURES.index("rule")] = 5.0
    rules = find_quotes(_doc(), learned=False)
    assert find_quotes(_doc())[0].speaker == rules[0].speaker


def test_choose_prefers_first_among_equals() -> None:
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    assert choose(np.array([1.0, 0.0]), X) == 0
    assert choose(np.array([0.0, 1.0]), X) == 1
