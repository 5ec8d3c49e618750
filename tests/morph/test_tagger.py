"""UPOS tags and lemmas of PADT syntactic words (khabar.morph.tagger)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from khabar.morph.tagger import get_tagger, tag_words


@pytest.fixture(scope="module", autouse=True)
def tagger():
    return get_tagger()  # load once for the module


def test_empty():
    assert tag_words([]) == []


def test_clear_sentence_tags():
    # «وأكد الوزير بموجبه أن الحكومة ستدعم الصناعة .» in PADT words
    words = ["و", "أكد", "الوزير", "ب", "موجب", "ه", "أن", "الحكومة", "س", "تدعم", "الصناعة", "."]
    tokens = [0, 0, 1, 2, 2, 2, 3, 4, 5, 5, 6, 7]
    tags = [u for u, _ in tag_words(words, tokens)]
    assert tags[0] == "CCONJ"
    assert tags[1] == "VERB"
    assert tags[2] == "NOUN"
    assert tags[3] == "ADP"
    assert tags[4] == "NOUN"
    assert tags[5] == "PRON"
    assert tags[7] == "NOUN"
    assert tags[9] == "VERB"
    assert tags[11] == "PUNCT"


def test_lemmas_of_frequent_words():
    words = ["و", "قال", "الرئيس", "في", "بيان", "ان", "المفاوضات", "مع", "الولايات", "المتحدة", "."]
    tokens = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    out = tag_words(words, tokens)
    lemmas = [l for _, l in out]
    assert lemmas[0] == "وَ"
    assert lemmas[1] == "قَال"
    assert lemmas[2] == "رَئِيس"
    assert lemmas[3] == "فِي"
    assert lemmas[6] == "مُفَاوَضَة"
    assert lemmas[10] == "."


def test_pronoun_clitic_lemma():
    out = tag_words(["ل", "سكان", "ها"], [0, 0, 0])
    assert [u for u, _ in out] == ["ADP", "NOUN", "PRON"]
    assert out[2][1] == "هُوَ"  # PADT lemmatizes every 3rd-person pronoun clitic as هُوَ


def test_digits_punct_latin():
    out = tag_words(["في", "عام", "2010", "،", "قالت", "Reuters", "٢٠١١", "%", "!"])
    tags = [u for u, _ in out]
    assert tags[2] == "NUM" and out[2][1] == "2010"
    assert tags[3] == "PUNCT" and out[3][1] == "،"
    assert tags[5] == "X"
    assert tags[6] == "NUM"
    assert tags[7] == "SYM"
    assert tags[8] == "PUNCT"


def test_unknown_word_gets_a_lemma():
    # an unseen definite plural adjective-like word still gets a non-empty lemma
    (u, lem), = tag_words(["الكهروضوئيات"])
    assert u in {"NOUN", "ADJ", "X"}
    assert lem


def test_token_index_optional_and_mismatch_tolerated():
    assert len(tag_words(["و", "أكد"], None)) == 2
    assert len(tag_words(["و", "أكد"], [0])) == 2  # wrong length: treated as separate tokens


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), max_size=25))
def test_never_crashes(words):
    out = tag_words(words, list(range(len(words))))
    assert len(out) == len(words)
    for u, lem in out:
        assert isinstance(u, str) and u
        assert lem is None or isinstance(lem, str)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["و", "ب", "ال", "كتاب", "ه", "ها", "قال", "،", "12", "abc", "ـ", "ً"]),
                max_size=20), st.data())
def test_arabic_pieces_never_crash(words, data):
    toks = sorted(data.draw(st.lists(st.integers(0, 5), min_size=len(words), max_size=len(words))))
    out = tag_words(words, toks)
    assert len(out) == len(words)


def test_an_lemma_depends_on_next_word():
    # «أن» before a verb is the subjunctive أَن, before a noun أَنَّ (PADT's lemmas)
    out = tag_words(["قال", "أن", "الحكومة", "ستدعم"], [0, 1, 2, 3])
    assert out[1] == ("SCONJ", "\u0623\u064e\u0646\u0651\u064e")  # أَنَّ as PADT writes it
    out = tag_words(["يريد", "أن", "يدعم", "الصناعة"], [0, 1, 2, 3])
    assert out[1] == ("SCONJ", "أَن")


def test_lemma_candidates_keep_the_word_letters():
    from khabar.morph.lemmatizer import _keeps_letters
    assert _keeps_letters("مكتب", "مكاتب")
    assert _keeps_letters("أسرة", "الاسرة")
    assert not _keeps_letters("شأن", "القرون")     # ش is not in the word


def test_unseen_plural_lemma_is_an_attested_word(tagger):
    # «الكيانات» has no lexicon entry: of the stems the edit classes propose, كيانة is not a
    # word in raw news and كيان is
    from khabar.morph.tag_features import strip_diacritics
    assert strip_diacritics(tagger.lemmatizer.lemma("الكيانات", "NOUN")) == "كيان"


def test_word_classes_are_all_known():
    from khabar.morph.tag_pairs import CLASSES, word_class
    cases = {("الحكومة", "S"): "DةS", ("وزير", "S"): "N-S", ("المتحدة", "E"): "DةE",
             ("و", "B"): "sB", ("2014", "S"): "xd", ("،", "S"): "xp", ("CNN", "S"): "xL",
             ("<B>", "S"): "<B>", ("مستشفيات", "I"): "NاتI"}
    for (form, code), want in cases.items():
        assert word_class(form, code) == want
    for form in ["", "ـ", "ً", "a1", "١٢", "كتاب"]:
        for code in "SBIE":
            assert word_class(form, code) in CLASSES


def test_agreement_pairs_are_in_the_model(tagger):
    # the shipped model has class-pair weights: definite noun + definite adjective vs a
    # construct state (indefinite noun + definite noun)
    assert tagger.pairs.tables
    assert [u for u, _ in tag_words(["الوزير", "الفرنسي"], [0, 1])] == ["NOUN", "ADJ"]
    assert [u for u, _ in tag_words(["وزير", "الخارجية"], [0, 1])] == ["NOUN", "NOUN"]


def test_predicted_lemma_keeps_a_bare_initial_alef_news_prefers(tagger):
    # PADT writes the hamzat wasl of derived verbs and of «اثنان» as a bare alef; raw news
    # spells them so too, and a predicted «أستفاد» is respelled
    from khabar.morph.tag_features import strip_diacritics
    lem = tagger.lemmatizer
    assert strip_diacritics(lem.lemma("تستفيد", "VERB")) == "استفاد"
    assert strip_diacritics(lem.lemma("اثنان", "NUM")) == "اثنان"




def test_tag_bias_shifts_a_tag_in_both_passes():
    import numpy as np
    from khabar.morph.tagger import Tagger
    tags = ["NOUN", "X"]
    S = len(tags) + 1
    W = np.zeros((2, 2 * len(tags)), dtype=np.float32)
    W[1, 0] = W[1, 2] = 1.0      # «w=كلمة» prefers NOUN by 1 in both passes
    trans = np.zeros((S + S * S, 2 * len(tags)), dtype=np.float32)

    def tagger(bias):
        return Tagger(tags, ["b", "w=كلمة"], W, trans, None, None, True, bias)
    assert tagger(None).tag_upos(["كلمة"]) == ["NOUN"]
    assert tagger({"X": 2.0}).tag_upos(["كلمة"]) == ["X"]
    assert tagger({"X": -2.0}).tag_upos(["كلمة"]) == ["NOUN"]
    assert tagger({"NOSUCHTAG": 5.0}).tag_upos(["كلمة"]) == ["NOUN"]


def test_shipped_model_has_its_x_bias(tagger):
    import json
    from khabar.morph.tagger import MODEL_DIR
    bias = json.loads((MODEL_DIR / "tagger.json").read_text(encoding="utf-8"))["tag_bias"]
    assert bias == {"X": -2.0}
