"""An L2-regularized log-linear (maximum-entropy) learner for the tagger's greedy passes
(training only; issue 3, session 10, MODEL_CARD "ninth round").

The model is the perceptron's: per word the sum of the rows of its feature ids plus the rows
of the previous tag (``F + p1``) and of the previous two tags (``F + S + p2 * S + p1``),
``S = T + 1`` (``T`` = start), decoded greedily left to right (:func:`training.tag_pass.decode`),
so the weights keep the shape, file format and run time of the shipped model. Here the rows
are fitted as a local softmax regression (a MEMM: the history rows see the gold previous
tags) minimizing ``sum_i -log p(y_i | x_i) + lam / 2 * ||W||^2`` by scipy's L-BFGS over a
sparse CSR design matrix (products in float32). :func:`sparsify` shifts each row by a
constant (the argmax of a sum of rows is unchanged by it) so that most cells become exactly
zero, as the compiled file stores nonzero cells only. Raises nothing itself (scipy and numpy
may raise MemoryError).
"""
from __future__ import annotations

import time

import numpy as np
import scipy.optimize as so
import scipy.sparse as sp

MAXITER = 250


def design(X: list, Y: list, T: int, F: int, H: list | None = None) -> sp.csr_matrix:
    """The CSR design matrix of the words of ``X`` (per sentence, one feature-id array per
    word) with the tag-history columns ``F + p1`` and ``F + S + p2 * S + p1`` of the gold tags
    ``Y`` (or of the tags ``H``, e.g. jackknifed predictions); repeated ids count twice, as
    the run time's sum of rows does. Shape ``(words, F + S + S * S)``."""
    S = T + 1
    cols, lens = [], []
    for fids, gold in zip(X, Y if H is None else H):
        n = len(fids)
        if not n:
            continue
        g = np.asarray(gold, dtype=np.int64)
        p1 = np.concatenate(([T], g[:-1]))
        p2 = np.concatenate(([T, T], g[:-2]))[:n]
        hist = np.stack([F + p1, F + S + p2 * S + p1], axis=1)
        for a, h in zip(fids, hist):
            cols.append(np.asarray(a, dtype=np.int64))
            cols.append(h)
            lens.append(len(a) + 2)
    idx = np.concatenate(cols).astype(np.int32)
    ptr = np.concatenate(([0], np.cumsum(lens))).astype(np.int64)
    A = sp.csr_matrix((np.ones(len(idx), dtype=np.float32), idx, ptr),
                      shape=(len(lens), F + S + S * S))
    A.sum_duplicates()
    return A


def objective(A: sp.csr_matrix, y: np.ndarray, T: int, lam: float):
    """``fg(w) -> (f, grad)`` of ``sum_i -log softmax(A @ W)[i, y_i] + lam / 2 * ||W||^2``
    for the flat weights ``w`` of ``W`` ``(A.shape[1], T)`` (products in float32)."""
    D = A.shape[1]
    A = A.astype(np.float32)
    AT = A.T.tocsr()
    y = np.asarray(y, dtype=np.int64)
    r = np.arange(len(y))

    def fg(w: np.ndarray):
        W = w.reshape(D, T).astype(np.float32)
        Z = A @ W
        Z -= Z.max(1, keepdims=True)
        np.exp(Z, out=Z)
        s = Z.sum(1)
        loss = float(np.log(s).sum()) - float(np.log(Z[r, y]).sum())
        Z /= s[:, None]
        Z[r, y] -= 1.0
        G = (AT @ Z).astype(np.float64).ravel()
        G += lam * w
        return loss + 0.5 * lam * float(w @ w), G
    return fg


def fit(A: sp.csr_matrix, y: np.ndarray, T: int, lam: float, maxiter: int = MAXITER,
        W0: np.ndarray | None = None, log=print, name: str = "maxent",
        every: int = 0, probe=None) -> np.ndarray:
    """L2-regularized softmax regression weights ``(A.shape[1], T)`` (float64) by L-BFGS;
    ``W0`` warm start; ``probe(W)`` (a held-out score) is logged every ``every`` iterations."""
    D = A.shape[1]
    state = {"it": 0, "t0": time.time(), "f": 0.0}
    obj = objective(A, y, T, lam)

    def fg(w: np.ndarray):
        state["f"], g = obj(w)
        return state["f"], g

    def cb(w: np.ndarray) -> None:
        state["it"] += 1
        if every and state["it"] % every == 0:
            extra = f"  held-out {probe(w.reshape(D, T)):.4f}" if probe else ""
            log(f"{name} it {state['it']}: f {state['f']:.1f}{extra} "
                f"({time.time() - state['t0']:.0f}s)")

    w0 = np.zeros(D * T) if W0 is None else np.asarray(W0, dtype=np.float64).ravel()
    res = so.minimize(fg, w0, jac=True, method="L-BFGS-B", callback=cb,
                      options={"maxiter": maxiter, "maxcor": 10})
    log(f"{name}: lam {lam} {res.nit} iterations, f {res.fun:.1f} "
        f"({time.time() - state['t0']:.0f}s)")
    return res.x.reshape(D, T)


def train_maxent(X: list, Y: list, T: int, F: int, lam: float, maxiter: int = MAXITER,
                 log=print, name: str = "maxent", W0=None, every: int = 0,
                 probe=None, H: list | None = None) -> np.ndarray:
    """The greedy pass's weights fitted as a local log-linear model (see the module); ``H``:
    the history tags per sentence (default the gold ``Y``)."""
    A = design(X, Y, T, F, H)
    y = np.concatenate([np.asarray(g, dtype=np.int64) for g in Y if len(g)])
    return fit(A, y, T, lam, maxiter, W0, log, name, every, probe)


def sparsify(W: np.ndarray, eps: float) -> np.ndarray:
    """``W`` with each row shifted by its median (the greedy argmax of a sum of rows is
    unchanged) and the cells then below ``eps`` in magnitude set to zero."""
    V = W - np.median(W, axis=1, keepdims=True)
    V[np.abs(V) < eps] = 0.0
    return V
