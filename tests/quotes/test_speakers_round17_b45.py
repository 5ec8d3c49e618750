"""Speaker and cue rules of round 17 (session 11, after the blind batches 45 and 46 were scored
once), from their errors and from the 400 unannotated articles: «وأضاف مصدرنا» is the named
person who spoke last; a name NER cut after its given name («رياض الحاج سعيد», «رياض» read as a
place) is completed from the text; «وقالت السلطة» is the body first named in the construct state
(«سلطة الطاقة في قطاع غزة»); the name that ends «أحد خبراء …» is the speaker; «ويرجح باحثون أن»
is a quote (the bare «يرجح أن» stays impersonal); «تقدر قيمته بـ» is an estimate; «وكتب … أن» is
a quote; the given name «علي» after a cue is no preposition «على»; a long title ending in a name,
then an adjunct between commas, then «أن»; a cue with «في تصريح …» right after it finds its
complementizer after a long adjunct; a named person right after the opening verb is the subject
of a later cue in the sentence («وطالب أحمدي نجاد، ترامب بـ…، وقال»); «الرئيس السابق» is the person
that «الرئيس الإيراني السابق،» stood before.
Entities are set by hand (the spans a NER would give), so the tests check the quote rules; each
fails on the rules of `s11-r17base` (`7480168`). Sentences are paraphrases."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _span(doc, q) -> str | None:
    return None if q.speaker is None else doc.raw[q.speaker.start:q.speaker.end]


def test_our_source_is_the_named_person_who_spoke_last():
    text = ("أوقف أعوان الحرس امرأة بتهمة السرقة، وفق ما أفاد به سامي الهمامي كاتب عام النقابة. "
            "وأضاف المصدر ذاته أن مواطنا تقدم بشكاية في الغرض. وأضاف مصدرنا أنه تم حجز نصف "
            "المصوغ المسروق لديها.")
    doc, quotes = quotes_with(text, [("سامي الهمامي", "PER", "سامي الهمامي")])
    q = by_content(doc, quotes, "تم حجز")
    assert canon(q) == normalize("سامي الهمامي")


def test_name_completed_by_the_given_name_ner_missed():
    text = ("اتصلت الإذاعة بالمتفقد الجهوي للتراث والمهندس المعماري كمال الحاج سعيد. "
            "وقال الحاج سعيد في تصريح للإذاعة إنه لم يقع أي ترميم للمعلم.")
    doc, quotes = quotes_with(text, [("الحاج سعيد", "PER", "الحاج سعيد"),
                                     ("الحاج سعيد#2", "PER", "الحاج سعيد")])
    q = by_content(doc, quotes, "لم يقع")
    assert canon(q) == normalize("كمال الحاج سعيد")


def test_body_head_refers_back_to_its_construct_state_name():
    text = ("أعلنت سلطة الطاقة في قطاع غزة اليوم عن توقف محطة الكهرباء عن العمل. "
            "وقالت السلطة في بيان \"إن فرض الضريبة يحول دون قدرتنا على الشراء\".")
    doc, quotes = quotes_with(text, [("غزة", "LOC", "غزة")])
    q = by_content(doc, quotes, "إن فرض")
    assert canon(q) == normalize("سلطة الطاقة في قطاع غزة")


def test_name_at_the_end_of_one_of_the_experts():
    text = ("ويقول أحد خبراء أمراض القلب سمير العلوي، لإحدى الوكالات إن الجلوس الطويل يضر "
            "بالصحة.")
    doc, quotes = quotes_with(text, [("سمير العلوي", "PER", "سمير العلوي")])
    q = by_content(doc, quotes, "الجلوس")
    assert canon(q) == normalize("سمير العلوي")


def test_impersonal_opinion_verb_with_its_own_subject_is_a_quote():
    text = "ويرجح باحثون أن يكون الضوء الأزرق مسؤولا عن اضطرابات النوم."
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "يكون الضوء")
    assert _span(doc, q) == "باحثون"
    bare = "ويرجح أن يكون الضوء الأزرق مسؤولا عن اضطرابات النوم."
    assert quotes_with(bare, [])[1] == []


def test_estimated_value_is_no_cue():
    text = ("تقدم مواطن بشكاية مفادها أنه لم يجد مصوغ زوجته والذي تقدر قيمته بـ 50 ألف دينار "
            "وأنه يشك في امرأة عملت بمنزله.")
    doc, quotes = quotes_with(text, [])
    assert all(doc.raw[q.cue.start:q.cue.end] != "تقدر" for q in quotes)


def test_wrote_with_a_complementizer_is_a_quote():
    text = ("قال الطبيب كريم بادمانابان إن المرضى يجب ألا يتوقفوا عن الدواء. وكتب هو وزملاؤه في "
            "دورية (ضغط الدم/هايبرتنشن) أن الاكتئاب وأمراض القلب من الأمراض الشائعة.")
    doc, quotes = quotes_with(text, [("كريم بادمانابان", "PER", "كريم بادمانابان")])
    q = by_content(doc, quotes, "الاكتئاب")
    assert canon(q) == normalize("كريم بادمانابان")


def test_given_name_ali_after_the_cue_is_no_preposition():
    text = ("وقال علي بن صميخ المري رئيس اللجنة الوطنية لحقوق الإنسان في مؤتمر صحفي، إن "
            "لجنته بصدد التعاقد مع مكتب محاماة دولي.")
    doc, quotes = quotes_with(text, [("علي بن صميخ المري", "PER", "علي بن صميخ المري")])
    q = by_content(doc, quotes, "لجنته")
    assert canon(q) == normalize("علي بن صميخ المري")


def test_long_title_ending_in_a_name_then_an_adjunct_between_commas():
    text = ("كشف المستشار لدى رئيس الحكومة المكلف بمتابعة البرامج والمشاريع العمومية رضا "
            "السعيدي، في حوار لوكالة الأنباء الرسمية (وات) ، أن بنك الزيتونة مؤهل للخوصصة.")
    doc, quotes = quotes_with(text, [("رضا السعيدي", "PER", "رضا السعيدي")])
    q = by_content(doc, quotes, "بنك الزيتونة")
    assert canon(q) == normalize("رضا السعيدي")


def test_statement_adjunct_lets_the_cue_find_a_far_complementizer():
    text = ("قال كريم الهلالي إن الوضع لا يطاق. وبين في تصريح لوكالة تونس افريقيا للانباء على "
            "هامش انعقاد الاجتماع الدوري للمكتب السياسي للحزب اليوم السبت بالعاصمة أن الحزب "
            "وجد عدة عراقيل.")
    doc, quotes = quotes_with(text, [("كريم الهلالي", "PER", "كريم الهلالي")])
    q = by_content(doc, quotes, "الحزب وجد")
    assert canon(q) == normalize("كريم الهلالي")


def test_person_after_the_opening_verb_is_the_subject_not_the_addressee():
    text = ("وجه الرئيس الإيراني السابق، محمود أحمدي نجاد، رسالة مفتوحة إلى الرئيس الأمريكي "
            "دونالد ترامب. وطالب أحمدي نجاد، ترامب بإصلاح النظام الانتخابي، وقال \"لقد وصفت "
            "فخامتك النظام السياسي في بلادكم بأنه فاسد\".")
    doc, quotes = quotes_with(text, [("محمود أحمدي نجاد", "PER", "محمود أحمدي نجاد"),
                                     ("دونالد ترامب", "PER", "دونالد ترامب"),
                                     ("أحمدي نجاد#2", "PER", "محمود أحمدي نجاد"),
                                     ("ترامب#2", "PER", "دونالد ترامب")])
    q = by_content(doc, quotes, "لقد وصفت")
    assert canon(q) == normalize("محمود أحمدي نجاد")


def test_former_title_is_the_person_it_stood_before_with_a_nisba():
    text = ("وجه الرئيس الإيراني السابق، محمود أحمدي نجاد، رسالة إلى الرئيس الأمريكي دونالد "
            "ترامب. وقال أحمدي نجاد إن الرسالة لا تحمل أي طابع سياسي. وطالب الرئيس الأمريكي "
            "باحترام النساء. ولفت الرئيس السابق الى أن البشر متساوون.")
    doc, quotes = quotes_with(text, [("محمود أحمدي نجاد", "PER", "محمود أحمدي نجاد"),
                                     ("دونالد ترامب", "PER", "دونالد ترامب"),
                                     ("أحمدي نجاد#2", "PER", "محمود أحمدي نجاد")])
    q = by_content(doc, quotes, "البشر")
    assert canon(q) == normalize("محمود أحمدي نجاد")
