"""The recurrence-free bidirectional scan (``khabar.ner.neural_scan``): numpy inference
against torch (stored reference ``data/scan_ref.npz`` made by :func:`make_reference`, and
rebuilt when torch is installed), the closed-form chunked scan against the plain recurrence
on long sentences and extreme gates, document batching and robustness."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from khabar.ner.neural_scan import CHUNK, scan_states
from khabar.text.normalize import normalize
from ner_net_util import DATA, LABELS, SENTS, assert_matches, torch_reference
from ner_net_util import numpy_tagger as _numpy_tagger

LONG = SENTS[3] * 16  # 224 tokens: seven chunks
MANY = SENTS * 3 + [LONG]


def make_reference(path: Path, sents=MANY, win: int = 2, layers: int = 1,
                   **more) -> np.ndarray:
    """Train nothing: a seeded small scan network (torch; scan weights ×4 for sharp gates),
    weights rounded to float16 as exported, written to ``path``; returns torch's
    probabilities for ``sents`` (padded batch; the loop over positions is the reference)."""
    def adjust(net) -> None:
        for name, p in net.named_parameters():
            p.copy_(p.half().float() * (4 if name.startswith("scan.") else 1))
    return torch_reference(path, sents, dict(scan=7, win=win, layers=layers, **more), adjust)


def test_numpy_equals_stored_torch_reference():
    ref = np.load(DATA / "scan_ref.npz")["probs"]
    assert_matches(_numpy_tagger(DATA / "scan_tiny.npz").probs(MANY), ref, MANY)


@pytest.mark.parametrize("win,layers,more", [(1, 1, {}), (2, 1, {}), (2, 2, {}),
                                             (2, 2, {"units2": 5, "win2": 1})])
def test_numpy_equals_torch_rebuilt(tmp_path, win, layers, more):
    pytest.importorskip("torch")
    ref = make_reference(tmp_path / "nn.npz", MANY, win, layers, **more)
    assert len(LONG) > 200
    assert_matches(_numpy_tagger(tmp_path / "nn.npz").probs(MANY), ref, MANY)


def _loop(g, u):
    """The plain recurrence in float64, position by position."""
    z = 1 / (1 + np.exp(-g[..., :u].astype(np.float64)))
    cand = np.tanh(g[..., u:2 * u].astype(np.float64))
    o = 1 / (1 + np.exp(-g[..., 2 * u:].astype(np.float64)))
    c = np.zeros(g.shape[:-2] + (u,))
    out = np.empty(g.shape[:-1] + (u,))
    for t in range(g.shape[-2]):
        c = (1 - z[..., t, :]) * c + z[..., t, :] * cand[..., t, :]
        out[..., t, :] = o[..., t, :] * c
    return out


@pytest.mark.parametrize("n,scale", [(1, 1.0), (CHUNK, 3.0), (CHUNK + 1, 3.0), (230, 1.0),
                                     (230, 8.0), (600, 30.0)])
def test_closed_form_scan_equals_recurrence(n, scale):
    """Long sentences and saturated gates (σ(±100)): no overflow, same states."""
    rng = np.random.default_rng(n)
    g = (rng.normal(size=(2, 3, n, 15)) * scale).astype(np.float32)
    g[0, 0, :, :5] = 100.0 if n > 1 else g[0, 0, :, :5]  # z = 1: forget everything
    g[0, 1, :, :5] = -100.0  # z = 0: keep c (zero) forever
    half = g.copy()
    half[..., 10:] *= 0.5  # the output gate's columns as prepare_scan gives them
    got = scan_states(half, 5) / 2  # it returns 2h
    assert np.isfinite(got).all()
    assert np.abs(got - _loop(g, 5)).max() < 1e-5


def test_document_batch_equals_one_by_one():
    nt = _numpy_tagger(DATA / "scan_tiny.npz")
    docs = MANY + [[]]
    together = nt.probs(docs)
    assert together[-1].shape == (0, len(LABELS))
    for s, p in zip(MANY, together):
        assert np.abs(nt.probs([s])[0] - p).max() < 1e-6


def test_context_reaches_both_ways():
    nt = _numpy_tagger(DATA / "scan_tiny.npz")
    a, b = nt.probs([SENTS[1], SENTS[1][:2] + [normalize("غاتيلوف")] + SENTS[1][3:]])
    assert np.abs(a[0] - b[0]).max() > 1e-4 and np.abs(a[-1] - b[-1]).max() > 1e-4


@pytest.mark.parametrize("sents", [[], [[]], [["reuters", "geneva", "2014"]],
                                   [[normalize("جنيف")] * 3000]])
def test_network_robust(sents):
    out = _numpy_tagger(DATA / "scan_tiny.npz").probs(sents)
    assert len(out) == len(sents)
    for s, p in zip(sents, out):
        assert p.shape == (len(s), len(LABELS)) and np.isfinite(p).all()
        assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
