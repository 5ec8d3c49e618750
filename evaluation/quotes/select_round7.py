"""Seeded choice of the blind dev batches 26–36 (round 7), with ``select_more.py`` unchanged.

Same procedure as ``select_round6.py`` (README.md): 12 ANT articles of 500–1,700 characters
with ≥ 3 cue tokens, shuffled with ``random.Random(seed)``, round-robin over the sections,
every article of every earlier batch excluded (batch N reads ``annotations_b4`` …
``annotations_b{N-1}``, so batch 26 needs ``annotations_b25.DEV25``, batch 27
``annotations_b26.DEV26`` and so on). No Khabar code is used.
Seeds: 26 → 2050 (batch 26: chosen and annotated before any system output on it, to compare
NER models' effect on speaker accuracy on text neither was tuned on), 27 → 2077 (batch 27:
chosen and annotated the same way, scored once blind with the shipped and the stacked NER
model, then its errors used for the round-8 speaker rules), 28 → 2101 (batch 28: the same,
the first unseen text for the round-8 rules; its errors then used for the round-9 rules),
29 → 2129 (batch 29: the same, the blind measure of the round-9 rules), 30 → 2161 (batch 30:
the same, scored blind, its errors then used for the round-10 rules), 31 → 2191 (batch 31: the
same, the blind measure of the round-10 rules), 32 → 2221 (batch 32: the same, scored blind
with the shipped stacked NER and the earlier CRF, its errors then used for the round-11
rules), 33 → 2251 (batch 33: the same, the blind measure of the round-11 rules), 34 → 2281 (batch
34: the same, scored blind, its errors then used for the round-13 rules), 35 → 2311 (batch 35:
the same, the blind measure of the round-13 rules), 36 → 2341 (batch 36: the same, the blind
measure of the round-14 rules; from it on an article whose text equals an earlier batch's
article text is skipped too, ``select_more.SAME_TEXT_FROM``).

    python3 evaluation/quotes/select_round7.py --batch 26
    python3 evaluation/quotes/select_round7.py --batch 27
    python3 evaluation/quotes/select_round7.py --batch 28
    python3 evaluation/quotes/select_round7.py --batch 29
    python3 evaluation/quotes/select_round7.py --batch 30
    python3 evaluation/quotes/select_round7.py --batch 31
    python3 evaluation/quotes/select_round7.py --batch 32
    python3 evaluation/quotes/select_round7.py --batch 33
    python3 evaluation/quotes/select_round7.py --batch 34
    python3 evaluation/quotes/select_round7.py --batch 35
    python3 evaluation/quotes/select_round7.py --batch 36
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from select_round4 import run_round  # noqa: E402

ROUND7_SEEDS = {26: 2050, 27: 2077, 28: 2101, 29: 2129, 30: 2161, 31: 2191, 32: 2221, 33: 2251,
                34: 2281, 35: 2311, 36: 2341}
N_ANT_ROUND7 = 12


def main() -> int:
    """Run the selection with the round-7 seed (argv ``--batch N``)."""
    return run_round(ROUND7_SEEDS, N_ANT_ROUND7)


if __name__ == "__main__":
    raise SystemExit(main())
