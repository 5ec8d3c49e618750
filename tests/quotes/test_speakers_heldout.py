"""General speaker rules added on 2026-11-29 (afternoon) from errors on unannotated ANT articles
outside the gold candidate pool (evaluation/quotes/README.md): the participle goes on with the
speaker of its sentence's first cue, a noun phrase before the verb is its subject, a body named
by its description with a nisba, compound given names, descriptions that were part of an
earlier speaker's subject, the short name of a body that spoke, «الصحيفة» → the outlet, «عن X
قوله», a mention glued to ل is a genitive, an adverb after the verb is no subject. Entities are
set by hand (the spans a NER would give), so these tests check the speaker rules."""
from __future__ import annotations

import dataclasses

from khabar.document import Entity
from khabar.quotes import find_quotes
from quote_util import quotes_with, by_content, canon
from khabar.text.normalize import normalize


_quotes = quotes_with


def _spoken(doc, quotes, content: str) -> str:
    q = by_content(doc, quotes, content)
    return doc.raw[q.speaker.start:q.speaker.end]


def test_participle_goes_on_with_the_first_cue_of_its_sentence():
    text = ('ومن جهته اعتبر النائب بمجلس نواب الشعب ورئيس كتلة حركة النهضة نور الدين البحيري أن '
            'الثورة حققت مكاسب عديدة. واعتبر النائب بمجلس نواب الشعب عن حزب نداء تونس عبد '
            'العزيز القطي أننا مازلنا نبني طريقنا نحو الديمقراطية مضيفا أن عديد المكاسب تحققت '
            'على غرار الدستور.')
    doc, quotes = _quotes(text, [("نور الدين البحيري", "PER", "نور الدين البحيري"),
                                 ("عبد العزيز القطي", "PER", "عبد العزيز القطي")])
    assert canon(by_content(doc, quotes, "عديد المكاسب")) == normalize("عبد العزيز القطي")


def test_noun_phrase_before_the_verb_is_its_subject():
    text = ('وقالت الحركة في بيان إن ما حدث خطأ فردي محدود. لكن عددا من أتباع الحركة قالوا إن '
            'الطفل جنده لواء القدس. وأشارت الوزيرة سنية مبارك إلى أن التقرير كشف أن تونس '
            'تحتل مراتب متأخرة في جودة التعليم.')
    doc, quotes = _quotes(text, [("سنية مبارك", "PER", "سنية مبارك")])
    q = by_content(doc, quotes, "الطفل جنده")
    assert q.speaker.canonical is None and _spoken(doc, quotes, "الطفل جنده").startswith("عددا")
    q = by_content(doc, quotes, "تونس تحتل")
    assert q.speaker.canonical is None and _spoken(doc, quotes, "تونس تحتل") == "التقرير"


def test_body_named_by_its_description_with_a_nisba():
    text = 'وقال المرصد السوري لحقوق الإنسان إن المقاتلين ينتمون إلى حركة معارضة.'
    doc, quotes = _quotes(text, [])
    assert canon(by_content(doc, quotes, "المقاتلين ينتمون")) == \
        normalize("المرصد السوري لحقوق الإنسان")


def test_compound_given_name_keeps_its_second_part_and_surname():
    text = 'واعتبر رئيس كتلة حركة النهضة نور الدين البحيري أن الثورة حققت مكاسب عديدة.'
    doc, quotes = _quotes(text, [("نور", "PER", "نور")])
    assert canon(by_content(doc, quotes, "الثورة حققت")) == normalize("نور الدين البحيري")


def test_description_from_an_earlier_subject_phrase_names_that_speaker():
    text = ('كشفت الخبيرة الأمريكية في وسائل الإعلام الرقمية "أيمي ويب" أن التكنولوجيا ستغير '
            'سوق العمل. وتتوقع الخبيرة الأمريكية أن يزداد دور التقنيات في الإعلانات.')
    doc, quotes = _quotes(text, [("أيمي ويب", "PER", "أيمي ويب")])
    assert canon(by_content(doc, quotes, "يزداد دور")) == normalize("أيمي ويب")


