"""The tagger's feature index by template (khabar.morph.tag_fid) and the per-type rows built on
it (khabar.morph.tag_rows / tag_rowprep): the same rows as looking each whole feature name up
in ``dict(zip(features, range(n)))`` (issue 3, speed; output identical)."""
from __future__ import annotations

import gzip

import numpy as np
import pytest

from khabar.morph import compiled
from khabar.morph._fast_weights import dense, sparse
from khabar.morph.tag_fid import FeatureIndex, split_feature
from khabar.morph.tagger import MODEL_DIR, get_tagger


@pytest.fixture(scope="module")
def features() -> list[str]:
    with gzip.open(MODEL_DIR / "tag_features.txt.gz", "rt", encoding="utf-8") as fh:
        out = fh.read().split("\n")
    return out[:-1] if out and out[-1] == "" else out


def test_split_is_a_partition_and_the_index_equals_the_plain_dict(features):
    fid = dict(zip(features, range(len(features))))
    index = FeatureIndex.from_features(features)
    assert index.size == len(features) and len(index) == len(fid)
    for f in features:
        p, v = split_feature(f)
        assert p + v == f
        assert index.get(f) == fid[f]
    assert sorted(index, key=index.get) == sorted(fid, key=fid.get)
    # names the model does not know: also the names of known values under other templates
    unknown = ["w=" + f for f in features[:3000]] + [f + "x" for f in features[:3000]]
    unknown += ["cn=", "cn=Sالوزير", "cn=Xالوزير", "b=", "", "=", "k=", "-1cw=", "الوزير"]
    for f in unknown:
        assert index.get(f, -1) == fid.get(f, -1)
        assert (f in index) == (f in fid)


def test_split_of_coded_templates():
    assert split_feature("cn=Sالوزير") == ("cn=S", "الوزير")
    assert split_feature("-1cw=Eها") == ("-1cw=E", "ها")
    assert split_feature("cn=S") == ("cn=S", "")
    assert split_feature("cn=") == ("cn=", "")
    assert split_feature("w==") == ("w=", "=")
    assert split_feature("b") == ("b", "")
    assert split_feature("pgb=01101003") == ("pgb=", "01101003")


def test_a_repeated_name_keeps_its_last_row():
    index = FeatureIndex.from_features(["b", "w=في", "n=في", "w=في"])
    assert index.get("w=في") == 3 and index.get("n=في") == 2 and index.size == 4


