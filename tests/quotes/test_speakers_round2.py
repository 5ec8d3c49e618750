"""Speaker and cue rules of the second generalization round (2026-11-29, late afternoon), from
the remaining errors of batch 11 and from unannotated ANT articles: canonical names tidied
(honorifics, a parenthesis, an alias in parentheses, a body speaking for its institution),
«منظمة الدفاع عن المستهلك», verbs of finding («أظهرت/أثبتت … أن») and forms that are no cue,
media attributions, appositions after a title, «أما X، فقد», title antecedents with the same
complement, bodies named by a definite head and its adjectives. Entities are set by hand (the
spans a NER would give), so these tests check the quote rules themselves."""
from __future__ import annotations


from khabar.quotes.edges import name_start
from khabar.quotes.finish import Aliases, institution_of, tidy
from khabar.text.normalize import normalize
from quote_util import quotes_with, by_content, canon


_quotes = quotes_with


def _contents(doc, quotes) -> list[str]:
    return [doc.raw[q.content.start:q.content.end] for q in quotes]


def test_tidy_drops_honorifics_and_stray_punctuation():
    assert tidy("بروفيسور كيفن ماكونواي") == "كيفن ماكونواي"
    assert tidy("الشيخ محمد بن عبد الرحمن آل ثاني") == "محمد بن عبد الرحمن آل ثاني"
    assert tidy("إدارة الطيران والفضاء الأمريكية (ناسا") == "إدارة الطيران والفضاء الأمريكية"
    assert tidy("«وزارة الصحة»،") == "وزارة الصحة"
    # two words stay as written: «الدكتور» alone with a surname is the only name there is
    assert tidy("الدكتور العبيدي") == "الدكتور العبيدي"


def test_alias_in_parentheses_and_body_of_an_institution():
    raw = "أعلنت إدارة الطيران والفضاء الأمريكية (ناسا) أنها تراقب كويكبا."
    al = Aliases(raw)
    end = raw.index(" (")
    al.note(raw.index("إدارة"), end, "إدارة الطيران والفضاء الأمريكية")
    assert al.expand("ناسا") == "إدارة الطيران والفضاء الأمريكية"
    assert al.expand("وزارة الصحة") == "وزارة الصحة"
    norms = [normalize(w) for w in "استنكرت إدارة المسرح الوطني التونسي الحملة".split()]
    surf = "استنكرت إدارة المسرح الوطني التونسي الحملة".split()
    assert institution_of("إدارة المسرح الوطني", norms, surf) == "المسرح الوطني التونسي"
    assert institution_of("إدارة الطيران والفضاء الأمريكية", norms, surf) is None


def test_alias_speaker_takes_the_full_name():
    text = ("أعلنت إدارة الطيران والفضاء الأمريكية (ناسا) أنها تراقب كويكبا قد يمر بالقرب من "
            "الأرض. وأشارت ناسا إلى أن احتمالات اصطدام الكويكب بالأرض ضعيفة جدا.")
    doc, quotes = _quotes(text, [("ناسا", "PER", "ناسا")])
    want = normalize("إدارة الطيران والفضاء الأمريكية")
    assert canon(by_content(doc, quotes, "تراقب كويكبا")) == want
    assert canon(by_content(doc, quotes, "احتمالات اصطدام")) == want


def test_defence_organisation_keeps_its_object():
    text = "وقالت منظمة الدفاع عن المستهلك إن المواطنين يرفضون تداول القطعة النقدية الجديدة."
    doc, quotes = _quotes(text, [])
    assert canon(by_content(doc, quotes, "المواطنين يرفضون")) == \
        normalize("منظمة الدفاع عن المستهلك")


def test_verbs_of_finding_and_forms_that_are_no_cue():
    text = ("وأثبتت الفحوصات الأولية أن أسباب التسمم تعود إلى تناول البسكويت. وأكد الوزير أن "
            "هذه الشراكة أعطت ثمارها وأتت أكلها وأثبتت أنها مجلبة للربح. وتبين أن الحادث "
            "عرضي. ويلاحظ أن الأسعار ارتفعت. وأشارت تقارير غير مؤكدة إلى أن سبعة أشخاص قتلوا.")
    doc, quotes = _quotes(text, [])
    contents = _contents(doc, quotes)
    assert any(c.startswith("أسباب التسمم") for c in contents)
    assert by_content(doc, quotes, "أسباب التسمم").speaker is not None
    # the coordinated «وأثبتت أنها» stays inside the minister's quote
    assert any(c.startswith("هذه الشراكة") and "مجلبة للربح" in c for c in contents)
    assert not any(c.startswith(("مجلبة", "الحادث عرضي", "الأسعار ارتفعت")) for c in contents)
    assert any(c.startswith("سبعة أشخاص") for c in contents)


