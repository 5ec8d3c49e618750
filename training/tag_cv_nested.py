"""Nested jackknife for :mod:`training.tag_cv` (``--nested interleaved|blocks``; experiments,
issue 3): as ``training.train_tagger`` does, the second pass of outer fold ``k`` is trained on
first-pass tags of its training sentences from an inner jackknife over those sentences only
(inner folds: sentence ``i % 5`` of them, or 5 contiguous blocks of them), and scored on fold
``k`` with the tags of fold ``k``'s own first-pass model. Raises nothing itself.
"""
from __future__ import annotations

import numpy as np

import training.train_tagger as tt


def nested_pass2(X, Y, preds_out, fold_of, folds, tags, fi, T, F1, epochs, epochs2,
                 mode: str) -> list[float]:
    """Per outer fold, the second pass's accuracy on it (see the module docstring)."""
    accs = []
    for k in range(folds):
        tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
        te = [i for i in range(len(X)) if fold_of[i] == k and len(Y[i])]
        inner = ([j * 5 // len(tr) for j in range(len(tr))] if mode == "blocks"
                 else [j % 5 for j in range(len(tr))])
        pr: dict = {}
        for m in range(5):
            itr = [tr[j] for j in range(len(tr)) if inner[j] != m]
            W = tt.train_pass([X[i] for i in itr], [Y[i] for i in itr], T, F1, epochs,
                              tt.SEED + k + 1 + 10 * (m + 1))
            for j in range(len(tr)):
                if inner[j] == m:
                    pr[tr[j]] = tt.decode(W, F1, T + 1, T, X[tr[j]])
        X2 = tt.add_stack([X[i] for i in tr], [pr[i] for i in tr], tags, fi, True)
        W2 = tt.train_pass(X2, [Y[i] for i in tr], T, len(fi.counts), epochs2, tt.SEED + k + 1)
        X2t = tt.add_stack([X[i] for i in te], [preds_out[i] for i in te], tags, fi, False)
        F2 = len(fi.counts)
        # features first seen in later folds have no row in W2: pad W2 to the current index
        Fw = len(W2) - (T + 1) - (T + 1) ** 2
        Wfull = np.zeros((F2 + (T + 1) + (T + 1) ** 2, T))
        Wfull[:Fw] = W2[:Fw]
        Wfull[F2:] = W2[Fw:]
        ok = n = 0
        for x, i in zip(X2t, te):
            ok += int((np.array(tt.decode(Wfull, F2, T + 1, T, x)) == Y[i]).sum())
            n += len(Y[i])
        accs.append(ok / n)
        print(f"fold {k + 1} pass 2 nested {mode}: {100 * ok / n:.2f}", flush=True)
    return accs
