"""Fitting the summarizer's ``WEIGHTS`` for ``khabar evaluate summary --fit`` (dev only).

Ridge regression of :func:`picked_share` (how many references contain a sentence) on the
features of :func:`khabar.summarize.extractive.sentence_features`.
"""
from __future__ import annotations

from khabar.evaluate.summary_data import Item

__all__ = ["RIDGE", "fit_weights", "picked_share"]

RIDGE = 1.0   # chosen by 2-fold cross-validation inside the dev half (topic mod 4: 1 vs 3)


def picked_share(item: Item, i: int) -> float:
    """Share of the references that contain sentence ``i`` (≥ 80% of its distinct tokens)."""
    toks = set(item.sent_toks[i])
    if not toks:
        return 0.0
    refs = [set(r) for r in item.refs]
    return sum(1 for r in refs if len(toks & r) / len(toks) >= 0.8) / max(len(refs), 1)


def fit_weights(items: list[Item], ridge: float = RIDGE) -> list[float]:
    """Ridge regression of :func:`picked_share` on the summarizer's sentence features.

    Raises ``numpy.linalg.LinAlgError`` when the system is singular (e.g. no sentences and
    ``ridge`` = 0)."""
    import numpy as np
    from khabar.summarize.extractive import FEATURES, sentence_features
    X, y = [], []
    for it in items:
        for sids, feats, _ in sentence_features(it.doc):
            X.extend(feats)
            y.extend(picked_share(it, i) for i in sids)
    A, b = np.array(X), np.array(y)
    w = np.linalg.solve(A.T @ A + ridge * np.eye(len(FEATURES)), A.T @ b)
    return [round(float(v), 4) for v in w]
