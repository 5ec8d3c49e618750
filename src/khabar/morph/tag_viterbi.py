"""Exact second-order Viterbi decoding of a tagger pass over cached per-type score rows.

A pass trained as a structured perceptron (``tagger.json`` ``"viterbi"``; see
``training.tag_viterbi``) is decoded globally: the best tag sequence under each word's own
scores plus the transition scores of its previous two tags. Most words need no search: a tag
whose own score trails the word's best by more than the most the transitions can ever favour
it (:func:`swap_bounds`: into the word and out of it to the next two words) is in no best
sequence, since swapping it for the best tag would score higher. Words left with one
candidate are settled; the others are searched in small windows that end where two settled
words in a row decouple them from the rest. Raises nothing itself.
"""
from __future__ import annotations

import numpy as np


def swap_bounds(A: np.ndarray) -> np.ndarray:
    """``D[b, t]``: the most the transition scores ``A[p2, p1, t]`` (shape ``(S, S, T)``,
    ``S = T + 1`` with ``T`` = start) can favour tag ``t`` over tag ``b`` at one word, summed
    over the three transitions that word's tag enters (its own, and as the previous and the
    second previous tag of the next two words)."""
    T = A.shape[2]
    At = A[:, :T, :]                                    # p1 a real tag
    d_in = (A[:, :, :, None] - A[:, :, None, :]).max(axis=(0, 1))      # [t, b]
    d_1 = (At.transpose(1, 0, 2)[:, None] - At.transpose(1, 0, 2)[None, :]).max(axis=(2, 3))
    Ar = A[:T, :T, :]                                   # p2 a real tag
    d_2 = (Ar[:, None] - Ar[None, :]).max(axis=(2, 3))                  # [t, b]
    return (d_in + d_1 + d_2).T.astype(np.float64) + 1e-3              # [b, t]


def viterbi_decode(static: np.ndarray, A: list, D: np.ndarray, fixed: list[int | None],
                   spans: list[tuple[int, int]], T: int) -> list[int]:
    """Best tag ids of each sentence ``static[i:j]`` (``spans``) under own scores ``static``
    (n, T), transitions ``A[p2][p1][t]`` (nested lists of floats) and the pruning bounds
    ``D`` (:func:`swap_bounds`); ``fixed[k]``: a tag imposed on word ``k`` (or None)."""
    n = len(static)
    r = np.arange(n)
    best = static.argmax(1)
    cand = (static[r, best][:, None] - static) <= D[best]
    multi = np.flatnonzero(cand.sum(1) > 1).tolist()
    out = [b if f is None else f for b, f in zip(best.tolist(), fixed)]
    multi = [k for k in multi if fixed[k] is None]
    if not multi:
        return out
    ends = {}
    for i, j in spans:
        for k in range(i, j):
            ends[k] = (i, j)
    w = 0
    while w < len(multi):
        first = last = multi[w]
        i, j = ends[first]
        w += 1
        while w < len(multi) and multi[w] - last <= 2 and multi[w] < j:
            last = multi[w]
            w += 1
        _window(static, A, cand, out, first, min(last + 2, j - 1), i, T, fixed)
    return out


def _window(static, A, cand, out, a, b, s0, T, fixed) -> None:
    """Search words ``a..b`` of a sentence starting at ``s0`` (settled words keep their one
    tag) and write the best tags into ``out``."""
    p2 = out[a - 2] if a - 2 >= s0 else T
    p1 = out[a - 1] if a - 1 >= s0 else T
    states = {(p2, p1): 0.0}
    backs = []
    for k in range(a, b + 1):
        row = static[k].tolist()
        if fixed[k] is None:
            tags = np.flatnonzero(cand[k]).tolist()
        else:
            tags = [fixed[k]]
        new: dict = {}
        back: dict = {}
        for (q2, q1), sc in states.items():
            Aq = A[q2][q1]
            for t in tags:
                s = sc + row[t] + Aq[t]
                key = (q1, t)
                old = new.get(key)
                if old is None or s > old:
                    new[key] = s
                    back[key] = q2
        states = new
        backs.append(back)
    key = max(states, key=states.__getitem__)
    q1, t = key
    for k in range(b, a - 1, -1):
        out[k] = t
        q2 = backs[k - a][(q1, t)]
        t, q1 = q1, q2