def test_media_attribution_does_not_take_over_the_person():
    text = ('وقال الباحث أحمد سيداغات إن "الاكتئاب هو السبب الأكبر لتراجع الإنتاجية"، بحسب ما '
            'ذكر موقع سكاي نيوز عربية. وأضاف: "هذه النتائج مفاجئة للغاية بالنسبة إلينا".')
    doc, quotes = _quotes(text, [("أحمد سيداغات", "PER", "أحمد سيداغات"),
                                 ("سكاي نيوز", "ORG", "سكاي نيوز")])
    assert canon(by_content(doc, quotes, "هذه النتائج")) == normalize("أحمد سيداغات")


def test_writers_remark_with_ma_is_no_source():
    text = ("قال رئيس الحكومة يوسف الشاهد إن تونس أخفقت في تحقيق الأهداف الاقتصادية، وهو ما "
            "أكدته الاحتجاجات التي تشهدها بعض الجهات. وأكد أن السبب يعود إلى غياب الإصلاحات.")
    doc, quotes = _quotes(text, [("يوسف الشاهد", "PER", "يوسف الشاهد")])
    assert canon(by_content(doc, quotes, "السبب يعود")) == normalize("يوسف الشاهد")


def test_apposition_after_a_title_for_a_participle():
    text = ("من جانبه، أكد المدير العام لبنك الأمان، أحمد كرم، دعم البنوك لمنظومة التمويل "
            "الصغير، مشيرا إلى أن موافقة المجموعة البنكية تجسد الحوكمة.")
    doc, quotes = _quotes(text, [("بنك الأمان", "ORG", "بنك الأمان"),
                                 ("أحمد كرم", "PER", "أحمد كرم")])
    assert canon(by_content(doc, quotes, "موافقة المجموعة")) == normalize("أحمد كرم")


def test_topic_after_amma_with_faqad():
    text = ("وقالت الناطقة ماريا كاري إن المحاكمات سياسية. أما حزب المبادرة الوطنية الدستورية، "
            "فقد اعتبر أن هذه المحاكمات قد تتسبب في توتر الأجواء.")
    doc, quotes = _quotes(text, [("ماريا كاري", "PER", "ماريا كاري")])
    q = by_content(doc, quotes, "هذه المحاكمات")
    assert doc.raw[q.speaker.start:q.speaker.end].startswith("حزب المبادرة")


def test_title_antecedent_with_the_same_complement_first():
    text = ("وأكد رئيس الوفد، عبد العزيز القطي، أن الزيارة ناجحة. وأعرب القطي عن ثقته تحت "
            "قيادة الرئيس بشار الأسد. ورأى رئيس الوفد أن كل تونسي رفع السلاح أخطأ.")
    doc, quotes = _quotes(text, [("عبد العزيز القطي", "PER", "عبد العزيز القطي"),
                                 ("القطي", "PER", "عبد العزيز القطي"),
                                 ("بشار الأسد", "PER", "بشار الأسد")])
    assert canon(by_content(doc, quotes, "كل تونسي")) == normalize("عبد العزيز القطي")


def test_definite_body_takes_its_adjectives_and_no_verb():
    text = ("عبرت النقابة الوطنية للصحفيين التونسيين عن استغرابها من الحصانة، في حين أن "
            "النقابة تقدمت بشكاية لوزير العدل. وذكرت النقابة أن المدعو شفيق جراية صرح بذلك.")
    doc, quotes = _quotes(text, [("شفيق جراية", "PER", "شفيق جراية")])
    assert canon(by_content(doc, quotes, "المدعو")) == \
        normalize("النقابة الوطنية للصحفيين التونسيين")


def test_head_only_org_mention_is_a_description():
    text = ("وتقول المنظمة الدولية للهجرة إن أكثر من 45 ألف شخص وصلوا إلى إيطاليا. وأضافت "
            "المنظمة أن الوفيات الجديدة تضاف إلى حصيلة ثقيلة.")
    doc, quotes = _quotes(text, [("المنظمة الدولية للهجرة", "ORG", "المنظمة الدولية للهجرة"),
                                 ("المنظمة أن", "ORG", "المنظمة أن")])
    assert canon(by_content(doc, quotes, "الوفيات")) == normalize("المنظمة الدولية للهجرة")


def test_quoted_name_after_an_organisation_head():
    text = ('إعتبرت منظمة "هيومن رايتس ووتش"، أن الإقامة الجبرية تنتهك الحقوق. كما أعلنت '
            'إدارة مجموعة "رينو" الفرنسية أنها أوقفت العمل في مصانعها.')
    doc, quotes = _quotes(text, [])
    assert canon(by_content(doc, quotes, "الإقامة")) == normalize("هيومن رايتس ووتش")
    assert canon(by_content(doc, quotes, "أوقفت")) == normalize("رينو")


