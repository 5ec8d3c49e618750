"""Speaker rules of round 20 (session 12, after the blind batches 69 and 70 were scored once),
from their errors: a national body before the one spoken to («الشرطة الماليزية لرويترز»), a
definite title tagged as a name after its construct use («الوالي» after «والي المهدية، محمد
بودن»), a programme's guest tagged as a person, the clause a participle belongs to, a
relative «الذي قال إنه» inside a person's quote, the accusative noun of «أنّ» as the subject.
Entities are set by hand (the spans a NER would give), so the tests check the quote rules;
each fails on the rules of round 19 (`c2f41f5`) but the guards."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _span(doc, q) -> str:
    return doc.raw[q.speaker.start:q.speaker.end]


def test_national_body_before_glued_addressee():
    text = ("وقالت قناة تشوسون الفضائية إن كيم جونغ نام تم تسميمه في مطار بكوالالمبور. "
            "وقالت الشرطة الماليزية لرويترز إن رجلا غير محدد الهوية من كوريا الشمالية توفي "
            "في الطريق إلى المستشفى.")
    doc, quotes = quotes_with(text, [("تشوسون", "LOC", "تشوسون"),
                                     ("كيم جونغ نام", "PER", "كيم جونغ نام"),
                                     ("رويترز", "ORG", "رويترز")])
    q = by_content(doc, quotes, "رجلا غير محدد")
    assert _span(doc, q) == "الشرطة الماليزية"
    assert canon(q) == normalize("الشرطة الماليزية")


def test_national_government_still_named():
    # guard (round 18): the government and its nationality alone
    text = "وقالت الحكومة الألمانية إن الحدود ستبقى مفتوحة."
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "الحدود ستبقى")
    assert canon(q) == normalize("الحكومة الألمانية")


def test_definite_title_tagged_as_name_refers_to_titled_person():
    text = ("أكد والي المهدية، محمد بودن، خلال الدورة العادية للمجلس الجهوي، أن الولاية "
            "مستعدة للتكفل بتشغيل 10 أفراد.\nوأضاف الوالي أن عائلات المفقودين لم تتوصل "
            "بمساعدات.")
    doc, quotes = quotes_with(text, [("محمد بودن", "PER", "محمد بودن"),
                                     ("الوالي", "PER", "الوالي")])
    q = by_content(doc, quotes, "عائلات المفقودين")
    assert canon(q) == normalize("محمد بودن")


def test_guest_tagged_as_person_is_the_last_speaker():
    text = ("أكد الأمين العام للحزب الجمهوري عصام الشابي معارضة حزبه لقانون المصالحة.\n"
            "وأشار الشابي إلى أن وثيقة قرطاج لم تتضمن أي بند حول المصالحة. وندد ضيف بوليتيكا، "
            "الذي جدد دعم حزبه للحكومة، بمحاولات نسف كل الإيجابيات، إلا أنه شدد على أن حزبه "
            "لن يغير من مواقفه.")
    doc, quotes = quotes_with(text, [("عصام الشابي", "PER", "عصام الشابي"),
                                     ("الشابي#2", "PER", "عصام الشابي"),
                                     ("ضيف بوليتيكا", "PER", "ضيف بوليتيكا")])
    q = by_content(doc, quotes, "حزبه لن يغير")
    assert canon(q) == normalize("عصام الشابي")


def test_participle_after_relative_verb_with_resumptive_pronoun():
    text = ("اختارت الأمم المتحدة السعودية لعضوية لجنة حقوق المرأة، وهو ما أدانته منظمات "
            "حقوقية واصفة السعودية بـ \"النظام الأكثر كراهية للنساء\".")
    doc, quotes = quotes_with(text, [("الأمم المتحدة", "ORG", "الأمم المتحدة"),
                                     ("السعودية", "LOC", "السعودية")])
    q = by_content(doc, quotes, "النظام الأكثر")
    assert _span(doc, q) == "منظمات حقوقية"
    assert canon(q) is None


def test_masculine_participle_after_feminine_outlet_takes_person_after_anna():
    text = ("وذكرت صحيفة \"الإندبندت\" البريطانية أن هيليل نوير، المدير التنفيذي في منظمة "
            "مراقبة الأمم المتحدة، انتقد هذه الخطوة قائلا إن \"انتخاب السعودية لحماية حقوق "
            "المرأة هو كمن يضع مشعل الحرائق مسؤولا عن إطفائها\".")
    doc, quotes = quotes_with(text, [("الإندبندت", "ORG", "الإندبندت"),
                                     ("هيليل نوير", "PER", "هيليل نوير"),
                                     ("الأمم المتحدة", "ORG", "الأمم المتحدة")])
    q = by_content(doc, quotes, "انتخاب السعودية")
    assert canon(q) == normalize("هيليل نوير")


def test_agreeing_participle_keeps_the_main_speaker():
    # guard: «قال الوزير إن X …، مضيفا»: the participle agrees with the main cue
    text = ("وقال الوزير محمد صالح إن علي الهادي استقال من منصبه أمس، مضيفا أن الحكومة "
            "ستعين خلفا له.")
    doc, quotes = quotes_with(text, [("محمد صالح", "PER", "محمد صالح"),
                                     ("علي الهادي", "PER", "علي الهادي")])
    q = by_content(doc, quotes, "الحكومة ستعين")
    assert canon(q) == normalize("محمد صالح")


def test_relative_with_resumptive_inside_a_persons_quote():
    text = ("وقال رئيس الحكومة يوسف الشاهد إن اللقاء كان مناسبة هامة. وأضاف أن انعقاد اللجنة "
            "يشكل بوادر إيجابية لمزيد دفع التعاون الثنائي، الذي قال إنه لم يرتق بعد الى مستوى "
            "تطلعات البلدين.")
    doc, quotes = quotes_with(text, [("يوسف الشاهد", "PER", "يوسف الشاهد")])
    q = by_content(doc, quotes, "لم يرتق")
    assert canon(q) == normalize("يوسف الشاهد")


def test_accusative_person_noun_after_anna_is_the_subject():
    text = ("ذكرت تقارير صحفية أن الرئيس الأمريكي دونالد ترامب قام بتجهيز مكتبه بزر أحمر.\n"
            "غير أنّ صحفيا بوكالة \"أسوشيتد برس\" كشف سرّ هذا الزرّ و بيّن أن ترامب جهز به "
            "مكتبه، ليضغط عليه كلما احتاج مشروبا غازيا.")
    doc, quotes = quotes_with(text, [("دونالد ترامب", "PER", "دونالد ترامب"),
                                     ("أسوشيتد برس", "ORG", "أسوشيتد برس"),
                                     ("ترامب#2", "PER", "دونالد ترامب")])
    q = by_content(doc, quotes, "ترامب جهز")
    assert _span(doc, q) == "صحفيا بوكالة \"أسوشيتد برس\""
    assert canon(q) is None


def test_outlet_in_marks_after_reporter_is_no_quotation():
    text = ("أفاد مراسل \"الجوهرة أف أم\" بجندوبة بأن النائبة جيهان العويشي تعرضت اليوم "
            "لتهديدات على اثر تقديمها لملف فساد.")
    doc, quotes = quotes_with(text, [("الجوهرة أف أم", "ORG", "الجوهرة إف أم"),
                                     ("جيهان العويشي", "PER", "جيهان العويشي")])
    q = by_content(doc, quotes, "النائبة جيهان العويشي")
    assert not q.direct
    assert not any(doc.raw[x.content.start:x.content.end] == "الجوهرة أف أم" for x in quotes)


def test_relative_verb_then_preposition_is_no_subject():
    # guard: «التي سيجريها لنظيره الأمريكي مؤكدا»: a ل-phrase, the sentence's subject speaks
    text = ("وأفاد أردوغان أنه سيبحث الأمر خلال الزيارة التي سيجريها لنظيره الأمريكي مؤكدا "
            "أن موعد الزيارة لم يتحدد بعد.")
    doc, quotes = quotes_with(text, [("أردوغان", "PER", "أردوغان")])
    q = by_content(doc, quotes, "موعد الزيارة")
    assert canon(q) == normalize("أردوغان")


def test_feminine_relative_body_keeps_its_antecedent():
    # guard: «… عمادة المحامين التي قالت إنها»: the body, not the thread's person
    text = ("وأكدت سهام بن سدرين أن الهيئة تعد لشراكة مع المنظمات ومن بينها عمادة المحامين "
            "التي قالت إنها شكلت لجنة لتحديد فحوى هذا التعاون.")
    doc, quotes = quotes_with(text, [("سهام بن سدرين", "PER", "سهام بن سدرين")])
    q = by_content(doc, quotes, "شكلت لجنة")
    assert canon(q) != normalize("سهام بن سدرين")
