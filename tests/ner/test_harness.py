"""The NER dev harness (``training/ner_harness.py``): lexicon cache files, raw-news documents."""
from __future__ import annotations

import pytest

from khabar.ner import resources
from khabar.text.normalize import normalize
from training import train_ner as T
from training.ner_harness import _load, _save, raw_docs, tag_docs


def test_lexicon_rows_round_trip(tmp_path):
    rows = [("w", normalize("غاتيلوف"), 12, 11, 0, 0, 1), ("c", normalize("جوبا"), 9, 0, 8, 0, 0)]
    path = tmp_path / "rows-0.tsv"
    _save(rows, path)
    assert _load(path) == rows


def test_raw_docs_are_the_lexicon_sentences_grouped():
    if not (T.DEFAULT_DATA / "raw_news").exists():
        pytest.skip("shared raw_news data not available")
    from training.ner_lexicon import raw_sentences
    docs = raw_docs(T.DEFAULT_DATA, 5000)
    assert len(docs) > 1
    assert [s for d in docs for s in d] == raw_sentences(T.DEFAULT_DATA, 5000)


def test_tag_docs_labels_every_sentence():
    docs = [[[normalize(w) for w in "قال الأخضر الإبراهيمي في جنيف".split()],
             [normalize(w) for w in "وأضاف الإبراهيمي أن المحادثات صعبة".split()]]]
    labels = tag_docs(resources.MODEL_DIR / "ner.crfsuite", docs, 0.7)
    assert [len(x) for x in labels] == [5, 5]
    assert all(lab == "O" or lab[:2] in ("B-", "I-") for x in labels for lab in x)


def test_edge_sets():
    from khabar.ner.edges import ALL_RULES
    from training.ner_harness import edge_sets
    assert edge_sets(None) == [("", None)]
    assert edge_sets(["none", "all", "time,nisba"]) == [
        ("none", ()), ("all", tuple(ALL_RULES)), ("time,nisba", ("time", "nisba"))]
