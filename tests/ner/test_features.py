"""NER features (``khabar.ner.features`` with ``feat_token`` / ``feat_context``) on Arabic."""
from __future__ import annotations

from khabar.ner.feat_token import OFFSETS, shape
from khabar.ner.features import Featurizer
from khabar.text.normalize import normalize


def _norms(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def test_shape_classes():
    assert [shape(w) for w in ("جنيف", "2014", "3.5", "Geneva", "،", "")] == \
        ["A", "D", "DX", "L", "P:،", "E"]


def test_token_and_neighbour_features():
    feat = Featurizer()
    norms = _norms("وزار الرئيس بشار الأسد لبنان وسوريا")
    rows = feat.sentence(norms)
    assert len(rows) == len(norms)
    assert "w=" + normalize("بشار") in rows[2]
    # the word gives itself to its neighbours at every offset
    assert "-1:w=" + normalize("بشار") in rows[3] and "1:w=" + normalize("بشار") in rows[1]
    assert "BOS" in rows[0] and "EOS" in rows[-1]
    # proclitic stripped: «وسوريا» → «سوريا» (not «لبنان» → «بنان»); article core: «اسد»
    assert "x=" + normalize("سوريا") in rows[5]
    assert not any(f.startswith("x=") for f in rows[4])
    assert "c=" + normalize("أسد") in rows[3]
    assert len(OFFSETS) == 4


def test_gazetteer_span_and_trigger_features():
    feat = Featurizer()
    norms = _norms("التقى الرئيس الأخضر الإبراهيمي في جنيف")
    rows = feat.sentence(norms)
    assert "G=B-PER" in rows[2] and "G=I-PER" in rows[3]
    assert "T1=PER" in rows[2] and "T2=PER" in rows[3]
    assert any(f.startswith("G=B-LOC") for f in rows[5])


def test_switches_drop_feature_groups():
    norms = _norms("التقى الأخضر الإبراهيمي في جنيف")
    plain = Featurizer(clusters=False, gazetteer=False, clitics=False, affixes=False)
    rows = plain.sentence(norms)
    flat = [f for r in rows for f in r]
    assert not any(f.startswith(("k1=", "g=", "G=", "c=", "p2=")) for f in flat)
    assert "w=" + normalize("جنيف") in rows[4]
    assert plain.config() == {"clusters": False, "gazetteer": False, "clitics": False,
                              "affixes": False, "morph": False, "lexicon": False}


def test_type_cache_is_reused():
    feat = Featurizer()
    w = normalize("الإبراهيمي")
    assert feat._type(w) is feat._type(w)
