"""Training helpers of the UPOS tagger (``training.train_tagger``, ``training.tag_cv``)."""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_data import GoldWord
from training.tag_cv import block_folds
from training.train_tagger import FeatIndex, cut_rare, extend_rows, sentence_fids, train_pass

# «قال الوزير إن الحكومة الجديدة ستعمل» and «قالت الحكومة إن الوزير سافر»
SENTS = [
    [GoldWord("قال", "VERB", None, 0), GoldWord("الوزير", "NOUN", None, 1), GoldWord("إن", "SCONJ", None, 2),
     GoldWord("الحكومة", "NOUN", None, 3), GoldWord("الجديدة", "ADJ", None, 4),
     GoldWord("س", "AUX", None, 5), GoldWord("تعمل", "VERB", None, 5)],
    [GoldWord("قالت", "VERB", None, 0), GoldWord("الحكومة", "NOUN", None, 1), GoldWord("إن", "SCONJ", None, 2),
     GoldWord("الوزير", "NOUN", None, 3), GoldWord("سافر", "VERB", None, 4)],
]
TAGS = ["ADJ", "AUX", "NOUN", "SCONJ", "VERB"]


def _data():
    fi = FeatIndex()
    X = [sentence_fids(s, fi, True, None, {}) for s in SENTS]
    Y = [np.array([TAGS.index(w.upos) for w in s]) for s in SENTS]
    return X, Y, len(fi.counts)


def test_cut_rare_drops_features_seen_once():
    X, _, F = _data()
    kept = cut_rare(X, F, 2)
    cnt = np.bincount(np.concatenate([a for s in X for a in s]), minlength=F)
    assert all(cnt[a].min() >= 2 for s in kept for a in s if len(a))
    # «الحكومة» occurs in both sentences: its word feature survives, «سافر»'s does not
    ids_x = set(np.concatenate([a for s in X for a in s]).tolist())
    ids_k = set(np.concatenate([a for s in kept for a in s]).tolist())
    assert ids_k < ids_x
    assert cut_rare(X, F, 1) is X


def test_extend_rows_keeps_static_and_transition_rows():
    W1 = np.arange(7 * 2, dtype=float).reshape(7, 2)      # 4 static features + 3 transition rows
    W = extend_rows(W1, 4, 6)
    assert W.shape == (9, 2)
    assert (W[:4] == W1[:4]).all() and (W[4:6] == 0).all() and (W[6:] == W1[4:]).all()


def test_train_pass_from_init_learns_and_keeps_a_fitting_start():
    X, Y, F = _data()
    T = len(TAGS)
    W = train_pass(X, Y, T, F, 5, 1)
    from training.train_tagger import decode
    assert all(decode(W, F, T + 1, T, x) == y.tolist() for x, y in zip(X, Y))
    # started from weights that already tag the data right, nothing is updated
    W2 = train_pass(X, Y, T, F, 2, 7, init=W)
    assert np.allclose(W2, W)


def test_block_folds_are_contiguous_and_balanced():
    f = block_folds(10, 5)
    assert f == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert sorted(set(block_folds(6075, 5))) == [0, 1, 2, 3, 4]
