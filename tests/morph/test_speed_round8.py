"""Speed round 8 (issue 3, no model change): the cheaper paths give what the full ones give —
fixed-tag types' own parts left out, the lemma class weights without their zero rows, the
plural templates filtered by their first literal letter."""
from __future__ import annotations

import random

import numpy as np
import pytest

from khabar.morph import tagger as tagger_mod
from khabar.morph._fast_weights import compact_rows, dense, dense_rows, sparse
from khabar.morph.lemma_choose import BaseChoice
from khabar.morph.tag_constraints import group_plurals, plural_candidates

SENTENCES = [
    ["قال", "الوزير", "إن", "الحكومة", "ستواصل", "دعم", "المستشفيات", "في", "عام", "2014", "."],
    ["و", "أكد", "ب", "الوفدين", "أن", "ل", "سكان", "ها", "حقا", "،", "Reuters", "%"],
    ["ذكرت", "وكالة", "الأنباء", "الفرنسية", "أن", "الرئيس", "التقى", "رئيس", "الوزراء",
     "في", "القاهرة", "يوم", "الأحد", "لبحث", "العلاقات", "الثنائية", "."],
    ["الكهروضوئيات", "استراتيجياتهم", "فياض", "لم", "يكن", "هناك", "أي", "تعليق", "!"],
]


def _tags(t, sentences: list[list[str]]) -> list[list[tuple]]:
    t._reset_cache()
    return [t.tag(list(s)) for s in sentences]


def test_fixed_tag_types_own_part_is_not_needed(monkeypatch):
    t = tagger_mod.get_tagger()
    rng = random.Random(8)
    forms = sorted(t.tag_masks)
    sentences = SENTENCES + [rng.sample(forms, 12) + ["3", "،"] for _ in range(40)]
    skipped = _tags(t, sentences)
    # the single-tag forms really took the short path: their own part is their mask alone
    T = t.T
    fixed = [k for k in t.key_id if t._tag_fixed(k[0])]
    assert len(fixed) > 50
    for key in fixed[:20]:
        row = t.C[t.key_id[key]]
        assert np.array_equal(row[:2 * T], t.tag_masks[key[0]])
    monkeypatch.setattr(t, "skip_fixed_own", False)
    full = _tags(t, sentences)
    assert not np.array_equal(t.C[t.key_id[fixed[0]]][:2 * T], t.tag_masks[fixed[0][0]])
    assert skipped == full
    monkeypatch.undo()
    t._reset_cache()


def test_dense_rows_equal_dense():
    rng = np.random.default_rng(8)
    W = rng.standard_normal((300, 17)).astype(np.float16)
    W[rng.random(W.shape) < 0.7] = 0
    W[::3] = 0                   # all-zero rows
    W[4, 2] = -0.0               # kept by its bit pattern
    full = dense(sparse(W))
    M, rows = dense_rows(sparse(W))
    assert M.dtype == np.float32 and len(M) == int((W.view(np.uint16) != 0).any(1).sum()) + 1
    assert not M[-1].any() and (rows[::3] == len(M) - 1).all()
    assert np.array_equal(M[rows].view(np.uint32), full.view(np.uint32))
    assert np.signbit(M[rows[4], 2])
    M2, rows2 = compact_rows(W)
    assert np.array_equal(M2.view(np.uint32), M.view(np.uint32)) and np.array_equal(rows2, rows)
    with pytest.raises(ValueError):
        dense_rows({"shape": [3, 2], "index": np.array([7], "<i4").tobytes(),
                    "value": np.array([1], "<f2").tobytes()})


def test_lemma_class_rows_are_the_npz_rows():
    lem = tagger_mod.get_tagger().lemmatizer
    with np.load(tagger_mod.MODEL_DIR / "lemma_weights.npz", allow_pickle=False) as z:
        CW = z["CW"].astype(np.float32)
    feats = list(lem.cfid)
    assert len(feats) == len(CW) and len(lem.CW) < len(CW)
    for i in list(range(0, len(feats), 97)) + [len(feats) - 1]:
        assert np.array_equal(lem.CW[lem.cfid[feats[i]]].view(np.uint32), CW[i].view(np.uint32))


class _Choice(BaseChoice):
    def __init__(self, plurals: dict, base_u: dict) -> None:
        self.plurals = plurals
        self.base_u = base_u
        self._plurals_parsed = (None, {})


def test_plural_templates_filtered_by_first_literal_keep_their_order():
    rows = [("NOUN", "123", "12", "9"), ("NOUN", "م1ا23", "م123ة", "8"),
            ("NOUN", "1وا23", "1ا23", "7"), ("NOUN", "م1ا23", "م123", "6"),
            ("NOUN", "12ائ3", "12ي3", "5")]
    by = group_plurals(rows)
    base_u = {("مدرسة", "NOUN"): "", ("جانب", "NOUN"): "", ("حريق", "NOUN"): "",
              ("مد", "NOUN"): "", ("مركز", "NOUN"): ""}
    ch = _Choice(by, base_u)
    for form in ("مدارس", "المدارس", "جوانب", "حرائق", "مراكز", "مدد", "كتب", "ب"):
        ref = next((c for c in plural_candidates(by, form, "NOUN")
                    if (c, "NOUN") in base_u), None)
        assert ch._plural_lemma(form, "NOUN") == ref, form
    assert ch._plural_lemma("مدد", "NOUN") == "مد"        # the template without literals
    assert ch._plural_lemma("المراكز", "NOUN") == "مركز"
