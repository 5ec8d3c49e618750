"""Exact Viterbi decoding of the tagger's passes (khabar.morph.tag_viterbi) and the structured
perceptron that trains for it (training.tag_viterbi)."""
from __future__ import annotations

import itertools

import numpy as np

from khabar.morph import tag_decode
from khabar.morph.tag_build import viterbi_tables
from khabar.morph.tag_data import GoldWord
from khabar.morph.tag_viterbi import swap_bounds, viterbi_decode
from khabar.morph.tagger import get_tagger
from training.tag_viterbi import train_structured, viterbi, viterbi_static
from training.train_tagger import FeatIndex, sentence_fids


def _brute(static, A, T, fixed):
    best = None
    for seq in itertools.product(range(T), repeat=len(static)):
        if any(f is not None and f != t for f, t in zip(fixed, seq)):
            continue
        p2 = p1 = T
        s = 0.0
        for i, t in enumerate(seq):
            s += float(static[i, t]) + A[p2, p1, t]
            p2, p1 = p1, t
        if best is None or s > best[0]:
            best = (s, list(seq))
    return best[1]


def test_pruned_viterbi_is_exact_on_random_scores():
    rng = np.random.default_rng(5)
    T = 4
    for trial in range(150):
        A = rng.normal(size=(T + 1, T + 1, T))
        D = swap_bounds(A)
        lens = rng.integers(1, 6, size=rng.integers(1, 4)).tolist()
        static = rng.normal(scale=float(rng.choice([0.5, 3.0, 10.0])),
                            size=(sum(lens), T)).astype(np.float32)
        fixed = [int(rng.integers(T)) if rng.random() < 0.15 else None for _ in static]
        spans, i = [], 0
        for n in lens:
            spans.append((i, i + n))
            i += n
        got = viterbi_decode(static, A.tolist(), D, fixed, spans, T)
        exp = [t for a, b in spans for t in _brute(static[a:b], A, T, fixed[a:b])]
        assert got == exp, trial
        # the training decoder agrees (no fixed tags there)
        free = [None] * len(static)
        got = viterbi_decode(static, A.tolist(), D, free, spans, T)
        ref = [t for a, b in spans for t in viterbi_static(static[a:b].astype(np.float64),
                                                            np.zeros((T + 1, T)), A, T)]
        assert got == ref, trial


def test_shipped_tables_decoded_by_viterbi_match_exhaustive_search(monkeypatch):
    tg = get_tagger()
    seen = []
    real = tag_decode.viterbi_decode

    def spy(static, A, D, fixed, spans, T):
        out = real(static, A, D, fixed, spans, T)
        seen.append((np.array(static, dtype=np.float64), np.array(A), list(fixed), out))
        return out

    monkeypatch.setattr(tag_decode, "viterbi_decode", spy)
    monkeypatch.setattr(tg, "_vit", viterbi_tables(tg.trans, [True, True]))
    # «وقال المتحدث باسم الحكومة إن الوزير سيزور مصر» in PADT words
    words = ["و", "قال", "المتحدث", "ب", "اسم", "الحكومة", "إن", "الوزير", "س", "يزور", "مصر"]
    tokens = [0, 0, 1, 2, 2, 3, 4, 5, 6, 6, 7]
    tags = [u for u, _ in tg.tag(words, tokens)]
    assert len(seen) == 2 and tags[1] == "VERB" and tags[5] == "NOUN"
    T = tg.T
    for static, A, fixed, out in seen:
        big = static.copy()
        for k, f in enumerate(fixed):
            if f is not None:
                big[k] = -1e9
                big[k, f] = 0.0
        assert out == viterbi_static(big, np.zeros((T + 1, T)), A, T)


# «الوزير الجديد سافر» / «الوزير سافر الجديد»-like toy sentences where the right tag of
# «الجديد» depends on the tag before it
SENTS = [
    [GoldWord("قال", "VERB", None, 0), GoldWord("الوزير", "NOUN", None, 1),
     GoldWord("الجديد", "ADJ", None, 2)],
    [GoldWord("وصل", "VERB", None, 0), GoldWord("الجديد", "NOUN", None, 1)],
    [GoldWord("الحكومة", "NOUN", None, 0), GoldWord("الجديدة", "ADJ", None, 1),
     GoldWord("سافرت", "VERB", None, 2)],
]
TAGS = ["ADJ", "NOUN", "VERB"]


def test_structured_perceptron_fits_small_data():
    fi = FeatIndex()
    X = [sentence_fids(s, fi, True, None, {}) for s in SENTS]
    Y = [np.array([TAGS.index(w.upos) for w in s]) for s in SENTS]
    F = len(fi.counts)
    T = len(TAGS)
    W = train_structured(X, Y, T, F, 6, 3)
    assert W.shape == (F + (T + 1) + (T + 1) ** 2, T)
    assert [viterbi(W, F, T + 1, T, x) for x in X] == [y.tolist() for y in Y]
