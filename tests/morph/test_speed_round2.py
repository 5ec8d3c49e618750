"""Speed round 2 (issue 3): the shortcuts equal their definitions — the word-class endings
and the shape / normal form the type cache passes on, the pair tables read from the model's
names, and the column tables decoded through a list or with shared values."""
from __future__ import annotations

import numpy as np
import pytest

from khabar.morph import compiled
from khabar.morph.tag_features import BOUNDARY, normalize
from khabar.morph.tag_pairs import _ENDS, CLASSES, PairTables, char_shape, word_class
from khabar.morph.tagger import MODEL_DIR, get_tagger

WORDS = ("الالمانية", "حرائق", "وبالمستشفيات", "سكان", "الوفدين", "أكد", "استراتيجياتهم",
         "مسؤولون", "الكهروضوئيات", "أبناء", "مدارس", "قضايا", "ب", "و", "ها", "مستشفى",
         "يستقطبون", "المعلمين", "سيارتان", "قاضي", "دنيا", "2014", "،", "Reuters", "")


def test_word_class_endings_as_the_ordered_search():
    def reference(form: str, code: str) -> str:
        if (form, code) == BOUNDARY:
            return "<B>"
        sh = char_shape(form)
        if sh != "a":
            return "x" + (sh[:1] or "p")
        nm = normalize(form)
        if len(nm) <= 2:
            return "s" + code
        end = "-"
        for e in _ENDS:
            if nm.endswith(e):
                end = e
                break
        return ("D" if nm.startswith("ال") else "N") + end + code
    forms = WORDS + ("المعلمات", "موظفين", "كاتبون", "الطالبان", "مدينة", "عربي", "عصا",
                     "الكتاب", "يات", "ينا", "الوزارة")
    for form in forms:
        for code in "SBIE":
            got = word_class(form, code)
            assert got == reference(form, code) and got in CLASSES, (form, code)
            # as the tagger's type cache calls it, with the shape and normal form at hand
            assert word_class(form, code, char_shape(form), normalize(form)) == got
    assert word_class("المعلمات", "S") == "DاتS" and word_class("كتاب", "E") == "N-E"


def test_pair_tables_from_names_equal_the_double_loop():
    tagger = get_tagger()
    names = tagger.fid.names_of("pc")
    fast = PairTables(names, tagger.W)
    assert fast.tables
    cix, nc = fast.cix, fast.n
    for (ab, tab) in fast.tables:
        prefix = "pc%+d%+d=" % ab
        ref = np.zeros_like(tab)
        for ca, i in cix.items():
            for cb, j in cix.items():
                f = names.get(prefix + ca + "|" + cb)
                if f is not None:
                    ref[i * nc + j] = tagger.W[f]
        assert np.array_equal(ref.view(np.uint32), tab.view(np.uint32))


def test_column_tables_decode_to_python_numbers():
    counts = {f"كلمة{j}": (j * 7919) % 100_003 - 5 for j in range(1500)}
    scores = {f"سمة{j}": j / 7 - 3.5 for j in range(1200)}
    for table in (counts, scores):
        enc = compiled.encode(table)
        assert enc[0] in ("si", "sf")
        back = compiled.decode(enc)
        assert back == table and list(back) == list(table)
        assert all(type(v) is type(table[k]) for k, v in back.items())


def test_few_distinct_values_are_stored_once_each():
    buckets = ("none", "rare", "name", "often-name")
    names = {f"محمد{j}": buckets[j % 4] for j in range(2000)}
    paths = {f"كلمة{j}": f"0110|{j}" for j in range(2000)}      # every value distinct
    enc = compiled.encode(names)
    assert enc[0] == "sx" and enc[2].count("\n") == 3
    assert compiled.encode(paths)[0] == "ss"
    back = compiled.decode(enc)
    assert back == names and list(back) == list(names)
    with pytest.raises(ValueError):
        compiled.decode(enc[:3] + (enc[3][:-4],))     # an index short: keys and values differ
    tagger_file = compiled._load(MODEL_DIR / compiled.FILENAME)
    assert tagger_file["tables"]["names"][0] == "sx"   # the shipped tagger's name buckets


def test_cached_types_equal_the_reference_rows():
    """The type cache hands _type_rows the normal form and shape it computed: the score rows
    are those of the feature functions."""
    tagger = get_tagger()
    words = ["قال", "الوزير", "إن", "الحكومة", "ستعقد", "اجتماعا", "مع", "المسؤولين", "في",
             "2014", "،", "Reuters", "بـ", "الكهروضوئيات"]
    codes = ["S"] * len(words)
    tagger.tag_upos(words)
    for form, code in zip(words, codes):
        i = tagger.key_id[(form, code)]
        a: tuple[list[int], list[int]] = ([], [])
        b: tuple[list[int], list[int]] = ([], [])
        tagger._type_rows(form, code, *a, normalize(form), char_shape(form))
        tagger._type_rows_reference(form, code, *b)
        assert a == b, form
        rows, starts = a
        sums = np.add.reduceat(tagger.W.take(rows, axis=0), starts, axis=0).reshape(-1)
        mask = tagger.tag_masks.get(form)
        if mask is not None:
            sums[:2 * tagger.T] += mask
        T2 = 2 * tagger.T
        if tagger.skip_fixed_own and (tagger._kfix[i] is not None or tagger._tag_fixed(form)):
            # a fixed tag: the own part is left out (the mask alone), see test_speed_round8
            own = mask if mask is not None else np.zeros(T2, np.float32)
            assert np.array_equal(tagger.C[i][:T2], own), form
            assert np.array_equal(tagger.C[i][T2:], sums[T2:]), form
        else:
            assert np.array_equal(tagger.C[i], sums), form
