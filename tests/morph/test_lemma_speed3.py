"""Lemma step, speed round 3 (issue 3): the rewritten pieces equal their definitions —
the plural-template lemma parsed once, the written-out features on many Arabic strings, and
the cheaper numpy calls of the class scores."""
from __future__ import annotations

import random

import numpy as np

from khabar.morph.lemma_choose import BaseChoice, compile_plurals
from khabar.morph.lemma_fast import (
    class_features_fast,
    diac_features_fast,
    diac_features_reference,
)
from khabar.morph.lemma_rules import class_features
from khabar.morph.tag_constraints import group_plurals, plural_candidates

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ"
FORMS = ("مدارس", "المدارس", "حرائق", "الحرائق", "قضايا", "مشاريع", "جوانب", "أصدقاء",
         "وزراء", "باب", "الوزراءا", "كتب", "ب", "")


class _Choice(BaseChoice):
    def __init__(self, plurals: dict, base_u: dict) -> None:
        self.plurals = plurals
        self.base_u = base_u
        self._plurals_parsed = (None, {})


def _reference(by: dict, base_u: dict, form: str, upos: str) -> str | None:
    for cand in plural_candidates(by, form, upos):
        if (cand, upos) in base_u:
            return cand
    return None


def test_plural_lemma_equals_plural_candidates():
    rows = [("NOUN", "م1ا23", "م123ة", "9"), ("NOUN", "م1ا23", "م123", "8"),
            ("NOUN", "12ائ3", "12ي3ة", "7"), ("NOUN", "12ائ3", "12ي3", "6"),
            ("NOUN", "12ا1", "11", "2"), ("ADJ", "123اء", "12ي3", "5")]
    by = group_plurals(rows)
    base_u = {("مدرسة", "NOUN"): "مَدرَسَة", ("حريق", "NOUN"): "حَرِيق", ("مشروع", "NOUN"): "x",
              ("وزير", "ADJ"): "وَزِير", ("بب", "NOUN"): "بب"}
    ch = _Choice(by, base_u)
    found = 0
    for form in FORMS:
        for upos in ("NOUN", "ADJ"):
            got = ch._plural_lemma(form, upos)
            assert got == _reference(by, base_u, form, upos), (form, upos)
            found += got is not None
    assert found >= 3
    assert ch._plural_lemma("المدارس", "NOUN") == "مدرسة"
    # replacing the templates (as set_plurals does) re-parses them
    ch.plurals = group_plurals([("NOUN", "12ائ3", "12ي3", "9")])
    assert ch._plural_lemma("المدارس", "NOUN") is None
    assert ch._plural_lemma("حرائق", "NOUN") == "حريق"
    assert compile_plurals({}) == {}


def test_features_equal_definitions_on_random_arabic():
    rng = random.Random(7)
    for _ in range(3000):
        w = "".join(rng.choice(LETTERS) for _ in range(rng.randint(0, 16)))
        for upos in ("NOUN", "VERB", "X", "ADP"):
            assert class_features_fast(w, upos) == class_features(w, upos), (w, upos)
            assert diac_features_fast(w, upos) == diac_features_reference(w, upos), (w, upos)


def test_cheaper_numpy_calls_give_the_same_order():
    rng = np.random.default_rng(3)
    CW = rng.standard_normal((500, 226)).astype(np.float32)
    CW[:, 100:140] = 0.0        # tied scores, as for classes no feature has weight for
    for _ in range(200):
        fids = sorted(rng.choice(500, size=int(rng.integers(1, 30)), replace=False).tolist())
        s0 = np.add.reduce(CW.take(fids, axis=0), axis=0)
        s1 = np.add.reduce(CW.take(fids, 0), 0)
        assert s0.tobytes() == s1.tobytes()
        assert np.argsort(-s0)[:12].tolist() == (-s1).argsort()[:12].tolist()


def test_lookup_keeps_forms_without_arabic_letters():
    from khabar.morph.tagger import get_tagger
    lem = get_tagger().lemmatizer
    assert lem._lookup("Google", "NOUN") == "Google"
    assert lem._lookup("Москва", "PROPN") == "Москва"
    assert lem._lookup("ققثثففظظ", "NOUN") is None                # Arabic, unknown: predicted
    assert lem.lemma("ققثثففظظ", "NOUN")
