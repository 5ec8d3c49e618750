"""Dense real-valued word-vector inputs for the tagger's passes (issue 3 experiment;
training only): the 80-dim PPMI-SVD vectors behind the word clusters
(:func:`training.tag_clusters.build_vectors`) of each word and its ±1 neighbours, scaled, as
perceptron inputs next to the sparse feature ids (:func:`train_dense`, :func:`decode_dense`).
Experiments: ``training.tag_cv_dense`` (CV) and ``training.train_tagger --dense S`` (full
model, weights baked into sparse rows by :func:`bake`; :mod:`training.tag_dense_run`).
Raises nothing itself but where said.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import normalize
from training.tag_pass import bump, static_scores

OFFS = (0, -1, 1)


def reduce_vectors(vocab: list[str], E: np.ndarray, n: int, d: int) -> tuple[list[str], np.ndarray]:
    """The ``n`` most frequent words' vectors cut to the first ``d`` SVD dimensions,
    renormalized to unit length and rounded to int8 steps (``q / 127``, as an int8 file
    would store them)."""
    V = E[:n, :d].astype(np.float64)
    V /= np.linalg.norm(V, axis=1, keepdims=True) + 1e-9
    return vocab[:n], (np.round(V * 127) / 127).astype(np.float32)


def sentence_dense(forms: list[str], vid: dict[str, int], E: np.ndarray, scale: float,
                   offs=OFFS) -> np.ndarray:
    """``(n, len(offs) * dim)`` float32: the scaled vectors of each word's ``offs`` words
    (zeros for a word without a vector or outside the sentence)."""
    n, d = len(forms), E.shape[1]
    idx = np.array([vid.get(normalize(f), -1) for f in forms], dtype=np.int64)
    V = np.zeros((n + 2, d), dtype=np.float32)
    has = idx >= 0
    V[1:n + 1][has] = E[idx[has]] * scale
    return np.concatenate([V[1 + o:n + 1 + o] for o in offs], axis=1)


def train_dense(X, D, Y, T, F, epochs, seed):
    """:func:`training.tag_pass.train_pass` with dense inputs ``D`` (one ``(n, k)`` array per
    sentence) scored by a ``(k, T)`` matrix; returns ``(W, Wd)`` averaged."""
    S = T + 1
    n_feat = F + S + S * S
    k = D[0].shape[1]
    W = np.zeros((n_feat, T))
    U = np.zeros((n_feat, T))
    Wd = np.zeros((k, T))
    Ud = np.zeros((k, T))
    c = 1.0
    rng = np.random.default_rng(seed)
    order = np.arange(len(X))
    for _ in range(epochs):
        rng.shuffle(order)
        for si in order:
            fids, gold, dv = X[si], Y[si], D[si]
            static = static_scores(W, fids) + dv @ Wd
            p1 = p2 = T
            for i in range(len(fids)):
                r1 = F + p1
                r2 = F + S + p2 * S + p1
                pr = int((static[i] + W[r1] + W[r2]).argmax())
                g = int(gold[i])
                if pr != g:
                    bump(W, U, fids[i], r1, r2, g, pr, c)
                    x = dv[i]
                    Wd[:, g] += x
                    Wd[:, pr] -= x
                    Ud[:, g] += c * x
                    Ud[:, pr] -= c * x
                c += 1
                p2, p1 = p1, pr
    return W - U / c, Wd - Ud / c


def decode_dense(W, Wd, F, T, fids, dv) -> list[int]:
    """Greedy decoding with dense inputs."""
    S = T + 1
    static = static_scores(W, fids) + dv @ Wd
    out = []
    p1 = p2 = T
    for i in range(len(fids)):
        pr = int((static[i] + W[F + p1] + W[F + S + p2 * S + p1]).argmax())
        out.append(pr)
        p2, p1 = p1, pr
    return out


def train_avg_dense(X, D, Y, T, F, epochs, seed, seeds, log=print, name="tagger"):
    """The mean of ``seeds`` runs of :func:`train_dense` (as ``tag_pass.train_avg``)."""
    runs = [train_dense(X, D, Y, T, F, epochs, seed + 1000 * k) for k in range(max(1, seeds))]
    W = sum(r[0] for r in runs) / len(runs)
    Wd = sum(r[1] for r in runs) / len(runs)
    log(f"{name}: mean of {len(runs)} dense runs")
    return W, Wd


def accuracy(W, Wd, F, T, X, D, Y) -> float:
    ok = sum(int((np.array(decode_dense(W, Wd, F, T, x, d)) == y).sum()) for x, d, y in zip(X, D, Y))
    return ok / sum(len(y) for y in Y)


# The run-time feature each part of a word's dense score is added to: the word's own
# normalized form (own part) and the ±1 neighbour word features (tag_features).
BAKE_NAMES = ("n=", "-1w=", "+1w=")


def bake(vocab: list[str], E: np.ndarray, scale: float, Wd1: np.ndarray,
         Wd2: np.ndarray | None, T: int, offs=OFFS) -> dict[str, np.ndarray]:
    """``{feature name: (2T,) weights}``: each vocabulary word's dense score parts (pass 1 in
    columns ``:T``, pass 2 in ``T:``) as weights of the sparse features the run-time tagger
    already computes for it (``n=w``, ``-1w=w``, ``+1w=w``), to be added to their rows — a
    linear model, so the scores are the same and run time needs no new code. Raises
    ValueError for offsets other than :data:`OFFS` (the names above)."""
    if tuple(offs) != OFFS:
        raise ValueError(f"bake: offsets {offs} are not {OFFS}")
    d = E.shape[1]
    out: dict[str, np.ndarray] = {}
    Es = E.astype(np.float64) * scale
    for p, prefix in enumerate(BAKE_NAMES):
        R = np.zeros((len(vocab), 2 * T))
        R[:, :T] = Es @ Wd1[p * d:(p + 1) * d]
        if Wd2 is not None:
            R[:, T:] = Es @ Wd2[p * d:(p + 1) * d]
        for w, r in zip(vocab, R):
            out[prefix + w] = r
    return out

