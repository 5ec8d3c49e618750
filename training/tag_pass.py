"""The tagger's averaged-perceptron passes (training only): greedy left-to-right training
over fixed per-word feature ids plus the previous one and two tags, means of several runs,
decoding and dev accuracy, and the count cut-off and warm start tried in round 6
(:mod:`training.tag_cv`). Raises nothing itself.
"""
from __future__ import annotations

import time

import numpy as np


def static_scores(W, fids) -> np.ndarray:
    """Each word's own score row: the sum of ``W``'s rows of its feature ids (``fids``: one
    id array per word; one gather and one ``reduceat`` for the sentence)."""
    lens = np.array([len(a) for a in fids])
    starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
    return np.add.reduceat(W[np.concatenate(fids)], starts, axis=0)


def bump(W, U, f, r1: int, r2: int, g: int, pr: int, c: float) -> None:
    """One perceptron update (weights ``W``, averaging sums ``U`` at step ``c``): rows ``f``
    (the word's feature ids) and the tag-history rows ``r1``/``r2`` toward gold ``g`` and
    away from the prediction ``pr``."""
    W[f, g] += 1.0
    W[f, pr] -= 1.0
    U[f, g] += c
    U[f, pr] -= c
    for r in (r1, r2):
        W[r, g] += 1.0
        W[r, pr] -= 1.0
        U[r, g] += c
        U[r, pr] -= c


def train_pass(X, Y, T, F, epochs, seed, Xd=None, Yd=None, log=print, name="tagger", init=None):
    """Greedy left-to-right averaged perceptron over fixed per-word feature ids plus the
    previous one and two tags (rows ``F + p1`` and ``F + S + p2 * S + p1``; ``T`` = start).
    ``init``: starting weights (default zeros)."""
    S = T + 1
    n_feat = F + S + S * S
    W = np.zeros((n_feat, T)) if init is None else np.array(init, dtype=np.float64)
    U = np.zeros((n_feat, T))
    c = 1.0
    rng = np.random.default_rng(seed)
    order = np.arange(len(X))
    for ep in range(epochs):
        t0 = time.time()
        rng.shuffle(order)
        errs = tot = 0
        for si in order:
            fids = X[si]
            gold = Y[si]
            n = len(fids)
            static = static_scores(W, fids)
            p1 = p2 = T
            for i in range(n):
                r1 = F + p1
                r2 = F + S + p2 * S + p1
                sc = static[i] + W[r1] + W[r2]
                pr = int(sc.argmax())
                g = int(gold[i])
                if pr != g:
                    errs += 1
                    bump(W, U, fids[i], r1, r2, g, pr, c)
                c += 1
                # follow the prediction (greedy, as at test time)
                p2, p1 = p1, pr
            tot += n
        if Xd is not None:
            acc = evaluate(W - U / c, F, S, T, Xd, Yd)
            log(f"{name} epoch {ep + 1}: train err {errs / tot:.4f}  dev acc {acc:.4f}  ({time.time() - t0:.0f}s)")
    return W - U / c


def train_avg(X, Y, T, F, epochs, seed, seeds, Xd, Yd, log, name, init=None):
    """The mean of ``seeds`` runs of :func:`train_pass` (a linear model, so the mean is one
    model of the same size: an ensemble at no run-time cost), each started from ``init``."""
    Ws = [train_pass(X, Y, T, F, epochs, seed + 1000 * k, Xd, Yd, log, f"{name} run {k + 1}", init)
          for k in range(max(1, seeds))]
    W = sum(Ws) / len(Ws)
    if len(Ws) > 1 and Xd is not None:
        log(f"{name}: mean of {len(Ws)} runs, dev acc {evaluate(W, F, T + 1, T, Xd, Yd):.4f}")
    return W


def cut_rare(X, F: int, min_count: int):
    """``X`` without the feature ids seen fewer than ``min_count`` times in it (count cut-off)."""
    if min_count <= 1:
        return X
    cnt = np.bincount(np.concatenate([a for s in X for a in s]), minlength=F)
    keep = cnt >= min_count
    return [[a[keep[a]] for a in s] for s in X]


def extend_rows(W1, F1: int, F2: int):
    """First-pass weights laid out for a model with ``F2`` static features (zero rows for the
    stacking features), to start the second pass from."""
    W = np.zeros((F2 + len(W1) - F1, W1.shape[1]))
    W[:F1] = W1[:F1]
    W[F2:] = W1[F1:]
    return W


def decode(Wa, F, S, T, fids):
    n = len(fids)
    out = []
    p1 = p2 = T
    for i in range(n):
        f = fids[i]
        sc = Wa[f].sum(0) + Wa[F + p1] + Wa[F + S + p2 * S + p1]
        pr = int(sc.argmax())
        out.append(pr)
        p2, p1 = p1, pr
    return out


def evaluate(Wa, F, S, T, Xd, Yd):
    ok = tot = 0
    for fids, gold in zip(Xd, Yd):
        p = decode(Wa, F, S, T, fids)
        ok += int((np.array(p) == gold).sum())
        tot += len(gold)
    return ok / tot
