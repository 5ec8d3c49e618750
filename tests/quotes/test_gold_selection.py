"""The seeded batch choice reproduces: ``select_round9.py`` (the longer run for batches 77–100)
gives exactly the article lists already annotated as batches 37–76 (``annotations_b37.py`` …
``annotations_b76.py``) and then articles found in no earlier batch. Needs the ANT corpus in
``../shared/data`` (skipped without it); uses no Khabar code, as the selection scripts don't."""
from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

import pytest

QUOTES = Path(__file__).resolve().parents[2] / "evaluation" / "quotes"


def _select_round9():
    sys.path.insert(0, str(QUOTES))
    try:
        from build_gold import ANT
        if not Path(ANT).exists():
            pytest.skip(f"ANT corpus not found at {ANT} (../shared/data absent)")
        return importlib.import_module("select_round9")
    finally:
        sys.path.remove(str(QUOTES))


def _annotated(batch: int) -> list[tuple[str, str]]:
    src = (QUOTES / f"annotations_b{batch}.py").read_text(encoding="utf-8")
    body = re.search(rf"DEV{batch}\s*=\s*\[(.*?)\]", src, re.S)
    assert body, f"annotations_b{batch}.py has no DEV{batch} list"
    return re.findall(r'\("(\w+)", "([^"]+)"\)', body.group(1))


def test_round9_pool_extends_the_round8_batches():
    s9 = _select_round9()
    pool = s9.pool()
    assert len(pool) == (s9.LAST - 37 + 1) * s9.PER_BATCH
    for batch in range(37, 77):
        k = batch - 37
        assert _annotated(batch) == list(pool[k * 12:(k + 1) * 12]), batch
    earlier = {json.loads(line)["docno"]
               for line in (QUOTES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip() and json.loads(line)["batch"] <= 76}
    later = [d for _, d in pool[40 * 12:]]
    assert len(set(later)) == len(later) and not earlier & set(later)


def test_round10_pool_extends_the_round9_batches():
    _select_round9()  # skips without the ANT corpus
    sys.path.insert(0, str(QUOTES))
    try:
        s10 = importlib.import_module("select_round10")
        longer = s10.pool()
        s9 = importlib.import_module("select_round9")
        shorter = s9.pool()
    finally:
        sys.path.remove(str(QUOTES))
    assert len(longer) == (s10.LAST - 37 + 1) * s10.PER_BATCH
    assert longer[:len(shorter)] == shorter
    later = [d for _, d in longer[len(shorter):]]
    assert len(set(later)) == len(later) and not {d for _, d in shorter} & set(later)
