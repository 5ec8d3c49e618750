"""Speaker attribution rules (khabar.quotes.speakers, context, after): attribution after the
quotation, «وفق/حسب» sources, nested reports, relative pronouns, institution names, plural
verbs, surname-only mentions. The entity layer is set by hand (the spans a NER would give),
so these tests check the speaker rules, not a particular NER model."""
from __future__ import annotations

import dataclasses

import pytest

import khabar
from khabar.document import Entity
from khabar.quotes import find_quotes
from quote_util import by_content as _by_content, canon as _canon
from khabar.text.normalize import normalize


def _quotes(text: str, mentions: list[tuple[str, str]]):
    """Quotes of ``text`` with entities = the first occurrence of each (mention, label)."""
    doc = khabar.analyze(text)
    ents = []
    for mention, label in mentions:
        i = text.index(mention)
        ents.append(Entity(i, i + len(mention), label, mention))
    doc = dataclasses.replace(doc, entities=tuple(ents))
    return doc, find_quotes(doc)


def test_attribution_after_the_quotation():
    text = ('افتتح الوزير المعرض أمس. "الحكومة ستواصل دعم المؤسسات الصغيرة في كل الجهات"، '
            'قال وزير التجارة عمر الباهي في تصريح صحفي.\n'
            '"هناك وعي عميق لدى الحكومة بأهمية المرحلة القادمة" ذلك ما أكده عبد اللطيف حمام '
            'كاتب الدولة للتجارة اليوم.')
    doc, quotes = _quotes(text, [("عمر الباهي", "PER"), ("عبد اللطيف حمام", "PER")])
    q = _by_content(doc, quotes, "الحكومة ستواصل")
    assert q.direct and doc.text(q.cue) == "قال" and _canon(q) == normalize("عمر الباهي")
    assert doc.raw[q.content.start:q.content.end].endswith("في كل الجهات")
    q = _by_content(doc, quotes, "هناك وعي عميق")
    assert q.direct and doc.text(q.cue) == "أكده"
    assert _canon(q) == normalize("عبد اللطيف حمام")


def test_label_in_quotes_is_not_an_attributed_quote():
    text = 'شارك في برنامج "سينما سينما الليلة" قال المخرج إن الفيلم جاهز.'
    doc, quotes = _quotes(text, [])
    assert all(not doc.raw[q.content.start:q.content.end].startswith("سينما") for q in quotes)


def test_source_after_wifq_is_the_next_implicit_speaker():
    text = ('تراجعت الأسعار في السوق المركزية، وفق تصريح مصدر مسؤول بوزارة التجارة. '
            'وأضاف أن المراقبة ستتواصل خلال شهر رمضان.')
    doc, quotes = _quotes(text, [])
    q = _by_content(doc, quotes, "المراقبة ستتواصل")
    assert q.speaker is not None and q.speaker.canonical is None
    assert doc.text(q.speaker).startswith("مصدر مسؤول")


def test_hasab_qawlihi_keeps_the_speaker():
    text = ('قال عماد الخميري إن الحركة ستعقد اجتماعا، حسب قوله. '
            'وأضاف أن الاجتماع سيكون مفتوحا.')
    doc, quotes = _quotes(text, [("عماد الخميري", "PER")])
    q = _by_content(doc, quotes, "الاجتماع سيكون")
    assert _canon(q) == normalize("عماد الخميري")


def test_nested_report_and_participle_after_it():
    text = ('تمكن أعوان الشرطة من إيقاف تلميذ سابق، حسب ما أفاد به مصدر أمني. '
            'وأضاف نفس المصدر أن المتهم، البالغ من العمر 19 عاما، صرح بأنه تسلل عبر نافذة '
            'المختبر، موضحا أنه تم الاحتفاظ به في انتظار إحالته على التحقيق.')
    doc, quotes = _quotes(text, [])
    q = _by_content(doc, quotes, "تسلل عبر نافذة")
    assert q.speaker is not None and doc.text(q.speaker) == "المتهم"
    q = _by_content(doc, quotes, "تم الاحتفاظ به")
    assert q.speaker is not None and "المصدر" in doc.text(q.speaker)


