"""Speaker rules of round 9 (session 10, after blind batch 28 was scored once with the shipped
and the stacked NER model), from its errors: a stray Latin letter that a typo glued to the cue
(«وقالj ايمان بوراوي») is no part of the name NER tagged after it; an embassy or consulate
with its nationality nisba is a named state body, with the place written after «في» («السفارة
الروسية في بانكوك»); a body named by the first words of a longer name written before with a
nisba after them («وزارة الداخلية» after «وزارة الداخلية المصرية») takes the longer name.
Entities are set by hand (the spans a NER would give), so the tests check the quote rules;
each fails on the rules before this round except those marked as guards."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def test_latin_letter_glued_to_the_cue_is_no_part_of_the_name():
    text = ("أكدت رئيسة المكتب الجهوي لهيئة الحقيقة والكرامة ايمان بوراوي أن الهيئة تواصل "
            "عملها. وقالj ايمان بوراوي إن المكتب الجهوي للهيئة يشتغل اليوم بعدد 7 مكاتب.")
    doc, quotes = quotes_with(text, [("ايمان بوراوي", "PER", "j ايمان بوراوي"),
                                     ("j ايمان بوراوي", "PER", "j ايمان بوراوي")])
    for start in ("الهيئة تواصل", "المكتب الجهوي"):
        assert canon(by_content(doc, quotes, start)) == normalize("ايمان بوراوي")


def test_latin_name_is_kept_guard():
    # guard: a name written in Latin letters stays whole
    text = "وقال Jean Dupont إن الحكومة الفرنسية ستعلن عن إجراءات جديدة الأسبوع المقبل."
    doc, quotes = quotes_with(text, [("Jean Dupont", "PER", "Jean Dupont")])
    assert canon(by_content(doc, quotes, "الحكومة")) == normalize("Jean Dupont")


def test_embassy_with_nisba_and_place_is_named():
    text = ("تعرضت طائرة ركاب روسية إلى مطبات هوائية قوية. وأكدت السفارة الروسية في بانكوك، "
            "أن المطبات لم تكن وحدها سبب الإصابات لكنها لفتت إلى أن بعض الركاب تجاهلوا "
            "ارتداء أحزمة الأمان.")
    doc, quotes = quotes_with(text, [("بانكوك", "LOC", "بانكوك")])
    for start in ("المطبات", "بعض الركاب"):
        assert canon(by_content(doc, quotes, start)) == normalize("السفارة الروسية في بانكوك")


def test_state_body_with_nisba_without_place_guard():
    # guard: «الشرطة الأسترالية» was named before this round and stays as it is
    text = "وقالت الشرطة الأسترالية إن التحقيقات ما زالت جارية في الحادث."
    doc, quotes = quotes_with(text, [])
    assert canon(by_content(doc, quotes, "التحقيقات")) == normalize("الشرطة الأسترالية")


def test_body_named_by_first_words_of_longer_name_written_before():
    text = ("وجهت وزارة الداخلية المصرية أصابع الاتهام إلى جماعة الإخوان المسلمين. وأكدت "
            "وزارة الداخلية في بيان أن الانتحاري سبق وأن اعتقل في مطلع 2014.")
    # as the NER left it: neither mention of the ministry tagged
    doc, quotes = quotes_with(text, [("الإخوان المسلمين", "ORG", "الإخوان المسلمين")])
    q = by_content(doc, quotes, "الانتحاري")
    assert canon(q) == normalize("وزارة الداخلية المصرية")


def test_shorter_body_not_extended_over_a_complement_guard():
    # guard: «الأمم المتحدة» is not «الأمم المتحدة للطفولة» written before
    text = ("أصدرت منظمة الأمم المتحدة للطفولة تقريرا. وقالت الأمم المتحدة إن ملايين الأطفال "
            "يعانون من سوء التغذية.")
    doc, quotes = quotes_with(text, [("الأمم المتحدة للطفولة", "ORG", "الأمم المتحدة للطفولة"),
                                     ("الأمم المتحدة#2", "ORG", "الأمم المتحدة")])
    assert canon(by_content(doc, quotes, "ملايين")) == normalize("الأمم المتحدة")
