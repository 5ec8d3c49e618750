"""Dense vector features (``khabar/ner/embed.py``, ``Featurizer(embed=...)``) and the vector
builder's row alignment (``training/ner_embed.py``)."""
from __future__ import annotations

import re

import numpy as np
import pytest

from khabar.errors import ResourceError
from khabar.ner import resources
from khabar.ner.features import Featurizer
from khabar.text.normalize import normalize
from training.ner_embed import align, cluster_order, reduce

SENT = [normalize(w) for w in "قال الرئيس محمود عباس في جنيف زقزقلوفتش".split()]


@pytest.fixture()
def table(tmp_path):
    n = len(resources.clusters())
    vec = (np.arange(n * 4, dtype=np.float32).reshape(n, 4) % 7).astype(np.float16)
    vec[resources.rank(normalize("جنيف"))] = np.nan  # a word without a vector
    path = tmp_path / "embed-4.npy"
    np.save(path, vec)
    return path, vec


def test_default_featurizer_gives_string_lists():
    items = Featurizer().sentence(SENT)
    assert all(isinstance(f, list) and all(isinstance(x, str) for x in f) for f in items)


def test_word_vector_features(table):
    path, vec = table
    plain = Featurizer().sentence(SENT)
    items = Featurizer(embed={"path": str(path), "dims": 3, "window": 0}).sentence(SENT)
    abbas = items[3]
    row = vec[resources.rank(normalize("عباس"))]
    assert [abbas[f"0e{k}"] for k in range(3)] == [float(x) for x in row[:3]]
    assert "0e3" not in abbas and "-1e0" not in abbas
    strings = {k: v for k, v in abbas.items() if not re.fullmatch(r"-?\d+e\d+", k)}
    assert strings == {s: 1.0 for s in plain[3]}
    assert not any(k.startswith("0e") for k in items[5])  # NaN row: no vector
    assert not any(k.startswith("0e") for k in items[6])  # outside the vocabulary


def test_neighbour_vector_features(table):
    path, vec = table
    items = Featurizer(embed={"path": str(path), "dims": 2, "window": 1}).sentence(SENT)
    mahmoud = vec[resources.rank(normalize("محمود"))]
    assert items[3]["-1e1"] == float(mahmoud[1])
    assert "1e0" not in items[4]  # right neighbour جنيف has no vector
    assert not any(k.startswith("-1e") for k in items[0])


def test_missing_vectors_raise(tmp_path):
    with pytest.raises(ResourceError):
        Featurizer(embed={"path": str(tmp_path / "none.npy"), "dims": 8})


def test_reduce_and_align():
    rng = np.random.default_rng(0)
    raw = rng.normal(size=(50, 6)) * np.array([1.0, 5.0, 0.1, 3.0, 2.0, 0.5])
    order = np.argsort(-np.linalg.norm(raw, axis=0), kind="stable")
    v = reduce(raw, order, 3).astype(np.float64)
    assert v.shape == (50, 3) and np.allclose(v.std(axis=0), 1.0, atol=1e-2)
    perm = np.array([2, -1, 0])
    out = align(np.arange(6.0).reshape(3, 2), perm)
    assert out[0].tolist() == [4.0, 5.0] and np.isnan(out[1]).all()


def test_cluster_order_follows_clusters_file(tmp_path):
    f = tmp_path / "clusters.tsv"
    f.write_text("#word\tc64\tc256\tc1024\nب\t1\t2\t3\nا\t1\t2\t3\nج\t0\t0\t0\n", encoding="utf-8")
    assert cluster_order(["ا", "ب"], f).tolist() == [1, 0, -1]


def test_training_with_vector_features(table, tmp_path):
    import pycrfsuite
    from training import train_ner as T
    path, _ = table
    feat = Featurizer(embed={"path": str(path), "dims": 4, "window": 1})
    toks = [type("Tok", (), {"norm": w, "words": None})() for w in SENT]
    labels = ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]
    model = tmp_path / "m.crfsuite"
    T.train_parts([([("", toks, labels, [])] * 3, feat)], model,
                  {"c1": 0.0, "c2": 0.01, "max_iterations": 30}, rare_drop=0)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    assert "0e0" in {a for a, _ in tagger.info().state_features}
    assert tagger.tag(feat.sentence(SENT)) == labels
