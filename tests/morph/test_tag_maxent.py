"""The log-linear learner of the tagger's training (training.tag_maxent; issue 3, session 10):
the design matrix's history columns, the gradient, the greedy layout and the row shift of
``sparsify`` that must not change a decision."""
from __future__ import annotations

import numpy as np
import pytest

so = pytest.importorskip("scipy.optimize", reason="the log-linear learner trains with scipy "
                         "(pip install 'khabar[train]')")

from morph_tag_util import small_data  # noqa: E402
from training.tag_maxent import design, fit, objective, sparsify, train_maxent  # noqa: E402
from training.tag_maxent_run import mix  # noqa: E402
from training.train_tagger import decode, train_pass  # noqa: E402


def test_design_has_the_gold_history_columns():
    X, Y, F, T = small_data()
    A = design(X, Y, T, F).tocsr()
    S = T + 1
    assert A.shape == (8, F + S + S * S)
    row = A[2].toarray()[0]          # «الجديد» after VERB NOUN
    assert row[F + 1] == 1 and row[F + S + 2 * S + 1] == 1
    assert row[F:].sum() == 2
    H = [np.zeros(len(y), dtype=int) for y in Y]     # another history: all ADJ
    assert design(X, Y, T, F, H).tocsr()[2].toarray()[0][F + 0] == 1


def test_gradient_matches_finite_differences():
    X, Y, F, T = small_data()
    fg = objective(design(X, Y, T, F), np.concatenate(Y), T, 0.7)
    w = np.random.default_rng(1).normal(scale=0.3, size=design(X, Y, T, F).shape[1] * T)
    err = so.check_grad(lambda v: fg(v)[0], lambda v: fg(v)[1], w, epsilon=1e-3)
    assert err < 2e-2 * np.linalg.norm(fg(w)[1])
    f0, _ = fg(np.zeros_like(w))
    assert abs(f0 - 8 * np.log(T)) < 1e-4       # uniform: log T per word


def test_fit_learns_the_small_data_in_the_greedy_layout():
    X, Y, F, T = small_data()
    W = train_maxent(X, Y, T, F, 0.1, 200, log=lambda s: None)
    assert W.shape == train_pass(X, Y, T, F, 1, 3).shape
    assert [decode(W, F, T + 1, T, x) for x in X] == [y.tolist() for y in Y]
    strong = fit(design(X, Y, T, F), np.concatenate(Y), T, 100.0, 200, log=lambda s: None)
    assert np.abs(strong).max() < np.abs(W).max()     # more L2, smaller weights


def test_sparsify_shift_keeps_every_decision():
    X, Y, F, T = small_data()
    W = train_maxent(X, Y, T, F, 0.1, 200, log=lambda s: None)
    V = sparsify(W, 0.0)
    assert not np.allclose(V, W)
    assert [decode(V, F, T + 1, T, x) for x in X] == [decode(W, F, T + 1, T, x) for x in X]
    assert (sparsify(W, 1e9) == 0).all()
    P = train_pass(X, Y, T, F, 5, 3)
    M = mix(W, P, 1.0)
    assert M.shape == W.shape and np.array_equal(mix(W, P, 0.0), W)
