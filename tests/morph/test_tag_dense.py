"""Dense word-vector inputs of the tagger (``training.tag_dense``) and the jackknifed
raw-news tag profiles tried with them (``training.tag_jk_news``)."""
from __future__ import annotations

from collections import Counter

import numpy as np

from khabar.morph.tag_features import neighbor_features, normalize, own_features
from training.tag_dense import (BAKE_NAMES, bake, decode_dense, reduce_vectors, sentence_dense,
                                train_dense)
from training.tag_jk_news import SEEN, nb_profile, own_profile, profile_value, unseen_only

WORDS = ["قال", "الوزير", "إن", "الحكومة", "ستدعم", "المشروع"]


def _vectors(d: int = 6):
    rng = np.random.default_rng(3)
    vocab = [normalize(w) for w in WORDS[:5]]          # «المشروع» has no vector
    return reduce_vectors(vocab, rng.standard_normal((5, 8)), 5, d)


def test_reduce_vectors_unit_int8_steps():
    vocab, E = _vectors(4)
    assert E.shape == (5, 4)
    assert np.allclose(np.linalg.norm(E, axis=1), 1.0, atol=0.03)
    assert np.allclose(E * 127, np.round(E * 127), atol=1e-4)


def test_sentence_dense_own_and_neighbours():
    vocab, E = _vectors()
    vid = {w: i for i, w in enumerate(vocab)}
    D = sentence_dense(WORDS, vid, E, 2.0)
    d = E.shape[1]
    assert D.shape == (6, 3 * d)
    assert np.allclose(D[1, :d], 2 * E[vid[normalize("الوزير")]])     # own vector
    assert np.allclose(D[1, d:2 * d], 2 * E[vid["قال"]])               # -1 neighbour
    assert np.allclose(D[0, d:2 * d], 0)                                # before the sentence
    assert np.allclose(D[5, :d], 0)                                     # no vector


def test_baked_rows_give_the_dense_scores():
    """The vectors' weights added to the rows of ``n=w``, ``-1w=w``, ``+1w=w`` score every
    word of a sentence as the dense model does (what lets run time ignore the vectors)."""
    vocab, E = _vectors()
    vid = {w: i for i, w in enumerate(vocab)}
    T, d = 4, E.shape[1]
    rng = np.random.default_rng(5)
    Wd1, Wd2 = rng.standard_normal((3 * d, T)), rng.standard_normal((3 * d, T))
    extra = bake(vocab, E, 1.5, Wd1, Wd2, T)
    D = sentence_dense(WORDS, vid, E, 1.5)
    codes = ["S"] * len(WORDS)
    for i in range(len(WORDS)):
        names = set(own_features(WORDS[i], codes[i]))
        for off in (-1, 1):
            j = i + off
            if 0 <= j < len(WORDS):
                names |= set(neighbor_features(WORDS[j], codes[j], off))
        got = sum((extra[n] for n in names if n in extra), np.zeros(2 * T))
        assert np.allclose(got[:T], D[i] @ Wd1)
        assert np.allclose(got[T:], D[i] @ Wd2)
    assert {n.split("=")[0] + "=" for n in extra} == set(BAKE_NAMES)


def test_train_dense_learns_from_vectors_alone():
    """Two words with no sparse feature but the bias, told apart by their vectors only."""
    E = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    vid = {"كتب": 0, "كتاب": 1}
    sents = [["كتب"], ["كتاب"]] * 10
    X = [[np.array([0], dtype=np.int32)] for _ in sents]
    Y = [np.array([0 if s[0] == "كتب" else 1]) for s in sents]
    D = [sentence_dense(s, vid, E, 1.0, offs=(0,)) for s in sents]
    W, Wd = train_dense(X, D, Y, 2, 1, 3, 1)
    assert decode_dense(W, Wd, 1, 2, X[0], D[0]) == [0]
    assert decode_dense(W, Wd, 1, 2, X[1], D[1]) == [1]


def test_profile_value_and_features():
    assert profile_value(Counter({"NOUN": 2})) is None                  # too few
    assert profile_value(Counter({"NOUN": 19, "ADJ": 1})) == "NOUN a - 2"
    v = profile_value(Counter({"X": 6, "NOUN": 4}))
    assert v == "X c NOUN 2"          # 6 of 10: share ≥ .6
    prof = unseen_only({"فياض": v, "الوزير": "NOUN a - 5"}, {"الوزير"})
    assert prof["الوزير"] is SEEN
    assert own_profile("الوزير", "S", prof) == []
    assert own_profile("فياض", "S", prof)[:2] == ["jp=Xc", "jpk=SXc"]
    assert nb_profile("فياض", "S", -1, prof) == ["-1jp=Xc"]
    assert own_profile("2014", "S", prof) == []                         # not Arabic
