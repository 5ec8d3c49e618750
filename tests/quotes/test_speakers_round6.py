"""Speaker rules of round 6 (2026-11-29, night), from the errors of the blind batches 22–24
(first scores) and checked on all dev and on unannotated ANT articles: a canonical name spelt
as the article writes it, a «بو…» surname NER left out, a surname already linked to a full
name, a title phrase or a definite profession named by the article's only person of that
gender (before or after it: cataphora), a preverbal subject before «كانت قد», a body head
named by its earlier construct use, the subject of the verb that opened the sentence before,
a name NER cut in two. Entities are set by hand (the spans a NER would give), so these tests
check the quote rules themselves; each test fails on the rules of commit 4124861 except the
two that guard the limits (an adverb «بوضوح», two persons of one gender)."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _said(doc, q) -> str:
    return doc.raw[q.speaker.start:q.speaker.end]


def test_canonical_name_keeps_the_article_spelling():
    # the repair layer reads «جوسيف» as «جوزيف»; the name is given as written
    text = ("غاب الرئيس السابق للإتحاد الدولي لكرة القدم، جوسيف بلاتر عن الأنظار. وأجرى بلاتر "
            "مقابلة مع قناة سويسرية، وقال إنه لم يكن سعيدا بإسناد المونديال إلى قطر.")
    doc, quotes = quotes_with(text, [("جوسيف بلاتر", "PER", "جوزيف بلاتر"),
                                     ("بلاتر#2", "PER", "جوزيف بلاتر")])
    assert canon(by_content(doc, quotes, "لم يكن سعيدا")) == normalize("جوسيف بلاتر")


def test_bu_surname_after_a_two_word_name():
    text = ("نفت وزيرة المالية لمياء الزريبي بوجناح أن تكون قد صرحت بإمكانية تراجع سعر الدينار. "
            "وأكدت في هذا الإطار أن سعر الدينار رجع إلى مستواه.")
    doc, quotes = quotes_with(text, [("لمياء الزريبي", "PER", "لمياء الزريبي")])
    assert canon(by_content(doc, quotes, "سعر الدينار رجع")) == normalize("لمياء الزريبي بوجناح")


def test_bu_word_that_is_an_adverb_is_no_surname():
    text = "وقال الوزير محمد الناصر بوضوح إن الحكومة ماضية في الإصلاحات."
    doc, quotes = quotes_with(text, [("محمد الناصر", "PER", "محمد الناصر")])
    assert canon(by_content(doc, quotes, "الحكومة ماضية")) == normalize("محمد الناصر")


def test_surname_linked_to_a_full_name_takes_no_word_before_it():
    text = ("قال الرئيس التركي رجب طيب أردوغان، في كلمة ألقاها بمدينة اسطنبول اليوم الأحد، إن "
            "هولندا ستدفع ثمن تصرفاتها. وبثت قناة \"تي ار تي\" التركية، كلمة أردوغان التي قال "
            "خلالها \"حذرت من ظهور النازية التي كانت نائمة\".")
    doc, quotes = quotes_with(text, [("رجب طيب أردوغان", "PER", "رجب طيب أردوغان"),
                                     ("أردوغان#2", "PER", "رجب طيب أردوغان")])
    want = normalize("رجب طيب أردوغان")
    assert canon(by_content(doc, quotes, "هولندا ستدفع")) == want
    assert canon(by_content(doc, quotes, "حذرت من ظهور")) == want


def test_title_phrase_named_by_the_person_written_later():
    text = ("قالت رئيسة لجنة التحقيق البرلمانية حول شبكات تسفير الشباب إنه يجب العمل على كشف "
            "الأطراف المتورطة. وأضافت أن عملية التسفير كانت منظمة. وفي تعليقها على الاتهامات، "
            "أوضحت الشتاوي أن تحقيقات جارية في الغرض.")
    doc, quotes = quotes_with(text, [("الشتاوي", "PER", "الشتاوي")])
    assert canon(by_content(doc, quotes, "يجب العمل")) == normalize("الشتاوي")
    assert canon(by_content(doc, quotes, "عملية التسفير")) == normalize("الشتاوي")


def test_definite_profession_refers_to_the_only_person():
    text = ("أعلن الدكتور مكرم حشلاف، أستاذ مبرز في الأمراض السرطانية، أنه سيتم تنظيم تظاهرة "
            "تحسيسية. وفي سياق متصل، أفاد الطبيب المتخصص في أمراض السرطان أنه سيتم تنظيم "
            "تظاهرة ضد التدخين.")
    doc, quotes = quotes_with(text, [("مكرم حشلاف", "PER", "مكرم حشلاف")])
    assert canon(by_content(doc, quotes, "سيتم تنظيم تظاهرة ضد")) == normalize("مكرم حشلاف")


def test_title_phrase_stays_unnamed_with_two_persons_of_its_gender():
    text = ("قال المدير العام للشركة إن الأرباح ارتفعت. وأكد أحمد السالمي أن الاستثمار تضاعف. "
            "وأوضح محمد الطرابلسي أن المصنع الجديد سيفتح أبوابه.")
    doc, quotes = quotes_with(text, [("أحمد السالمي", "PER", "أحمد السالمي"),
                                     ("محمد الطرابلسي", "PER", "محمد الطرابلسي")])
    assert canon(by_content(doc, quotes, "الأرباح ارتفعت")) is None


def test_preverbal_subject_before_kana_qad():
    text = ("قال علماء من جامعة ليفربول البريطانية إن الاستجمام مضر بالصحة. يذكر أن إحصائيات "
            "سابقة كانت قد بينت أن نحو 66% من سكان البلدان الباردة يفضلون قضاء العطل على "
            "الشاطئ.")
    doc, quotes = quotes_with(text, [("ليفربول البريطانية", "ORG", "ليفربول البريطانية")])
    q = by_content(doc, quotes, "نحو 66%")
    assert canon(q) is None and _said(doc, q).startswith("إحصائيات")


def test_body_head_named_by_its_earlier_construct_use():
    text = ("وجاء في بلاغ لوزارة الداخلية أن وحدات الحرس الوطني عثرت على جثة أحد متساكني الجهة. "
            "وأضافت الوزارة أنه تم الإحتفاظ بمرتكب جريمة القتل.")
    doc, quotes = quotes_with(text, [])
    assert canon(by_content(doc, quotes, "تم الإحتفاظ")) == normalize("وزارة الداخلية")


def test_subject_of_the_sentence_before_goes_on():
    text = ("نوهت مديرة البنك الدولي لمنطقة المغرب العربي ومالطا، ماري فرانسواز ماري نيلي، بما "
            "جاء في الخطاب الذي ادلى به رئيس الحكومة يوسف الشاهد. واشارت في تصريح عقب لقائها "
            "برئيس الحكومة يوسف الشاهد بقصر الحكومة، الى ان مشاريع التعاون ستوجه الى المناطق "
            "ذات الاولوية.")
    doc, quotes = quotes_with(text, [("ماري فرانسواز", "PER", "ماري فرانسواز"),
                                     ("ماري نيلي", "PER", "ماري نيلي"),
                                     ("يوسف الشاهد", "PER", "يوسف الشاهد"),
                                     ("يوسف الشاهد#2", "PER", "يوسف الشاهد")])
    assert canon(by_content(doc, quotes, "مشاريع التعاون")) == \
        normalize("ماري فرانسواز ماري نيلي")


def test_previous_sentence_person_noun_of_the_cue_gender():
    text = ("أكد أطباء جزائريون اليوم السبت أن نصف المصابين بداء السكري يتعرضون إلى الفشل الكلوي. "
            "من جهته دعا طبيب مختص في التغذية المرضى الى استشارة الطبيب قبل الصيام. وأوضح أنه "
            "من الضروري إجراء تحاليل دورية كل 3 أشهر.")
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "من الضروري")
    assert canon(q) is None and _said(doc, q).startswith("طبيب مختص")


def test_club_goes_by_its_name():
    text = ("ذكر نادي إشبيلية في بيان أن الجامعة الأرجنتينية ستدفع بند الشراء في عقد المدرب. "
            "وقال النادي الإفريقي إن لاعبه سيعود إلى التمارين.")
    doc, quotes = quotes_with(text, [("نادي إشبيلية", "ORG", "نادي إشبيلية"),
                                     ("النادي الإفريقي", "ORG", "النادي الإفريقي")])
    assert canon(by_content(doc, quotes, "الجامعة الأرجنتينية")) == normalize("إشبيلية")
    assert canon(by_content(doc, quotes, "لاعبه سيعود")) == normalize("النادي الإفريقي")


def test_feminine_noun_after_a_masculine_verb_is_its_object():
    text = ("أكد مدير المدرسة الإعدادية النموذجية بسوسة، نجيم بالضياف أنه لم يتلق أي قرار رسمي "
            "من وزارة التربية بخصوص إقالته. واستنكر بالضياف التهم التي وجهت له، مضيفا أنه تعرض "
            "للإهانة والتشهير. وطالب الوزارة برد الاعتبار له والاعتذار، قائلا إن هناك تراتيب "
            "إدارية وقوانين تتبع.")
    doc, quotes = quotes_with(text, [("نجيم بالضياف", "PER", "نجيم بالضياف"),
                                     ("وزارة التربية", "ORG", "وزارة التربية"),
                                     ("بالضياف#2", "PER", "نجيم بالضياف")])
    assert canon(by_content(doc, quotes, "هناك تراتيب")) == normalize("نجيم بالضياف")
