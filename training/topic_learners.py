"""The topic classifier's linear learners, fitted by L-BFGS (scipy) from zeros.

Both are L2-regularized and class-weighted (``(n / (K n_c)) ** cw_power``, normalized to mean
1 over the training documents, against the label imbalance); both return ``(W [d × K] float32,
b [K] float32)`` for scores ``X·W + b``. Deterministic: fixed order, zero start.
"""
from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["sample_weights", "train_lr", "train_svm"]


def sample_weights(y: np.ndarray, K: int, cw_power: float) -> np.ndarray:
    """Each document's class weight ``(n / (K n_c)) ** cw_power``, divided by their mean."""
    n = len(y)
    counts = np.bincount(y, minlength=K).astype(np.float64)
    cw = (n / (K * np.maximum(counts, 1))) ** cw_power
    return cw[y] / cw[y].mean()


def train_lr(X: Any, y: np.ndarray, K: int, C: float, cw_power: float,
             max_iter: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """Class-weighted multinomial LR, L2 penalty 1/(2C n)·|W|², by L-BFGS; returns (W, b).
    Raises ImportError without scipy."""
    from scipy.optimize import minimize
    n, d = X.shape
    sw = sample_weights(y, K, cw_power)
    Y = np.zeros((n, K))
    Y[np.arange(n), y] = 1.0
    Xt = X.T.tocsr()

    def f(wf: np.ndarray) -> tuple[float, np.ndarray]:
        W = wf[:d * K].reshape(d, K)
        b = wf[d * K:]
        Z = X @ W + b
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        loss = -(sw * np.log(P[np.arange(n), y] + 1e-300)).sum() / n + \
            0.5 / (C * n) * (W * W).sum()
        G = (P - Y) * sw[:, None] / n
        gW = Xt @ G + W / (C * n)
        return loss, np.concatenate([np.asarray(gW).ravel(), G.sum(0)])

    res = minimize(f, np.zeros(d * K + K), jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter})
    return res.x[:d * K].reshape(d, K).astype(np.float32), res.x[d * K:].astype(np.float32)


def train_svm(X: Any, y: np.ndarray, K: int, C: float, cw_power: float,
              max_iter: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest L2-regularized squared-hinge linear SVMs (all K fitted jointly by L-BFGS):
    ``½|W|² + C Σ_i s_i Σ_k max(0, 1 − y_ik (x_i·w_k + b_k))²`` with y_ik = ±1 and the same
    class weights ``s_i`` as :func:`train_lr`. Returns (W, b). Raises ImportError without
    scipy."""
    from scipy.optimize import minimize
    n, d = X.shape
    sw = sample_weights(y, K, cw_power)
    Y = 2.0 * np.eye(K)[y] - 1.0
    Xt = X.T.tocsr()

    def f(wf: np.ndarray) -> tuple[float, np.ndarray]:
        W = wf[:d * K].reshape(d, K)
        b = wf[d * K:]
        M = np.maximum(0.0, 1.0 - Y * (X @ W + b))
        loss = C * (sw[:, None] * M * M).sum() + 0.5 * (W * W).sum()
        G = -2.0 * C * sw[:, None] * M * Y
        return loss, np.concatenate([np.asarray(Xt @ G + W).ravel(), G.sum(0)])

    res = minimize(f, np.zeros(d * K + K), jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter})
    return res.x[:d * K].reshape(d, K).astype(np.float32), res.x[d * K:].astype(np.float32)
