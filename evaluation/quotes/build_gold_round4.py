"""Rebuild ``gold.jsonl`` with the round-4 batches (``annotations_b14.py`` …), with
``build_gold.py`` unchanged: the same code, ``LAST_BATCH`` raised to the highest
``annotations_bN.py`` present. Rows of batches 1–13 come out byte-identical (checked by
``tests/quotes/test_gold_batches.py`` through their counts and by ``git diff``).

    python3 evaluation/quotes/build_gold_round4.py   # from the repository root
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_gold  # noqa: E402


def last_batch() -> int:
    """Highest N with an ``annotations_bN.py`` next to this file."""
    nums = [int(m.group(1)) for p in HERE.glob("annotations_b*.py")
            if (m := re.fullmatch(r"annotations_b(\d+)\.py", p.name))]
    return max(nums + [build_gold.LAST_BATCH])


if __name__ == "__main__":
    build_gold.LAST_BATCH = last_batch()
    raise SystemExit(build_gold.main())
