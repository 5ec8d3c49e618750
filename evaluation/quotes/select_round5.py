"""Seeded choice of the blind dev batches 18–21 (round 5), with ``select_more.py`` unchanged.

Same procedure as ``select_round4.py`` (README.md): 12 ANT articles of 500–1,700 characters
with ≥ 3 cue tokens, shuffled with ``random.Random(seed)``, round-robin over the sections,
every article of every earlier batch excluded (batch N reads ``annotations_b4`` …
``annotations_b{N-1}``, so batch 19 needs ``annotations_b18.DEV18``). No Khabar code is used.
Seeds: 18 → 2042, 19 → 2043, 20 → 2044, 21 → 2045 (batch 21: chosen and annotated after the
round-5 revision, to score the revised rules once on unseen articles).

    python3 evaluation/quotes/select_round5.py --batch 18
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_round4 import run_round  # noqa: E402

ROUND5_SEEDS = {18: 2042, 19: 2043, 20: 2044, 21: 2045}
N_ANT_ROUND5 = 12


def main() -> int:
    """Run the selection with the round-5 seeds (argv ``--batch N``)."""
    return run_round(ROUND5_SEEDS, N_ANT_ROUND5)


if __name__ == "__main__":
    raise SystemExit(main())