def test_short_name_of_a_body_that_spoke():
    text = ('وقالت وزارة الخارجية الأمريكية إن السفارة المزيفة أغلقت في الصيف. وأضافت '
            'الخارجية أن مواطنين أتراكا أداروا العملية.')
    doc, quotes = _quotes(text, [("وزارة الخارجية الأمريكية", "ORG",
                                  "وزارة الخارجية الأمريكية")])
    assert canon(by_content(doc, quotes, "مواطنين أتراكا")) == \
        normalize("وزارة الخارجية الأمريكية")


def test_newspaper_description_and_source_after_an():
    text = ('نقلت صحيفة "عكاظ" السعودية عن مصدر في الأحوال المدنية قوله إنه من غير الممكن '
            'توثيق أسماء أجنبية. ولفتت الصحيفة إلى أن الطفلة بصحة جيدة.')
    doc, quotes = _quotes(text, [])
    q = by_content(doc, quotes, "من غير الممكن")
    assert q.speaker.canonical is None and _spoken(doc, quotes, "من غير الممكن").startswith("مصدر")
    assert canon(by_content(doc, quotes, "الطفلة بصحة")) == normalize("عكاظ")


def test_mention_glued_to_lam_is_a_genitive():
    text = ('وأوضحت "أندا" في بلاغ لها أن العملية أقفلت على مستوى 111 مليون دينار. وذكرت '
            'الرئيسة المديرة العامة لأندا، أسماء بن حميدة، أن القرض سيساهم في تعبئة '
            'الاحتياجات المالية.')
    i = text.index("لأندا") + 1
    doc, quotes = _quotes(text, [("أندا", "ORG", "أندا"), ("أسماء بن حميدة", "PER",
                                                           "أسماء بن حميدة")])
    doc = dataclasses.replace(doc, entities=doc.entities + (Entity(i, i + 4, "PER", "أندا"),))
    quotes = find_quotes(doc)
    assert canon(by_content(doc, quotes, "القرض سيساهم")) == normalize("أسماء بن حميدة")


def test_adverb_after_the_verb_is_no_subject():
    text = ('وكان جان ماري لوبان قد أعلن سابقا أن فرص ابنته محكوم عليها بالفشل في '
            'الانتخابات.')
    doc, quotes = _quotes(text, [("جان ماري لوبان", "PER", "جان ماري لوبان")])
    assert canon(by_content(doc, quotes, "فرص ابنته")) == normalize("جان ماري لوبان")


def test_bayna_the_preposition_is_no_cue():
    text = ('قال وزير الشؤون الخارجية خميس الجهيناوي إن السلطات تابعت الملف يوميا. وذكر أن تونس '
            'كانت من بين الجهات الأولى التي طالبت بأن يفرج عنها. وقال إن الرهينة مواطنة تونسية '
            'بالأساس. ومن جانب آخر بين الشاهد أن برنامج حكومته يقوم على ثلاثة خطوط كبرى.')
    doc, quotes = _quotes(text, [("خميس الجهيناوي", "PER", "خميس الجهيناوي"),
                                 ("الشاهد", "PER", "يوسف الشاهد")])
    cues = [doc.raw[q.cue.start:q.cue.end] for q in quotes]
    assert cues.count("بين") == 1     # the verb before «الشاهد», not «من بين الجهات»
    assert canon(by_content(doc, quotes, "الرهينة مواطنة")) == normalize("خميس الجهيناوي")
    assert _spoken(doc, quotes, "برنامج حكومته") == "الشاهد"


def test_source_phrase_stops_before_fa_inna():
    text = ('وبحسب ما جاء في تقارير سابقة نقلا عن مسؤول باتحاد الفلاحين والصيد البحري فإن أسماك '
            'الأسد انتشرت في المنطقة. وأضاف أن الصيادين أبلغوا عن مشاهدتها في عدة مواقع.')
    doc, quotes = _quotes(text, [])
    assert _spoken(doc, quotes, "الصيادين أبلغوا") == "مسؤول باتحاد الفلاحين والصيد البحري"
