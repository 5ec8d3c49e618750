"""The numpy CRF decoder (``khabar.ner.crf_model`` / ``crf_fast``) gives CRFsuite's labels."""
from __future__ import annotations

import numpy as np

from khabar.ner.crf_model import read_model, viterbi_many
from khabar.ner.feat_token import OFFSETS, context_bases, type_core, type_features
from khabar.ner.tagger import default_model
from khabar.text.normalize import normalize

TEXTS = (
    "وقال الأمين العام للأمم المتحدة بان كي مون في جنيف إن الأخضر الإبراهيمي سيزور دمشق",
    "التقى الرئيس الأمريكي باراك أوباما نظيره الروسي فلاديمير بوتين",
    "وأعلنت وزارة الداخلية السعودية اليوم القبض على خلية في الرياض",
    "القاهرة",
    "حدد رئيس الوزراء البريطاني ديفيد كاميرون ، اليوم ( الاثنين ) ، ملامح استراتيجية",
)


def _sents() -> list[list[str]]:
    return [[normalize(w) for w in t.split()] for t in TEXTS]


def test_model_file_read_as_crfsuite_reads_it():
    model = default_model()
    w = read_model(model.path)
    assert w.labels == model.labels
    assert w.state.shape == (len(w.attrs) + 1, len(w.labels))
    assert not w.state[w.pad].any()
    info = model.tagger.info()
    assert len(w.attrs) == len(info.attributes)
    for (attr, label), weight in list(info.state_features.items())[:500]:
        assert abs(w.state[w.attrs[attr], w.labels.index(label)] - weight) < 1e-5


def test_fast_labels_equal_crfsuite_labels():
    model = default_model()
    sents = _sents() + [[]]
    nn = model.neural_probs(sents)
    fast = model.tag_many(sents, None, nn)
    assert model._fast_crf() is not None
    assert fast[-1] == []
    assert fast[:-1] == [model.tag(s, None, p) for s, p in zip(sents[:-1], nn[:-1])]
    assert "B-PER" in fast[1] and fast[3] == model.tag(sents[3], None, nn[3])


def test_viterbi_ties_go_to_the_lowest_label():
    trans = np.zeros((3, 3))
    scores = np.asarray([[1.0, 1.0, 0.0], [0.0, 2.0, 2.0], [5.0, 5.0, 5.0]])
    assert viterbi_many(scores, [2, 1], trans) == [[0, 1], [0]]


def test_context_bases_are_the_neighbour_features_without_prefix():
    fz = default_model().featurizer
    for w in _sents()[0]:
        f, ctx, keys = type_features(fz, w)
        f2, spec, keys2 = type_core(fz, w)
        assert (f, keys) == (f2, keys2) == (f, fz.type_keys(w))
        assert ctx == [[f"{o}:" + b for b in context_bases(spec, o)] for o in OFFSETS]
