"""Seeded choice of the blind dev batches 77–100 (session 12): ``select_round8.py`` run longer.

The same single run as batches 37–76 (seed 2371, ``select_more.py`` unchanged, the regression
sample left out from batch 49 on), with the pool raised from 900 to 1,400 candidates so that
the cut into batches of 12 goes on to batch 100. The first 40 batches of the longer run are
exactly the lists of ``annotations_b37.py`` … ``annotations_b76.py`` (checked by
``tests/quotes/test_gold_batches.py``), so the new batches follow on from them and share no
article with them. By then only the localNews, internationalNews and politic sections have
candidates left. No Khabar code is used.

    python3 evaluation/quotes/select_round9.py --batch 77   # … 78, …, 100
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

import select_round8  # noqa: E402

FIRST, LAST, PER_BATCH = 77, 100, select_round8.PER_BATCH
POOL = 1400


def pool() -> list[tuple[str, str]]:
    """The joint list of batches 37–100 (``select_round8.pool`` with the longer pool).

    Raises SystemExit when fewer candidates are left."""
    select_round8.POOL, select_round8.LAST = POOL, LAST
    return select_round8.pool()


def batch_main(first: int, last: int, joint: Callable[[], list[tuple[str, str]]],
               script: str) -> int:
    """Print batch N's articles (argv ``--batch N``, ``first`` ≤ N ≤ ``last``) from the joint
    list ``joint()`` of batches 37 on. Raises SystemExit on a bad argument."""
    if sys.argv[1:2] != ["--batch"] or not sys.argv[2:3] or not sys.argv[2].isdigit():
        raise SystemExit(f"usage: {script} --batch N  (N = {first} … {last})")
    batch = int(sys.argv[2])
    if not first <= batch <= last:
        raise SystemExit(f"batch {batch}: this round selects batches {first}-{last}")
    k = batch - select_round8.FIRST
    for src, docno in joint()[k * PER_BATCH:(k + 1) * PER_BATCH]:
        print(f'("{src}", "{docno}"),')
    return 0


def main() -> int:
    """Print batch N's articles (argv ``--batch N``, FIRST ≤ N ≤ LAST)."""
    return batch_main(FIRST, LAST, pool, "select_round9.py")

if __name__ == "__main__":
    raise SystemExit(main())