def test_relative_pronoun_head_is_the_speaker():
    text = ('نشر موقع إخباري الوثيقة التي تشير إلى أن الاتفاقيات وزعت على النواب منذ أسبوع. '
            'ووضع البرلمان الملف على جدول أعماله.')
    doc, quotes = _quotes(text, [])
    q = _by_content(doc, quotes, "الاتفاقيات وزعت")
    assert q.speaker is not None and doc.text(q.speaker) == "الوثيقة"
    assert q.speaker.canonical is None


def test_person_in_an_institution_name_is_not_the_speaker():
    text = ('وقال المشرف على معهد بحوث الطاقة بمدينة الملك عبد العزيز للعلوم والتقنية '
            'الدكتور نايف بن محمد العبادي، إن المدينة تنفذ حاليا مشروعا بحثيا جديدا.')
    doc, quotes = _quotes(text, [("عبد العزيز", "PER"), ("نايف بن محمد العبادي", "PER")])
    q = _by_content(doc, quotes, "المدينة تنفذ")
    assert _canon(q) == normalize("نايف بن محمد العبادي")


@pytest.mark.parametrize("mention,full", [("مبارك", "سنية مبارك"), ("شوقي", "شوقي الطبيب")])
def test_one_word_mention_gets_the_other_name_word(mention, full):
    text = (f'أفادت وزيرة الثقافة، {full}، أن مشروع القانون سيكون جاهزا قريبا. '
            if mention == "مبارك" else
            f'وأكد {full} أن الهيئة استرجعت مبلغا هاما للخزينة العامة. ')
    doc, quotes = _quotes(text, [(mention, "PER")])
    assert quotes and _canon(quotes[0]) == normalize(full)


def test_surname_tagged_org_is_the_person_named_before():
    text = ('استأجرت المحامية سيران أطيش قاعة لإقامة المسجد. '
            'وذكرت أطيش أنها قررت إقامة هذا المشروع منذ سنوات.')
    doc = khabar.analyze(text)
    i = text.index("سيران أطيش")
    j = text.index("أطيش", i + 6)
    ents = (Entity(i, i + 10, "PER", "سيران أطيش"), Entity(j, j + 4, "ORG", "أطيش"))
    doc = dataclasses.replace(doc, entities=ents)
    q = _by_content(doc, find_quotes(doc), "قررت إقامة")
    assert _canon(q) == normalize("سيران أطيش")


def test_plural_verb_takes_the_group_of_the_sentence_before():
    text = ('وقد تذمر عدد هام من الباعة في السوق المركزية من تراجع عدد الحرفاء. '
            'وبينوا أن السوق كانت تشهد إقبالا كبيرا في المواسم.')
    doc, quotes = _quotes(text, [])
    q = _by_content(doc, quotes, "السوق كانت")
    assert q.speaker is not None and q.speaker.canonical is None
    assert doc.text(q.speaker).startswith("عدد")


def test_nasr_in_a_name_is_no_cue():
    text = 'وقال حسن نصر الله إن المقاومة ستواصل عملها في الجنوب.'
    doc, quotes = _quotes(text, [("حسن نصر الله", "PER")])
    assert [doc.text(q.cue) for q in quotes] == ["وقال"]
    assert _canon(quotes[0]) == normalize("حسن نصر الله")


def test_quotation_already_attributed_is_not_taken_again():
    text = ('وقال الوزير مهدي بن غربية: "سنعمل على قانون جمعيات جديد بالتعاون مع المجتمع '
            'المدني" وذكّر بن غربية ببلاغ رئاسة الحكومة.')
    doc, quotes = _quotes(text, [("مهدي بن غربية", "PER")])
    assert [doc.text(q.cue) for q in quotes] == ["وقال"]
