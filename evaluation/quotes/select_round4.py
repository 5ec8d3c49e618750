"""Seeded choice of the blind dev batches 14–17 (round 4), with ``select_more.py`` unchanged.

Same procedure as ``select_more.py --batch N`` (README.md): 12 ANT articles of 500–1,700
characters with ≥ 3 cue tokens, shuffled with ``random.Random(seed)``, round-robin over the
sections, every article of every earlier batch excluded (batch N reads
``annotations_b4`` … ``annotations_b{N-1}``, so batch 15 needs ``annotations_b14.DEV14``).
No Khabar code is used. Seeds: 14 → 2038, 15 → 2039, 16 → 2040, 17 → 2041 (batch 17:
chosen after the round-4 revision, to score the revised rules once on unseen articles).

    python3 evaluation/quotes/select_round4.py --batch 14
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import select_more  # noqa: E402

ROUND4_SEEDS = {14: 2038, 15: 2039, 16: 2040, 17: 2041}
N_ANT_ROUND4 = 12


def run_round(seeds: dict[int, int], n_ant: int) -> int:
    """Register a round's batch seeds (``n_ant`` ANT articles each) and run
    ``select_more.main`` (argv ``--batch N``). Raises what ``select_more.main`` raises."""
    select_more.SEEDS.update(seeds)
    select_more.N_ANTS.update({b: n_ant for b in seeds})
    return select_more.main()


def main() -> int:
    """Run the selection with the round-4 seeds (argv ``--batch N``)."""
    return run_round(ROUND4_SEEDS, N_ANT_ROUND4)


if __name__ == "__main__":
    raise SystemExit(main())
