"""The hard-wrapped benchmark pages of ``khabar evaluate sentences --wrap``."""
from __future__ import annotations

import pytest

from khabar.evaluate._sent_hardwrap import headline_like, wrap
from khabar.segment.sentences import split_sentences

HEAD = "الأمم المتحدة تعترف بصعوبة تحقيق تقدم"
BODY = ("منحت وزارة البترول والثروة المعدنية العام الماضي 252 رخصة لاستثمارات تعدينية في "
        "المنطقة الشرقية باستثمار يتجاوز 1.8 مليار ريال ومساحة 178 كيلو متراً مربعاً. وقال "
        "وكيل وزارة البترول لشؤون الثروة المعدنية الدكتور سلطان شاولي للصحيفة إن كميات "
        "الخامات المستغلة في المواقع التعدينية الجديدة بلغت أكثر من 62 مليون طن.")


def test_benchmark_wrap_keeps_offsets_and_breaks_after_headlines():
    head, body = HEAD, BODY
    text = head + " " + body
    gold = [(0, len(head)), (len(head) + 1, len(text))]
    out = wrap(text, gold, 70)
    assert len(out) == len(text) and out.replace("\n", " ") == text
    assert out[len(head)] == "\n"
    assert max(len(line) for line in out.split("\n")) <= 70
    assert headline_like(head) and not headline_like(body) and not headline_like("وأضاف :")


def test_wrapped_page_splits_into_the_gold_sentences():
    text = HEAD + " " + BODY
    b1 = text.index("وقال")
    gold = [(0, len(HEAD)), (len(HEAD) + 1, b1 - 1), (b1, len(text))]
    for width in (60, 70, 80):
        assert split_sentences(wrap(text, gold, width)) == gold


def test_long_word_overflows_the_width():
    text = "كلمة " + "ا" * 30 + " نهاية"
    out = wrap(text, [], 10)
    assert out.split("\n") == ["كلمة", "ا" * 30, "نهاية"]


def test_wrap_option_rejects_bad_widths():
    from khabar.errors import InputError
    from khabar.evaluate.sentences import main
    for bad in ("abc", "80-60", "5"):
        with pytest.raises(InputError):
            main(["--wrap", bad])


def test_ragged_wrap_draws_line_widths_between_the_bounds():
    text = HEAD + " " + BODY
    out = wrap(text, [], 80, 60, seed=3)
    assert len(out) == len(text) and out.replace("\n", " ") == text
    lens = [len(line) for line in out.split("\n")]
    assert max(lens) <= 80 and len(set(lens)) > 2
    assert wrap(text, [], 80, 60, seed=3) == out != wrap(text, [], 80)


def test_ragged_option_needs_wrap():
    from khabar.errors import InputError
    from khabar.evaluate.sentences import main
    with pytest.raises(InputError):
        main(["--ragged"])
