"""Headlines on hard-wrapped pages: a line break inside a sentence does not cut them short."""
from __future__ import annotations

import textwrap

import pytest

from khabar.segment.articles import find_articles
from khabar.segment.sentences import split_sentences

PREV = ("وقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في الرياض لبحث خطط التعدين الجديدة. "
        "وأضاف أن الوزارة تعمل على تحسين الخدمات المقدمة للمستثمرين في القطاع.")
HEAD = "وزارة البترول تمنح 252 رخصة لاستثمارات تعدينية في المنطقة الشرقية"
BODY = ("منحت وزارة البترول والثروة المعدنية العام الماضي 252 رخصة لاستثمارات تعدينية في "
        "المنطقة الشرقية باستثمار يتجاوز 1.8 مليار ريال ومساحة 178 كيلو متراً مربعاً. وقال "
        "وكيل وزارة البترول لشؤون الثروة المعدنية الدكتور سلطان شاولي للصحيفة إن كميات "
        "الخامات المستغلة في المواقع التعدينية الجديدة بلغت أكثر من 62 مليون طن. وأوضح أن "
        "تراخيص الاستثمارات التعدينية في الشرقية شملت 238 إذناً لمواد بناء و8 تراخيص مناجم "
        "صغيرة و3 امتيازات استغلال خامات أسمنت تشمل الحجر الجيري والطفل والجبس.")


def _heads(text: str) -> list[str | None]:
    arts, _ = find_articles(text, split_sentences(text))
    return [text[h[0]:h[1]] if h else None for _, _, h in arts]


@pytest.mark.parametrize("width", [60, 70, 78])
def test_headline_line_before_a_wrapped_lede_is_whole(width):
    # The lede's wrapped lines are one paragraph, not a run of short lines (a list); a
    # headline as wide as the page is still found up to its end.
    text = textwrap.fill(PREV, width) + "\n" + HEAD + "\n" + textwrap.fill(BODY, width)
    assert _heads(text) == [None, HEAD]


@pytest.mark.parametrize("head", [
    HEAD,
    "سقوط أربعة جرحى في إطلاق نار بمدينة مالمو السويدية",
])
def test_headline_after_a_full_stop_ending_its_line_is_whole(head):
    # "... في القطاع. <headline>\n<lede>": the words after a shorter inline headline would
    # be a lede ending without punctuation at the line break, a line fragment.
    body = BODY if head == HEAD else (
        "أدى إطلاق نار مساء اليوم الأحد في مدينة مالمو السويدية إلى سقوط أربعة جرحى، بحسب ما "
        "أعلنت الشرطة التي قالت إنها تبحث عن مطلق النار.")
    assert _heads(PREV + " " + head + "\n" + body) == [None, head]


def test_inline_headline_with_a_long_lede_is_still_found():
    text = PREV + " " + HEAD + " " + BODY
    assert _heads(text) == [None, HEAD]
