"""The stacked neural tagger (``khabar/ner/neural.py``): numpy inference, batching, features,
and (when torch is installed) agreement with the torch network it was exported from."""
from __future__ import annotations

import numpy as np
import pytest

from khabar.errors import ResourceError
from khabar.ner.features import Featurizer
from khabar.ner.neural import NeuralTagger, type_bits
from khabar.ner.neural_stack import stack_features
from khabar.text.normalize import normalize

LABELS = ["B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"]
S1 = [normalize(w) for w in "قال الرئيس محمود عباس في جنيف أمس".split()]
S2 = [normalize(w) for w in "وصل الأخضر الإبراهيمي إلى دمشق".split()]


def _weights(path, seed: int = 0, dw: int = 4, dc: int = 3, f: int = 5, h: int = 6):
    rng = np.random.default_rng(seed)

    def r(*shape):
        return rng.normal(0, 0.5, shape).astype(np.float16)
    p = {"emb": r(60000, dw), "char_emb": r(40, dc), "char_w": r(3, dc, f), "char_b": r(f),
         "conv0_w": r(3, dw + f + 7, h), "conv0_b": r(h), "conv1_w": r(3, h, h),
         "conv1_b": r(h), "conv2_w": r(3, h, h), "conv2_b": r(h), "out_w": r(h, len(LABELS)),
         "out_b": r(len(LABELS)), "dils": np.asarray([1, 2, 1]), "labels": np.asarray(LABELS),
         "chars": np.asarray("".join(sorted(set("".join(S1 + S2)))))}
    np.savez(path, **p)
    return path


@pytest.fixture()
def tagger(tmp_path):
    fz = Featurizer()
    return NeuralTagger(_weights(tmp_path / "nn.npz"), fz._row_of, fz._gaz, fz._trig)


def test_probabilities_per_token(tagger):
    p1, p2 = tagger.probs([S1, S2])
    assert p1.shape == (len(S1), len(LABELS)) and p2.shape == (len(S2), len(LABELS))
    assert np.allclose(p1.sum(axis=1), 1.0, atol=1e-5)


def test_document_batch_equals_sentence_by_sentence(tagger):
    together = tagger.probs([S1, [], S2])
    alone = [tagger.probs([s])[0] for s in (S1, [], S2)]
    assert together[1].shape == (0, len(LABELS))
    for a, b in zip(together, alone):
        assert np.allclose(a, b, atol=1e-5)


def test_context_matters(tagger):
    """The same word gets other probabilities in another sentence (the convolutions)."""
    p1 = tagger.probs([S1])[0][S1.index(normalize("جنيف"))]
    p2 = tagger.probs([[normalize("جنيف")]])[0][0]
    assert not np.allclose(p1, p2)


def test_gazetteer_bits():
    fz = Featurizer()
    assert type_bits(normalize("جنيف"), fz._gaz, fz._trig)[1] == 1.0  # LOC
    assert type_bits(normalize("طاولة"), fz._gaz, fz._trig) == [0.0] * 7


def test_stack_features_buckets():
    probs = np.zeros((2, len(LABELS)), np.float32)
    probs[0, LABELS.index("B-PER")] = 0.95
    probs[0, LABELS.index("O")] = 0.05
    probs[1, LABELS.index("O")] = 1.0
    f = stack_features(probs, LABELS, "b")
    assert "nn=B-PER:3" in f[0] and "nnt=PER:5" in f[0] and "1:nn=O" in f[0]
    assert "nn=O:4" in f[1] and "-1:nn=B-PER" in f[1]
    assert not any(x.startswith("nnt=") for x in f[1])
    assert not any(":nn=" in x for x in stack_features(probs, LABELS, "a")[0])


def test_featurizer_adds_network_features(tagger):
    plain = Featurizer().sentence(S1)
    stacked = Featurizer(neural="b", neural_model=tagger).sentence(S1)
    assert all(set(a) < set(b) for a, b in zip(plain, stacked))
    assert any(x.startswith("nn=") for x in stacked[3])


def test_missing_weights_raise(tmp_path):
    fz = Featurizer()
    with pytest.raises(ResourceError):
        NeuralTagger(tmp_path / "none.npz", fz._row_of, fz._gaz, fz._trig)


def _exported(tmp_path, torch, hp_extra: dict, sents):
    """A small seeded network (``hp_extra`` on top of the defaults) exported to npz; returns
    the numpy tagger and torch's probabilities for ``sents``."""
    from training import ner_neural as N
    fz = Featurizer()
    chars = "".join(sorted(set("".join(S1 + S2))))
    vec = np.random.default_rng(1).normal(0, 1, (60000, 8)).astype(np.float32)
    hp = dict(N.HP, dc=4, F=6, **hp_extra)
    torch.manual_seed(3)
    net = N._net(torch, vec, len(chars), len(LABELS), hp)
    net.eval()
    path = tmp_path / "nn.npz"
    N.export(net, path, vec, chars, LABELS, hp)
    rows, ch, bits, mask, _ = N._batch(torch, N.encode(sents, fz, chars))
    with torch.no_grad():
        ref = torch.softmax(net(rows, ch, bits, mask), -1).numpy()
    return NeuralTagger(path, fz._row_of, fz._gaz, fz._trig), ref


def test_numpy_matches_torch(tmp_path):
    torch = pytest.importorskip("torch")
    nt, ref = _exported(tmp_path, torch, {"H": 10}, [S1, S2])
    got = nt.probs([S1, S2])
    assert np.allclose(got[0], ref[0, :len(S1)], atol=2e-2)
    assert np.allclose(got[1], ref[1, :len(S2)], atol=2e-2)


def test_numpy_matches_torch_bilstm(tmp_path):
    torch = pytest.importorskip("torch")
    nt, ref = _exported(tmp_path, torch, {"lstm": 5}, [S1, S2[:3]])
    got = nt.probs([S1, S2[:3]])
    assert np.allclose(got[0], ref[0, :len(S1)], atol=2e-2)
    assert np.allclose(got[1], ref[1, :3], atol=2e-2)
    alone = nt.probs([S2[:3]])[0]
    assert np.allclose(alone, got[1], atol=1e-5)
