"""Speaker rules of round 11 (session 10, after blind batch 32 was scored once with the shipped
stacked NER and the earlier CRF), from its errors: a reporter glued to ل («لموفد "الجوهرة أف
أم"») is spoken to, and the outlet in marks after it is no quotation; a time adjunct before a
title («قال اليوم الأحد نائب …») and a name set off by commas after the title's adjunct («…
عن ولاية سوسة، العجمي الوريمي، إن»); a state named by its head and a place before «التي»
(«ولاية هاواي التي قالت»); the object of «وصف» before «بأنه» is no part of the subject; a
title before the surname of a person named in full is no given name («القاضي واتسون»); the
subject right before «كان/كانت» + cue («لدراسة سابقة كانت قد أكدت», «…، الطاهر بطيخ، كان
صرح»); «ودون أن», «ويمكن أن» (with و) are no complement of speech.
Entities are set by hand (the spans a NER would give), so the tests check the quote rules;
each fails on the rules before this round."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def test_reporter_after_lam_is_spoken_to_and_the_outlet_is_no_quotation():
    text = ("قال النائب العجمي الوريمي إن تعطيل الانتاج خط أحمر. وصرح الوريمي لموفد "
            "\"الجوهرة أف أم\"، فضلوني يعيش، على هامش موكب بالحركة في سوسة، أن المفاوضات "
            "بين الحكومة والمحتجين أفضت لنتائج مهمة.")
    doc, quotes = quotes_with(text, [])     # as the NER left it: no name tagged
    q = by_content(doc, quotes, "المفاوضات")
    assert canon(q) == normalize("العجمي الوريمي") and not q.direct
    assert doc.raw[q.speaker.start:q.speaker.end] == "الوريمي"


def test_time_adjunct_then_title_then_name_between_commas():
    text = ("قال اليوم الأحد نائب حركة النهضة عن ولاية سوسة، العجمي الوريمي، إن تعطيل الانتاج "
            "والإضرار بالمصالح خط أحمر.")
    doc, quotes = quotes_with(text, [("حركة النهضة", "ORG", "حركة النهضة")])
    assert canon(by_content(doc, quotes, "تعطيل")) == normalize("العجمي الوريمي")


def test_state_before_a_relative_pronoun_speaks():
    text = ("وأصدر القاضي ديريك واتسون أمرا بوقف تنفيذ الحظر في دعوى أقامتها ولاية هاواي التي "
            "قالت إن الأمر ينطوي على تمييز ضد المسلمين.")
    doc, quotes = quotes_with(text, [("ديريك واتسون", "PER", "ديريك واتسون"),
                                     ("هاواي", "LOC", "هاواي")])
    assert canon(by_content(doc, quotes, "الأمر")) == normalize("ولاية هاواي")


def test_object_of_describe_is_no_part_of_the_subject():
    text = "ووصفت وزارة العدل الحكم بأنه \"معيب من ناحية الحجة والنطاق\"."
    doc, quotes = quotes_with(text, [])
    assert canon(by_content(doc, quotes, "معيب")) == normalize("وزارة العدل")


def test_title_before_the_surname_of_a_full_name_is_no_given_name():
    text = ("وأصدر القاضي ديريك واتسون أمرا بوقف تنفيذ الحظر. وقال القاضي واتسون في حكمه إن "
            "الأمر التنفيذي صدر بغرض ازدراء ديانة بعينها.")
    doc, quotes = quotes_with(text, [("ديريك واتسون", "PER", "ديريك واتسون"),
                                     ("واتسون#2", "PER", "ديريك واتسون")])
    assert canon(by_content(doc, quotes, "الأمر")) == normalize("ديريك واتسون")


def test_noun_phrase_before_kana_is_the_subject():
    text = ("كشفت دراسة حديثة أن المصافحة مفيدة للصحة، في مناقضة واضحة لدراسة سابقة كانت قد "
            "أكدت أن المصافحة وسيلة لنقل الجراثيم.")
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "المصافحة وسيلة")
    assert canon(q) is None and q.speaker is not None
    assert "سابقة" in doc.raw[q.speaker.start:q.speaker.end]


def test_name_between_commas_before_kana_is_the_subject():
    text = ("أوضح سفيان طوبال أنه \"لا يوجد بالنظام الداخلي للبرلمان ما يسمى تجميد عضوية\"، "
            "بحسب تعبيره. يذكر أن النائب عن كتلة نداء تونس، الطاهر بطيخ، كان صرح في وقت سابق "
            "اليوم بأن 16 نائبا من كتلة الحركة تقدموا أمس بطلب تجميد عضوية.")
    doc, quotes = quotes_with(text, [("سفيان طوبال", "PER", "سفيان طوبال"),
                                     ("الطاهر بطيخ", "PER", "الطاهر بطيخ")])
    assert canon(by_content(doc, quotes, "16 نائبا")) == normalize("الطاهر بطيخ")


def test_without_that_after_wa_is_no_complement_of_speech():
    text = ("وقال زالا إنه فكر في روبوت، لكن طائرة بدون طيار ستكون قادرة على أداء مهمة كشف "
            "الألغام عن بعد ودون أن يلحقها أي ضرر.")
    doc, quotes = quotes_with(text, [("زالا", "PER", "زالا")])
    assert [doc.raw[q.cue.start:q.cue.end] for q in quotes] == ["وقال"]


def test_can_after_wa_is_no_complement_of_speech():
    text = ("كشفت دراسة حديثة أن المصافحة قد تكون مفيدة للصحة، ويمكن أن تساعد على تشخيص "
            "الأمراض.")
    doc, quotes = quotes_with(text, [])
    assert [doc.raw[q.cue.start:q.cue.end] for q in quotes] == ["كشفت"]


def test_speech_after_a_colon_without_marks_is_direct():
    text = ("وصرح المتحدث الأمني لوزارة الداخلية بأنه تم إحباط محاولة تهريب. وأضاف المتحدث: "
            "تمت محاولة تمريرها عبر الحدود في سيارة والقبض على سائقها.")
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "تمت محاولة")
    assert q.direct and doc.raw[q.content.start:q.content.end].endswith("على سائقها")


def test_bilqawl_without_complementizer_is_speech_and_ends_the_quote_before():
    text = ("قال النائب العجمي الوريمي إن الحوار ضروري. وأكد نائب الحركة أن النهضة ليست وراء ما "
            "يحدث في تطاوين، مستدركا بالقول مطالب المحتجين بالتنمية والتشغيل مشروعة.")
    doc, quotes = quotes_with(text, [("العجمي الوريمي", "PER", "العجمي الوريمي")])
    q = by_content(doc, quotes, "النهضة")
    assert doc.raw[q.content.start:q.content.end].endswith("في تطاوين")
    assert canon(by_content(doc, quotes, "مطالب المحتجين")) == normalize("العجمي الوريمي")


def test_cue_inside_speech_after_a_colon_is_no_quote_of_its_own():
    text = ("وأوضح ديتريش أن القرار غير قابل للتطبيق. وتابع : أعلم أن هذا القرار مثير للسخرية، "
            "لكننا نواجه وضعا سخيفا حقا.")
    doc, quotes = quotes_with(text, [("ديتريش", "PER", "ديتريش")])
    assert [doc.raw[q.cue.start:q.cue.end] for q in quotes] == ["وأوضح", "وتابع"]
    assert by_content(doc, quotes, "أعلم").direct
