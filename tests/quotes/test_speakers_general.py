"""General speaker rules added on the held-out dev batches 4–9 (evaluation/quotes/README.md):
organisation anaphora, the subject of the opening verb for participles, kinship words,
«المصدر ذاته», canonical names as written, «أما … ف», plural and dual sources, addressees,
«يدعى», names in quotation marks before a complementizer, the extra cue verbs, and article
boundaries inside a sentence. The entity layer is set by hand (the spans a NER would give),
so these tests check the speaker rules, not a particular NER model."""
from __future__ import annotations

import dataclasses

import khabar
from khabar.document import Article
from quote_util import quotes_with, by_content as _by_content, canon as _canon
from khabar.quotes.marks import articles_tokens
from khabar.text.normalize import normalize


_quotes = quotes_with


def test_company_description_takes_the_company_that_spoke():
    text = ('أعلن موقع "فيسبوك" أنه سيوقف دعم تطبيقه على الهواتف القديمة بداية الشهر القادم. '
            'وأوضحت الشركة الأمريكية أنه سيتم إيقاف دعم النسخ السابقة من التطبيق.')
    doc, quotes = _quotes(text, [("فيسبوك", "ORG", "فيسبوك")])
    q = _by_content(doc, quotes, "سيتم إيقاف")
    assert _canon(q) == normalize("فيسبوك")


def test_agency_named_in_quotation_marks_after_its_description():
    text = ('توقعت وكالة التصنيف "موديز" تراجع النمو هذه السنة. وقالت الوكالة في بيان نشرته '
            'أمس إن الاعتداء الأخير يكشف بوضوح المخاطر على الاقتصاد.')
    doc, quotes = _quotes(text, [("موديز", "ORG", "موديز")])
    q = _by_content(doc, quotes, "الاعتداء الأخير")
    assert _canon(q) == normalize("موديز")


def test_participle_takes_the_subject_of_the_opening_verb_not_an_object():
    text = ('نفى مسؤول في وزارة الدفاع الليبية مقتل القيادي في التنظيم أحمد سالم في '
            'الاشتباكات مؤكدا أن الجثة التي عرضت تعود لقيادي آخر.')
    doc, quotes = _quotes(text, [("أحمد سالم", "PER", "أحمد سالم")])
    q = _by_content(doc, quotes, "الجثة التي")
    assert q.speaker is not None and q.speaker.canonical is None
    assert "مسؤول" in doc.raw[q.speaker.start:q.speaker.end]


def test_kinship_word_names_the_relative_not_the_person_after_it():
    text = ('اعتقلت الشرطة والده حسن العمري صباح اليوم في العاصمة. وأكد والد الطالب كريم '
            'العمري قبل اعتقاله أن ابنه بريء من كل التهم.')
    doc, quotes = _quotes(text, [("حسن العمري", "PER", "حسن العمري"),
                                 ("كريم العمري", "PER", "كريم العمري")])
    q = _by_content(doc, quotes, "ابنه بريء")
    assert _canon(q) == normalize("حسن العمري")
    doc, quotes = _quotes(text.split(". ", 1)[1], [("كريم العمري", "PER", "كريم العمري")])
    q = _by_content(doc, quotes, "ابنه بريء")
    assert q.speaker is not None and q.speaker.canonical is None      # an unnamed relative


def test_the_same_source_after_a_named_and_an_unnamed_one():
    named = ('وقع حادث مرور صباح اليوم، وفق ما أكده المدير الجهوي للحماية المدنية حمدي '
             'الوصيف. وأوضح المصدر ذاته أن الحادث تمثل في تصادم بين سيارتين.')
    doc, quotes = _quotes(named, [("حمدي الوصيف", "PER", "حمدي الوصيف")])
    assert _canon(_by_content(doc, quotes, "الحادث تمثل")) == normalize("حمدي الوصيف")
    unnamed = ('وأكد مصدر أمني أن الأبحاث متواصلة مع الموقوفين. وأضاف المصدر ذاته أن '
               'عنصرا خامسا ما زال في حالة فرار.')
    doc, quotes = _quotes(unnamed, [])
    q = _by_content(doc, quotes, "عنصرا خامسا")
    assert q.speaker is not None and q.speaker.canonical is None


def test_canonical_name_not_written_in_the_article_is_replaced_by_the_mention():
    text = ('قالت النائبة ليلى الشتاوي إن إقالتها استهداف للجنة التحقيق. وأوضحت الشتاوي '
            'أنها تلقت خبر إقالتها خلال جلسة استماع.')
    doc, quotes = _quotes(text, [("ليلى الشتاوي", "PER", "يلي الشتاوي"),
                                 ("الشتاوي#2", "PER", "يلي الشتاوي")])
    for start in ("إقالتها استهداف", "تلقت خبر"):
        assert _canon(_by_content(doc, quotes, start)) == normalize("ليلى الشتاوي")


