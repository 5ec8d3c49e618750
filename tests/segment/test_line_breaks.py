"""Soft line breaks: hard-wrapped newspaper text is not cut into articles mid-sentence."""
from __future__ import annotations

import re
import textwrap

import pytest

from khabar.segment._line_breaks import (
    LineLayout, conjunction_start, hard_breaks, line_words, mid_clause,
)
from khabar.segment.articles import find_articles
from khabar.segment.sentences import split_sentences
from khabar.text.normalize import normalize

BODY = (
    "أعلنت وزارة الصحة أمس عن بدء تنفيذ المرحلة الرابعة من برنامج العيادات المتنقلة في "
    "الأسواق التجارية والتي تنفذها الإدارة العامة للإعلام والتوعية الصحية بالتعاون مع إدارة "
    "طب الأسنان، وذلك ضمن برنامج صحي يستهدف الأسر في الأحياء الشعبية. وأوضح مدير الإدارة أن "
    "العيادات ستعمل طوال أيام الأسبوع من الساعة الرابعة عصرا حتى العاشرة مساء، وأن الفحص "
    "سيكون مجانيا لجميع المراجعين من المواطنين والمقيمين. وقال إن الوزارة تسعى من خلال هذا "
    "البرنامج إلى نشر الوعي الصحي بين أفراد المجتمع والحد من انتشار أمراض الفم والأسنان بين "
    "الأطفال، مشيرا إلى أن المرحلة السابقة شهدت إقبالا كبيرا من الأهالي الذين طالبوا بتوسيع "
    "البرنامج ليشمل المدارس الحكومية والأهلية في جميع مناطق المملكة خلال العام المقبل.")

SECOND = (
    "ارتفاع أسعار النفط في الأسواق العالمية\n"
    "ارتفعت أسعار النفط في الأسواق العالمية اليوم الاثنين بعد تراجع المخزونات الأمريكية "
    "للأسبوع الثالث على التوالي. وقال محللون إن أسعار النفط قد تواصل الارتفاع خلال الأسابيع "
    "المقبلة مع تحسن الطلب في الأسواق الآسيوية وتراجع الإنتاج في عدد من الدول المصدرة.")


def _wrapped(text: str, width: int = 76) -> str:
    return "\n".join(textwrap.wrap(text, width))


def test_hard_wrapped_article_stays_one_article():
    text = _wrapped(BODY)
    assert text.count("\n") >= 8  # lines broken mid-sentence
    arts, _ = find_articles(text, split_sentences(text))
    assert len(arts) == 1


def test_hard_wrapped_page_is_detected():
    text = _wrapped(BODY)
    layout = LineLayout(text, 0, len(text))
    assert 60 <= layout.width <= 76
    first_nl = text.index("\n")
    assert layout.soft_break(first_nl)


def test_unwrapped_paragraphs_have_no_width():
    text = BODY + "\n" + SECOND
    assert LineLayout(text, 0, len(text)).width == 0


def test_title_after_a_wrapped_article_is_still_found():
    text = _wrapped(BODY) + "\n" + SECOND
    arts, _ = find_articles(text, split_sentences(text))
    assert len(arts) == 2
    h = arts[1][2]
    assert h is not None and text[h[0]:h[1]] == "ارتفاع أسعار النفط في الأسواق العالمية"


def test_short_line_ending_mid_clause_is_soft():
    text = "وأكد الوزير أن الحكومة ستعمل على\nتوفير فرص العمل للشباب في المناطق الداخلية."
    layout = LineLayout(text, 0, len(text))
    assert layout.soft_break(text.index("\n"))


def test_terminated_line_is_not_soft():
    text = "وأكد الوزير أن الحكومة ستعمل على توفير فرص العمل.\nارتفاع أسعار النفط اليوم"
    assert not LineLayout(text, 0, len(text)).soft_break(text.index("\n"))


@pytest.mark.parametrize("word,expected", [
    ("في", True), ("على", True), ("الذي", True), ("أن", True), ("و", True),
    ("علي", False), ("تونس", False), ("العالمية", False),
])
def test_mid_clause(word, expected):
    assert mid_clause(word) is expected


@pytest.mark.parametrize("word,expected", [
    ("ويقوم", True), ("وتقرض", True), ("والبرنامج", True),
    ("وزير", False), ("وزارة", False), ("واشنطن", False), ("والدة", False),
])
def test_conjunction_start(word, expected):
    assert conjunction_start(normalize(word)) is expected


def test_no_headline_candidate_after_a_soft_break():
    from khabar.segment.articles import _page
    text = _wrapped(BODY)
    sents = split_sentences(text)
    starts = _page(text, sents)._starts()
    line_starts = [text[sents[k][0]:sents[k][0] + 15] for _, kind, k in starts if kind == "line"]
    assert line_starts == []  # every line break of BODY is inside a sentence


