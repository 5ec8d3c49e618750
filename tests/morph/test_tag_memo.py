"""The tag dictionary's stored weight rows (issue 3, :mod:`khabar.morph.tag_memo`): the same
rows, fixed tags, word classes and tags as computing them, and a memo that does not fit the
model or the code is dropped."""
from __future__ import annotations

import numpy as np
import pytest

from khabar.morph import tagger as tagger_mod
from khabar.morph.compiled import TAG_SOURCES, read_compiled
from khabar.morph.compiled_codec import pack_ids, unpack_ids
from khabar.morph.tag_memo import NO_E, NONE, RowMemo
from khabar.morph.tag_memo_build import memo_tables

SENTENCES = [
    ["و", "أكد", "الوزير", "أن", "الحكومة", "ستواصل", "دعم", "المستشفيات", "."],
    ["قال", "مسؤولون", "إن", "حرائق", "الغابات", "امتدت", "إلى", "جوانب", "المدينة", "."],
    ["ب", "الوفدين", "ل", "سكان", "ها", "استراتيجيات", "هم", "2014", "،", "Reuters"],
]


@pytest.fixture(scope="module")
def tagger():
    return tagger_mod.get_tagger()


@pytest.fixture(scope="module")
def plain():
    """The shipped tagger without its memo (every type computed)."""
    t = tagger_mod.Tagger.load(tagger_mod.MODEL_DIR)
    t._row_memo = None
    t._reset_cache()
    return t


def _computed(t, form: str, code: str) -> tuple[list[int], list[int]]:
    out: tuple[list[int], list[int]] = ([], [])
    t._type_rows(form, code, *out)
    return out


def test_shipped_tagger_has_a_memo_of_its_tag_dictionary(tagger):
    memo = tagger._row_memo
    assert memo is not None, "rebuild: PYTHONPATH=src python3 -m khabar.morph.compiled"
    assert "الوزير" in memo.index and "قال" in memo.index
    assert memo.entry("الوزير", "B") is None and memo.entry("لاكلمةكهذه", "S") is None


def test_stored_rows_equal_the_computed_ones(tagger):
    memo = tagger._row_memo
    forms = ["الوزير", "قال", "الحكومة", "أن", "جوانب", "المدينة", "2014", "،", ".", "أبرز", "أجانب"]
    forms += list(memo.index)[::997]
    with_paradigm = 0
    for form in forms:
        for code in "SE":
            e = memo.entry(form, code)
            if e is None:
                continue
            got: tuple[list[int], list[int]] = ([], [])
            memo.extend_entry(e, form, *got, tagger._paradigm_rows)
            assert got == _computed(tagger, form, code), (form, code)
            with_paradigm += memo.paradigm[e] != NONE
    assert with_paradigm > 0     # the news-dependent rows are inserted, not stored


def test_tags_and_score_rows_are_those_without_the_memo(tagger, plain):
    for words in SENTENCES:
        assert tagger.tag(words) == plain.tag(words)
    # every cached type's score rows, fixed tag and class: bit for bit
    for key, i in tagger.key_id.items():
        j = plain.key_id.get(key)
        if j is None:
            continue
        assert np.array_equal(tagger.C[i].view(np.uint32), plain.C[j].view(np.uint32)), key
        assert tagger._kfix[i] == plain._kfix[j] and tagger.K[i] == plain.K[j], key


def test_memo_tables_round_trip_on_a_few_forms(tagger):
    forms = ["الوزير", "ستواصل", "Reuters", "،", "<B>", "المستشفيات"]
    memo = RowMemo(memo_tables(tagger, forms), forms)
    assert memo.entry("<B>", "S") is None        # the boundary keeps rows of its own
    for form in forms[:4] + forms[5:]:
        for code in "SE":
            got: tuple[list[int], list[int]] = ([], [])
            assert memo.extend(form, code, *got, tagger._paradigm_rows)
            assert got == _computed(tagger, form, code), (form, code)
    assert memo.agrees(tagger)