def _types(tagger) -> list[tuple[str, str]]:
    """Real word types: lexicon forms (with and without diacritics), cluster and name words,
    in every position code."""
    forms: list[str] = []
    with gzip.open(MODEL_DIR / "lemma_lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= 1200:
                break
            f, _, lem, _ = line.rstrip("\n").split("\t")
            forms += [f, lem]
    forms += list(tagger.clusters)[1000:1400] + list(tagger.names)[2000:2400]
    forms += ["2014", "Reuters", "،", "«", "ـ", "", "إِنَّ", "a1", "١٩٩٠", "ألـ"]
    return [(f, c) for f in forms for c in "SBIE"]


def test_fast_rows_equal_the_feature_functions():
    tagger = get_tagger()
    types = _types(tagger)
    assert len(types) > 10_000
    assert tagger._fast_rows_agree(types)
    # and the forms the tag dictionary fixes (no paradigm rows) too
    fixed = [f for f in list(tagger.tag_masks)[:3000] if tagger._tag_fixed(f)]
    assert fixed and tagger._fast_rows_agree([(f, "S") for f in fixed])


def test_an_unusual_position_code_takes_the_reference_path():
    tagger = get_tagger()
    a: tuple[list[int], list[int]] = ([], [])
    b: tuple[list[int], list[int]] = ([], [])
    tagger._type_rows("الوزير", "SE", *a)
    tagger._type_rows_reference("الوزير", "SE", *b)
    assert a == b and len(a[1]) == 5


def test_dense_with_extra_rows_and_dict_of_dicts_encoding():
    rng = np.random.default_rng(3)
    W = (rng.standard_normal((50, 6)) * (rng.random((50, 6)) < 0.3)).astype(np.float16)
    W[3, 2] = np.float16(-0.0)
    D = dense(sparse(W), extra_rows=1)
    assert D.shape == (51, 6) and D.dtype == np.float32 and not D[-1].any()
    assert np.array_equal(D[:-1].view(np.uint32), W.astype(np.float32).view(np.uint32))
    with pytest.raises(ValueError):
        dense(sparse(W), extra_rows=-1)
    tables = {f"t{i}=": {f"كلمة{j}": j for j in range(i * 30)} for i in range(70)}
    enc = compiled.encode(tables)
    assert enc[0] == "d" and enc[1]["t69="][0] == "si" and enc[1]["t3="][0] == "r"
    back = compiled.decode(enc)
    assert back == tables and list(back) == list(tables)


def test_pair_tables_from_the_pc_names_equal_those_from_every_name(features):
    from khabar.morph.tag_pairs import PairTables
    tagger = get_tagger()
    full = PairTables(dict(zip(features, range(len(features)))), tagger.W)
    assert full.tables and len(full.tables) == len(tagger.pairs.tables)
    for (ka, a), (kb, b) in zip(full.tables, tagger.pairs.tables):
        assert ka == kb and np.array_equal(a, b)
    index = FeatureIndex.from_features(features)
    pc = index.names_of("pc")
    assert pc and all(f.startswith("pc") and index.get(f) == r for f, r in pc.items())
    assert len(pc) == sum(f.startswith("pc") for f in set(features))


def test_word_table_round_trip_and_lazy_templates(features):
    from khabar.morph.tag_fid import WORD_GROUP
    index = FeatureIndex.from_features(features)
    assert not set(WORD_GROUP) & set(index.templates) and len(index.words) > 1000
    back = FeatureIndex.from_tables(compiled.decode(compiled.encode(index.tables())))
    assert back.size == index.size and back.words == index.words
    assert np.array_equal(back.matrix, index.matrix)
    fid = dict(zip(features, range(len(features))))
    for p in ("n=", "-2w=", "+1cw=S", "cn=E"):
        want = {f[len(p):]: r for f, r in fid.items() if split_feature(f)[0] == p}
        assert back.template(p) == want and want
    # a template dict holding a word template is moved into the table
    small = FeatureIndex({"n=": {"في": 3}, "w=": {"في": 1}}, 5)
    assert small.get("n=في") == 3 and small.get("w=في") == 1 and "n=" not in small.templates
    assert small.get("-1w=في") is None and list(small.matrix[0]) == [3] + [5] * 16
    with pytest.raises(ValueError):
        FeatureIndex.from_features(["b", "n=في\nها"]).tables()


def test_char_shape_equals_the_regex_shape():
    from khabar.morph.tag_features import shape
    from khabar.morph.tag_pairs import CLASSES, char_shape, word_class
    tagger = get_tagger()
    samples = ("الوزير", "والوزير", "الوزيرة", "وزيرة", "الحكومات", "مسؤولين", "المسؤولون",
               "الطالبان", "عربي", "كبرى", "قضايا", "في", "ب", "ال", "إِنَّ", "ـ", "", "2014",
               "١٩٩٠", "Reuters", "a1", "،", ".", "«", "%", "<B>", "ﻻ", "\u200fالوزير", "ة", "xyz١٢abc،د")
    forms = sorted({f for f, _ in _types(tagger)} | set(samples))
    assert all(char_shape(f) == shape.__wrapped__(f) for f in forms)
    classes = {word_class(f, c) for f in forms for c in "SBIE"}
    assert classes <= set(CLASSES) and len(classes) > 20
    for f in forms[:2000]:
        for c in "SBIE":
            assert tagger.pairs.class_id(f, c) == tagger.pairs.cix.get(word_class(f, c),
                                                                       tagger.pairs.unknown)