def _shared(path: str):
    import os
    from pathlib import Path
    root = Path(os.environ.get("KHABAR_DATA", "/work/shared/data"))
    p = root / path
    if not p.exists():
        pytest.skip(f"shared data {p} not available")
    return p


@pytest.mark.parametrize("topic", ["Topic5", "Topic11", "Topic93"])
def test_easc_wrapped_newspaper_articles_stay_single(topic):
    import json
    p = _shared("easc_summarization/easc.jsonl")
    with p.open(encoding="utf-8") as fh:
        text = next(d["article"] for d in map(json.loads, fh) if d["topic"] == topic)
    arts, _ = find_articles(text, split_sentences(text))
    assert len(arts) == 1


def test_ant_article_not_cut_after_a_quote_mid_sentence():
    import gzip
    import json
    p = _shared("ant_corpus_v1.1_topics/ant_v1.1.jsonl.gz")
    with gzip.open(p, "rt", encoding="utf-8") as fh:
        text = next(d["text"] for d in map(json.loads, fh)
                    if d["docno"].startswith("JA-internationalNews-48-"))
    arts, _ = find_articles(text, split_sentences(text))
    assert len(arts) == 1


def test_hard_breaks_skip_line_breaks_inside_sentences():
    text = _wrapped(BODY, 70) + "\n" + SECOND
    sents = split_sentences(text)
    hard = hard_breaks(text, sents)
    nl = [i for i, c in enumerate(text) if c == "\n"]
    assert len(nl) > 10 and hard and set(hard) < set(nl)
    # Every hard break lies between two sentences; the wrapped body has none inside it.
    assert all(not any(s < k < e for s, e in sents) for k in hard)
    assert text.index("ارتفاع أسعار") - 1 in hard
    assert hard_breaks(text, []) == [] and hard_breaks("لا سطور هنا", [(0, 11)]) == []


def test_line_words_count_a_wrapped_paragraph_as_one_line():
    text = "عنوان الخبر هنا\n" + _wrapped(BODY, 70)
    sents = split_sentences(text)
    wstart = [m.start() for m in re.finditer(r"\w+", text)]
    hard = hard_breaks(text, sents)
    body_words = len(re.findall(r"\w+", BODY))
    assert line_words(text, wstart, hard, 3) == body_words  # not the ~10 words of one line
    assert line_words(text, wstart, hard, 0) == 3
    assert line_words(text, wstart, hard, len(wstart)) == 0


@pytest.mark.parametrize("width", [70, 78])
def test_short_wrapped_page_with_three_full_lines_is_detected(width):
    # Four lines, the last short: too few lines near the page's 90th percentile width, but
    # three full lines ending no paragraph, as wide as the widest line.
    para = " ".join(BODY.split()[:37]) + "."
    text = _wrapped(para, width)
    assert text.count("\n") == 3
    assert LineLayout(text, 0, len(text)).width == max(map(len, text.split("\n")))
    assert [text[s:e] for s, e in split_sentences(text)] == [text]


def test_headline_above_a_subheadline_is_no_wrap():
    text = ("الأمم المتحدة تعترف بصعوبة تحقيق تقدم في سوريا\n"
            "الأمين العام يعترف بصعوبة التقدم في المفاوضات\n"
            "وقال الأمين العام إن الحل سياسي.")
    assert LineLayout(text, 0, len(text)).width == 0
    assert len(split_sentences(text)) == 3


def test_list_under_a_paragraph_is_no_wrap():
    items = ("المجموعة الأولى : الترجي وأهلي بنغازي الليبي والأهلي المصري\n"
             "المجموعة الثانية : السويحلي الليبي والشرطة الكاميروني والنهضة")
    text = BODY + "\n" + items  # the paragraph is wider than any wrap
    assert LineLayout(text, 0, len(text)).width == 0
    assert len(split_sentences(text)) == 5


def _ragged(text: str, widths: list[int]) -> str:
    """``text`` cut into lines of the given widths in turn (proportional type)."""
    lines, cur, k = [], "", 0
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > widths[k % len(widths)]:
            lines.append(cur)
            cur, k = word, k + 1
        else:
            cur = f"{cur} {word}" if cur else word
    return "\n".join(lines + [cur])


def test_ragged_page_has_slack_and_keeps_sentences_whole():
    fixed = _wrapped(BODY, 76)
    assert LineLayout(fixed, 0, len(fixed)).slack == 0
    text = _ragged(BODY + " " + SECOND.split("\n")[1], [76, 62, 70, 58, 74, 66, 60, 72])
    layout = LineLayout(text, 0, len(text))
    assert layout.width > 0 and 4 <= layout.slack <= layout.width // 4
    out = [text[s:e] for s, e in split_sentences(text)]
    assert len(out) == 5 and out[0].startswith("أعلنت") and out[0].endswith("الشعبية.")
    # A headline line above it is still a sentence of its own.
    head = "الصحة تطلق المرحلة الرابعة من العيادات المتنقلة"
    assert split_sentences(head + "\n" + text)[0] == (0, len(head))
