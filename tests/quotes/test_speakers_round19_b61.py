"""Speaker rules of round 19 (session 11, after the blind batches 61 and 62 were scored once),
from their errors: a compound given name written as one word («خيرالدين السعدلي») that NER
tags from its «الدين»; a news agency named with an adjective before its nationality («وكالة
الأنباء المركزية الكورية»); a body head before an organisation's name («صندوق الأمم المتحدة
للطفولة») is a named body; a foreign name NER missed at the end of a title phrase («سفير
فرنسا بتونس أوليفيي بوافر دارفور») whose surname speaks later, and «الدبلوماسي الفرنسي» then
naming that person. Entities are set by hand (the spans a NER would give, its mistakes
included), so the tests check the quote rules; each fails on the round-18 rules (`c4ba6a4`)
but the guards, which pass on both."""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.joined_din import joined_din
from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _span(doc, q) -> str:
    return doc.raw[q.speaker.start:q.speaker.end]


def _flat(s: str | None) -> str | None:
    return None if s is None else normalize(s).replace(" ", "")


def test_joined_din_name_keeps_its_first_part():
    text = ("أعلن الكاتب العام للمنظمة خيرالدين السعدلي، أن المحكمة حكمت اليوم على النقابي "
            "بسنة سجن. واعتبر السعدلي أن \"الحكم كان مفاجئا وقاسيا\".")
    doc, quotes = quotes_with(text, [("الدين السعدلي", "PER", "الدين السعدلي"),
                                     ("السعدلي#2", "PER", "الدين السعدلي")])
    first = by_content(doc, quotes, "المحكمة حكمت")
    assert _span(doc, first) == "خيرالدين السعدلي"
    assert _flat(first.speaker.canonical) == _flat("خيرالدين السعدلي")
    later = by_content(doc, quotes, "الحكم كان")
    assert _flat(later.speaker.canonical) == _flat("خيرالدين السعدلي")


def test_joined_din_guard_parents_is_no_name():
    raw = "وقال والدين السعدلي شيئا"
    ents = [Entity(5, 19, "PER", "الدين السعدلي")]   # «الدين السعدلي» inside «والدين»
    assert joined_din(raw, ents) == ents


def test_news_agency_adjective_before_nationality():
    text = ("وذكرت وكالة الأنباء المركزية الكورية أن كيم هاك سونج اعتقل يوم السبت للاشتباه "
            "في قيامه بأعمال عدائية.")
    doc, quotes = quotes_with(text, [("كيم هاك سونج", "PER", "كيم هاك سونج")])
    q = by_content(doc, quotes, "كيم هاك")
    assert canon(q) == normalize("وكالة الأنباء المركزية الكورية")


def test_news_agency_guard_plain_nisba():
    text = "وذكرت وكالة الأنباء الفرنسية أن كيم هاك سونج اعتقل يوم السبت."
    doc, quotes = quotes_with(text, [("كيم هاك سونج", "PER", "كيم هاك سونج")])
    q = by_content(doc, quotes, "كيم هاك")
    assert canon(q) == normalize("وكالة الأنباء الفرنسية")


def test_body_head_before_organisation_is_named():
    text = ("وأكد صندوق الأمم المتحدة للطفولة (اليونيسف) أن قصفاً جوياً استهدف المدرسة في "
            "شمال اليمن.")
    doc, quotes = quotes_with(text, [("الأمم المتحدة للطفولة", "ORG", "الأمم المتحدة للطفولة"),
                                     ("اليونيسف", "ORG", "اليونيسف"), ("اليمن", "LOC", "اليمن")])
    q = by_content(doc, quotes, "قصفاً")
    assert canon(q) == normalize("صندوق الأمم المتحدة للطفولة")


_AMBASSADOR = ("اعتبر سفير فرنسا بتونس أوليفيي بوافر دارفور، أن \"مستقبل تونس على غاية من "
               "الأهمية بالنسبة إلى أوروبا\". وقال بوافر دارفور في تصريح للصحفيين إن فرنسا "
               "ستواصل دعم تونس. وأشار الدبلوماسي الفرنسي إلى أن بلاده ستعمل على الإصغاء أكثر "
               "إلى حاجيات تونس.")
