"""Clitic segmentation (PADT scheme): the example page, restorations, non-Arabic tokens."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from khabar.morph import segmenter
from khabar.morph.segmenter import segment_tokens


@pytest.fixture(scope="module", autouse=True)
def _loaded():
    segment_tokens(["وأكد"])   # load the model once for the module
    yield


def seg(*forms: str) -> list[tuple[str, ...]]:
    return segment_tokens(list(forms))


def test_example_page():
    assert seg("بالوفدين", "وأكد", "لسكانها") == [
        ("ب", "الوفدين"), ("و", "أكد"), ("ل", "سكان", "ها")]


def test_article_stays_on_its_noun():
    assert seg("والإعلام") == [("و", "الإعلام")]
    assert seg("الحكومة") == [("الحكومة",)]


def test_restorations():
    assert seg("للصناعة") == [("ل", "الصناعة")]       # ل + ال
    assert seg("حكومته") == [("حكومة", "ه")]           # ta marbuta before a suffix
    assert seg("واضاف") == [("و", "أضاف")]             # hamza as PADT spells it
    assert seg("وذلك") == [("و", "ذٰلك")]              # PADT's dagger alef


def test_unseen_words_are_analysed():
    # Forms absent from PADT train: the ranking model decides.
    assert seg("وبمستشفياتهم") == [("و", "ب", "مستشفيات", "هم")]
    assert seg("للمستوردين") == [("ل", "المستوردين")]
    assert seg("وسيناقشون") == [("و", "س", "يناقشون")]


def test_future_sin_only_before_an_imperfect_verb():
    # foreign names beginning with س are not س + noun (سبيت ≠ س + بيت)
    assert seg("سبيت", "سروبا") == [("سبيت",), ("سروبا",)]
    assert seg("وسنعمل") == [("و", "س", "نعمل")]


def test_a_token_that_takes_the_article_stays_whole():
    # «الفبركة» is attested in raw news, so «فبركة» is one word, not ف + بركة
    assert seg("فبركة") == [("فبركة",)]


def test_whole_words_stay_whole():
    assert seg("الولايات", "المتحدة", "كتاب", "مدينة") == [
        ("الولايات",), ("المتحدة",), ("كتاب",), ("مدينة",)]


def test_diacritics_and_tatweel_do_not_break_it():
    assert seg("وَأَكَّدَ") == [("و", "أكد")]
    assert seg("بالوفـــدين") == [("ب", "الوفدين")]


def test_non_arabic_tokens_are_one_word():
    forms = ["2014", "10،5", "CNN's", ".", "،", "«", "%", "و", "ب", "", "١٢"]
    assert seg(*forms) == [(f,) for f in forms]


def test_context_decides_inna_vs_anna():
    assert seg("وقال", "انه")[1] == ("إن", "ه")
    assert seg("أكد", "أنه")[1] == ("أن", "ه")


def test_cached_results_are_stable():
    assert seg("بالوفدين") == seg("بالوفدين")


def test_reload_clears_the_cache(tmp_path):
    with pytest.raises(Exception):
        segmenter.reload(tmp_path)
        seg("كلمةجديدةتماما")
    segmenter.reload(segmenter.Path(__file__).resolve().parents[2] / "src" / "khabar"
                     / "models" / "morph_seg")
    assert seg("وأكد") == [("و", "أكد")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(
    list("وفبلكسالتةهيامنىأإآءئؤ") + ["\u064e", "\u0640", "1", "-", "a", " "]),
    min_size=0, max_size=12), max_size=6))
def test_never_crashes_and_words_are_non_empty(forms):
    out = segment_tokens(forms)
    assert len(out) == len(forms)
    for f, words in zip(forms, out):
        assert words and (all(words) or words == (f,))


def test_hamza_of_an_follows_the_sentence():
    # a bare-alef «انه»/«وان»: إن after a verb of saying or at a quote's start, أن elsewhere
    assert seg("قالت", "انها", "تأسف")[1] == ("إن", "ها")
    assert seg("من", "الواضح", "اننا", "سنتوصل")[2] == ("أن", "نا")
    # a written hamza is kept as written
    assert seg("قالت", "أنها", "تأسف")[1] == ("أن", "ها")


def test_allah_in_a_split_token_is_spelled_as_padt_does():
    assert seg("وعبدالله", "لله") == [("و", "عبداللٰه"), ("ل", "اللٰه")]
    assert seg("واللهجات")[0] == ("و", "اللهجات")     # not the name: left as written


def test_hamza_choice_helpers():
    from khabar.morph.seg_hamza import an_features, needs_choice
    assert needs_choice("انه", ("إن", "ه")) == 0
    assert needs_choice("وانه", ("و", "أن", "ه")) == 1
    assert needs_choice("أنه", ("أن", "ه")) == -1       # hamza written: nothing to choose
    assert needs_choice("بيته", ("بيت", "ه")) == -1
    feats = an_features(["قال", "انه"], 1)
    assert "p1=قال" in feats and "p2=<S>" in feats and "n1=<S>" in feats


def test_news_table_is_read_whole(tmp_path):
    from khabar.morph.segmenter import _read_news
    p = tmp_path / "news.tsv.gz"
    import gzip
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("اضاف\t120\tأضاف\nالوزير\t900\t\nمصر\t35\t\n")
    news, spell = _read_news(p)
    assert news == {"اضاف": 120, "الوزير": 900, "مصر": 35}
    assert list(news) == ["اضاف", "الوزير", "مصر"]
    assert spell == {"اضاف": "أضاف"}
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("اضاف\t120\tأضاف\nالوزير\t900\n")
    with pytest.raises(ValueError):
        _read_news(p)
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write("اضاف\tكثير\t\n")
    with pytest.raises(ValueError):
        _read_news(p)


def test_install_uses_tables_in_memory_until_reload():
    empty: dict = {k: {} for k in ("weights", "context", "an", "news", "spell", "unsplit",
                                   "host", "hostword", "rewrite")}
    try:
        segmenter.install(dict(empty, memo={"وأكد": ("و", "أكد")}))
        assert seg("وأكد", "بالوفدين") == [("و", "أكد"), ("بالوفدين",)]
    finally:
        segmenter.reload()
    assert seg("بالوفدين") == [("ب", "الوفدين")]
