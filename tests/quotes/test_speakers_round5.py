"""Speaker and cue rules of round 5 (2026-11-29, evening), from the errors of the blind batches
18–20 and the remaining errors of the earlier blind batches, checked on unannotated ANT
articles: a compound given name and its surname, an outlet spoken to after a noun of
speaking, a quoted name or «الصادر عن» in a preverbal subject, a description used earlier as
a title, a partitive after «من», a plural verb inside a reported clause, a body named earlier
by its description, connectives before «أن», number ranges after «بين», «كتب» before a colon,
«جدّد», verbs of telling with an object pronoun; and, from the batch-21 errors after it was
scored, an office of a titled person, a time adjunct before the subject, a hyphenated
surname; and, from the unannotated sample, a Maghreb given name with ال and its surname,
«محدّثنا», a relative after «ذاته». Entities are set by hand (the spans a NER
would give), so these tests check the quote rules themselves; each fails on the rules of
commit ae862e7."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _contents(doc, quotes) -> list[str]:
    return [doc.raw[q.content.start:q.content.end] for q in quotes]


def _said(doc, q) -> str:
    return doc.raw[q.speaker.start:q.speaker.end]


def test_compound_given_name_takes_the_surname_after_it():
    text = ("وقال المدير الجهوي للفلاحة بالكاف، عز الدين قمر في تصريح لوكالة تونس إفريقيا "
            "للأنباء إنه تم توزيع البذور على الفلاحين. وأضاف أن الموسم سيكون واعدا.")
    doc, quotes = quotes_with(text, [("عز الدين", "PER", "عز الدين")])
    want = normalize("عز الدين قمر")
    assert canon(by_content(doc, quotes, "تم توزيع")) == want
    assert canon(by_content(doc, quotes, "الموسم سيكون")) == want


def test_outlet_after_a_noun_of_speaking_is_no_speaker():
    text = ("أكد الأمين العام للجامعة العامة للتعليم الأساسي مستوري القمودي في تصريح للجوهرة "
            "اف ام اليوم أن الإضراب سيتواصل إلى حين الاستجابة لمطالب المربين.")
    doc, quotes = quotes_with(text, [("للجامعة العامة للتعليم الأساسي مستوري القمودي", "ORG",
                                      "للجامعة العامة للتعليم الأساسي مستوري القمودي"),
                                     ("لجوهرة اف ام", "PER", "لجوهرة اف ام")])
    q = by_content(doc, quotes, "الإضراب سيتواصل")
    assert q.speaker is not None and "اف ام" not in _said(doc, q)


def test_quoted_name_and_issued_by_inside_a_preverbal_subject():
    text = ('وقال المتحدث باسم الشركة إن الهواتف ستعود إلى الأسواق. ورغم ذلك إلا أن موقع '
            '"ذا فيرج" أكد أن المشكلة لم تحل بعد. وقال خبراء اقتصاديون إن الأسعار مستقرة، إلا '
            'أن التقرير الأخير الصادر عن الهيئة يقول إن الأسعار سترتفع.')
    doc, quotes = quotes_with(text, [])
    assert canon(by_content(doc, quotes, "المشكلة لم")) == normalize("ذا فيرج")
    q = by_content(doc, quotes, "الأسعار سترتفع")
    assert q.speaker is not None and _said(doc, q).startswith("التقرير")


def test_description_used_earlier_as_a_title_names_the_person():
    text = ("أكّد الديبلوماسي السابق أحمد ونيس ضرورة الحياد تجاه الأزمة. وقالت النائبة سامية "
            "عبو إن الحكومة مطالبة بالتوضيح. وأوضح الديبلوماسي السابق أن دول الخليج تعيش "
            "معركة حول القيادة، متابعا أن تونس لن تتأثر بها.")
    doc, quotes = quotes_with(text, [("أحمد ونيس", "PER", "أحمد ونيس"),
                                     ("سامية عبو", "PER", "سامية عبو")])
    want = normalize("أحمد ونيس")
    assert canon(by_content(doc, quotes, "دول الخليج")) == want
    assert canon(by_content(doc, quotes, "تونس لن")) == want


def test_partitive_after_min_and_telling_verb_with_an_object_pronoun():
    text = ("وأوضح رئيس اللجنة أن مسؤولين من الفيفا أخبروه أنهم بصدد الإعداد لمؤتمر "
            "انتخابي في الصيف المقبل.")
    doc, quotes = quotes_with(text, [("الفيفا", "ORG", "الفيفا")])
    q = by_content(doc, quotes, "بصدد الإعداد")
    assert canon(q) is None and _said(doc, q).startswith("مسؤولين")


def test_plural_verb_inside_a_reported_clause_takes_its_group():
    text = ('ويقول سامي الذي تم تحريره الشهر الماضي، إن قيادات التنظيم كانوا يعلّمون الأطفال '
            'استعمال الأسلحة، ويقولون لهم "استخدموا السلاح ضد كل من حولكم". كما قال إنه شاهد '
            'عمليات إعدام كثيرة.')
    doc, quotes = quotes_with(text, [("سامي", "PER", "سامي")])
    q = by_content(doc, quotes, "استخدموا السلاح")
    assert canon(q) is None and _said(doc, q).startswith("قيادات")
    assert canon(by_content(doc, quotes, "شاهد عمليات")) == normalize("سامي")


def test_body_named_earlier_by_its_description():
    text = ("اعتبرت الغرفة الوطنية لوكلاء السيارات التابعة لمنظمة الأعراف القرار مجحفا. "
            "وذكرت الغرفة في بلاغ لها أن القطاع يشغل آلاف العمال.")
    doc, quotes = quotes_with(text, [])
    assert canon(by_content(doc, quotes, "القطاع يشغل")) == \
        normalize("الغرفة الوطنية لوكلاء السيارات")


def test_connectives_and_number_ranges_open_no_quote():
    text = ("واعتبر المدرب تصرف الرئيس تدخلا في مهامه غير أن بعض أعضاء الهيئة تدخلوا لتطويق "
            "الخلاف. وأبرز الوزير أهمية الإصلاحات، ذلك أن الصادرات تراجعت كثيرا. وأضاف "
            "المدير أن نسبة تقدم الأشغال تتراوح بين 15 و77 بالمائة وأن الكلفة تقدر بمليون "
            "دينار.")
    doc, quotes = quotes_with(text, [])
    contents = _contents(doc, quotes)
    assert not any(c.startswith(("بعض أعضاء", "الصادرات", "الكلفة")) for c in contents)
    assert any(c.startswith("نسبة تقدم") for c in contents)


def test_kataba_before_a_colon_and_a_renewed_statement():
    text = ('وكتب الوزير على حسابه في تويتر: "سنواصل العمل من أجل كل التونسيين دون '
            'استثناء". وكتب رسالة إلى أخيه يعترف فيها بخطئه، حيث أورد فيها قوله: "كان يجب أن '
            'أعتذر منذ سنوات طويلة". وجدّدت الحركة تأكيدها بأن لا علاقة لها بالرابطات المنحلة.')
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "سنواصل العمل")
    assert q.direct and doc.raw[q.cue.start:q.cue.end] == "وكتب"
    q = by_content(doc, quotes, "كان يجب")
    assert doc.raw[q.cue.start:q.cue.end] == "قوله"
    q = by_content(doc, quotes, "لا علاقة")
    assert doc.raw[q.cue.start:q.cue.end] == "وجدّدت"


def test_office_of_a_titled_person_is_unnamed():
    text = ('وقال مكتب الرئيس إبراهيم محمد صالح في بيان يوم الثلاثاء إن المشروع جزء من برنامج '
            'تنموي واسع. وأضاف "ترفض الإدارة جملة وتفصيلا المزاعم التي نشرتها المعارضة."')
    doc, quotes = quotes_with(text, [("إبراهيم محمد صالح", "PER", "إبراهيم محمد صالح")])
    for start in ("المشروع جزء", "ترفض الإدارة"):
        q = by_content(doc, quotes, start)
        assert canon(q) is None and _said(doc, q).startswith("مكتب")


def test_time_adjunct_before_the_subject_and_a_hyphenated_surname():
    text = ("أكد اليوم الثلاثاء النائب حافظ الزواري أن المشاريع الكبرى ستنطلق قريبا. وأوضحت "
            "كاترين جورينج-إكارت، رئيسة الكتلة، أن الحكومة لم تقدم أي ضمانات.")
    doc, quotes = quotes_with(text, [("حافظ الزواري", "PER", "حافظ الزواري"),
                                     ("كاترين جورينج", "PER", "كاترين جورينج")])
    assert canon(by_content(doc, quotes, "المشاريع الكبرى")) == normalize("حافظ الزواري")
    assert canon(by_content(doc, quotes, "الحكومة لم")) == normalize("كاترين جورينج-إكارت")


def test_maghreb_given_name_with_the_article_takes_its_surname():
    text = ("أكد رئيس الحكومة الحبيب الصيد اليوم أن كل التعيينات الجديدة كانت مسؤوليته، مضيفا "
            "أنه يحظى بدعم تام من البرلمان.")
    doc, quotes = quotes_with(text, [("الحبيب", "PER", "الحبيب")])
    want = normalize("الحبيب الصيد")
    assert canon(by_content(doc, quotes, "كل التعيينات")) == want
    assert canon(by_content(doc, quotes, "يحظى بدعم")) == want


def test_interlocutor_and_a_relative_after_dhatuhu():
    text = ("قال المخرج رشيد فرشيو إنه تلقى اتصالا من الرئاسة. يضيف محدّثنا أنه رفض العرض "
            "الفرنسي. واوضح العميد بوبكر غريب أن الطالب يطالب بترسيمه وهو ما نفاه الطالب ذاته "
            "الذي أكد أنه سحب ترسيمه منذ عامين.")
    doc, quotes = quotes_with(text, [("رشيد فرشيو", "PER", "رشيد فرشيو"),
                                     ("بوبكر غريب", "PER", "بوبكر غريب")])
    assert canon(by_content(doc, quotes, "رفض العرض")) == normalize("رشيد فرشيو")
    q = by_content(doc, quotes, "سحب ترسيمه")
    assert canon(q) != normalize("بوبكر غريب") and _said(doc, q).startswith("الطالب")
