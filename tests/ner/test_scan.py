"""The recurrence-free bidirectional scan (``khabar.ner.neural_scan``): numpy inference
against torch (stored reference ``data/scan_ref.npz`` made by :func:`make_reference`, and
rebuilt when torch is installed), the closed-form chunked scan against the plain recurrence
on long sentences and extreme gates, document batching and robustness."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from khabar.ner.neural import NeuralTagger
from khabar.ner.neural_scan import CHUNK, scan_states
from khabar.text.normalize import normalize

DATA = Path(__file__).parent / "data"
LABELS = ["B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"]
SENTS = [[normalize(w) for w in s.split()] for s in (
    "قال الرئيس محمود عباس في جنيف أمس إن المفاوضات ستستمر",
    "وصل الأخضر الإبراهيمي إلى دمشق",
    "فالنسيا",
    "أعلنت وزارة الخارجية الروسية أن غينادي غاتيلوف سيلتقي ويندي شيرمان في جنيف الأسبوع المقبل",
)]
GAZ = {(normalize("جنيف"),): frozenset({"LOC"}), (normalize("عباس"),): frozenset({"PER"}),
       (normalize("محمود"),): frozenset({"PER", "PER.first"})}
TRIG = {(normalize("قال"),): frozenset({"PER"})}
LONG = SENTS[3] * 16  # 224 tokens: seven chunks
MANY = SENTS * 3 + [LONG]


def _row(w: str) -> int | None:
    """A stand-in vector lookup (40 rows) so that the reference does not depend on data."""
    r = sum(map(ord, w)) % 43
    return r if r < 40 and len(w) > 2 else None


def _numpy_tagger(path: Path) -> NeuralTagger:
    return NeuralTagger(path, _row, GAZ, TRIG)


def make_reference(path: Path, sents=MANY, win: int = 2, layers: int = 1,
                   **more) -> np.ndarray:
    """Train nothing: a seeded small scan network (torch; scan weights ×4 for sharp gates),
    weights rounded to float16 as exported, written to ``path``; returns torch's
    probabilities for ``sents`` (padded batch; the loop over positions is the reference)."""
    import torch

    from training import ner_neural as N

    class Lookup:
        _row_of, _gaz, _trig = staticmethod(_row), GAZ, TRIG
    chars = "".join(sorted(set("".join(w for s in SENTS for w in s))))
    vec = np.random.default_rng(1).normal(0, 1, (40, 6)).astype(np.float16).astype(np.float32)
    hp = dict(N.HP, dc=4, F=5, scan=7, win=win, layers=layers, **more)
    torch.manual_seed(3)
    net = N._net(torch, vec, len(chars), len(LABELS), hp)
    net.eval()
    with torch.no_grad():
        for name, p in net.named_parameters():
            p.copy_(p.half().float() * (4 if name.startswith("scan.") else 1))
    N.export(net, path, vec, chars, LABELS, hp)
    rows, ch, bits, mask, _ = N._batch(torch, N.encode(sents, Lookup, chars))
    with torch.no_grad():
        return torch.softmax(net(rows, ch, bits, mask), -1).numpy()


def test_numpy_equals_stored_torch_reference():
    ref = np.load(DATA / "scan_ref.npz")["probs"]
    got = _numpy_tagger(DATA / "scan_tiny.npz").probs(MANY)
    for i, s in enumerate(MANY):
        assert got[i].shape == (len(s), len(LABELS))
        assert np.abs(got[i] - ref[i, :len(s)]).max() < 1e-5


@pytest.mark.parametrize("win,layers,more", [(1, 1, {}), (2, 1, {}), (2, 2, {}),
                                             (2, 2, {"units2": 5, "win2": 1})])
def test_numpy_equals_torch_rebuilt(tmp_path, win, layers, more):
    pytest.importorskip("torch")
    ref = make_reference(tmp_path / "nn.npz", MANY, win, layers, **more)
    got = _numpy_tagger(tmp_path / "nn.npz").probs(MANY)
    assert len(LONG) > 200
    for i, s in enumerate(MANY):
        assert np.abs(got[i] - ref[i, :len(s)]).max() < 1e-5


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
