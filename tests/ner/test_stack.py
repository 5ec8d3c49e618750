"""The stacked BiLSTM of the shipped NER model: numpy inference against a stored torch
reference (``data/bilstm_ref.npz``, made by :func:`make_reference`), the BLAS-blocking
product, the shipped model's stacked features, robustness, and the jackknife pairing."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from khabar.ner.neural import _mm
from khabar.text.normalize import normalize
from ner_net_util import DATA, LABELS, SENTS, assert_matches, torch_reference
from ner_net_util import numpy_tagger as _numpy_tagger


def make_reference(path: Path, sents=SENTS) -> np.ndarray:
    """Train nothing: a seeded small BiLSTM (torch), weights rounded to float16 as exported,
    written to ``path``; returns torch's probabilities for ``sents`` (padded batch)."""
    def adjust(net) -> None:
        for p in net.parameters():
            p.copy_(p.half().float())
        for suf in ("", "_reverse"):  # numpy adds the two biases: make their sum exact
            bih = getattr(net.lstm, "bias_ih_l0" + suf)
            bhh = getattr(net.lstm, "bias_hh_l0" + suf)
            bih.copy_((bih + bhh).half().float())
            bhh.zero_()
    return torch_reference(path, sents, {"lstm": 7}, adjust)


def test_numpy_equals_stored_torch_reference():
    ref = np.load(DATA / "bilstm_ref.npz")["probs"]
    assert_matches(_numpy_tagger(DATA / "bilstm_tiny.npz").probs(SENTS), ref, SENTS)


def test_numpy_equals_torch_rebuilt(tmp_path):
    pytest.importorskip("torch")
    many = SENTS * 3 + [SENTS[0] * 4]  # > 7 sentences and a long one: blocked products
    ref = make_reference(tmp_path / "nn.npz", many)
    assert_matches(_numpy_tagger(tmp_path / "nn.npz").probs(many), ref, many)


def test_document_batch_equals_one_by_one():
    nt = _numpy_tagger(DATA / "bilstm_tiny.npz")
    together = nt.probs(SENTS + [[]])
    assert together[-1].shape == (0, len(LABELS))
    for s, p in zip(SENTS, together):
        assert np.abs(nt.probs([s])[0] - p).max() < 1e-6


@pytest.mark.parametrize("m,k,n", [(1, 119, 768), (2, 119, 768), (3, 119, 768), (25, 119, 768),
                                   (1, 96, 384), (8, 96, 384), (31, 96, 384), (0, 5, 7)])
def test_blocked_product_equals_matmul(m, k, n):
    rng = np.random.default_rng(m + k)
    x = rng.normal(size=(2, m, k)).astype(np.float32)
    w = rng.normal(size=(2, k, n)).astype(np.float32)
    ref = x.astype(np.float64) @ w.astype(np.float64)
    assert _mm(x, w).shape == (2, m, n)
    assert np.allclose(_mm(x, w), ref, atol=1e-3)
    assert np.allclose(_mm(x[0], w[0]), ref[0], atol=1e-3)


@pytest.mark.parametrize("sents", [[], [[]], [["reuters", "geneva", "2014"]],
                                   [[normalize("جنيف")] * 3000]])
def test_network_robust(sents):
    out = _numpy_tagger(DATA / "bilstm_tiny.npz").probs(sents)
    assert len(out) == len(sents)
    for s, p in zip(sents, out):
        assert p.shape == (len(s), len(LABELS)) and np.isfinite(p).all()
        assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)


def _shipped():
    from khabar.ner import resources
    cfg = json.loads((resources.MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    if not cfg["features"].get("neural"):
        pytest.skip("the shipped NER model stacks no network")
    pytest.importorskip("pycrfsuite")
    from khabar.ner.tagger import default_model
    return default_model()


def test_shipped_model_uses_stacked_features():
    import pycrfsuite
    model = _shipped()
    norms = [normalize(w) for w in "وصل المبعوث الدولي الأخضر الإبراهيمي إلى جنيف".split()]
    feats = model.featurizer.sentence(norms)
    assert all(any(f.startswith("nn=") for f in tok) for tok in feats)
    assert any(f.startswith("nnt=PER") for f in feats[4])
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model.path))
    weighted = {a for (a, _), w in tagger.info().state_features.items() if w}
    assert any(a.startswith("nn=B-PER") for a in weighted)  # the CRF learned weights for them


@pytest.mark.parametrize("text", ["", "Reuters reported from Geneva on Monday.",
                                  " ".join(["قال الرئيس السوري بشار الأسد في دمشق"] * 500)])
def test_shipped_model_robust(text):
    _shipped()
    from khabar.pipeline import Pipeline
    doc = Pipeline(["repair", "tokens", "sentences", "ner"])(text)
    for e in doc.entities:
        assert doc.raw[e.start:e.end].strip()
    if text.startswith("قال"):
        assert any(e.label == "LOC" for e in doc.entities)


def test_jackknife_pairs_each_half_with_the_other_network(monkeypatch, tmp_path):
    from khabar.ner.features import Featurizer
    from training import ner_stack
    monkeypatch.setattr(ner_stack, "networks",
                        lambda items, tmp, full, hp, data=None, log=print: ["n0", "n1", "n2"])
    monkeypatch.setattr(ner_stack, "tagger", lambda p: "net:" + p)
    monkeypatch.setattr(ner_stack, "with_network", lambda f, mode, net: (f, net))
    items = list(range(10))
    parts = [(items[:5], "lexA"), (items[5:], "lexB")]
    new, feat = ner_stack.stack(items, parts, Featurizer(), "b", {}, tmp_path, tmp_path / "x")
    assert new[0] == (items[:5], ("lexA", "net:n1")) and new[1] == (items[5:], ("lexB", "net:n0"))
    assert feat[1] == "net:n2"
