"""Speaker rules of round 17 (session 11, after blind batches 51 and 52 were scored once with
the round-16 rules), from their errors: a surname taken back to «نور الدين …» keeps the
compound given name whole; an ORG mention NER ran over «فإن» is split there; a name in
quotation marks between the verb and «أن» is the subject; a body's phrase takes the state
after it («… في ولاية تكساس الأمريكية») and a later «الشرطة» goes back to «إدارة شرطة …»; a
verb after a comma with no subject («…، وقالت إنها») shares the one of its sentence's first verb.
Entities are set by hand (the spans a NER would give, often none), so the tests check the quote
rules; each fails on the rules of s11-r17base (`7480168`) except the guards."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def test_compound_given_name_kept_whole_for_a_bare_surname():
    text = ("منحت الوزارة أجلا بسنة للفاعلين في القطاع، حسب ما كشف عنه رئيس الغرفة النقابية "
            "لصانعي البلاستيك، نور الدين التركي.\nوابرز التركي، خلال ندوة صحفية، انه في "
            "انتظار اصدار القانون، فان الغرفة تعد دراسة حول المواد البديلة.")
    doc, quotes = quotes_with(text, [])
    q = by_content(doc, quotes, "في انتظار")
    assert canon(q) == normalize("نور الدين التركي")


def test_org_mention_split_at_fa_inna():
    text = ("وبخصوص عدم التحاق اللاعب بفريق الشبيبة الرياضية القيروانية فإن النادي الإفريقي "
            "يؤكد أن اللاعب كانت له جلسة مع رئيس النادي.")
    mention = "الشبيبة الرياضية القيروانية فإن النادي الإفريقي"
    doc, quotes = quotes_with(text, [(mention, "ORG", mention)])
    q = by_content(doc, quotes, "اللاعب كانت")
    assert canon(q) == normalize("النادي الإفريقي")


def test_marked_name_between_verb_and_anna_is_the_subject():
    text = ("وقال رجل الأعمال جيل إنجركه: \"سأعيد إلى المجتمع نصيب الأسد مما جنيت\". وذكرت "
            "\"أفتنبوستن\" أن إنجركه لم يكشف عن تكاليف السفينة.")
    doc, quotes = quotes_with(text, [("جيل إنجركه", "PER", "جيل إنجركه")])
    q = by_content(doc, quotes, "إنجركه لم")
    assert canon(q) == normalize("أفتنبوستن")


def test_body_takes_the_state_after_it_and_keeps_it_for_alshurta():
    text = ("قالت ادارة شرطة أماريو في ولاية تكساس الامريكية انها قتلت رجلا كان يحتجز "
            "شخصين في متجر. ووصفت الشرطة الحادث بأنه خلاف في العمل. وأضافت الشرطة أن "
            "الرهائن في أمان.")
    doc, quotes = quotes_with(text, [])
    full = normalize("ادارة شرطة أماريو في ولاية تكساس الامريكية")
    assert canon(by_content(doc, quotes, "قتلت رجلا")) == full
    assert canon(by_content(doc, quotes, "الرهائن")) == full


def test_body_place_tail_needs_a_nisba():
    # guard: «في مدينة نيويورك يوم الأحد» is an adjunct, not part of the body's name
    text = "وقالت ادارة شرطة بروكلين في مدينة نيويورك يوم الأحد إنها اعتقلت رجلين."
    doc, quotes = quotes_with(text, [])
    assert canon(by_content(doc, quotes, "اعتقلت")) == normalize("ادارة شرطة بروكلين")


def test_alshurta_goes_back_to_the_police_department_named_last():
    text = ("قالت شرطة كولورادو إنها اعتقلت رجلا حطم نوافذ مسجد. وذكرت إدارة شرطة فورت "
            "كولينز في بيان أنها احتجزت الرجل. وقال قائد الشرطة جون هوتو إن الواقعة تركت "
            "أثرا قويا. وذكرت الشرطة أنه قلب المقاعد.")
    doc, quotes = quotes_with(text, [("شرطة كولورادو", "ORG", "شرطة كولورادو"),
                                     ("جون هوتو", "PER", "جون هوتو")])
    assert canon(by_content(doc, quotes, "قلب المقاعد")) == normalize("إدارة شرطة فورت كولينز")


def test_marked_name_takes_the_longer_name_written_before():
    # guard: «"بوصلة"» after «جمعية بوصلة» is that body, as first named
    text = ("أكدت جمعية بوصلة أنه تم خرق النظام الداخلي للمجلس خلال الجلسة. وأوضحت \"بوصلة\" "
            "أنه تم تفسير ذلك بتصويت أحد النواب.")
    doc, quotes = quotes_with(text, [("جمعية بوصلة", "ORG", "جمعية بوصلة")])
    assert canon(by_content(doc, quotes, "تم تفسير")) == normalize("جمعية بوصلة")


def test_verb_after_comma_shares_the_opening_verbs_subject():
    text = ("واعتبرت وكالة ستاندرد آند بورز أن التطورات الحالية قد تلقي بظلالها على النمو. "
            "ونفت قطر الاتهامات التي وجهتها لها دول خليجية، وقالت إنها تواجه حملة افتراءات.")
    doc, quotes = quotes_with(text, [("ستاندرد آند بورز", "ORG", "ستاندرد آند بورز"),
                                     ("قطر", "LOC", "قطر")])
    assert canon(by_content(doc, quotes, "تواجه حملة")) == normalize("قطر")


def test_verb_after_comma_keeps_the_speaker_when_the_sentence_opened_with_a_cue():
    # guard: «وأضاف السويسري أنه …، وقال "…"» goes on with the person named before
    text = ("وقال جوزيف بلاتر إن بلاتيني قلب الموازين. وأضاف السويسري أنه لم يكن سعيدا "
            "بإسناد المونديال إلى قطر، وقال \"أنظروا إلى صورتي خلال إعلاني الدولة الفائزة\".")
    doc, quotes = quotes_with(text, [("جوزيف بلاتر", "PER", "جوزيف بلاتر")])
    assert canon(by_content(doc, quotes, "أنظروا")) == normalize("جوزيف بلاتر")


def test_verb_after_comma_shares_the_subject_of_a_bare_opening_verb():
    text = ("قالت وكالة ستاندرد آند بورز إن التوترات قد تلقي بظلالها على النمو.\n"
            "نفت قطر الاتهامات التي وجهتها لها دول خليجية، وقالت إنها تواجه حملة افتراءات.")
    doc, quotes = quotes_with(text, [("ستاندرد آند بورز", "ORG", "ستاندرد آند بورز"),
                                     ("قطر", "LOC", "قطر")])
    assert canon(by_content(doc, quotes, "تواجه حملة")) == normalize("قطر")
