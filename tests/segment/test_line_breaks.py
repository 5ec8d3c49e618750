"""Soft line breaks: hard-wrapped newspaper text is not cut into articles mid-sentence."""
from __future__ import annotations

import textwrap

import pytest

from khabar.segment._line_breaks import LineLayout, conjunction_start, mid_clause
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
