"""Speaker rules of round 15 (session 10, after blind batch 36 was scored once with the shipped
stacked NER and the earlier CRF), from its errors: a coordinated relative clause («قاعدة طومسون
التي أرساها … والتي قالت إن») refers to the head of the first, and a rule or theory named after
a person («قاعدة», «نظرية») is the source, not the person; «إن» inside an acronym spelled in
letter names («قناة سي إن إن، أن») is no complementizer, so the outlet keeps its whole name; a
verb in a «بعدما» clause with no subject of its own («وكان ماكرون قد زار …، بعدما وصف … بأنه»)
shares the sentence's subject. Entities are set by hand (the spans a NER would give), so the
tests check the quote rules; each fails on the rules before this round."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def test_coordinated_relative_clause_refers_to_the_rule():
    text = ("وأشارت دراسة حديثة إلى أن المناخ لعب دورا في شكل الأنف. وتدعم تلك النتائج ما "
            "يعرف باسم قاعدة طومسون التي أرساها عالم التشريح البريطاني آرثر طومسون والتي "
            "قالت إن من ينحدرون من مناطق باردة يميلون لأن تكون أنوفهم أطول.")
    doc, quotes = quotes_with(text, [("طومسون", "PER", "آرثر طومسون"),
                                     ("آرثر طومسون", "PER", "آرثر طومسون")])
    q = by_content(doc, quotes, "من ينحدرون")
    assert canon(q) is None
    assert doc.raw[q.speaker.start:q.speaker.end] == "قاعدة طومسون"


def test_theory_named_after_a_person_is_no_person():
    text = ("وقال الباحث إن نظرية داروين التي تقول إن الأنواع تتطور عبر الانتقاء ما زالت "
            "صالحة إلى اليوم.")
    doc, quotes = quotes_with(text, [("داروين", "PER", "تشارلز داروين")])
    q = by_content(doc, quotes, "الأنواع تتطور")
    assert canon(q) is None
    assert doc.raw[q.speaker.start:q.speaker.end] == "نظرية داروين"


def test_acronym_in_letter_names_is_one_outlet():
    text = ("وذكرت قناة سي إن إن، أن إغلاق الوجهتين السياحيتين تركيا ومصر ساهم في هذا النمو "
            "الكبير، لافتة إلى أنه رغم عودة تركيا ومصر فتونس قادرة على منافستهما.")
    doc, quotes = quotes_with(text, [("سي إن إن", "ORG", "سي إن إن")])
    q = by_content(doc, quotes, "إغلاق الوجهتين")
    assert canon(q) == normalize("سي إن إن")
    assert canon(by_content(doc, quotes, "رغم عودة")) == normalize("سي إن إن")


def test_verb_after_bamda_shares_the_sentence_subject():
    text = ("أعلنت الرئاسة الفرنسية أن الرئيس إيمانويل ماكرون سيزور الجزائر. "
            "وذكر بيان الرئاسة أن \"ماكرون أكد تمسكه ببناء علاقة صداقة وثقة مع الجزائر\". "
            "وكان ماكرون قد زار الجزائر خلال حملته الانتخابية، ما أثار جدلا كبيرا في فرنسا "
            "بعدما وصف الاستعمار للجزائر بأنه جريمة ضد الإنسانية.")
    doc, quotes = quotes_with(text, [("إيمانويل ماكرون", "PER", "إيمانويل ماكرون"),
                                     ("ماكرون#2", "PER", "إيمانويل ماكرون"),
                                     ("ماكرون#3", "PER", "إيمانويل ماكرون")])
    q = by_content(doc, quotes, "جريمة ضد")
    assert canon(q) == normalize("إيمانويل ماكرون")
