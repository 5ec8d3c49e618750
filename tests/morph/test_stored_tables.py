"""Stored analyses (issue 5, speed): the segmenter's table of frequent news tokens and the
lemmatizer's table of predicted lemmas give exactly what the models compute, and a table
that no longer fits the model is not used."""
from __future__ import annotations

import gzip
import shutil

from khabar.morph import segmenter
from khabar.morph import seg_table, lemma_table
from khabar.morph._fast_lemmas import lemmas_of
from khabar.morph.compiled import SEG_SOURCES
from khabar.morph.tagger import get_tagger


def test_seg_table_is_used_and_equals_the_model():
    m = segmenter._model()
    assert len(m.table) > 10_000
    keys = list(m.table)[::200]
    for base in keys:
        assert m._untabled(base) == m.table[base]
    # news tokens of the table analysed the same either way
    for base in ("لأعضائها", "للإسرائيليين", "ممارساتها", "ورؤيتهم"):
        assert base in m.table and m.analyze(base) == m._untabled(base)
    assert m.table["لأعضائها"] == ("ل", "أعضاء", "ها")


def test_seg_table_of_other_model_files_is_not_read(tmp_path):
    src = segmenter.MODEL_DIR
    for name in SEG_SOURCES + (seg_table.TABLE_FILE,):
        shutil.copy(src / name, tmp_path / name)
    assert seg_table.read_table(tmp_path)
    with gzip.open(tmp_path / "news.tsv.gz", "at", encoding="utf-8") as fh:
        fh.write("كلمة\t3\tكلمة\n")     # the news counts changed: the table is stale
    assert seg_table.read_table(tmp_path) is None


def test_seg_table_of_other_code_is_not_read(monkeypatch):
    assert seg_table.read_table(segmenter.MODEL_DIR)
    monkeypatch.setattr(seg_table, "CODE", seg_table.CODE + ("khabar.morph.seg_hamza",))
    assert seg_table.read_table(segmenter.MODEL_DIR) is None


def test_seg_table_disagreeing_with_the_model_is_refused():
    m = segmenter._model()
    assert seg_table.agrees({"لأعضائها": ("ل", "أعضاء", "ها")}, m._untabled)
    assert not seg_table.agrees({"لأعضائها": ()}, m._untabled)


def test_lemma_table_is_used_and_equals_the_classifiers():
    lem = get_tagger().lemmatizer
    table = lem.stored()
    assert len(table) > 10_000
    for (form, upos) in list(table)[::300]:
        assert lem.predict(form, upos) == table[(form, upos)]
    # شَظِيَّة, جَدَّد, مُحَامَاة (escaped: the order of shadda and fatha is PADT's)
    for pair, lemma in (
            (("شظايا", "NOUN"), "\u0634\u064e\u0638\u0650\u064a\u0651\u064e\u0629"),
            (("جددت", "VERB"), "\u062c\u064e\u062f\u0651\u064e\u062f"),
            (("المحاماة", "NOUN"), "\u0645\u064f\u062d\u064e\u0627\u0645\u064e\u0627\u0629")):
        assert table[pair] == lemma == lem.predict(*pair)
    pairs = list(table)[:400:7] + [("شظايا", "NOUN"), ("المستشفيات", "NOUN"), ("أكد", "VERB")]
    with_table = lemmas_of(lem, pairs)
    saved = lem._table, lem._table_for
    try:
        lem._table, lem._table_for = {}, ()
        lem.cache.clear()
        assert lemmas_of(lem, pairs) == with_table
    finally:
        lem._table, lem._table_for = saved
        lem.cache.clear()


def test_lemma_table_follows_the_news_counts():
    lem = get_tagger().lemmatizer
    saved = lem._table, lem._table_for, lem.news
    try:
        assert lem.stored()
        lem.news = dict(lem.news)       # other counts: the stored predictions may not hold
        assert lem.stored() == {}
        # a table whose entries the classifiers do not give is refused
        form, upos = next(iter(saved[0]))
        assert not lem.set_table({(form, upos): "؟" + saved[0][(form, upos)]})
        assert lem.stored() == {}
    finally:
        lem._table, lem._table_for = saved[0], saved[1]
        lem.news = saved[2]
        lem.cache.clear()


def test_lemma_table_of_other_model_files_is_not_read(tmp_path):
    tag = tmp_path / "tag"
    seg = tmp_path / "seg"
    shutil.copytree(get_tagger_dir(), tag)
    shutil.copytree(segmenter.MODEL_DIR, seg)
    assert lemma_table.read_table(tag, seg)
    (tag / "lemma_plurals.tsv").write_text((tag / "lemma_plurals.tsv").read_text(
        encoding="utf-8") + "\n", encoding="utf-8")
    assert lemma_table.read_table(tag, seg) is None


def test_lemma_table_of_other_code_is_not_read(monkeypatch):
    from khabar.morph.tagger import MODEL_DIR
    assert lemma_table.read_table(MODEL_DIR, segmenter.MODEL_DIR)
    monkeypatch.setattr(lemma_table, "CODE", lemma_table.CODE[1:])
    assert lemma_table.read_table(MODEL_DIR, segmenter.MODEL_DIR) is None


def get_tagger_dir():
    from khabar.morph.tagger import MODEL_DIR
    return MODEL_DIR
