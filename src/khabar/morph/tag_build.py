"""The score tables of a :class:`~khabar.morph.tagger.Tagger`, built from its model's arrays.

Pure functions used once per load by ``Tagger.__init__``: the feature weights padded to two
passes and float32 (with the all-zero row for unknown features), the per-tag bias, the
transition tables per pass and the greedy decoder's per-tag bounds.
"""
from __future__ import annotations

import numpy as np


def padded_weights(W: np.ndarray, trans: np.ndarray, T: int,
                   padded: bool) -> tuple[np.ndarray, np.ndarray, bool]:
    """``(weights, transitions, one_pass)`` for ``T`` tags: float32 weights of width ``2 * T``
    ending with one all-zero row (``W`` itself when ``padded`` and already float32: it is then
    used, and changed, in place), the transitions as float32 (rows: ``T + 1`` unigram, then
    ``(T + 1) ** 2`` bigram), both widened with zeros for a one-pass model (``one_pass``).
    Raises ValueError on weights of the wrong shape."""
    W = np.asarray(W)
    tr = np.asarray(trans, dtype=np.float32)  # rows: S unigram + S*S bigram
    if W.ndim != 2 or W.shape[1] not in (T, 2 * T):
        raise ValueError(f"tagger weights of shape {W.shape} for {T} tags")
    one_pass = W.shape[1] == T
    if one_pass:
        W = np.hstack([W, np.zeros_like(W)])
        tr = np.hstack([tr, np.zeros_like(tr)])
    if padded and W.dtype == np.float32:
        return W, tr, one_pass
    # one extra all-zero row: the index of features the model does not know
    out = np.empty((len(W) + (0 if padded else 1), 2 * T), dtype=np.float32)
    out[:len(W)] = W
    out[-1] = 0.0
    return out, tr, one_pass


def add_tag_bias(W: np.ndarray, b: int | None, tags: list[str],
                 tag_bias: dict[str, float] | None) -> None:
    """Add, in place, a per-tag constant to both passes' scores on the always-present feature
    row ``b`` (nothing when ``b`` is None; tags outside ``tags`` are ignored). Raises
    nothing."""
    T = len(tags)
    for t, v in (tag_bias or {}).items():
        if b is not None and t in tags:
            W[b, tags.index(t)] += v
            W[b, T + tags.index(t)] += v


def transition_tables(tr: np.ndarray, T: int) -> list:
    """Per pass, ``table[p2][p1]``: the bigram + unigram transition scores (length ``T``) after
    the previous tags ``p2, p1`` (ids ``0..T``, ``T`` = start). Raises nothing."""
    S = T + 1
    out = []
    for p in range(2):
        t = tr[:, p * T:(p + 1) * T]
        uni, bi = t[:S], t[S:].reshape(S, S, T)
        out.append([[bi[p2, p1] + uni[p1] for p1 in range(S)] for p2 in range(S)])
    return out


def greedy_bounds(trans: list) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per pass: per tag, the least and the most any pair of previous tags can add (a word
    whose best tag wins even against the worst case needs no per-word argmax). Raises
    nothing."""
    bounds = []
    for tr in trans:
        a = np.array(tr)  # (S, S, T)
        bounds.append((a.min(axis=(0, 1)), a.max(axis=(0, 1))))
    return bounds
