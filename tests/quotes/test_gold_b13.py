"""Batch 13 of the quote gold (evaluation/quotes/annotations_b13.py): the held-out dev batch
used to score the rules and the learned speaker ranker once each. Reads the JSONL only."""
from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "quotes" / "gold.jsonl"


def _rows(batch: int) -> list[dict]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if r["batch"] == batch]


def test_batch_13_size_split_and_spans():
    rows = _rows(13)
    quotes = [q for r in rows for q in r["quotes"]]
    assert len(rows) == 12 and len(quotes) == 47
    assert all(r["split"] == "dev" and r["source"] == "ant" for r in rows)
    assert sum(q["direct"] for q in quotes) == 8
    assert sum(q["speaker_canonical"] is None for q in quotes) == 9
    for q in quotes:
        s, e = q["content"]
        cs, ce = q["cue"]
        assert s < e and cs < ce and len(q["content_text"]) == e - s
        assert q["content_text"] == q["content_text"].strip()
    names = {q["speaker_canonical"] for q in quotes}
    # a description resolved to the full name first written; a company by its name
    assert "عبد الله العبيدي" in names and "فيسبوك" in names


def test_batch_13_articles_are_new():
    earlier = {r["docno"] for b in range(1, 13) for r in _rows(b)}
    assert not earlier & {r["docno"] for r in _rows(13)}
