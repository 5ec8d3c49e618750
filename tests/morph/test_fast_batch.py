"""The batched morph paths equal their one-at-a-time definitions (issue 3, speed): lemmas of
many words at once, the fused stacking tables of the tagger's second pass, the sparse lemma
weights, and the segmenter's Arabic-word test."""
from __future__ import annotations

import gzip

import numpy as np
import pytest

from khabar.morph._fast_lemmas import diacritize_many, lemmas_of, predict_bases
from khabar.morph._fast_weights import dense, sparse
from khabar.morph.seg_text import is_arabic_word
from khabar.morph.tag_decode import fused_stack
from khabar.morph.tagger import MODEL_DIR, get_tagger

WORDS = ("الالمانية", "حرائق", "وبالمستشفيات", "سكان", "الوفدين", "أكد", "استراتيجيات",
         "مسؤولون", "الكهروضوئيات", "أبناء", "جوانب", "مدارس", "قضايا", "ب", "و", "ها",
         "فسيكتبونها", "كالمعتاد", "مستشفى", "علماء", "يستقطبون", "المتنزهات", "تشريد",
         "2014", "،", "Reuters", "باباندريو", "اوهايو", "انذار", "")
UPOS = ("NOUN", "ADJ", "VERB", "PROPN", "X", "ADV", "NUM", "PUNCT", "ADP")


@pytest.fixture(scope="module")
def pairs() -> list[tuple[str, str]]:
    """(form, UPOS) pairs: WORDS under every UPOS, and lexicon forms with a letter changed
    (so most are unknown and go through both classifiers)."""
    out = [(w, u) for w in WORDS for u in UPOS]
    with gzip.open(MODEL_DIR / "lemma_lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= 600:
                break
            f, u, _, _ = line.rstrip("\n").split("\t")
            out.append((f, u))
            out.append(("ت" + f[1:] if len(f) > 2 else f, u))
    return out


def test_lemmas_of_equals_one_at_a_time(pairs):
    lem = get_tagger().lemmatizer
    lem.cache.clear()
    single = [lem._lemma(f, u) for f, u in pairs]
    lem.cache.clear()
    assert lemmas_of(lem, pairs) == single
    assert lemmas_of(lem, pairs) == single        # now from the cache
    lem.cache.clear()
    for k in (1, 3, 17):                          # any batching: the same lemmas
        assert [x for i in range(0, len(pairs), k)
                for x in lemmas_of(lem, pairs[i:i + k])] == single
    assert lemmas_of(lem, []) == []


def test_batched_classifiers_equal_the_single_ones(pairs):
    lem = get_tagger().lemmatizer
    todo = [(f, u) for f, u in pairs if lem._lookup(f, u) is None]
    assert len(todo) > 200
    bases = predict_bases(lem, todo)
    assert bases == [lem.predict_base(f, u) for f, u in todo]
    assert (diacritize_many(lem, bases, [u for _, u in todo])
            == [lem.diacritize(b, u) for b, (_, u) in zip(bases, todo)])


def test_fused_stacking_adds_each_table_in_order():
    tg = get_tagger()
    T = tg.T
    rng = np.random.default_rng(3)
    for n in (1, 2, 3, 7, 8, 9, 40, 400):
        # the second-pass half of the scores, a view as in decoding
        both = (rng.standard_normal((n, 2 * T)) * 10.0 ** rng.integers(-3, 4, (n, 2 * T)))
        s2 = both.astype(np.float32)[:, T:]
        pad = rng.integers(0, T + 2, n + 10)
        wpos = np.arange(5, n + 5)
        ref = s2.copy()
        for tpl, tab in tg.stack:
            idx = pad[wpos + tpl[0]]
            for o in tpl[1:]:
                idx = idx * (T + 2) + pad[wpos + o]
            ref += tab[idx]
        got = tg._stacked(s2, pad, wpos)
        assert np.array_equal(ref.view(np.uint32), got.view(np.uint32))   # bit for bit
    offs, coef, base, big = fused_stack([], T)
    assert big is None and len(offs) == 0


def test_sparse_weights_round_trip_bit_for_bit():
    W = np.zeros((50, 7), dtype=np.float16)
    W[3, 2], W[49, 6], W[0, 0], W[10, 1] = 1.5, -2.25, 0.001, -0.0
    back = dense(sparse(W))
    assert back.dtype == np.float32
    assert np.array_equal(back.view(np.uint32), W.astype(np.float32).view(np.uint32))
    assert str(back[10, 1]) == "-0.0"
    with pytest.raises(ValueError):
        sparse(W.astype(np.float32))
    bad = sparse(W)
    bad["shape"] = [2, 2]
    with pytest.raises(ValueError):
        dense(bad)


def _arabic_word_reference(s: str) -> bool:
    if len(s) < 2:
        return False
    return all(0x0621 <= ord(c) <= 0x064A or 0x066E <= ord(c) <= 0x06D3 or ord(c) == 0x06D5
               for c in s)


def test_is_arabic_word_equals_its_definition():
    samples = list(WORDS) + ["و", "الكتاب2", "کتاب", "ۀۀ", "ٱلله", "ـــ", "ab", "إن\n",
                             "\u0620\u0621", "\u064A\u064B", "\u066D\u066E", "\u06D4\u06D5"]
    samples += [chr(o) + chr(o2) for o in range(0x0600, 0x0700, 7)
                for o2 in (0x0628, 0x06D5, 0x06D6)]
    for s in samples:
        assert is_arabic_word(s) == _arabic_word_reference(s), s
