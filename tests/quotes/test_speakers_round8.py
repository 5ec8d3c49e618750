"""Speaker rules of round 8 (session 10, after blind batch 27 was scored once with the shipped
and the stacked NER model), from its errors and the stacked model's dev errors: an outlet or
reporter after «لـ», «لمراسل» or «مع قناة» is the one spoken to, never the speaker; a mention
NER linked to a longer name keeps that name when the repairs extend it only part of the way
(«توفيق» of «توفيق غرس الله»); a surname written with another hamza seat («المؤخر» after
«رياض الموخر») takes the full name; an indefinite noun with a nisba («سياسي أوغندي») is an
unnamed source even when NER tags it PER; a definite plural source noun («وقال المسؤولون»)
is an unnamed group, not the last named speaker. Entities are set by hand (the spans a NER
would give), so the tests check the quote rules; each fails on the rules before this round
except the two marked as guards."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _said(doc, q) -> str | None:
    return None if q.speaker is None else doc.raw[q.speaker.start:q.speaker.end]


def test_outlet_after_reporter_noun_is_spoken_to():
    # the stacked NER tags the radio as PER and misses the name: the radio is no speaker
    text = ("وأكد المندوب الجهوي للثقافة، علي المرموري لمراسل الجوهرة أف أم، أن هذه الدورة "
            "تندرج ضمن احتفالية مرور 1100 سنة على تأسيس المهدية.")
    doc, quotes = quotes_with(text, [("الجوهرة أف أم", "PER", "الجوهرة أف أم")])
    q = by_content(doc, quotes, "هذه الدورة")
    assert canon(q) == normalize("علي المرموري")    # the name guessed after the title


def test_outlet_after_la_following_the_cue_is_spoken_to():
    # guard (passed before): «لـ» glued or written apart before the outlet
    text = ("استقبل الرئيس السابق للفيفا جوسيف بلاتر الصحفيين في منزله. وقال لـ RTS إن "
            "قرار منح المونديال لقطر اتخذ قبل التصويت.")
    doc, quotes = quotes_with(text, [("جوسيف بلاتر", "PER", "جوسيف بلاتر"),
                                     ("RTS", "ORG", "RTS")])
    q = by_content(doc, quotes, "قرار منح")
    assert canon(q) == normalize("جوسيف بلاتر")


def test_channel_interviewing_the_speaker_is_no_speaker():
    text = ("غاب الرئيس السابق للفيفا جوسيف بلاتر عن الأنظار. وأجرى بلاتر مقابلة مع قناة "
            "\"RTS\"، وقال: \"في البداية، كنا قد قررنا أن مونديال 2018 سيكون في أوروبا\".")
    doc, quotes = quotes_with(text, [("جوسيف بلاتر", "PER", "جوسيف بلاتر"),
                                     ("بلاتر#2", "PER", "جوسيف بلاتر"), ("RTS", "ORG", "RTS")])
    q = by_content(doc, quotes, "في البداية")
    assert canon(q) == normalize("جوسيف بلاتر")


def test_agency_spoken_to_after_the_speaker_name_guard():
    # guard: the person named after the cue still speaks, the agency after «لوكالة» does not
    text = ("وصرح كلاوس ستولكر مستشار بلاتر اليوم الثلاثاء لوكالة الأنباء الألمانية "
            "\"إنه في وضع قتالي\".")
    doc, quotes = quotes_with(text, [("كلاوس ستولكر", "PER", "كلاوس ستولكر"),
                                     ("وكالة الأنباء الألمانية", "ORG",
                                      "وكالة الأنباء الألمانية")])
    assert canon(by_content(doc, quotes, "إنه في وضع")) == normalize("كلاوس ستولكر")


def test_linked_mention_keeps_the_longer_name():
    text = ("أكد الكاتب العام توفيق غرس الله اليوم الأحد أن العمال يرفضون تسلم التعويضات. "
            "وأعلن أن الجهة ستدخل في إضراب عام، وفق ما صرح به توفيق غرس الله.")
    doc, quotes = quotes_with(text, [("توفيق غرس الله", "PER", "توفيق غرس الله"),
                                     ("توفيق#2", "PER", "توفيق غرس الله")])
    want = normalize("توفيق غرس الله")
    assert canon(by_content(doc, quotes, "العمال يرفضون")) == want
    assert canon(by_content(doc, quotes, "الجهة ستدخل")) == want


def test_surname_with_another_hamza_seat_takes_the_full_name():
    text = ("أكد النائب رياض الموخر اليوم أن طلب الحزب يعد طلبا معقولا. وأضاف المؤخر أن "
            "الدستور لم يحدد مدة الجلسة.")
    doc, quotes = quotes_with(text, [("رياض الموخر", "PER", "رياض الموخر"),
                                     ("المؤخر", "PER", "المؤخر")])
    assert canon(by_content(doc, quotes, "الدستور لم")) == normalize("رياض الموخر")


def test_indefinite_noun_with_nisba_is_unnamed():
    text = ("قال سياسي أوغندي اليوم الاربعاء إن مواطنة أوغندية لديها 38 طفلا. وقال سامارى "
            "موسينيرو إن المرأة تكافح من أجل دعم أطفالها.")
    doc, quotes = quotes_with(text, [("سياسي أوغندي", "PER", "سياسي أوغندي"),
                                     ("سامارى موسينيرو", "PER", "سامارى موسينيرو")])
    q = by_content(doc, quotes, "مواطنة أوغندية")
    assert q.speaker is not None and q.speaker.canonical is None
    assert _said(doc, q).startswith("سياسي أوغندي")
    assert canon(by_content(doc, quotes, "المرأة تكافح")) == normalize("سامارى موسينيرو")


def test_definite_plural_source_is_a_group_not_the_last_speaker():
    text = ("أعلن مسؤولون هنود اليوم أن العواصف أودت بحياة 94 شخصا. وقال المسؤول بإدارة "
            "الكوارث انيرود كومار إن 53 شخصا لقوا حتفهم في بيهار، وقال المسؤولون إنه تم "
            "تسجيل 16 حالة وفاة في ولاية ماديا براديش.")
    doc, quotes = quotes_with(text, [("انيرود كومار", "PER", "انيرود كومار")])
    q = by_content(doc, quotes, "تم تسجيل")
    assert q.speaker is not None and q.speaker.canonical is None
    assert _said(doc, q) == "المسؤولون"


def test_programme_name_tagged_per_after_guest_is_no_person():
    text = ("أكد رئيس الهيئة العليا المستقلة للانتخابات، شفيق صرصار، اليوم أن غياب المجالس "
            "البلدية المنتخبة سابقة. وقال ضيف \"بوليتيكا\" في \"الجوهرة أف أم\" إن \"هذا الأمر "
            "لم يحصل في أي دولة ديمقراطية\".")
    doc, quotes = quotes_with(text, [("شفيق صرصار", "PER", "شفيق صرصار"),
                                     ("بوليتيكا", "PER", "بوليتيكا")])
    assert canon(by_content(doc, quotes, "هذا الأمر")) == normalize("شفيق صرصار")


def test_verb_of_discovery_with_a_complementizer_is_a_cue():
    # content rule of round 8: «اكتشف» reports a finding like «وجد» (a short subject, «أن»)
    text = ("وبعد عملية البحث، اكتشف سكان القرية أن المراهقة تم دفنها قبل ساعتين. واكتشف "
            "المحققون بعد أسابيع من التحري والبحث في الملفات القديمة أن الجاني فر.")
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "المراهقة تم دفنها")
    assert _said(doc, q) == "سكان القرية" and q.speaker.canonical is None
    assert not any(doc.raw[x.content.start:x.content.end].startswith("الجاني") for x in quotes)


def test_guest_with_no_speaker_before_is_the_lead_person_not_the_object():
    text = ("دعا القيادي في الحزب الجمهوري، عصام الشابي اليوم الأربعاء رئيس الحكومة يوسف الشاهد "
            "إلى إعلان سياسته. وقال ضيف \"بوليتيكا\" إن المطلوب هو تغيير الأوضاع.")
    doc, quotes = quotes_with(text, [("عصام الشابي", "PER", "عصام الشابي"),
                                     ("يوسف الشاهد", "PER", "يوسف الشاهد")])
    assert canon(by_content(doc, quotes, "المطلوب")) == normalize("عصام الشابي")


def test_station_named_in_parentheses_before():
    text = ("وأظهرت صورة منشورة على تويتر لمحطة (دبليو.إس.بي) التلفزيونية المحلية براميل أسفل "
            "الجسر. وذكرت المحطة أن فرق إطفاء استدعيت من المطار القريب.")
    doc, quotes = quotes_with(text, [])
    assert canon(by_content(doc, quotes, "فرق إطفاء")) == normalize("دبليو.إس.بي")


def test_website_after_ala_is_an_adjunct_not_an_object():
    # content rule of round 8: «على موقع تويتر» before the complementizer is where it was said
    text = ("ولكن إدارة الإطفاء والإنقاذ قالت على موقع تويتر إن جميع الحارات على الطريق "
            "أغلقت وإن على السكان تجنب المنطقة.")
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "جميع الحارات")
    assert _said(doc, q).startswith("إدارة الإطفاء")


def test_body_by_the_first_words_of_its_longer_name_takes_it():
    text = ("قالت إدارة الإطفاء والإنقاذ بمدينة أتلانتا الأمريكية إن جزءا من الطريق انهار. "
            "ولكن إدارة الإطفاء والإنقاذ قالت على موقع تويتر إن جميع الحارات أغلقت.")
    doc, quotes = quotes_with(text, [])
    want = normalize("إدارة الإطفاء والإنقاذ بمدينة أتلانتا الأمريكية")
    assert canon(by_content(doc, quotes, "جزءا من")) == want
    assert canon(by_content(doc, quotes, "جميع الحارات")) == want
