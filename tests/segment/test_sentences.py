"""Sentence splitting on real Arabic news text."""
from __future__ import annotations

from sentence_util import check_spans

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.segment.sentences import split_sentences


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_missing_space_after_full_stop_still_splits():
    text = "مرحبا بتمديد الهدنة في مدينة حمص.وقال بان كي مون إن المنظمة ستواصل العمل."
    assert sents(text) == ["مرحبا بتمديد الهدنة في مدينة حمص.",
                           "وقال بان كي مون إن المنظمة ستواصل العمل."]


def test_arabic_question_exclamation_semicolon_and_ellipsis():
    text = "هل انتهت الأزمة؟ لا أحد يعرف! استمر القتال؛ ثم توقف… وعاد الهدوء"
    assert sents(text) == ["هل انتهت الأزمة؟", "لا أحد يعرف!", "استمر القتال؛", "ثم توقف…",
                           "وعاد الهدوء"]


def test_arabic_comma_does_not_split():
    text = "قال المتحدث، في مؤتمر صحفي، إن الاجتماع بدأ."
    assert sents(text) == [text]


def test_closing_quote_stays_with_its_sentence():
    text = 'وقال المصدر إنه "في الوقت الحالي هذه الامكانية الوحيدة." وأضاف أن اللقاء بدأ.'
    assert sents(text) == ['وقال المصدر إنه "في الوقت الحالي هذه الامكانية الوحيدة."',
                           "وأضاف أن اللقاء بدأ."]
    text = "وقال « انتهى الأمر . » ثم غادر القاعة."
    assert sents(text) == ["وقال « انتهى الأمر . »", "ثم غادر القاعة."]


def test_long_quote_splits_inside_and_closing_quote_goes_last():
    text = ('وأضاف " إن الذين يتلقون مساعداتنا في حمص يمثلون عددا صغيرا. ونحن نحتاج إلى '
            'مواصلة الضغط من أجل وقف إطلاق النار". وبشأن الأزمة الحالية أكد أهمية الحوار.')
    out = sents(text)
    assert out[1].endswith('النار".')
    assert out[2] == "وبشأن الأزمة الحالية أكد أهمية الحوار."
    assert not any(s.startswith('"') for s in out)


def test_quote_without_final_stop_does_not_split():
    text = 'وأكد أن لديه الكثير من الصبر "لكن السوريين ليس لديهم الكثير منه" في المرحلة المقبلة.'
    assert sents(text) == [text]


def test_decimals_and_dates_are_not_split():
    text = "بلغ النمو 2.5 بالمئة و٣٫٥ بالمئة في 13.02.2014 وفق التقرير. وارتفع المؤشر."
    assert sents(text) == ["بلغ النمو 2.5 بالمئة و٣٫٥ بالمئة في 13.02.2014 وفق التقرير.",
                           "وارتفع المؤشر."]


def test_abbreviations_urls_and_initials():
    text = ("التقى د. محمد علي عام 1950 م. في القاهرة وكتب إلى ص.ب. 123 عبر info@bbc.co.uk "
            "وموقع www.aljazeera.net مع Dr. Smith من U.S. Army. وانتهى اللقاء.")
    assert len(sents(text)) == 2
    assert sents(text)[1] == "وانتهى اللقاء."


def test_line_breaks_and_blank_lines_are_boundaries():
    text = "الأمم المتحدة تعترف بصعوبة تحقيق تقدم\nاعترف الأمين العام بصعوبة التقدم\n\nوقال إن"
    assert sents(text) == ["الأمم المتحدة تعترف بصعوبة تحقيق تقدم",
                           "اعترف الأمين العام بصعوبة التقدم", "وقال إن"]


def test_spans_are_trimmed():
    text = "  استؤنفت اجتماعات مؤتمر جنيف.   وأكد مصدر مطلع ذلك.  \n"
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('حمص وقال.؟!؛…،"«»“”()\n\t 2.5 د م U.S ')),
               max_size=200) | st.text(max_size=200))
def test_any_text_gives_valid_spans(text):
    check_spans(text, blank_outside=False)


def test_linear_time_on_long_text_without_punctuation():
    text = "وقال الأمين العام للأمم المتحدة بان كي مون " * 120_000  # ~5 MB, no stop
    t0 = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - t0 < 5.0
    assert spans == [(0, len(text.rstrip()))]


def test_one_megabyte_page_finishes(page):
    """A hang guard, not a benchmark (``benchmarks/text_layer.py`` measures speed): 1 MB of
    news takes ≈ 0.3 s; a quadratic scan would take minutes."""
    text = page * 400  # ~1 MB
    t0 = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - t0 < 15.0
    assert len(spans) >= 400


def test_padt_dev_beats_naive_baseline(data_dir):
    from khabar.evaluate.sentences import naive_split, pages, read_padt, score
    gold = data_dir / "ud_arabic_padt" / "ar_padt-ud-dev.tok-upos.conllu"
    if not gold.exists():
        pytest.skip(f"{gold} not found")
    data = pages(read_padt(gold), 10)
    ours = score(data, lambda t: split_sentences(t))
    naive = score(data, naive_split)
    assert ours["span_f1"] > naive["span_f1"] + 0.03
