"""The log-linear learner in ``training.train_tagger --learner maxent`` (issue 3, session 10;
:mod:`training.tag_maxent`): both greedy passes fitted as L2-regularized softmax regressions
over the perceptron's feature ids, so the written model has the perceptron's shape, file
format and run time. Raises nothing itself (scipy/numpy may raise MemoryError).
"""
from __future__ import annotations

import numpy as np

from training.tag_featidx import add_stack, decode_all
from training.tag_maxent import sparsify, train_maxent
from training.tag_pass import decode, evaluate, train_avg, train_pass


def mix(Wm: np.ndarray, Wp: np.ndarray, a: float) -> np.ndarray:
    """``(Wm + a * r * Wp) / (1 + a)``, ``r`` the ratio of the two matrices' norms: the
    perceptron's weights on the log-linear model's scale, weighted ``a`` to 1 (one linear
    model of the same shape; ``a`` 0: ``Wm``)."""
    if not a:
        return Wm
    r = float(np.linalg.norm(Wm) / np.linalg.norm(Wp))
    return (Wm + a * r * Wp) / (1.0 + a)


class Maxent:
    """Settings: ``lam``/``lam2`` the L2 weights of pass 1/2, ``hist_jk`` refit pass 1 (and
    fit pass 2) with the jackknifed first-pass tags as the tag history instead of the gold
    tags, ``eps`` the :func:`~training.tag_maxent.sparsify` threshold, ``maxiter`` L-BFGS
    iterations per fit, ``x_bias`` the run-time ``X`` bias written to ``tagger.json``,
    ``mix`` the perceptron's share :func:`mix`-ed into each pass (0: none; the perceptron
    then trained as ``train_tagger`` trains it: ``seeds`` runs, ``epochs``/``epochs2``)."""

    def __init__(self, lam: float, lam2: float, hist_jk: bool, eps: float, maxiter: int,
                 x_bias: float, mix: float = 0.0) -> None:
        self.lam, self.lam2, self.hist_jk = lam, lam2, hist_jk
        self.eps, self.maxiter, self.x_bias, self.mix = eps, maxiter, x_bias, mix

    @classmethod
    def from_args(cls, args) -> "Maxent":
        """From ``training.train_tagger``'s options (:mod:`training.tag_args`)."""
        return cls(args.l2, args.l2_2 or args.l2, args.hist_jk, args.eps, args.maxent_iter,
                   args.x_bias, args.mix)

    def tag_bias(self) -> dict[str, float]:
        return {"X": self.x_bias} if self.x_bias else {}

    def train(self, X, Y, Xd, Yd, tags, fi, F1, folds, log, epochs=7, epochs2=3, seed=13,
              seeds=1):
        """``(W1, W2, fi, tags, F1)`` as ``train_tagger.train_tagger`` returns them; the
        jackknife folds are sentence ``i % folds``, as the perceptron's."""
        T = len(tags)
        W1 = train_maxent(X, Y, T, F1, self.lam, self.maxiter, log, "pass 1")
        log(f"pass 1 dev acc {evaluate(W1, F1, T + 1, T, Xd, Yd):.4f}")
        P1 = None
        if self.mix:
            P1 = train_avg(X, Y, T, F1, epochs, seed, seeds, Xd, Yd, log, "pass 1 perceptron")
            W1 = mix(W1, P1, self.mix)
            log(f"pass 1 mixed {self.mix} dev acc {evaluate(W1, F1, T + 1, T, Xd, Yd):.4f}")
        if not folds:
            return sparsify(W1, self.eps), None, fi, tags, F1
        preds: list = [None] * len(X)
        for k in range(folds):
            tr = [i for i in range(len(X)) if i % folds != k]
            Wk = train_maxent([X[i] for i in tr], [Y[i] for i in tr], T, F1, self.lam,
                              self.maxiter, log, f"jackknife {k + 1}")   # cold: no leak
            if self.mix:
                Wk = mix(Wk, train_pass([X[i] for i in tr], [Y[i] for i in tr], T, F1, epochs,
                                        seed + k + 1, log=log), self.mix)
            for i in range(k, len(X), folds):
                preds[i] = decode(Wk, F1, T + 1, T, X[i])
            log(f"fold {k + 1}/{folds} tagged")
        H = preds if self.hist_jk else None
        if self.hist_jk:
            if self.mix:
                raise ValueError("--hist-jk with --mix is not implemented")
            W1 = train_maxent(X, Y, T, F1, self.lam, self.maxiter, log, "pass 1 (jk history)",
                              W0=W1, H=H)
            log(f"pass 1 (jk history) dev acc {evaluate(W1, F1, T + 1, T, Xd, Yd):.4f}")
        X2 = add_stack(X, preds, tags, fi, True)
        F2 = len(fi.counts)
        Xd2 = add_stack(Xd, decode_all(W1, F1, T, Xd), tags, fi, False)
        log(f"pass 2: {F2 - F1} stacking features")
        W2 = train_maxent(X2, Y, T, F2, self.lam2, self.maxiter, log, "pass 2", H=H)
        log(f"pass 2 dev acc {evaluate(W2, F2, T + 1, T, Xd2, Yd):.4f}")
        if self.mix:
            W2 = mix(W2, train_avg(X2, Y, T, F2, epochs2, seed, seeds, Xd2, Yd, log,
                                   "pass 2 perceptron"), self.mix)
            log(f"pass 2 mixed {self.mix} dev acc {evaluate(W2, F2, T + 1, T, Xd2, Yd):.4f}")
        W1, W2 = sparsify(W1, self.eps), sparsify(W2, self.eps)
        log(f"sparsified (eps {self.eps}): nonzero {np.mean(W1 != 0):.3f} / "
            f"{np.mean(W2 != 0):.3f}; pass 2 dev acc "
            f"{evaluate(W2, F2, T + 1, T, add_stack(Xd, decode_all(W1, F1, T, Xd), tags, fi, False), Yd):.4f}")
        return W1, W2, fi, tags, F1
