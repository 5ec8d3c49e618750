"""Glue splits on real text: rare names and foreign words that look glued in PADT train and
dev (التيفود, بابانتونيو, فابيولا, هيلاماريام) are no longer split (text/repair/guard.py); real
glue still is, also when a chance clitic analysis hides it (الذيكان = ال + ذيك + ان)."""
from __future__ import annotations

import pytest

from khabar.text.repair import propose_repairs
from khabar.text.repair.guard import context_supports, solid, strong_junction, weak_split
from khabar.text.repair.lexicon import lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def _splits(text: str) -> list[tuple[str, str]]:
    return [(text[r.start:r.end], r.replacement) for r in propose_repairs(text)
            if r.kind == "split"]


@pytest.mark.parametrize("text", [
    "أصيب عشرات الأطفال بحمى التيفود في القرية",
    "التقى وزير المالية اليوناني يانوس بابانتونيو نظيره الفرنسي",
    "وتتوفر القوارب المتطورة والشمندورات ويتم تدريب الغواصين",
    "وصلت الملكة الكولومبية فابيولا زولواغا أمس",
    "استقبل الرئيس الاثيوبي منجستو هيلاماريام في أديس أبابا",
])
def test_rare_names_and_foreign_words_not_split(text, lex):
    assert _splits(text) == []


def test_true_glue_still_split(lex):
    text = "وقال إن الأممالمتحدة تدعم الحل السياسي وعاد ماأصبحت عليه الضفةالغربية"
    assert _splits(text) == [("الأممالمتحدة", "الأمم المتحدة"), ("ماأصبحت", "ما أصبحت"),
                             ("الضفةالغربية", "الضفة الغربية")]


def test_glue_behind_a_chance_clitic_analysis_split_when_the_pair_is_frequent(lex):
    assert _splits("قال الرجل الذيكان يقف هناك إنه رأى فيذلك خطرا") == [
        ("الذيكان", "الذي كان"), ("فيذلك", "في ذلك")]
    # a real clitic analysis (أوان + ها) and a news agency (ايفي) are left whole
    assert _splits("وقالت وكالة ايفي إن الوقت قد حان قبل اوانها") == []


def test_weak_split_kept_only_with_support_from_a_neighbour(lex):
    # «فرنانديز في» is unseen as a pair and فرنانديز is rare: «في الدقيقة» supports the split.
    assert _splits("سجل فرناندو فرنانديزفي الدقيقة العاشرة") == [("فرنانديزفي", "فرنانديز في")]
    assert _splits("فرنانديزفي") == []


def test_guard_parts(lex):
    assert strong_junction("الأمم", "المتحدة") and strong_junction("الضفة", "الغربية")
    assert not strong_junction("التي", "فود")
    assert solid(lex, "الأمم") and not solid(lex, "فود") and not solid(lex, "انتونيو")
    assert weak_split(lex, ("التي", "فود")) and weak_split(lex, ("باب", "انتونيو"))
    assert weak_split(lex, ("هيلا", "ماريام"))   # a pair seen only twice does not attest
    assert not weak_split(lex, ("الأمم", "المتحدة"))
    assert context_supports(lex, ["فرنانديز", "في"], "فرناندو", "الدقيقة")
    assert not context_supports(lex, ["التي", "فود"], "بحمى", None)
