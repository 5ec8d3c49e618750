"""Global (Viterbi) decoding and structured-perceptron training of the tagger's passes
(experiments, :mod:`training.tag_cv`; issue 3). The same model as :mod:`training.tag_pass` —
per-word feature ids plus the previous one and two tags (rows ``F + p1`` and
``F + S + p2 * S + p1``; ``T`` = start) — decoded by exact second-order Viterbi instead of
greedily, and trained as Collins's (2002) structured perceptron: decode the whole sentence,
then add the gold sequence's features and subtract the predicted one's. Tried for issue 3 and
not kept (block CV pass 1 95.942 → 95.980, but dev from raw text UPOS 96.28 → 96.22 / 96.21);
the run-time decoder and ``train_tagger --viterbi`` were in commit d1e39c4 (reverted after
it). Raises nothing itself.
"""
from __future__ import annotations

import time

import numpy as np

from training.tag_pass import static_scores as _static


def viterbi_static(static, uni, bi, T):
    """Best tag sequence under ``static`` (n, T) own scores, ``uni`` (S, T) and ``bi``
    (S, S, T) transition scores (second order, exact). Ties: the lowest tag ids."""
    n = len(static)
    if n == 0:
        return []
    # delta[p1, t]: best score of a prefix ending with tags (p1, t); p1 = T before word 1
    d = (static[0] + uni[T] + bi[T, T])[None, :]   # only row p1 = start
    if n == 1:
        return [int(d[0].argmax())]
    # word 1: p2 = start, p1 = tag of word 0
    d = d[0][:, None] + bi[T, :T] + uni[:T] + static[1]       # (T p1, T t)
    backs = []
    biT = bi[:T, :T]     # (p2, p1, t)
    uniT = uni[:T]
    for i in range(2, n):
        cand = d[:, :, None] + biT                              # (p2, p1, t)
        backs.append(cand.argmax(0))                            # (p1, t)
        d = cand.max(0) + uniT + static[i]
    p1, t = np.unravel_index(int(d.argmax()), d.shape)
    out = [int(t), int(p1)]
    for b in reversed(backs):
        p2 = int(b[p1, t])
        out.append(p2)
        t, p1 = p1, p2
    out.reverse()
    return out


def viterbi(Wa, F, S, T, fids):
    """:func:`viterbi_static` of one sentence of per-word feature ids under weights ``Wa``."""
    if not len(fids):
        return []
    uni = Wa[F:F + S]
    bi = Wa[F + S:F + S + S * S].reshape(S, S, -1)
    return viterbi_static(_static(Wa, fids), uni, bi, T)


def train_structured(X, Y, T, F, epochs, seed, Xd=None, Yd=None, log=print, name="tagger"):
    """Structured averaged perceptron (whole-sentence Viterbi, per-sentence update)."""
    S = T + 1
    n_feat = F + S + S * S
    W = np.zeros((n_feat, T))
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
            if n == 0:
                continue
            uni = W[F:F + S]
            bi = W[F + S:].reshape(S, S, T)
            pred = viterbi_static(_static(W, fids), uni, bi, T)
            g2 = g1 = q2 = q1 = T
            for i in range(n):
                g = int(gold[i])
                p = pred[i]
                if p != g:
                    errs += 1
                    f = fids[i]
                    W[f, g] += 1.0
                    W[f, p] -= 1.0
                    U[f, g] += c
                    U[f, p] -= c
                if (g2, g1, g) != (q2, q1, p):
                    for r, col, s in ((F + g1, g, 1.0), (F + S + g2 * S + g1, g, 1.0),
                                      (F + q1, p, -1.0), (F + S + q2 * S + q1, p, -1.0)):
                        W[r, col] += s
                        U[r, col] += s * c
                g2, g1 = g1, g
                q2, q1 = q1, p
            c += 1
            tot += n
        if Xd is not None:
            acc = evaluate_viterbi(W - U / c, F, S, T, Xd, Yd)
            log(f"{name} epoch {ep + 1}: train err {errs / tot:.4f}  dev acc {acc:.4f}  ({time.time() - t0:.0f}s)")
    return W - U / c


def evaluate_viterbi(Wa, F, S, T, Xd, Yd):
    ok = tot = 0
    for fids, gold in zip(Xd, Yd):
        p = viterbi(Wa, F, S, T, fids)
        ok += int((np.array(p) == gold).sum())
        tot += len(gold)
    return ok / tot
