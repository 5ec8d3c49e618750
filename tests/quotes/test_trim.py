"""Person mentions cut back to the name (khabar.quotes.trim) and the outlet name after a
kind word (khabar.quotes.phrases). The entity layer is set by hand (the spans a NER might
give), so those tests do not depend on a particular NER model; the edges that the NER layer
cuts itself (khabar.ner.edges) are tested through the quotes of the whole pipeline."""
from __future__ import annotations

import dataclasses

import khabar
from khabar.document import Entity
from khabar.quotes import find_quotes
from khabar.quotes.trim import trim_persons


def _doc(text: str, mentions: list[tuple[str, int, str]]):
    """``text`` analysed, with the entity layer set to ``(surface, occurrence, label)``."""
    doc = khabar.analyze(text)
    ents = []
    for surface, nth, label in mentions:
        i = -1
        for _ in range(nth + 1):
            i = text.index(surface, i + 1)
        ents.append(Entity(i, i + len(surface), label, surface))
    return dataclasses.replace(doc, entities=tuple(sorted(ents, key=lambda e: e.start)))


def _speakers(doc) -> list[str | None]:
    return [q.speaker.canonical if q.speaker else None for q in find_quotes(doc, learned=False)]


def _trimmed(doc) -> list[str]:
    toks = list(doc.tokens)
    return [doc.raw[e.start:e.end] for e in trim_persons(doc, toks, list(doc.entities))]


def test_definite_noun_after_lam_is_dropped() -> None:
    # «للجيدو أنيس الونيفي» cut after the first ل: «لجيدو» is ل + «الجيدو», no name
    text = "وقال المدرب الوطني للجيدو أنيس الونيفي إن اللاعبة لم تحترم قرارات الجامعة."
    doc = _doc(text, [("لجيدو أنيس الونيفي", 0, "PER")])
    assert _trimmed(doc) == ["أنيس الونيفي"]
    assert _speakers(doc) == ["أنيس الونيفي"]


def test_lone_definite_noun_after_lam_is_no_person() -> None:
    text = "وأكد المدير الجهوي للتجارة أنه قد تم تكثيف المراقبة الليلية على المحلات."
    doc = _doc(text, [("لتجارة", 0, "PER")])
    assert _trimmed(doc) == []


def test_definite_word_after_dropped_lam_token_is_cut_too() -> None:
    # NER saw «للملعب» first, so its ال-word rule never applied to «النابلي»
    text = ("تعاقدت الهيئة المديرة مع اللاعب السابق للملعب النابلي أيمن الطرابلسي الذي سيعزز "
            "صفوف فرع كرة السلة.")
    doc = _doc(text, [("لملعب النابلي أيمن الطرابلسي", 0, "PER")])
    assert _trimmed(doc) == ["أيمن الطرابلسي"]


def test_definite_word_before_given_name_cut_by_ner() -> None:
    # not cut by quotes.trim: the NER layer drops the ال-word (ner.edges, rule al_given)
    for text, speaker in (
            ("وصرحت لاعبة الجيدو هالة المرغني أنها قررت اللعب مع المنتخب الفرنسي بعد تجاهل "
             "المدرب لها.", "هالة المرغني"),
            ("قال المناضل محمد العروسي الهاني إن الصراع بين الزعيمين كان صراعا شخصيا.",
             "محمد العروسي الهاني")):
        doc = khabar.analyze(text)
        assert [q.speaker.canonical if q.speaker else None for q in find_quotes(doc)] == \
            [speaker]


def test_programme_word_after_name_cut_by_ner() -> None:
    # «ضيف برنامج …» after a name: NER cuts it (ner.edges, rule show), whatever the article
    text = "وقال هيفل بن يوسف ضيف برنامج بوليتيكا إن الحكومة فشلت في إدارة الملف."
    doc = khabar.analyze(text)
    assert [q.speaker.canonical if q.speaker else None for q in find_quotes(doc)] == \
        ["هيفل بن يوسف"]


def test_trailing_common_noun_cut_when_surname_written_alone() -> None:
    text = ("قال النائب منجي الرحوي ضيف بوليتيكا اليوم إن الحكومة فشلت في إدارة الملف. "
            "وشدد الرحوي على تمسكهم بهذا القانون.")
    doc = _doc(text, [("منجي الرحوي ضيف بوليتيكا", 0, "PER")])
    assert _trimmed(doc) == ["منجي الرحوي"]
    # the surname never written alone: the mention stands
    text2 = "قال النائب منجي الرحوي ضيف بوليتيكا اليوم إن الحكومة فشلت في إدارة الملف."
    doc2 = _doc(text2, [("منجي الرحوي ضيف بوليتيكا", 0, "PER")])
    assert _trimmed(doc2) == ["منجي الرحوي ضيف بوليتيكا"]
    text3 = ("كلف رئيس الحركة عماد الخميري ناطقا رسميا باسمها. "
             "وقال الخميري إن الحركة ستشارك في الانتخابات البلدية.")
    doc3 = _doc(text3, [("عماد الخميري ناطقا", 0, "PER")])
    assert _trimmed(doc3) == ["عماد الخميري"]


def test_last_name_word_before_time_word() -> None:
    text = "أعلنت وزيرة الطاقة هالة شيخ روحه اليوم الثلاثاء أن حقل الغاز سيعود إلى العمل."
    doc = _doc(text, [("هالة شيخ", 0, "PER")])
    assert _trimmed(doc) == ["هالة شيخ روحه"]


def test_given_name_and_org_word_are_one_person() -> None:
    text = "وقال المستشار محمد المزروعي إن الدراسة أظهرت عدة فوائد للتكامل الخليجي."
    doc = _doc(text, [("محمد", 0, "PER"), ("المزروعي", 0, "ORG")])
    assert _trimmed(doc) == ["محمد المزروعي"]


def test_code_after_number_word_is_no_person() -> None:
    text = 'وأعلنت الشركة أن رحلتها رقم "كيو-ار 920" وصلت إلى أوكلاند.'
    doc = _doc(text, [("كيو", 0, "PER")])
    assert _trimmed(doc) == []


def test_outlet_name_after_kind_word_in_quote_marks() -> None:
    text = ('توقعت وكالة التصنيف "فيتش رايتينغ" تراجع النمو في تونس. '
            'وقالت الوكالة في بيان نشرته أمس "إن الاعتداء يكشف المخاطر الأمنية".')
    doc = _doc(text, [])
    assert "فيتش رايتينغ" in _speakers(doc)