def test_topic_after_amma_is_the_speaker_of_the_fa_verb():
    text = ('وقال رئيس الحزب محمد الهادي إن حزبه يرفض الشروط الجديدة. أما الأمين العام '
            'للحزب حسين عبد الرازق فرأى أن الشروط التي أقرها البرلمان ظالمة وفاضحة.')
    doc, quotes = _quotes(text, [("محمد الهادي", "PER", "محمد الهادي"),
                                 ("حسين عبد الرازق", "PER", "حسين عبد الرازق")])
    assert _canon(_by_content(doc, quotes, "الشروط التي")) == normalize("حسين عبد الرازق")


def test_plural_and_dual_sources_keep_their_phrase():
    text = ('أكد الوزير سامي العياري أن الحكومة ستواصل الإصلاحات. وقال الباحثون إن عملية '
            'الخلود للنوم تصبح أطول وقتا. وقال مصدران بالشرطة إن سيارة المهاجم كانت بها '
            'بندقية.')
    doc, quotes = _quotes(text, [("سامي العياري", "PER", "سامي العياري")])
    q = _by_content(doc, quotes, "عملية الخلود")
    assert q.speaker is not None and q.speaker.canonical is None
    assert doc.raw[q.speaker.start:q.speaker.end] == "الباحثون"
    q = _by_content(doc, quotes, "سيارة المهاجم")
    assert q.speaker is not None and q.speaker.canonical is None


def test_a_mention_glued_to_the_preposition_la_is_no_speaker():
    text = ('صرح الأمين العام المساعد بذلك مؤكدا في تصريح لـ"الوطن" إمكانية العمل المشترك. '
            'وقال إن الدراسة أظهرت عدة فوائد للتكامل.')
    doc, quotes = _quotes(text, [("الوطن", "ORG", "الوطن")])
    q = _by_content(doc, quotes, "الدراسة أظهرت")
    assert _canon(q) != normalize("الوطن")


def test_name_after_yud3a_is_the_speaker():
    text = ('نشر رجل لقطات ترصد حريق سيارته. وقال الرجل الذي يدعى "مات جونز" لوسائل الإعلام '
            'إنه وضع الهاتف داخل مجموعة من الملابس.')
    doc, quotes = _quotes(text, [])
    assert _canon(_by_content(doc, quotes, "وضع الهاتف")) == normalize("مات جونز")


def test_name_in_quotation_marks_before_the_complementizer_is_no_quote():
    text = ('وأضافت المخرجة التونسية "كوثر بن هنية" أنها تأمل في عرض فيلمها في القاعات '
            'التونسية قريبا.')
    doc, quotes = _quotes(text, [("كوثر بن هنية", "PER", "كوثر بن هنية")])
    assert not any(doc.raw[q.content.start:q.content.end] == "كوثر بن هنية" for q in quotes)
    assert _canon(_by_content(doc, quotes, "تأمل في")) == normalize("كوثر بن هنية")


def test_describe_as_is_a_cue_but_not_in_the_passive():
    text = ('ووصف الرئيس الجزائري عبد المجيد تبون العراق بأنه "مصدر قلق كبير في المنطقة". '
            'وقال الناطق إن عبوة وصفت بأنها قنبلة يدوية ألقيت قرب المنصة.')
    doc, quotes = _quotes(text, [("عبد المجيد تبون", "PER", "عبد المجيد تبون")])
    q = _by_content(doc, quotes, "مصدر قلق")
    assert q.direct and _canon(q) == normalize("عبد المجيد تبون")
    assert not any(doc.raw[q.content.start:q.content.end].startswith("قنبلة") for q in quotes)


def test_article_boundary_inside_a_sentence_is_merged():
    text = ('وتعرض التقرير لحالات التعذيب، وترجح المنظمة أن\nيكون عدد المعتقلين أكبر بكثير. '
            'وقال المتحدث إن الحكومة سترد.\nالحكومة التونسية ترد على التقرير')
    doc = khabar.analyze(text)
    cut = text.index("يكون")
    split = dataclasses.replace(doc, articles=(Article(0, cut - 1), Article(cut, len(text))))
    assert len(articles_tokens(split)) == 1
    # a story goes on with «و» and a verb («وقال»): no headline starts so
    cut = text.index("وقال")
    split = dataclasses.replace(doc, articles=(Article(0, cut - 1), Article(cut, len(text))))
    assert len(articles_tokens(split)) == 1
    cut = text.index("الحكومة التونسية")
    split = dataclasses.replace(doc, articles=(Article(0, cut - 1), Article(cut, len(text))))
    assert len(articles_tokens(split)) == 2
