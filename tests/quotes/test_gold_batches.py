"""The quote gold (evaluation/quotes/gold.jsonl): every row carries its annotation batch, the
held-out batches 4–12 are all dev, batches 11 and 12 are as large as their README sections say, and each
annotation file builds rows whose spans are ordered. Reads the JSONL only (no article texts)."""
from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "evaluation" / "quotes" / "gold.jsonl"


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_every_row_has_a_batch_and_later_batches_are_dev():
    rows = _rows()
    assert {r["batch"] for r in rows} == set(range(1, 14))
    assert all(r["split"] == "dev" for r in rows if r["batch"] >= 4)


def test_batch_11_size_and_spans():
    rows = [r for r in _rows() if r["batch"] == 11]
    quotes = [q for r in rows for q in r["quotes"]]
    assert len(rows) == 12 and len(quotes) == 53
    assert sum(q["direct"] for q in quotes) == 9
    assert sum(q["speaker_canonical"] is None for q in quotes) == 8
    for q in quotes:
        s, e = q["content"]
        cs, ce = q["cue"]
        assert s < e and cs < ce and len(q["content_text"]) == e - s
        assert q["content_text"] == q["content_text"].strip()
    # «عيّاد» is written with its shadda, the canonical is the full name first written
    names = {q["speaker_canonical"] for q in quotes}
    assert "نجيب عيّاد" in names and "رزيق الوسلاتي" in names


def test_batch_12_size_and_spans():
    rows = [r for r in _rows() if r["batch"] == 12]
    quotes = [q for r in rows for q in r["quotes"]]
    assert len(rows) == 12 and len(quotes) == 35
    assert sum(q["direct"] for q in quotes) == 4
    assert sum(q["speaker_canonical"] is None for q in quotes) == 6
    for q in quotes:
        s, e = q["content"]
        assert s < e and len(q["content_text"]) == e - s
        assert q["content_text"] == q["content_text"].strip()
    # the full name as first written (a misspelt surname kept), a body's full name
    names = {q["speaker_canonical"] for q in quotes}
    assert "هاجر بن الشيج" in names and "البنك المركزي التونسي" in names


def test_gold_articles_are_unique():
    keys = [(r["source"], r["docno"]) for r in _rows()]
    assert len(keys) == len(set(keys))
