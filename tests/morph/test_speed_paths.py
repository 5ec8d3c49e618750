"""The fast run-time paths of the morphology equal their definitions (issue 3, speed):
compiled lemma edit classes, written-out lemma features, plural templates, the segmenter's
affix lookups, and the collector pause of the model loaders."""
from __future__ import annotations

import gc
import gzip

import pytest

from khabar.morph.lemma_fast import (class_features_fast, compile_class, diac_features_fast,
                                     diac_features_reference, fast_agrees)
from khabar.morph.lemma_rules import apply_class, class_features
from khabar.morph.loading import gc_paused
from khabar.morph.seg_model import candidates
from khabar.morph.seg_text import PREFIXES, SUFFIXES
from khabar.morph.tag_constraints import PATTERN, group_plurals, plural_candidates, read_plurals
from khabar.morph.tagger import MODEL_DIR, get_tagger

WORDS = ("الالمانية", "حرائق", "وبالمستشفيات", "لسكانها", "بالوفدين", "وأكد", "استراتيجياتهم",
         "مسؤولون", "الكهروضوئيات", "أبناء", "جوانب", "مدارس", "قضايا", "ب", "و", "ها", "ئؤء",
         "فسيكتبونها", "كالمعتاد", "ولللجنة", "مستشفى", "علماء", "a", "")


@pytest.fixture(scope="module")
def lexicon_forms() -> list[str]:
    """Real Arabic word forms: the shipped lemma lexicon's forms and lemmas, plus WORDS."""
    out = list(WORDS)
    with gzip.open(MODEL_DIR / "lemma_lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= 1500:
                break
            f, _, lem, _ = line.rstrip("\n").split("\t")
            out += [f, lem]
    return out


def _reference_plurals(by, form, upos):
    """plural_candidates as first written (the definition)."""
    s = form[2:] if form.startswith("ال") else form
    if s.endswith("ا") and len(s) > 3:
        s = s[:-1]
    for ft, lt in by.get((upos, len(s)), ()):
        slots = {}
        for a, b in zip(ft, s):
            if a.isdigit():
                if b in PATTERN:
                    break
                slots[a] = b
            elif a != b:
                break
        else:
            yield "".join(slots.get(c, c) for c in lt)


def _reference_candidates(base):
    from khabar.morph.seg_model import FUTURE_HOST
    out, n = [], len(base)
    sufs = [s for s in SUFFIXES if not s or base.endswith(s)]
    for p in PREFIXES:
        if p and not base.startswith(p):
            continue
        lp = len(p)
        if p.endswith("س") and base[lp:lp + 1] not in FUTURE_HOST:
            continue
        lal_ok = p.endswith("ل") and n > lp and base[lp] == "ل"
        for s in sufs:
            m = n - lp - len(s)
            if m < 1:
                continue
            out.append((p, s, False))
            if lal_ok and m >= 2:
                out.append((p, s, True))
    return out


def test_compiled_classes_equal_apply_class(lexicon_forms):
    lem = get_tagger().lemmatizer
    assert fast_agrees(lem.classes)
    for cls in lem.classes:
        fn = compile_class(cls)
        for form in lexicon_forms[:400]:
            assert fn(form) == apply_class(form, cls), (cls, form)


def test_compiled_class_shapes():
    assert compile_class("2|1|||0:أ")("الالمانية") == apply_class("الالمانية", "2|1|||0:أ")
    assert compile_class("=كان")("يكون") == "كان"
    t = "T:12ائ3>12ي3"
    assert compile_class(t)("حرائق") == apply_class("حرائق", t) == "حريق"
    assert compile_class(t)("حرائقه") is None
    assert compile_class("9|9|||")("قال") is None
    # a class of unexpected shape is left to apply_class (which then raises the same way)
    with pytest.raises(ValueError):
        compile_class("x|y")("قال")


def test_written_out_features_equal_definitions(lexicon_forms):
    for form in lexicon_forms:
        for upos in ("NOUN", "VERB", "ADJ", "PROPN"):
            assert class_features_fast(form, upos) == class_features(form, upos)
            assert diac_features_fast(form, upos) == diac_features_reference(form, upos)


def test_plural_candidates_equal_definition(lexicon_forms):
    by = group_plurals(read_plurals(MODEL_DIR / "lemma_plurals.tsv"))
    assert by, "the shipped model has plural templates"
    hits = 0
    for form in lexicon_forms:
        for upos in ("NOUN", "ADJ"):
            got = list(plural_candidates(by, form, upos))
            assert got == list(_reference_plurals(by, form, upos)), form
            hits += bool(got)
    assert hits > 10
    # a repeated slot digit keeps its last letter, as the definition does
    rep = {("NOUN", 3): [("1ا1", "11")]}
    assert list(plural_candidates(rep, "باب", "NOUN")) == list(_reference_plurals(rep, "باب", "NOUN"))


def test_segmenter_candidates_equal_definition(lexicon_forms):
    for base in lexicon_forms:
        if len(base) >= 2:
            assert candidates(base) == _reference_candidates(base), base


def test_gc_paused_restores_state():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError):
        with gc_paused():
            raise KeyError("x")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()     # a caller's disabled collector stays disabled
    finally:
        gc.enable()


def test_lexicon_letters_equal_split_diacritics():
    from khabar.morph.lemma_rules import split_diacritics
    from khabar.morph.lemmatizer import _NO_DIACRITICS
    with gzip.open(MODEL_DIR / "lemma_lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
        lemmas = [line.split("\t")[2] for line in fh]
    lemmas += ["َأَكَّدَ", "ذٰلِكَ", "قال"]    # a leading mark, a dagger alef, none
    assert len(lemmas) > 1000
    for lem in lemmas:
        assert lem.translate(_NO_DIACRITICS) == split_diacritics(lem)[0]