_AMB_ENTS = [("فرنسا", "LOC", "فرنسا"), ("تونس", "LOC", "تونس"), ("دارفور", "LOC", "دارفور"),
             ("دارفور#2", "LOC", "دارفور")]


def test_name_at_end_of_title_phrase():
    doc, quotes = quotes_with(_AMBASSADOR, _AMB_ENTS)
    first = by_content(doc, quotes, "مستقبل")
    assert _span(doc, first) == "أوليفيي بوافر دارفور"
    assert canon(first) == normalize("أوليفيي بوافر دارفور")
    assert canon(by_content(doc, quotes, "فرنسا ستواصل")) == normalize("أوليفيي بوافر دارفور")


def test_diplomat_description_takes_the_named_person():
    doc, quotes = quotes_with(_AMBASSADOR, _AMB_ENTS)
    assert canon(by_content(doc, quotes, "بلاده")) == normalize("أوليفيي بوافر دارفور")


def test_title_phrase_guard_place_before_name():
    # «بتونس» before the surname is a preposition + place, no given name
    text = ("اعتبر سفير فرنسا بتونس دارفور، أن \"مستقبل تونس مهم\". وقال دارفور في تصريح "
            "إن فرنسا ستواصل دعم تونس.")
    doc, quotes = quotes_with(text, [("فرنسا", "LOC", "فرنسا"), ("تونس", "LOC", "تونس")])
    q = by_content(doc, quotes, "مستقبل")
    assert q.speaker is None or canon(q) != normalize("بتونس دارفور")


_BANNER = "كما في حالة زوكربيرغ حيث قالت اللافتة \"نأمل في أن يجد الناس الراحة\". "


def test_opener_before_sentence_verb_is_skipped():
    text = _BANNER + ("ولكن سرعان ما اعتذرت فيسبوك عن الخلل، وقالت \"لقد كان هذا خطأ فظيعا\" "
                      "موضحة أن الخطأ يرتبط ببروتوكول خاص بها.")
    doc, quotes = quotes_with(text, [("زوكربيرغ", "PER", "مارك زوكربيرغ"),
                                     ("فيسبوك", "ORG", "فيسبوك")])
    assert canon(by_content(doc, quotes, "لقد كان")) == normalize("فيسبوك")
    assert canon(by_content(doc, quotes, "الخطأ يرتبط")) == normalize("فيسبوك")


def test_opener_guard_no_verb_after_it():
    # «ولكن» before a noun: no opening verb, the thread of the last speaker goes on
    text = _BANNER + ("ولكن الخلل في فيسبوك كبير، وقالت \"لقد كان هذا خطأ فظيعا\".")
    doc, quotes = quotes_with(text, [("زوكربيرغ", "PER", "مارك زوكربيرغ"),
                                     ("فيسبوك", "ORG", "فيسبوك")])
    assert canon(by_content(doc, quotes, "لقد كان")) != normalize("فيسبوك")


def test_name_alone_after_wasafa_is_the_one_described():
    text = ("وكان عامري نفذ هجوم الدهس بشاحنة في برلين. وأعلن تنظيم \"داعش\" مسؤوليته عن "
            "هجوم الدهس ووصف عامري بأنه واحد من \"جنود التنظيم\".")
    doc, quotes = quotes_with(text, [("عامري", "PER", "أنيس عامري"),
                                     ("عامري#2", "PER", "أنيس عامري"),
                                     ("داعش", "ORG", "داعش"), ("برلين", "LOC", "برلين")])
    q = by_content(doc, quotes, "واحد من")
    assert canon(q) != normalize("أنيس عامري")
    assert canon(q) == normalize("داعش")


def test_wasafa_guard_subject_and_object():
    # a name and a noun between «وصف» and «بأنه»: the name stays the subject
    text = "ووصف ترامب الاتفاق النووي بأنه أسوأ اتفاق في التاريخ."
    doc, quotes = quotes_with(text, [("ترامب", "PER", "ترامب")])
    q = by_content(doc, quotes, "أسوأ")
    assert q.speaker is not None and _span(doc, q).startswith("ترامب")
