"""Rebuild ``gold.jsonl`` with the round-4 batches (``annotations_b14.py`` …), with
``build_gold.py`` unchanged: the same code, ``LAST_BATCH`` raised to the highest
``annotations_bN.py`` present. Rows of batches 1–13 come out byte-identical (checked by
``tests/quotes/test_gold_batches.py`` through their counts and by ``git diff``).

    python3 evaluation/quotes/build_gold_round4.py   # from the repository root

Batches chosen together (37–40, ``select_round8.py``) may be annotated in separate working
copies: a batch number below the highest whose file is absent is built as empty (no rows), so
one copy can build and score its own batch alone.
"""
from __future__ import annotations

import re
import sys
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_gold  # noqa: E402


def last_batch() -> int:
    """Highest N with an ``annotations_bN.py`` next to this file."""
    nums = [int(m.group(1)) for p in HERE.glob("annotations_b*.py")
            if (m := re.fullmatch(r"annotations_b(\d+)\.py", p.name))]
    return max(nums + [build_gold.LAST_BATCH])


def stub_missing(last: int) -> list[int]:
    """Register an empty ``annotations_bN`` module for each N in 4 … ``last`` whose file is
    absent; return those N."""
    missing = [k for k in range(4, last + 1) if not (HERE / f"annotations_b{k}.py").exists()]
    for k in missing:
        mod = types.ModuleType(f"annotations_b{k}")
        setattr(mod, f"DEV{k}", [])
        setattr(mod, f"B{k}", {})
        sys.modules[mod.__name__] = mod
    return missing


if __name__ == "__main__":
    build_gold.LAST_BATCH = last_batch()
    stub_missing(build_gold.LAST_BATCH)
    raise SystemExit(build_gold.main())
