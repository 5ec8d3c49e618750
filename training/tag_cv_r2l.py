"""A right-to-left first pass for :mod:`training.tag_cv` (``--r2l``; experiments, issue 3):
the same features and greedy averaged perceptron trained on reversed sentences, so its tag
history is the next one and two tags; its held-out tags become extra stacking features of the
second pass (prefix ``r``), beside the left-to-right pass's. Raises nothing itself.
"""
from __future__ import annotations

import numpy as np

import training.train_tagger as tt
from khabar.morph.tag_features import stack_feature_names


def r2l_preds(X, Y, Yte, Xte, fold_of, folds, T, F1, epochs, out: dict) -> list:
    """Held-out right-to-left first-pass tags of every sentence (in reading order); the
    per-fold accuracy goes to ``out["pass1 r2l"]``."""
    preds: list = [None] * len(X)
    accs = []
    for k in range(folds):
        tr = [i for i in range(len(X)) if fold_of[i] != k and len(Y[i])]
        W = tt.train_pass([X[i][::-1] for i in tr], [Y[i][::-1] for i in tr], T, F1, epochs,
                          tt.SEED + k + 101)
        ok = n = 0
        for i in range(len(X)):
            if fold_of[i] != k:
                continue
            preds[i] = tt.decode(W, F1, T + 1, T, Xte[i][::-1])[::-1] if len(Xte[i]) else []
            ok += int((np.array(preds[i]) == Yte[i]).sum())
            n += len(Yte[i])
        accs.append(ok / n)
        print(f"fold {k + 1} pass 1 r2l: {100 * ok / n:.2f}", flush=True)
    out["pass1 r2l"] = accs
    return preds


def add_r2l_stack(X2, preds_r, tags, fi) -> list:
    """``X2`` plus the right-to-left tags' stacking features (``r`` + the usual names)."""
    out = []
    for row, p in zip(X2, preds_r):
        tg = [tags[t] for t in p]
        new = []
        for i, a in enumerate(row):
            ids = [fi.get("r" + f, True) for f in stack_feature_names(tg, i)]
            new.append(np.concatenate([a, np.array(ids, dtype=np.int32)]))
        out.append(new)
    return out
