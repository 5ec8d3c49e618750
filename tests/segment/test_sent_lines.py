"""Sentence splitting of hard-wrapped text: a single line break is not always a boundary."""
from __future__ import annotations

from sentence_util import check_spans

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.evaluate._sent_hardwrap import wrap
from khabar.segment._sent_lines import soft_breaks
from khabar.segment.sentences import split_sentences

# Al-Watan style newspaper text, wrapped at ~78 characters in the middle of sentences.
WRAPPED = (
    "منحت وزارة البترول والثروة المعدنية العام الماضي 252 رخصة لاستثمارات تعدينية\n"
    "في المنطقة الشرقية باستثمار يتجاوز 1.8 مليار ريال ومساحة 178 كيلو متراً\n"
    "مربعاً.\n"
    "وقال وكيل وزارة البترول لشؤون الثروة المعدنية الدكتور سلطان شاولي للصحيفة إن\n"
    "كميات الخامات المستغلة في المواقع التعدينية الجديدة بلغت أكثر من 62 مليون طن.\n"
    "وأوضح أن تراخيص الاستثمارات التعدينية في الشرقية شملت 238 إذناً لمواد بناء و8\n"
    "تراخيص مناجم صغيرة و3 امتيازات استغلال خامات أسمنت تشمل الحجر الجيري والطفل\n"
    "والجبس ومواد أخرى تستخدم في صناعة الأسمنت.\n")


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_hard_wrapped_newspaper_text_gives_whole_sentences():
    out = sents(WRAPPED)
    assert len(out) == 3
    assert out[0].startswith("منحت") and out[0].endswith("مربعاً.")
    assert out[1].startswith("وقال") and out[1].endswith("مليون طن.")
    assert out[2].startswith("وأوضح") and out[2].endswith("الأسمنت.")


def test_headline_line_and_short_unterminated_line_stay_sentences():
    text = ("الأمم المتحدة تعترف بصعوبة تحقيق تقدم في المسار السياسي\n" + WRAPPED
            + "نقص في المعلومات\n" + WRAPPED)
    out = sents(text)
    assert out[0] == "الأمم المتحدة تعترف بصعوبة تحقيق تقدم في المسار السياسي"
    assert "نقص في المعلومات" in out
    assert len(out) == 8


def test_line_ending_mid_clause_continues_even_when_short():
    text = "وقال المتحدث باسم الوزارة إن\nالاجتماع سيعقد غدا في\nالرياض.\nوانتهى اللقاء"
    assert sents(text) == ["وقال المتحدث باسم الوزارة إن\nالاجتماع سيعقد غدا في\nالرياض.",
                           "وانتهى اللقاء"]


def test_blank_line_and_final_punctuation_are_always_boundaries():
    text = WRAPPED.replace("بلغت أكثر من 62 مليون طن.\n", "بلغت أكثر من\n\n62 مليون طن.\n")
    out = sents(text)
    assert any(s.endswith("بلغت أكثر من") for s in out)
    assert any(s.startswith("62 مليون طن.") for s in out)


def test_list_items_and_datelines_after_a_full_line_are_boundaries():
    body = WRAPPED.split("\n")[0]  # a full, unterminated line
    text = body + "\n• تحسين الخدمات البريدية في المدن الكبرى\n" + body + (
        "\nالقاهرة (رويترز) - قال مسؤولون إن الاجتماع انتهى.\n") + WRAPPED
    out = sents(text)
    assert out[0] == body
    assert out[1].startswith("• تحسين")
    assert any(s.startswith("القاهرة (رويترز) -") for s in out)
    dated = body + "\nبريزبان (استراليا) 15 - 7 (اف ب) - تأهل المنتخب إلى النهائي.\n" + WRAPPED
    assert sents(dated)[1].startswith("بريزبان")
    # A tennis score is no dateline: the wrapped sentence goes on.
    score = body + "\nوخايمي اونسينس 6 - 7 (3 - 7) و6 - 4.\n" + WRAPPED
    assert sents(score)[0].endswith("و6 - 4.")


def test_punctuation_opening_a_line_and_abbreviation_closing_one_continue():
    line = "وقال وكيل وزارة البترول لشؤون الثروة المعدنية الدكتور سلطان شاولي للصحيفة إن\n"
    text = WRAPPED.replace("مليون طن.\n", "مليون طن\n. ").replace(line, (
        "وقال وكيل وزارة البترول لشؤون الثروة المعدنية في حديث للصحيفة أمس إن د.\n"
        "سلطان شاولي أكد أن\n"))
    out = sents(text)
    assert out[1].startswith("وقال وكيل") and out[1].endswith("مليون طن\n.")
    assert len(out) == 3


def test_soft_breaks_of_wrapped_page_and_none_without_line_breaks():
    soft, _ = soft_breaks(WRAPPED)
    breaks = [i for i, c in enumerate(WRAPPED) if c == "\n"]
    assert soft == {breaks[0], breaks[1], breaks[3], breaks[5], breaks[6]}
    assert soft_breaks("قال المتحدث إن الاجتماع انتهى.") == (set(), set())


def _check(text: str) -> None:
    check_spans(text)


_WORDS = st.sampled_from(["وقال", "في", "إن", "الوزارة", "حمص.", "انتهى؟", "الأمم",
                          "«انتهى.»", '"نعم"', "،", ".", "1.", "•", "د.", "(رويترز)", "-",
                          "القاهرة", "2.5", "و", "على", ":", "…"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=80), st.integers(min_value=10, max_value=90),
       st.lists(st.integers(min_value=0, max_value=79), max_size=6))
def test_wrapped_text_gives_valid_spans(words, width, heads):
    text = " ".join(words)
    sp = [i for i, c in enumerate(text) if c == " "]
    # One-word "headlines": a line break after each.
    gold = [(sp[h - 1] + 1 if h else 0, sp[h]) for h in sorted({x % len(sp) for x in heads})
            ] if sp else []
    _check(wrap(text, gold, width))
    _check(wrap(text, [], width).replace("\n", "\n\n", 2))


def test_linear_time_on_long_wrapped_text():
    text = WRAPPED * 20_000  # ~4.6 MB, 160k lines
    t0 = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - t0 < 20.0
    assert len(spans) == 60_000


def test_padt_dev_hard_wrapped_keeps_sentences_whole(data_dir):
    from khabar.evaluate.sentences import naive_split, pages, read_padt, score
    gold = data_dir / "ud_arabic_padt" / "ar_padt-ud-dev.tok-upos.conllu"
    if not gold.exists():
        pytest.skip(f"{gold} not found")
    data = [(wrap(t, g, 60 + i % 21), g) for i, (t, g) in enumerate(pages(read_padt(gold), 10))]
    ours = score(data, split_sentences)
    assert ours["span_f1"] > score(data, naive_split)["span_f1"] + 0.15
    assert ours["span_f1"] > 0.9  # every line a sentence scores 0.04
