"""Choices made on dev for the topic classifier: macro-F1, the prior shift and the
probability temperature (scores of held-out documents; nothing here looks at test)."""
from __future__ import annotations

import numpy as np

__all__ = ["choose_prior_shift", "fit_scale", "macro_f1"]


def fit_scale(S: np.ndarray, y: np.ndarray) -> float:
    """Temperature ``t`` making ``softmax(t · scores)`` a calibrated probability: minimizes
    the log loss over a grid (scores of a held-out part). Raises IndexError when a label in
    ``y`` is not a column of ``S``."""
    best = None
    for t in np.exp(np.linspace(np.log(0.1), np.log(100.0), 61)):
        Z = t * S
        Z = Z - Z.max(1, keepdims=True)
        ll = -(Z[np.arange(len(y)), y] - np.log(np.exp(Z).sum(1))).mean()
        if best is None or ll < best[0]:
            best = (ll, float(t))
    return round(best[1], 4)


def choose_prior_shift(S: np.ndarray, y: np.ndarray, log_prior: np.ndarray,
                       grid: list[float]) -> tuple[float, np.ndarray]:
    """The shift ``a`` of ``scores − a · log prior`` (favouring rare labels, for macro-F1)
    with the best dev accuracy + macro-F1 (ties: the smaller), and the shifted scores.
    Raises TypeError for an empty ``grid``."""
    best = None
    for a in sorted(grid):
        T = S - a * log_prior
        val = float((T.argmax(1) == y).mean()) + macro_f1(y, T.argmax(1), S.shape[1])
        if best is None or val > best[0] + 1e-9:
            best = (val, a, T)
    return best[1], best[2]


def macro_f1(y: np.ndarray, pred: np.ndarray, K: int) -> float:
    """The mean over the K labels of F1 (0 for a label never correctly predicted)."""
    fs = []
    for k in range(K):
        tp = int(((pred == k) & (y == k)).sum())
        fp = int(((pred == k) & (y != k)).sum())
        fn = int(((pred != k) & (y == k)).sum())
        fs.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(fs))
