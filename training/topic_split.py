"""The fixed ANT train/dev/test split of the topic classifier (``evaluation/ant_split.tsv``).

Stratified by label, 80/10/10 per label after a seeded shuffle of the sorted docnos (seed
:data:`SEED`); ``training/train_topic.py`` writes it only when missing (or with ``--resplit``).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.topics.data import LABELS

__all__ = ["SEED", "make_split", "write_split"]

SEED = 20240601


def make_split(rows: list[dict], seed: int = SEED) -> dict[str, str]:
    """docno → ``train``/``dev``/``test`` for ANT rows (``docno``, ``label``): per label, the
    first 10% of a seeded permutation of the sorted docnos is test, the next 10% dev. Raises
    KeyError for a row without ``docno`` or ``label``."""
    rng = np.random.default_rng(seed)
    split: dict[str, str] = {}
    for lab in LABELS:
        ids = sorted(r["docno"] for r in rows if r["label"] == lab)
        perm = rng.permutation(len(ids))
        n = len(ids)
        n_test = int(round(n * 0.1))
        n_dev = int(round(n * 0.1))
        for rank, j in enumerate(perm):
            split[ids[j]] = "test" if rank < n_test else "dev" if rank < n_test + n_dev else "train"
    return split


def write_split(split: dict[str, str], path: Path) -> None:
    """Write ``split`` as the TSV ``docno<TAB>split`` (sorted, with a comment header),
    creating the folder. Raises OSError when the file cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# ANT v1.1 topic split: stratified by label, 80/10/10, seed %d "
             "(training/train_topic.py)" % SEED, "docno\tsplit"]
    lines += [f"{d}\t{split[d]}" for d in sorted(split)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
