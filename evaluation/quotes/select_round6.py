"""Seeded choice of the blind dev batches 22–25 (round 6), with ``select_more.py`` unchanged.

Same procedure as ``select_round5.py`` (README.md): 12 ANT articles of 500–1,700 characters
with ≥ 3 cue tokens, shuffled with ``random.Random(seed)``, round-robin over the sections,
every article of every earlier batch excluded (batch N reads ``annotations_b4`` …
``annotations_b{N-1}``, so batch 23 needs ``annotations_b22.DEV22``). No Khabar code is used.
Seeds: 22 → 2046, 23 → 2047, 24 → 2048, 25 → 2049 (batch 25: chosen and annotated after
the round-6 revision, to score the revised rules once on unseen articles).

    python3 evaluation/quotes/select_round6.py --batch 22
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_round4 import run_round  # noqa: E402

ROUND6_SEEDS = {22: 2046, 23: 2047, 24: 2048, 25: 2049}
N_ANT_ROUND6 = 12


def main() -> int:
    """Run the selection with the round-6 seeds (argv ``--batch N``)."""
    return run_round(ROUND6_SEEDS, N_ANT_ROUND6)


if __name__ == "__main__":
    raise SystemExit(main())
