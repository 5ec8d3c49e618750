"""Recall-biased decoding with the neural tagger's probabilities mixed in
(``khabar/ner/decode.py``) and the shipped model's network (``neural.npz``)."""
from __future__ import annotations

import numpy as np

from khabar.ner.decode import recall_bias
from khabar.text.normalize import normalize

NAMES = ("B-LOC", "B-PER", "I-PER", "O")
COLS = {n: i for i, n in enumerate(NAMES)}


class FakeTagger:
    """Marginals of a three-token sentence «التقى نيكولاي ملادينوف»."""

    def __init__(self, rows):
        self.rows = rows

    def marginal(self, name, i):
        return self.rows[i][COLS[name]]


CRF = [[0.0, 0.0, 0.0, 1.0], [0.0, 0.35, 0.0, 0.65], [0.0, 0.1, 0.15, 0.75]]


def test_without_network_only_the_unsure_o_changes():
    labels = recall_bias(FakeTagger(CRF), ["O", "O", "O"], NAMES, 0.7)
    assert labels == ["O", "B-PER", "O"]  # P(O) 0.65 < 0.7; 0.75 is not


def test_network_mass_adds_the_last_name():
    net = np.asarray([[0, 0, 0, 1], [0, 0.9, 0, 0.1], [0, 0, 0.9, 0.1]], np.float32)
    labels = recall_bias(FakeTagger(CRF), ["O", "O", "O"], NAMES, 0.7, net, 0.3, COLS)
    assert labels == ["O", "B-PER", "I-PER"]  # 0.7*0.75 + 0.3*0.1 = 0.555 < 0.7


def test_network_sure_of_o_keeps_o():
    net = np.asarray([[0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 1]], np.float32)
    labels = recall_bias(FakeTagger(CRF), ["O", "O", "O"], NAMES, 0.7, net, 0.3, COLS)
    assert labels == ["O", "O", "O"]  # 0.7*0.65 + 0.3 = 0.755 >= 0.7


def test_mix_zero_is_the_crf_alone():
    net = np.zeros((3, 4), np.float32)
    assert recall_bias(FakeTagger(CRF), ["O"] * 3, NAMES, 0.7, net, 0.0, COLS) == \
        recall_bias(FakeTagger(CRF), ["O"] * 3, NAMES, 0.7)


def test_shipped_model_is_stacked():
    """Since session 10 the shipped model is the stacked BiLSTM+CRF: its network gives one
    probability row per token (summing to 1) and nothing for an empty sentence."""
    import numpy as np

    from khabar.ner.tagger import default_model
    model = default_model()
    assert model.neural is not None
    probs = model.neural_probs([["قال", "الرئيس", "الأمريكي"], []])
    assert probs[0].shape[0] == 3 and np.allclose(probs[0].sum(axis=1), 1.0, atol=1e-4)
    assert len(probs[1]) == 0


def test_model_with_a_network(tmp_path):
    """A model with a (random) network: probabilities per sentence, the same labels whether
    they come batched per document or are computed per sentence."""
    from khabar.ner.neural import NeuralTagger
    from khabar.ner.tagger import NerModel, default_model
    from tests.ner.test_neural import _weights
    base = default_model()
    fz = base.featurizer
    net = NeuralTagger(_weights(tmp_path / "nn.npz"), fz._row_of, fz._gaz, fz._trig)
    model = NerModel(base.path, fz, base.o_threshold, net, 0.3)
    sents = [[normalize(w) for w in t.split()] for t in
             ("قال الرئيس الفلسطيني محمود عباس في رام الله", "وصل غينادي غاتيلوف إلى جنيف")]
    probs = model.neural_probs(sents)
    assert [p.shape[0] for p in probs] == [len(s) for s in sents]
    for s, p in zip(sents, probs):
        assert model.tag(s, None, p) == model.tag(s)


def test_stacked_network_batched_per_document(tmp_path):
    """With the network's probabilities as CRF features (stacking), the labels are the same
    whether the probabilities come batched per document or per sentence."""
    from khabar.ner.features import Featurizer
    from khabar.ner.neural import NeuralTagger
    from khabar.ner.tagger import NerModel, default_model
    from tests.ner.test_neural import _weights
    fz0 = Featurizer()
    net = NeuralTagger(_weights(tmp_path / "nn.npz"), fz0._row_of, fz0._gaz, fz0._trig)
    fz = Featurizer(lexicon="PER", neural="b", neural_model=net)
    model = NerModel(default_model().path, fz, 0.7)
    assert model.neural is net
    sents = [[normalize(w) for w in t.split()] for t in
             ("قال الرئيس الفلسطيني محمود عباس في رام الله", "وصل غينادي غاتيلوف إلى جنيف")]
    probs = model.neural_probs(sents)
    assert any(f.startswith("nn=") for f in fz.sentence(sents[0], None, nn=probs[0])[3])
    assert [model.tag(s, None, p) for s, p in zip(sents, probs)] == [model.tag(s) for s in sents]
