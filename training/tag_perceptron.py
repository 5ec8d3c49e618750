"""Averaged multiclass perceptrons with numpy weights, used to train the tagger and lemmatizer.

``Averaged`` keeps the weights ``W`` and the time-weighted sum of updates ``U``; the averaged
weights are ``W - U / c`` (Daumé's trick), so an update costs O(features touched).
"""
from __future__ import annotations

import numpy as np


class Averaged:
    def __init__(self, n_feat: int, n_class: int) -> None:
        self.W = np.zeros((n_feat, n_class), dtype=np.float64)
        self.U = np.zeros((n_feat, n_class), dtype=np.float64)
        self.c = 1

    def update(self, fids: np.ndarray, gold: int, pred: int, amount: float = 1.0) -> None:
        # fids may repeat: use np.add.at for exactness
        np.add.at(self.W[:, gold], fids, amount)
        np.add.at(self.W[:, pred], fids, -amount)
        np.add.at(self.U[:, gold], fids, self.c * amount)
        np.add.at(self.U[:, pred], fids, -self.c * amount)

    def tick(self) -> None:
        self.c += 1

    def averaged(self) -> np.ndarray:
        return self.W - self.U / self.c


def train_multiclass(X: list[np.ndarray], y: np.ndarray, n_feat: int, n_class: int,
                     epochs: int, seed: int, allowed: list[np.ndarray] | None = None) -> np.ndarray:
    """Train a plain (non-sequential) averaged perceptron; returns averaged weights.

    ``allowed[i]`` optionally restricts the candidate classes of example ``i``.
    """
    m = Averaged(n_feat, n_class)
    rng = np.random.default_rng(seed)
    order = np.arange(len(X))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            f = X[i]
            s = m.W[f].sum(0)
            if allowed is not None:
                a = allowed[i]
                p = int(a[np.argmax(s[a])])
            else:
                p = int(np.argmax(s))
            g = int(y[i])
            if p != g:
                m.update(f, g, p)
            m.tick()
    return m.averaged()
