"""Seeded choice of the blind dev batches 101–112 (session 13): ``select_round9.py`` run longer.

The same single run as batches 37–100 (seed 2371, ``select_more.py`` unchanged, the regression
sample left out from batch 49 on), with the pool raised from 1,400 to 1,900 candidates so that
the cut into batches of 12 goes on to batch 112. The first 64 batches of the longer run are
exactly the lists of ``annotations_b37.py`` … ``annotations_b100.py`` (checked by
``tests/quotes/test_gold_selection.py``), so the new batches follow on from them and share no
article with them. No Khabar code is used.

    python3 evaluation/quotes/select_round10.py --batch 101   # … 102, …, 112
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import select_round8  # noqa: E402
import select_round9  # noqa: E402

FIRST, LAST, PER_BATCH = 101, 112, select_round8.PER_BATCH
POOL = 1900


def pool() -> list[tuple[str, str]]:
    """The joint list of batches 37–112 (``select_round8.pool`` with the longer pool).

    Raises SystemExit when fewer candidates are left."""
    select_round8.POOL, select_round8.LAST = POOL, LAST
    return select_round8.pool()


def main() -> int:
    """Print batch N's articles (argv ``--batch N``, FIRST ≤ N ≤ LAST)."""
    return select_round9.batch_main(FIRST, LAST, pool, "select_round10.py")

if __name__ == "__main__":
    raise SystemExit(main())
