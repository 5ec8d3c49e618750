"""NER over a batch of documents (``find_entities_many``, ``Pipeline.pipe``'s batch function)
equals the one-document path, with the shipped model and with a small stacked model (a CRF
trained here on a few labelled sentences over the tiny BiLSTM's stacked features)."""
from __future__ import annotations

import numpy as np
import pytest

from khabar.ner import find_entities, find_entities_many
from khabar.pipeline import Pipeline, default_pipeline
from khabar.text.normalize import normalize
from ner_net_util import DATA, numpy_tagger

TRAIN = [
    ("قال الرئيس محمود عباس في رام الله إن المفاوضات ستستمر",
     "O O B-PER I-PER O B-LOC I-LOC O O O"),
    ("وصل الأخضر الإبراهيمي إلى دمشق أمس", "O B-PER I-PER O B-LOC O"),
    ("أعلنت الأمم المتحدة أن بان كي مون سيزور جنيف",
     "O B-ORG I-ORG O B-PER I-PER I-PER O B-LOC"),
    ("أرسل الهلال الأحمر السوري قافلة إلى حمص", "O B-ORG I-ORG I-ORG O O B-LOC"),
    ("التقى غينادي غاتيلوف ويندي شيرمان في جنيف", "O B-PER I-PER B-PER I-PER O B-LOC"),
    ("ذكرت وكالة الأنباء السعودية أن الوزير وصل إلى الرياض",
     "O B-ORG I-ORG I-ORG O O O O B-LOC"),
]
TEXTS = [
    "قال المبعوث الأخضر الإبراهيمي في جنيف إن الأمم المتحدة تدعم الحل. وصل بان كي مون إلى دمشق.",
    "",
    "جوبا",
    "...",
    "أعلن الهلال الأحمر السوري أن قافلة وصلت إلى حمص أمس.",
    "التقى محمود عباس في رام الله وفدا من وكالة الأنباء السعودية.\n\nوقال غاتيلوف إن "
    "المفاوضات ستستمر في جنيف الأسبوع المقبل، وأضاف أن شيرمان ستحضر.",
    "وصل الوزير إلى الرياض",
] + [f"وصل المبعوث {n} إلى جنيف" for n in ("الإبراهيمي", "شيرمان", "غاتيلوف", "عباس")]


@pytest.fixture(scope="module")
def stacked(tmp_path_factory):
    """A NerModel whose CRF stacks the tiny BiLSTM's probabilities (plain Viterbi)."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from khabar.ner.features import Featurizer
    from khabar.ner.tagger import NerModel
    feat = Featurizer(neural="b", neural_model=numpy_tagger(DATA / "bilstm_tiny.npz"))
    tr = pycrfsuite.Trainer(verbose=False)
    for text, tags in TRAIN * 2:
        tr.append(feat.sentence([normalize(w) for w in text.split()]), tags.split())
    tr.select("lbfgs")
    tr.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 60,
                   "feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("stacked") / "ner.crfsuite"
    tr.train(str(path))
    return NerModel(path, feat, None)


def _docs():
    return list(Pipeline(["repair", "tokens", "sentences", "articles", "morph"]).pipe(TEXTS))


def _cold(model) -> None:
    model.featurizer._cache.clear()
    model.featurizer._rest.clear()
    if model.neural is not None:
        model.neural._cache.clear()


def test_stacked_batch_equals_one_by_one(stacked, monkeypatch):
    docs = _docs()
    _cold(stacked)
    one = [find_entities(d, stacked) for d in docs]
    calls = []
    real = stacked.neural.probs
    monkeypatch.setattr(stacked.neural, "probs", lambda s: calls.append(len(s)) or real(s))
    _cold(stacked)
    many = find_entities_many(docs, stacked)
    assert many == one
    assert sum(map(len, one)) >= 5 and {e.label for es in one for e in es} >= {"PER", "LOC"}
    n_sents = sum(1 for d in docs for g in d.tokens_by_sentence() if g)
    assert calls == [n_sents]          # one network call for the whole batch


def test_stacked_network_rounding(stacked):
    from khabar.ner.batch import network_probs
    from khabar.ner.neural_stack import stack_features
    sents = [[t.norm for t in g] for d in _docs() for g in d.tokens_by_sentence() if g]
    _cold(stacked)
    alone = [stacked.neural_probs([s])[0] for s in sents]
    _cold(stacked)
    together = network_probs(stacked, sents)
    labels = stacked.neural.labels
    for a, b in zip(alone, together):
        assert a.shape == b.shape and np.abs(a - b).max() < 1e-5
        assert stack_features(a, labels) == stack_features(b, labels)


def test_long_batches_are_cut_into_chunks(stacked, monkeypatch):
    import khabar.ner.batch as B
    monkeypatch.setattr(B, "NET_ROWS", 3)
    monkeypatch.setattr(B, "NET_CELLS", 40)
    sents = [[t.norm for t in g] for d in _docs() for g in d.tokens_by_sentence() if g]
    sents.append([normalize("جنيف")] * 50)    # longer than NET_CELLS: a chunk of its own
    calls = []
    real = stacked.neural.probs
    monkeypatch.setattr(stacked.neural, "probs", lambda s: calls.append(
        [len(x) for x in s]) or real(s))
    out = B.network_probs(stacked, sents)
    assert [p.shape[0] for p in out] == [len(s) for s in sents]
    assert calls[0] == [50] and all(len(c) <= 3 and len(c) * c[0] <= 40 for c in calls[1:])
    assert sorted(n for c in calls for n in c) == sorted(map(len, sents))


def test_pipe_with_stacked_model_equals_per_document(stacked, monkeypatch):
    import khabar.ner.tagger as tagger
    monkeypatch.setattr(tagger, "default_model", lambda: stacked)
    pipe = Pipeline(["repair", "tokens", "sentences", "articles", "morph", "ner", "quotes"])
    _cold(stacked)
    one = [pipe(t) for t in TEXTS]
    _cold(stacked)
    for bs in (1, 4, 64):
        many = list(pipe.pipe(TEXTS, batch_size=bs))
        assert [d.to_json() for d in many] == [d.to_json() for d in one]


def test_shipped_model_batch_equals_one_by_one():
    docs = _docs()
    one = [find_entities(d) for d in docs]
    assert find_entities_many(docs) == one and find_entities_many([]) == []
    got = [d.entities for d in default_pipeline().pipe(TEXTS, batch_size=5)]
    assert got == [tuple(e) for e in one]
    assert any(e.label == "ORG" for es in one for e in es)