def test_a_memo_that_does_not_fit_is_dropped(tagger):
    tables = read_compiled(tagger_mod.MODEL_DIR, TAG_SOURCES)
    forms = list(tables["allowed"])
    memo = tables["row_memo"]
    t = tagger_mod.Tagger.load(tagger_mod.MODEL_DIR)
    assert t._row_memo is not None
    t.set_row_memo(memo, forms[:-1])                   # another dictionary
    assert t._row_memo is None
    rows = bytearray(memo["lo"])
    rows[0] ^= 1                                        # the first entry's first row changed
    t.set_row_memo(dict(memo, lo=bytes(rows)), forms)
    assert t._row_memo is None                          # stale: the sample check fails
    t.set_row_memo(dict(memo, kclass=b"\0" * len(memo["kclass"])), forms)
    assert t._row_memo is None
    t.set_row_memo(memo, forms)
    assert t._row_memo is not None
    t.set_allowed({"الوزير": "ADJ"})                    # a new dictionary: the memo is gone
    assert t._row_memo is None
    assert t.tag(["الوزير"]) == [("ADJ", t.lemmatizer.lemma("الوزير", "ADJ"))]


def test_self_checks_run_unless_the_compiled_file_verified_this_code(monkeypatch):
    from khabar.morph import lemmatizer as lem_mod
    from khabar.morph import tag_rows
    calls = {"rows": 0, "lemma": 0, "memo": 0}
    rows_agree = tag_rows.TypeRows._fast_rows_agree
    memo_agrees = RowMemo.agrees
    fast_agrees = lem_mod.fast_agrees

    def count(key, fn):
        def wrapped(*a, **k):
            calls[key] += 1
            return fn(*a, **k)
        return wrapped
    monkeypatch.setattr(tag_rows.TypeRows, "_fast_rows_agree", count("rows", rows_agree))
    monkeypatch.setattr(RowMemo, "agrees", count("memo", memo_agrees))
    monkeypatch.setattr(lem_mod, "fast_agrees", count("lemma", fast_agrees))
    t = tagger_mod.Tagger.load(tagger_mod.MODEL_DIR)     # verified at build: no checks
    assert calls == {"rows": 0, "lemma": 0, "memo": 0} and t._row_memo is not None
    monkeypatch.setattr(tagger_mod, "code_digest", lambda: "changed code")
    t = tagger_mod.Tagger.load(tagger_mod.MODEL_DIR)
    assert calls == {"rows": 1, "lemma": 1, "memo": 1} and t._row_memo is not None
    assert t.tag(SENTENCES[0]) == tagger_mod.get_tagger().tag(SENTENCES[0])


def test_row_ids_pack_into_16_bits_and_bit_planes():
    ids = np.array([0, 1, 65535, 65536, 110821, 131071, 131072, (1 << 31) - 1, 7], np.int64)
    lo, hi = pack_ids(ids)
    assert len(lo) == 2 * len(ids) and len(hi) == 15     # the largest id needs 15 planes
    assert unpack_ids(lo, hi).tolist() == ids.tolist()
    lo, hi = pack_ids(ids[:4])
    assert len(hi) == 1 and unpack_ids(lo, hi).tolist() == ids[:4].tolist()
    assert pack_ids(np.array([5, 9]))[1] == []          # small ids: no planes at all
    with pytest.raises(ValueError):
        pack_ids(np.array([-1]))
    with pytest.raises(ValueError):
        unpack_ids(lo, [hi[0][:-1]])                     # a truncated plane


def test_e_entries_are_stored_as_patches_of_the_s_entries(tagger):
    forms = ["الوزير", "ستواصل", "Reuters", "<B>", "المستشفيات"]
    tables = memo_tables(tagger, forms)
    patches = list(tables["npatch"])
    # the E rows differ from the S rows in a few places only (the position-code features)
    assert all(0 < k < 16 for f, k in zip(forms, patches) if f != "<B>")
    assert patches[forms.index("<B>")] == NO_E       # the boundary's E is shaped otherwise
    memo = RowMemo(tables, forms)
    assert memo.no_e == {"<B>"} and memo.entry("Reuters", "E") is not None
    # compact: 16-bit ids with one bit plane, a byte per part length and patch offset
    rows_bytes = len(tables["lo"]) + sum(map(len, tables["hi"]))
    assert rows_bytes < 2.2 * (len(memo.rows) / 2 + len(tables["ppos"]))


def test_a_damaged_compact_memo_is_refused(tagger):
    forms = ["الوزير", "ستواصل", "المستشفيات"]
    tables = memo_tables(tagger, forms)
    for bad in (dict(tables, ppos=bytes([250]) + tables["ppos"][1:]),     # beyond its entry
                dict(tables, npatch=tables["npatch"][:-1]),               # a form short
                dict(tables, lo=tables["lo"][:-2]),                       # a row short
                dict(tables, lens=tables["lens"] + b"\0")):
        with pytest.raises(ValueError):
            RowMemo(bad, forms)
