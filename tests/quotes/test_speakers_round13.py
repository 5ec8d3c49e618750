"""Speaker rules of round 13 (session 10, after blind batch 34 was scored once with the shipped
stacked NER and the earlier CRF), from its errors: a spokesperson phrase ending in a rank title
and a name whose first word begins with ل («… العقيد لسعد باشوال», NER cut after the ل) is
named by that name, not by the phrase; a party's parliamentary bloc («كتلة الجبهة الشعبية
بمجلس نواب الشعب», «كتلة حركة النهضة») speaks for the party.
Entities are set by hand (the spans a NER would give), so the tests check the quote rules;
each fails on the rules before this round."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def test_spokesperson_with_a_rank_and_a_lam_initial_name():
    text = ("أفاد الناطق الرسمى باسم الادارة العامة للديوانة العقيد لسعد باشوال أن الوحدة "
            "السادسة بصفاقس تمكنت من احباط عملية تهريب لمبلغ كبير من العملة الصعبة.")
    doc, quotes = quotes_with(text, [("سعد باشوال", "PER", "سعد باشوال")])
    q = by_content(doc, quotes, "الوحدة السادسة")
    assert canon(q) == normalize("لسعد باشوال")
    assert doc.raw[q.speaker.start:q.speaker.end] == "لسعد باشوال"


def test_spokesperson_told_an_outlet_stays_unnamed():
    text = ("قال المتحدث باسم وزارة الداخلية لسعد الدين العثماني إن الوحدات الأمنية تمكنت من "
            "حجز كمية من المخدرات.")
    doc, quotes = quotes_with(text, [("سعد الدين العثماني", "PER", "سعد الدين العثماني")])
    q = by_content(doc, quotes, "الوحدات الأمنية")
    assert canon(q) is None     # no title before the name: one spoken to


def test_parliamentary_bloc_speaks_for_its_party():
    text = ("أعلنت كتلة الجبهة الشعبية بمجلس نواب الشعب، اليوم الإربعاء، أنها تقدمت رسميا "
            "بمبادرة تشريعية لدى مكتب المجلس.")
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "تقدمت رسميا")
    assert canon(q) == normalize("الجبهة الشعبية")


def test_bloc_before_an_org_mention_is_the_party():
    text = "وأكدت كتلة حركة النهضة بالبرلمان أنها ستصوت ضد مشروع القانون المعروض."
    doc, quotes = quotes_with(text, [("حركة النهضة", "ORG", "حركة النهضة")])
    q = by_content(doc, quotes, "ستصوت ضد")
    assert canon(q) == normalize("حركة النهضة")
