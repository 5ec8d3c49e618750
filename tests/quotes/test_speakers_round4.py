"""Speaker and cue rules of round 4 (2026-11-29, evening), from the errors of the blind batches
14–16 and checked on unannotated ANT/EASC articles: names after «يدعى», prepositional objects,
relatives and outlets spoken to, spokespersons, a body's head word, a programme's guest, an
apposition after a name, objects in -ين, genitives after «ل», verbs of finding, reporting and
provisions, the preposition «بين», nominal objects after «على». Entities are set by hand (the
spans a NER would give), so these tests check the quote rules themselves."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _contents(doc, quotes) -> list[str]:
    return [doc.raw[q.content.start:q.content.end] for q in quotes]


def test_called_name_goes_on_and_a_programme_after_abr_is_no_subject():
    text = ("توجه مواطن أصيل المهدية يدعى توفيق نصيب عبر بوليتيكا اليوم بنداء استغاثة "
            "للسلطات. وأوضح أن زوجته غادرت البلاد منذ سنوات. وأكد توفيق أن الطفلين "
            "يرفضان الالتحاق بوالدتهما.")
    doc, quotes = quotes_with(text, [("يدعى توفيق", "PER", "يدعى توفيق"),
                                     ("بوليتيكا", "ORG", "بوليتيكا"),
                                     ("توفيق#2", "PER", "توفيق")])
    want = normalize("توفيق نصيب")
    assert canon(by_content(doc, quotes, "زوجته غادرت")) == want
    assert canon(by_content(doc, quotes, "الطفلين يرفضان")) == want


def test_relative_is_unnamed_and_the_outlet_spoken_to_is_no_speaker():
    text = ('وقالت والدة الطفل لصحيفة "إكسبرسن" إن الشرطي سأل ابنها عن رخصة القيادة. '
            "وذكرت الوالدة أنهم كانوا في نزهة خارج المنزل.")
    doc, quotes = quotes_with(text, [("إكسبرسن", "PER", "إكسبرسن")])
    for start in ("الشرطي سأل", "كانوا في نزهة"):
        q = by_content(doc, quotes, start)
        assert q.speaker is not None and q.speaker.canonical is None
        assert doc.raw[q.speaker.start:q.speaker.end].split()[0] in ("والدة", "الوالدة")


def test_spokesperson_is_not_the_body_and_a_body_head_is_no_person():
    text = ("وقالت المتحدثة باسم شركة سبرينت إن موظفي التجزئة أبلغوا بإزالة الهواتف. "
            "واعتقدت كارلي ماكي أن المخالفات غير قابلة للتنفيذ. وقالت المحكمة إن ماكي خرقت "
            "العقد الخاص بالشركة.")
    doc, quotes = quotes_with(text, [("شركة سبرينت", "ORG", "سبرينت"),
                                     ("كارلي ماكي", "PER", "كارلي ماكي"),
                                     ("ماكي#2", "PER", "كارلي ماكي")])
    assert canon(by_content(doc, quotes, "موظفي التجزئة")) is None
    assert canon(by_content(doc, quotes, "ماكي خرقت")) is None


def test_programme_guest_is_the_person_of_the_article():
    text = ("أقر وزير التربية ناجي جلول اليوم بانتشار الظاهرة في المؤسسات التربوية. وقال ضيف "
            '"بوليتيكا" إن هذه الإجراءات ستشمل عطلتي الشتاء والربيع.')
    doc, quotes = quotes_with(text, [("ناجي جلول", "PER", "ناجي جلول")])
    assert canon(by_content(doc, quotes, "هذه الإجراءات")) == normalize("ناجي جلول")


def test_description_apposed_after_a_name_refers_to_it():
    text = ("أدى عبد الله الرابحي كاتب الدولة المكلف بالموارد المائية زيارة عمل إلى الولاية. "
            "وقال كاتب الدولة في تصريح إنه تم وضع خطة لتزويد الجهة بالماء الصالح للشراب.")
    doc, quotes = quotes_with(text, [("عبد الله الرابحي", "PER", "عبد الله الرابحي")])
    assert canon(by_content(doc, quotes, "تم وضع خطة")) == normalize("عبد الله الرابحي")


def test_plural_in_in_after_the_verb_is_its_object():
    text = ("أفادت وزارة الدفاع الوطني بأن القضاء العسكري فتح تحقيقا في الحادثة. كما ذكّرت "
            "المواطنين بأنه يمنع الدخول لمناطق العمليات العسكرية المغلقة.")
    doc, quotes = quotes_with(text, [("وزارة الدفاع الوطني", "ORG", "وزارة الدفاع الوطني")])
    assert canon(by_content(doc, quotes, "يمنع الدخول")) == normalize("وزارة الدفاع الوطني")


def test_participle_after_a_coordinated_title_chain_takes_the_minister():
    text = ("ولاحظ أنيس غديرة أن السوق الإفريقية واعدة. من جهته أكد وزير الصناعة والتجارة "
            "زياد العذاري، أهمية هذا الخط الجديد مشيرا إلى أن هذا الربط الجوي سيسهم في دعم "
            "التصدير.")
    doc, quotes = quotes_with(text, [("أنيس غديرة", "PER", "أنيس غديرة"),
                                     ("زياد العذاري", "PER", "زياد العذاري")])
    assert canon(by_content(doc, quotes, "هذا الربط")) == normalize("زياد العذاري")


def test_person_after_li_is_a_genitive_of_the_clause_subject():
    text = ("قال لطفي المرايحي إن الحوار الأخير لرئيس الحكومة يوسف الشاهد أبرز أنه غير قادر "
            "على تقديم أي إضافة.")
    doc, quotes = quotes_with(text, [("لطفي المرايحي", "PER", "لطفي المرايحي"),
                                     ("يوسف الشاهد", "PER", "يوسف الشاهد")])
    nested = by_content(doc, quotes, "غير قادر")
    assert canon(nested) is None and nested.speaker is not None
    assert doc.raw[nested.speaker.start:nested.speaker.end].startswith("الحوار")


def test_place_glued_to_bi_before_a_bin_name_is_cut():
    text = ("وأفاد المدير الجهوي لمعهد المناطق القاحلة بتطاوين فرح بن سالم أن الباحثة بدأت "
            "العمل مع الفلاحين.")
    doc, quotes = quotes_with(text, [("بتطاوين فرح بن سالم", "PER", "بتطاوين فرح بن سالم")])
    assert canon(by_content(doc, quotes, "الباحثة بدأت")) == normalize("فرح بن سالم")


def test_surname_takes_the_given_name_written_before_it():
    text = ("أكد مدير الرعاية الصحية بالقصرين منصف المحمدي تسجيل حالات إصابة. وأضاف المحمدي "
            "أن التلاميذ سيتلقون التلقيح في مرحلة أولى.")
    doc, quotes = quotes_with(text, [("المحمدي#2", "PER", "المحمدي")])
    assert canon(by_content(doc, quotes, "التلاميذ سيتلقون")) == normalize("منصف المحمدي")


def test_verbs_of_finding_reporting_provision_and_doubt():
    text = ("وحلل الباحثون نتائج عشرين دراسة سابقة، فوجدوا أن الأشخاص الذين تناولوا المكسرات "
            "قللوا خطر الإصابة. وأوردت تقارير إعلامية أن النائب استقبل السفير في منزله. "
            "وتنص المادة 110 من الدستور على أنه لا يجوز إسقاط عضوية أحد الأعضاء. واستبعد "
            "حمة الهمامي أن يكون رئيس الحكومة قد اتخذ القرار بمفرده.")
    doc, quotes = quotes_with(text, [("حمة الهمامي", "PER", "حمة الهمامي")])
    contents = _contents(doc, quotes)
    for start in ("الأشخاص الذين", "النائب استقبل", "لا يجوز", "يكون رئيس"):
        assert any(c.startswith(start) for c in contents), (start, contents)
    assert canon(by_content(doc, quotes, "يكون رئيس")) == normalize("حمة الهمامي")


def test_no_cue_for_the_noun_nass_the_passive_wujida_or_tabayyana_with_an_adjunct():
    text = ("وكذبت الزوجة الرواية مؤكدة في نص الدعوى أنه يرغب في التخلص منها. ووجد أن أسقف "
            "المقابر زينت بصور النجوم. وألقي القبض على شخصين تبين حسب التحريات الأولية أنهما "
            "من ذوي السوابق.")
    doc, quotes = quotes_with(text, [])
    cues = [doc.raw[q.cue.start:q.cue.end] for q in quotes]
    assert "مؤكدة" in cues
    assert not {"نص", "ووجد", "تبين"} & set(cues)


def test_bayna_before_two_joined_nouns_and_after_illa_is_the_preposition():
    text = ("وأضاف غديرة، عقب تدشين أول رحلة للخطوط التونسية بين تونس وكوناكري، أن هذا الخط "
            "الجديد يندرج في إطار استراتيجية الحكومة. وقال إن التسوية لن تكون إلا بين الأطراف "
            "الليبية، مع التشديد على أن يضم الحوار الجميع.")
    doc, quotes = quotes_with(text, [("غديرة", "PER", "غديرة"),
                                     ("وكوناكري", "PER", "وكوناكري")])
    q = by_content(doc, quotes, "هذا الخط")
    assert doc.raw[q.cue.start:q.cue.end] == "وأضاف"
    assert canon(q) == normalize("غديرة")
    assert "بين" not in [doc.raw[x.cue.start:x.cue.end] for x in quotes]


def test_nominal_object_after_ala_and_a_long_quotation_after_ila():
    text = ('وشدد رئيس الحكومة على دعم المبادرة الخاصة. كما أكد على ضرورة تغيير المفهوم '
            'المتعارف عليه " لمقاربة دور الدولة ". '
            'وطالب بن سالم بدعم الفلاحين، مشيرا من جهة أخرى إلى "ما يتكبده الفلاح من خسائر '
            'نتيجة تتالي سنوات الجفاف".')
    doc, quotes = quotes_with(text, [("بن سالم", "PER", "فرح بن سالم")])
    contents = _contents(doc, quotes)
    assert not any(c.startswith("لمقاربة") for c in contents)
    q = by_content(doc, quotes, "ما يتكبده")
    assert q.direct


def test_indefinite_document_is_an_unnamed_source_not_a_place_after_it():
    text = ("وأفاد بلاغ صادر عن البعثة الدائمة للجمهورية التونسية بجينيف، بأنه ترشح للمناصب "
            "الشاغرة خمسة عشر مرشحا.")
    doc, quotes = quotes_with(text, [("بجينيف", "PER", "بجينيف")])
    q = by_content(doc, quotes, "ترشح للمناصب")
    assert q.speaker is not None and canon(q) is None
    assert doc.raw[q.speaker.start:q.speaker.end].startswith("بلاغ")
