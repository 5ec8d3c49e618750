"""Articles and inline headlines on real Arabic pages."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import khabar
from khabar.segment.articles import find_articles
from khabar.segment.sentences import split_sentences

HEADLINE = "الأممالمتحدة تعترف بصعوبة تحقيق تقدم في المسار السياسي للأزمة السورية"

SINGLE = (
    "استؤنفت اجتماعات مؤتمر جنيف 2 بين وفدي المعارضة والحكومة السورية امس حيث يجتمع المبعوث "
    "الاممي والعربي الى سورية الاخضر الابراهيمي بالوفدين في غرفة واحدة. وأكد مصدر مطلع إن "
    "\"اللقاء المشترك بدأ\"، مشيرا الى أن الابراهيمي سيدعو خلال اللقاء طرفي النزاع الى بحث "
    "موضوعي الارهاب وهيئة الحكم الانتقالية بشكل مواز. وقال المصدر إنه \"في الوقت الحالي هذه "
    "الامكانية الوحيدة لتحريك العملية\". وكان المبعوث العربي والأممي الى سورية الأخضر الابراهيمي "
    "قد قال أمس أنه لم يتم احراز تقدم كبير خلال يومي العمل في جنيف 2، مؤكدا \"سنعمل ما بوسعنا "
    "لاطلاق العملية السياسية\". وقال الابراهيمي في مؤتمر صحفي ان \"اطلاق العملية يتطلب تعاون "
    "الطرفين\" في اشارة الى الخلافات القائمة بين الوفدين حول جدول الاعمال.")


def _check(text, arts, sents):
    assert sents == sorted(sents)
    for (s, e), nxt in zip(sents, sents[1:] + [(len(text), len(text))]):
        assert 0 <= s < e <= nxt[0]
        assert text[s:e] == text[s:e].strip()
    for a, b in zip(arts, arts[1:]):
        assert a[1] <= b[0]
    for s, e in sents:
        assert sum(1 for a in arts if a[0] <= s and e <= a[1]) == 1
    for a in arts:
        if a[2] is not None:
            assert a[2][0] == a[0] and a[2][1] <= a[1]


def test_example_page_has_two_articles_with_the_headline(page):
    doc = khabar.analyze(page)
    assert len(doc.articles) == 2
    assert doc.articles[0].headline is None
    h = doc.articles[1].headline
    assert h is not None
    assert doc.raw[h.start:h.end] == HEADLINE
    # The headline is a sentence of its own, in the second article.
    heads = [s for s in doc.sentences if (s.start, s.end) == (h.start, h.end)]
    assert heads and heads[0].article == 1
    assert doc.raw[doc.articles[0].end - 4:doc.articles[0].end] == 'منه"'


def test_example_page_when_glue_is_already_split(page):
    text = page.replace("الأممالمتحدة", "الأمم المتحدة")
    arts, sents = find_articles(text, split_sentences(text))
    _check(text, arts, sents)
    assert len(arts) == 2
    assert text[arts[1][2][0]:arts[1][2][1]] == HEADLINE.replace("الأممالمتحدة", "الأمم المتحدة")


def test_example_page_sentences_are_sensible(page):
    doc = khabar.analyze(page)
    texts = [doc.raw[s.start:s.end] for s in doc.sentences]
    assert any(t.endswith("مدينة حمص.") for t in texts)
    assert any(t.startswith("وقال بان كي مون في تصريحات له") for t in texts)
    assert any(t.startswith("إعترف الأمين العام") for t in texts)
    assert texts[-1].endswith('الصحيح".')
    assert all(s.article in (0, 1) for s in doc.sentences)


def test_single_article_stays_single():
    arts, sents = find_articles(SINGLE, split_sentences(SINGLE))
    _check(SINGLE, arts, sents)
    assert len(arts) == 1


def test_headline_on_its_own_line():
    text = ("الجزائر تعلن القضاء على 9 إرهابيين\n"
            "أعلنت وزارة الدفاع الجزائرية أنها تمكنت صباح اليوم من القضاء على 9 إرهابيين في "
            "عملية عسكرية بولاية البويرة. وأضافت الوزارة أن العملية ما زالت متواصلة.\n"
            "ارتفاع أسعار النفط في الأسواق العالمية\n"
            "ارتفعت أسعار النفط في الأسواق العالمية اليوم الاثنين بعد تراجع المخزونات الأمريكية. "
            "وقال محللون إن الأسعار قد تواصل الارتفاع.")
    arts, sents = find_articles(text, split_sentences(text))
    _check(text, arts, sents)
    assert [text[a[2][0]:a[2][1]] for a in arts] == [
        "الجزائر تعلن القضاء على 9 إرهابيين", "ارتفاع أسعار النفط في الأسواق العالمية"]


def test_dateline_after_unterminated_headline():
    text = ("وغادر كنت المدينة متوجها الى ولاية اوهايو بعد ان استقل احد باصات الشركة . "
            "طهران تدعو المهاجرين الايرانيين الى العودة الى البلاد طهران 15 - 7 ( اف ب ) - "
            "كثفت حكومة الرئيس محمد خاتمي في الاسابيع الاخيرة دعواتها الى الايرانيين المهاجرين "
            "للعودة الى ايران .")
    arts, sents = find_articles(text, split_sentences(text))
    _check(text, arts, sents)
    assert len(arts) == 2
    assert text[arts[1][2][0]:arts[1][2][1]] == (
        "طهران تدعو المهاجرين الايرانيين الى العودة الى البلاد")


def test_empty_and_tiny_inputs():
    assert find_articles("", []) == ([], [])
    text = "خبر قصير."
    arts, sents = find_articles(text, split_sentences(text))
    assert arts == [(0, len(text), None)] and sents == [(0, len(text))]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('الأمم المتحدة تعترف بصعوبة" .\n؟(اف ب) - 15 7')),
               max_size=300))
def test_any_text_gives_valid_articles(text):
    arts, sents = find_articles(text, split_sentences(text))
    _check(text, arts, sents)


def test_assembled_dev_pages_keep_precision(data_dir):
    from khabar.evaluate.articles import assemble, evaluate, load_docs
    docs = load_docs(data_dir, "dev", limit_per_source=400)
    res = evaluate(list(assemble(docs, 80, seed=5)))["all"]
    tp, pred = res[0], res[1]
    assert pred and tp / pred > 0.7
    assert res[8] >= 0.75 * res[7]  # single-article pages mostly stay single


_WORDS = ("الأمم المتحدة تعترف بصعوبة تحقيق تقدم في المسار السياسي للأزمة السورية وقال "
          "أعلنت الله له وذلك ذلك والتي التي على وعلى القاهرة (رويترز) - 15 7 (اف ب) واس : "
          "، . ؟ \" « » \n \n\n").split(" ")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=5, max_size=250))
def test_pruned_scoring_finds_the_same_headlines(words):
    from khabar.segment.articles import _page
    text = " ".join(words)
    sents = sorted(split_sentences(text))
    page = _page(text, sents) if sents else None
    if page is not None:
        assert page.detect() == page.detect(prune=False)


def test_pruned_scoring_on_the_example_page(page):
    from khabar.segment.articles import _page
    for text in (page, page.replace("الأممالمتحدة", "الأمم المتحدة"), SINGLE):
        p = _page(text, sorted(split_sentences(text)))
        assert p.detect() == p.detect(prune=False)
