"""Raw-news name-ness features of the UPOS tagger (``names.tsv.gz``, ``training.tag_names``)."""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import neighbor_features, own_features
from khabar.morph.tagger import Tagger
from training.tag_names import bucket, build

NAMES = {"فياض": "N5P", "صربيا": "N5L", "الكتاب": "N0f"}


def test_bucket_shares_and_types():
    assert bucket(29, 18, 0, 0) == "N4P"        # فياض: 62 % inside PER mentions
    assert bucket(18, 0, 18, 0) == "N5L"        # صربيا: always a location
    assert bucket(843, 0, 0, 1) == "N1f"        # الكتاب: frequent, almost never a name
    assert bucket(10, 0, 0, 0) == "N0"
    assert bucket(10, 1, 0, 0) == "N2"          # 10 %: no type below 20 %


def test_build_folds_spellings_and_drops_rare(tmp_path):
    p = tmp_path / "lexicon.tsv"
    p.write_text("kind\tkey\tn\tper\tloc\torg\tper_first\n"
                 "w\tأسامة\t6\t6\t0\t0\t6\n"
                 "w\tاسامة\t4\t2\t0\t0\t2\n"        # folds with أسامة: 8 of 10 → N5P
                 "c\tاسامة\t50\t0\t0\t0\t0\n"       # core rows are not read
                 "w\tنادر\t2\t0\t0\t0\t0\n", encoding="utf-8")
    t = build(p)
    assert t == {"اسامة": "N5P"}


def test_features_of_a_known_and_an_unknown_word():
    own = own_features("فياض", "S", None, None, NAMES)
    assert "nb=N5P" in own and "cnb=SN5P" in own
    assert "nb=none" in own_features("خيمة", "S", None, None, NAMES)
    assert "+1nb=N5L" in neighbor_features("صربيا", "S", 1, None, None, NAMES)
    assert not any("nb=" in f for f in neighbor_features("صربيا", "S", 2, None, None, NAMES))
    assert not any("nb=" in f for f in own_features("2010", "S", None, None, NAMES))
    # without a table the features are the old ones
    assert not any("nb=" in f for f in own_features("فياض", "S"))


def test_names_feature_moves_the_tag_and_fast_rows_agree():
    tags = ["NOUN", "X"]
    S = len(tags) + 1
    feats = ["b", "nb=N5P", "+1nb=N5P"]
    W = np.zeros((len(feats), 2 * len(tags)), dtype=np.float32)
    W[0, 0] = W[0, 2] = 0.5     # NOUN by default
    W[1, 1] = W[1, 3] = 2.0     # a word that raw news reads as a person's name → X
    W[2, 1] = W[2, 3] = 1.0     # the word before a name leans X too (first names)
    trans = np.zeros((S + S * S, 2 * len(tags)), dtype=np.float32)
    t = Tagger(tags, feats, W, trans, None, None, True, None, names=NAMES)
    assert t._fast_rows_agree()
    assert t.tag_upos(["فياض"]) == ["X"]
    assert t.tag_upos(["خيمة"]) == ["NOUN"]
    assert t.tag_upos(["سلام", "فياض"]) == ["X", "X"]
    assert Tagger(tags, feats, W, trans, None, None, True, None).tag_upos(["فياض"]) == ["NOUN"]


def test_paradigm_signature_from_raw_news_counts():
    from khabar.morph.tag_features import paradigm_features
    news = {"الكاتب": 50, "كاتب": 90, "كاتبة": 20, "كاتبون": 5, "كاتبه": 3,
            "فياض": 30, "يكتب": 40, "تكتب": 30, "نكتب": 4}
    pg = dict(f.split("=", 1) for f in paradigm_features("الكاتب", news))
    # article, feminine, plural, no ي/ت prefix forms, no وا/ت, pronoun suffix, not imperfect
    assert pg["pg"] == "1110010"
    assert pg["pgf"] == "3"            # «الكاتب» seen 50 times: 50 has 6 bits → 6 // 3 + 1
    assert dict(f.split("=", 1) for f in paradigm_features("فياض", news))["pg"] == "0000000"
    assert dict(f.split("=", 1) for f in paradigm_features("يكتب", news))["pg"][6] == "1"
    assert dict(f.split("=", 1) for f in paradigm_features("غرين", news))["pgf"] == "0"
    # hamza and diacritics are folded like the counts' keys
    assert paradigm_features("الكَاتِب", news) == paradigm_features("الكاتب", news)
    assert "pg=1110010" in own_features("الكاتب", "S", None, None, None, news)
    assert not any(f.startswith("pg") for f in own_features("2010", "S", None, None, None, news))


def test_fast_rows_agree_with_paradigm_features():
    tags = ["NOUN", "X"]
    S = len(tags) + 1
    feats = ["b", "pg=0000000", "nb=N5P"]
    W = np.zeros((len(feats), 2 * len(tags)), dtype=np.float32)
    W[1, 1] = W[1, 3] = 2.0     # a word raw news never inflects → X
    trans = np.zeros((S + S * S, 2 * len(tags)), dtype=np.float32)
    news = {"الكاتب": 50, "كاتبة": 20, "فياض": 30}
    t = Tagger(tags, feats, W, trans, None, None, True, None, names=NAMES, news=news)
    assert t._fast_rows_agree()
    assert t.tag_upos(["فياض", "الكاتب"]) == ["X", "NOUN"]


def test_skipping_paradigm_features_of_one_tag_forms_changes_nothing():
    # forms the tag dictionary fixes to one tag skip the paradigm features (their own score
    # cannot change their tag): the output must be the same as with them
    from khabar.morph.tagger import get_tagger
    t = get_tagger()
    sents = [(["و", "أكد", "الوزير", "أن", "الحكومة", "س", "تدعم", "الصناعة", "في", "غزة", "."],
              [0, 0, 1, 2, 3, 4, 4, 5, 6, 7, 8]),
             (["قال", "سلام", "فياض", "إن", "المتشردين", "ال", "جدد", "يعلون", "أصواتهم", "."],
              None)]
    assert t._single_masks and t._tag_fixed("الحكومة") and not t._tag_fixed("فياض")
    with_skip = [t.tag(w, ti) for w, ti in sents]
    saved = t._single_masks
    try:
        t._single_masks = set()
        t._reset_cache()
        without = [t.tag(w, ti) for w, ti in sents]
    finally:
        t._single_masks = saved
        t._reset_cache()
    assert with_skip == without
