"""Exact Viterbi decoding and the structured perceptron of the tagger's CV experiments
(training.tag_viterbi; issue 3, tried and not kept in the shipped model)."""
from __future__ import annotations

import itertools

import numpy as np

from morph_tag_util import small_data
from training.tag_viterbi import train_structured, viterbi, viterbi_static
from training.train_tagger import train_pass


def _brute(static, uni, bi, T):
    best = None
    for seq in itertools.product(range(T), repeat=len(static)):
        p2 = p1 = T
        s = 0.0
        for i, t in enumerate(seq):
            s += static[i, t] + uni[p1, t] + bi[p2, p1, t]
            p2, p1 = p1, t
        if best is None or s > best[0]:
            best = (s, list(seq))
    return best[1]


def test_viterbi_is_exact_on_random_scores():
    rng = np.random.default_rng(5)
    T = 4
    for trial in range(150):
        n = int(rng.integers(1, 6))
        static = rng.normal(scale=float(rng.choice([0.5, 3.0])), size=(n, T))
        uni = rng.normal(size=(T + 1, T))
        bi = rng.normal(size=(T + 1, T + 1, T))
        assert viterbi_static(static, uni, bi, T) == _brute(static, uni, bi, T), trial




def test_structured_perceptron_fits_small_data_and_matches_greedy_layout():
    X, Y, F, T = small_data()
    W = train_structured(X, Y, T, F, 6, 3)
    # the same weight layout as the greedy pass (static rows, then unigram and bigram rows)
    assert W.shape == train_pass(X, Y, T, F, 1, 3).shape == (F + (T + 1) + (T + 1) ** 2, T)
    assert [viterbi(W, F, T + 1, T, x) for x in X] == [y.tolist() for y in Y]
