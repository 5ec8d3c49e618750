"""NBSVM (Wang & Manning 2012) one-vs-rest for the topic classifier: the second member of the
shipped ensemble (``khabar train topic --nbsvm``).

Features: the binarized term vector, L2-normalized (``x̂ / |x̂|``) over the same vocabulary as
the TF-IDF SVM. For each label k, the log-count ratio ``r_k = log(p/|p|₁) − log(q/|q|₁)``
(p, q: document frequencies of each term in label k / the other labels, +1 smoothing) scales
the features, and a squared-hinge linear SVM is fitted on ``x̂ ∘ r_k`` (L-BFGS, class weights
as for the main SVM). Because ``(x̂ ∘ r_k) · w_k = x̂ · (r_k ∘ w_k)``, the runtime needs only
``W2[:, k] = r_k ∘ w_k`` and ``b2``: one more weight matrix over the binarized features.
"""
from __future__ import annotations

import numpy as np


def binary_matrix(docs: list[list[str]], vocab: dict[str, int]):
    """CSR matrices (0/1 presence, and its L2-normalized rows)."""
    from scipy import sparse
    rows, cols = [], []
    for i, d in enumerate(docs):
        js = sorted({vocab[t] for t in d if t in vocab})
        rows += [i] * len(js)
        cols += js
    B = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), len(vocab)))
    n = np.sqrt(np.asarray(B.sum(1)).ravel())
    n[n == 0] = 1.0
    return B, sparse.diags(1.0 / n) @ B


def _binary_svm(X, yb: np.ndarray, C: float, sw: np.ndarray, max_iter: int):
    from scipy.optimize import minimize
    n, d = X.shape
    Xt = X.T.tocsr()

    def f(wf: np.ndarray):
        w, b = wf[:d], wf[d]
        m = np.maximum(0.0, 1.0 - yb * (X @ w + b))
        g = -2.0 * C * sw * m * yb
        return C * (sw * m * m).sum() + 0.5 * w @ w, np.concatenate([Xt @ g + w, [g.sum()]])

    res = minimize(f, np.zeros(d + 1), jac=True, method="L-BFGS-B",
                   options={"maxiter": max_iter})
    return res.x[:d], float(res.x[d])


def train_nbsvm(B, N, y: np.ndarray, K: int, C: float = 1.0, cw_power: float = 0.5,
                max_iter: int = 300) -> tuple[np.ndarray, np.ndarray]:
    """``(W2 [V × K], b2 [K])`` for scores ``N·W2 + b2`` (``B`` presence, ``N`` its
    L2-normalized rows, ``y`` label ids). Needs scipy."""
    from scipy import sparse
    n = len(y)
    counts = np.bincount(y, minlength=K).astype(np.float64)
    cw = (n / (K * np.maximum(counts, 1))) ** cw_power
    sw = cw[y] / cw[y].mean()
    W2 = np.zeros((B.shape[1], K), np.float32)
    b2 = np.zeros(K, np.float32)
    for k in range(K):
        p = np.asarray(B[y == k].sum(0)).ravel() + 1.0
        q = np.asarray(B[y != k].sum(0)).ravel() + 1.0
        r = np.log(p / p.sum()) - np.log(q / q.sum())
        w, b = _binary_svm(N @ sparse.diags(r), np.where(y == k, 1.0, -1.0), C, sw, max_iter)
        W2[:, k] = r * w
        b2[k] = b
    return W2, b2


__all__ = ["binary_matrix", "train_nbsvm"]