def test_adverbials_are_no_subject():
    text = ('يقول تيرينس كيلي إن الإفطار خطير. فلاحظ مرة أخرى أن نسبة السكر تبقى مرتفعة. '
            'وقال مجدي عياش إن الدورة ناجحة. وعن المقاطعة فقال بكل وضوح: إن الكأس مفتوحة '
            'لكل الأطفال.')
    doc, quotes = _quotes(text, [("تيرينس كيلي", "PER", "تيرينس كيلي"),
                                 ("مجدي عياش", "PER", "مجدي عياش")])
    assert canon(by_content(doc, quotes, "نسبة السكر")) == normalize("تيرينس كيلي")
    assert canon(by_content(doc, quotes, "الكأس مفتوحة")) == normalize("مجدي عياش")


def test_kaf_glued_to_a_foreign_name_is_put_back():
    assert name_start("كيشي", 1, set()) == 0
    assert name_start("كالوزير", 1, set()) == 1


def test_no_speech_complementizer_and_impersonal_with_pronoun():
    text = ("وأكد استعداد الاتحاد للتفاعل مع الحكومة لإيجاد الحلول التي من شأنها أن تحسن "
            "الاستقرار في البلاد. غير أنه تبيّن له أن ابنه قد أحدث بعض الحركات.")
    doc, quotes = _quotes(text, [])
    contents = _contents(doc, quotes)
    assert not any(c.startswith(("تحسن", "ابنه")) for c in contents)


def test_demonstrative_subject_and_addressee_in_quotation_marks():
    text = ('كشف اليوم محمد رؤوف اليوسفي، الناطق الرسمي باسم المحكمة، لـ "الجوهرة أف أم" '
            'حقائق حول حادثة رضيع مستشفى "فرحات حشاد". وقال إن عملية الاحتفاظ تمت وفق القانون. '
            'وتضيف هذه البيانات أنه تم نقل الرضيع إلى قسم آخر.')
    doc, quotes = _quotes(text, [("محمد رؤوف اليوسفي", "PER", "محمد رؤوف اليوسفي"),
                                 ("الجوهرة أف أم", "ORG", "الجوهرة أف أم"),
                                 ("فرحات حشاد", "PER", "فرحات حشاد")])
    assert canon(by_content(doc, quotes, "عملية الاحتفاظ")) == normalize("محمد رؤوف اليوسفي")
    q = by_content(doc, quotes, "تم نقل")
    assert q.speaker.canonical is None and doc.raw[q.speaker.start:q.speaker.end] == "البيانات"


def test_alias_with_the_article():
    raw = "وفق التقرير الصادر عن الهيئة العليا المستقلة للاتصال السمعي البصري (هايكا) أمس."
    al = Aliases(raw)
    name = "الهيئة العليا المستقلة للاتصال السمعي البصري"
    al.note(raw.index(name), raw.index(name) + len(name), name)
    assert al.expand("الهايكا") == name and al.expand("هايكا") == name


def test_name_ending_with_al_and_ministry_with_coordinated_nouns():
    text = ("قال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني، اليوم، إن بلاده ليست مستعدة "
            "لتغيير سياستها. وأوضحت وزارة تكنولوجيات الاتصال والاقتصاد الرقمي في بلاغ لها، أن "
            "الخدمة ستنطلق اليوم.")
    doc, quotes = _quotes(text, [("محمد بن عبد الرحمن آل", "PER", "محمد بن عبد الرحمن آل"),
                                 ("وزارة تكنولوجيات الاتصال", "ORG",
                                  "وزارة تكنولوجيات الاتصال")])
    assert canon(by_content(doc, quotes, "بلاده")) == normalize("محمد بن عبد الرحمن آل ثاني")
    assert canon(by_content(doc, quotes, "الخدمة")) == \
        normalize("وزارة تكنولوجيات الاتصال والاقتصاد الرقمي")


def test_given_name_alone_and_impersonal_masdar():
    text = ('ويمكن وصف الوظيفة بأنها وظيفة العمر. وقال منسق التجربة أرنود بيك: "الفكرة هي '
            'استنساخ حالة انعدام الوزن". وحذر أرنود من أن الوظيفة أصعب مما يبدو عليها.')
    doc, quotes = _quotes(text, [("أرنود بيك", "PER", "أرنود بيك"), ("أرنود", "PER", "أرنود")])
    assert not any(c.startswith("وظيفة العمر") for c in _contents(doc, quotes))
    assert canon(by_content(doc, quotes, "الوظيفة أصعب")) == normalize("أرنود بيك")
