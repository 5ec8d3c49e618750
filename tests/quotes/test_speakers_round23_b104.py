"""Speaker rules of round 23 (session 13, after the blind batches 104, 105 and 106 were scored
once), from their errors. Entities are set by hand (the spans NER gave on the article), so
the tests check the quote rules; each fails on the round-22 rules (base `1de7c30`)."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _span(doc, q) -> str:
    return doc.raw[q.speaker.start:q.speaker.end]


def test_feminine_attribution_not_taken_by_masculine_verb():
    # «في ما ذكرت العاملة» is remembered as feminine: «وأضاف» passes over it
    text = ("أكد الدكتور حسن السبوعي أن الجنين كان ميتا. و أوضح أن الوالد عاد لتسلم الجنين "
            "وقبل تسلمه قالت إحدى العاملات أنه قام بتحريك ساقه في ما ذكرت العاملة أنه أصدر "
            "صوتا. وأضاف أنه علم بالأمر عند ذلك.")
    doc, quotes = quotes_with(text, [("حسن السبوعي", "PER", "حسن السبوعي")])
    q = by_content(doc, quotes, "علم بالأمر")
    assert canon(q) == normalize("حسن السبوعي")


def test_two_word_name_tagged_as_its_first_word_and_dash_aside():
    text = ("ونقلت صحيفة \"ميرور\" عن كواك سيونغ، الذي خدم في أمن الدولة 40 عاما، أن كيم وجه "
            "هذا التهديد إلى سفراء بيونيانغ. وقال كواك –وهذا اسمه غير الحقيقي- إن الزعيم "
            "الكوري استدعى سفراء بيونيانغ في الخارج. ووصف سيونغ زعيم كوريا الشمالية بأنه "
            "يعاني من \"جنون العظمة\".")
    doc, quotes = quotes_with(text, [("ميرور", "ORG", "ميرور"), ("كواك", "PER", "كواك"),
                                     ("كيم", "PER", "كيم جونغ أون"),
                                     ("كواك#2", "PER", "كواك"), ("سيونغ#2", "PER", "سيونغ")])
    q = by_content(doc, quotes, "الزعيم الكوري")
    assert _span(doc, q) == "كواك"
    assert canon(q) == normalize("كواك سيونغ")
    q = by_content(doc, quotes, "يعاني")
    assert canon(q) == normalize("كواك سيونغ")


def test_participle_of_saying_after_verb_is_no_subject():
    text = ("كما حدث للألماني ماريو إيديه الذي عايش هذه الحالة، ويقول واصفاً شعوره: \"تشعر "
            "بالضياع عندما تفقد قدرتك على حركتك الطبيعية\".")
    doc, quotes = quotes_with(text, [("ماريو إيديه", "PER", "ماريو إيديه")])
    q = by_content(doc, quotes, "تشعر")
    assert canon(q) == normalize("ماريو إيديه")


def test_name_ending_a_relative_clause_before_the_verb():
    text = ("ماريو زار المستشفى طلباً للمساعدة.\nالفحوصات العديدة التي أجريت على ماريو "
            "أظهرت أنه يعاني من التهاب في أعصاب التوازن.")
    doc, quotes = quotes_with(text, [("ماريو", "PER", "ماريو إيديه"),
                                     ("ماريو#2", "PER", "ماريو إيديه")])
    q = by_content(doc, quotes, "يعاني")
    assert canon(q) is None and _span(doc, q).startswith("الفحوصات")


def test_given_name_repeated_after_a_profession():
    text = ("ويقول الطبيب كاي هيلينغ في هذا السياق: \"أسباب الدوار متنوعة\". ويعتقد الطبيب "
            "كاي هيلينغ أن السبب هو الفيروسات الهربسية.")
    doc, quotes = quotes_with(text, [("هيلينغ", "PER", "هيلينغ"),
                                     ("هيلينغ#2", "PER", "هيلينغ")])
    q = by_content(doc, quotes, "أسباب")
    assert canon(q) == normalize("كاي هيلينغ")


def test_town_cut_from_the_name_after_it():
    text = ("أكدت مبعوثة الجوهرة \"اف ام\" إلى تطاوين هاجر النوالي أن معتصمي الكامور سيواصلون "
            "اعتصامهم. وقد خرج المحتجون من تطاوين نحو الصحراء.")
    doc, quotes = quotes_with(text, [("اف ام", "ORG", "إف أم"),
                                     ("تطاوين هاجر النوالي", "PER", "تطاوين هاجر النوالي")])
    q = by_content(doc, quotes, "معتصمي")
    assert _span(doc, q) == "هاجر النوالي"
    assert canon(q) == normalize("هاجر النوالي")


def test_owner_of_statements_in_a_relative_is_someone_else():
    text = ("وأضاف طارق الحداد أن هذا التجاهل دليل على أنه لا قيمة لأرواح المواطنين معبرا عن "
            "غضبه من تصريحات وزير التشغيل التي قال فيها إن المعتصمين من أصحاب السوابق.")
    doc, quotes = quotes_with(text, [("طارق الحداد", "PER", "طارق الحداد")])
    q = by_content(doc, quotes, "المعتصمين")
    assert _span(doc, q) == "وزير التشغيل"
    assert canon(q) is None


def test_feminine_participle_after_an_agency():
    text = ("وكان وزير سياسة الهجرة اليوناني، يانيس موزالاس، عقد الأحد مؤتمرا صحافيا، ذكر فيه "
            "أن جواز السفر معروف للسلطات اليونانية \" مؤكدا أنه الوحيد الذي تلقوا بشأنه طلبا "
            "من السلطات الفرنسية\" بحسب ما نقلت عنه وكالة الصحافة الفرنسية، مضيفة أنه مجهول "
            "أيضا للقضاء الفرنسي.")
    doc, quotes = quotes_with(text, [("يانيس موزالاس", "PER", "يانيس موزالاس"),
                                     ("وكالة الصحافة الفرنسية", "ORG",
                                      "وكالة الصحافة الفرنسية")])
    q = by_content(doc, quotes, "مجهول")
    assert canon(q) == normalize("وكالة الصحافة الفرنسية")


def test_our_envoy_is_the_reporter_named_before():
    text = ("أفاد مبعوث \"الجوهرة أف أم\"، زهير الجيس، خلال مراسلته بأنه تقرر إلغاء التأشيرة "
            "بين البلدين.\nوأضاف موفدنا في مراسلة لبوليتيكا، أنه تقرر أيضا فتح خط جوي مباشر.")
    doc, quotes = quotes_with(text, [("الجوهرة أف أم", "ORG", "الجوهرة إف أم"),
                                     ("زهير الجيس", "PER", "زهير الجيس"),
                                     ("موفدنا", "PER", "وواكب موفدنا")])
    q = by_content(doc, quotes, "تقرر أيضا")
    assert canon(q) == normalize("زهير الجيس")


def test_place_after_its_head_is_no_guessed_name():
    text = ("أكد ممثل المعهد الوطني للتراث بولاية تطاوين أنه تم اكتشاف موقع أثري هام.\n"
            "وأضاف الدكتور علي الثابتي أن الموقع يعتبر ذا قيمة تاريخية عالية.")
    doc, quotes = quotes_with(text, [("المعهد الوطني للتراث بولاية تطاوين", "ORG",
                                      "المعهد الوطني للتراث بولاية تطاوين"),
                                     ("علي الثابتي", "PER", "علي الثابتي")])
    q = by_content(doc, quotes, "تم اكتشاف")
    assert _span(doc, q).startswith("ممثل")
    assert canon(q) == normalize("علي الثابتي")


def test_our_reporter_not_the_outlet_tagged_after_a_reporter_word():
    # guard: «مراسل الجوهرة أف أم» names the outlet (tagged PER), not the reporter; «مراسلنا،
    # رفيق العيادي،» is left to the name after it
    text = ("تعرض مدير المدرسة إلى الاعتداء بالعنف وفق ما أكده مراسل الجوهرة أف أم في الجهة.\n"
            "وأضاف مراسلنا أنه قد تم نقل المدير إلى المستشفى. وأضاف مراسلنا، رفيق العيادي، "
            "أن صاحب الضيعة قام باعتراض سبيل النائبة.")
    doc, quotes = quotes_with(text, [("الجوهرة أف أم", "PER", "الجوهرة إف أم"),
                                     ("رفيق العيادي", "PER", "رفيق العيادي")])
    q = by_content(doc, quotes, "قد تم نقل")
    assert canon(q) is None and _span(doc, q) == "مراسلنا"
    q = by_content(doc, quotes, "صاحب الضيعة")
    assert canon(q) == normalize("رفيق العيادي")
