"""The quote gold (evaluation/quotes/gold.jsonl): every row carries its annotation batch, the
batches 4–68 annotated blind are all dev, batches 11–68 are as large as their README sections
say with ordered spans, and the articles of batches 13–68 are new. Reads the JSONL only (no
article texts)."""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

QUOTES = Path(__file__).resolve().parents[2] / "evaluation" / "quotes"
GOLD = QUOTES / "gold.jsonl"
# the highest batch with an annotation file (annotations_b4.py … annotations_bN.py)
LAST = max(int(p.stem.removeprefix("annotations_b")) for p in QUOTES.glob("annotations_b*.py"))


@functools.cache
def _all_rows() -> tuple[dict, ...]:
    return tuple(json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
                 if line.strip())


def _rows(batch: int | None = None) -> list[dict]:
    return [r for r in _all_rows() if batch is None or r["batch"] == batch]


def test_every_row_has_a_batch_and_later_batches_are_dev():
    rows = _rows()
    assert LAST >= 76
    assert {r["batch"] for r in rows} == set(range(1, LAST + 1))
    assert all(r["split"] == "dev" for r in rows if r["batch"] >= 4)


# batch: (articles, quotes, direct, unnamed speakers, canonical names that must be there)
BATCHES = {
    # «عيّاد» is written with its shadda, the canonical is the full name first written
    11: (12, 53, 9, 8, {"نجيب عيّاد", "رزيق الوسلاتي"}),
    # the full name as first written (a misspelt surname kept), a body's full name
    12: (12, 35, 4, 6, {"هاجر بن الشيج", "البنك المركزي التونسي"}),
    # a description resolved to the full name first written; a company by its name
    13: (12, 47, 8, 9, {"عبد الله العبيدي", "فيسبوك"}),
    # round 4: a name after «يدعى», a state body, a newspaper by its name, a misspelt
    # first mention («حمة الحمامي») under the name the article writes in full later
    14: (12, 53, 14, 10, {"تاو بورشون لينش", "وزارة الدفاع الوطني", "سامسونج"}),
    15: (12, 42, 16, 11, {"سليم الحاج صالح", "نيويورك تايمز", "البنك المركزي التونسي"}),
    16: (12, 55, 11, 13, {"توفيق نصيب", "لوبوان", "حمة الهمامي"}),
    # chosen after the round-4 revision; an outlet by its name, a body by its name
    17: (12, 50, 13, 16, {"رويترز", "حديقة حيوان تواري", "جوستين باركلي"}),
    # round 5 (seeds 2042–2044): a compound given name and its surname, a body by its
    # description, an outlet by its name, a club by its name, a misspelt cue («موضخا»)
    18: (12, 36, 7, 11, {"جمال الدين قمر", "وزارة الداخلية المصرية", "مذربورد"}),
    19: (12, 50, 9, 6, {"نورالدين الطبوبي", "الغرفة الوطنية لتجار اللحوم والموردين"}),
    20: (12, 37, 10, 10, {"إشبيلية", "مطار هيثرو", "لمياء الزريبي"}),
    # chosen after the round-5 revision; a hyphenated surname, a name written later only
    21: (12, 43, 6, 10, {"لورا هوبي-هامشر", "الشتاوي", "سلمى اللومي الرقيق"}),
    # round 6 (seeds 2046–2048): a «بو…» surname, a name as written («جوسيف»), a body named
    # only in a construct before («لوزارة الداخلية»), a name NER cut in two
    22: (12, 45, 7, 10, {"لمياء الزريبي بوجناح", "رجب طيب أردوغان", "تشيك بوينت"}),
    23: (12, 50, 14, 14, {"جوسيف بلاتر", "ماري فرانسواز ماري نيلي", "يوسف الشاهد"}),
    24: (12, 45, 4, 10, {"مكرم حشلاف", "وزارة الداخلية", "إي.إس.إي.تي"}),
    # chosen after the round-6 revision (seed 2049); a negative (JA-economy-182)
    25: (12, 39, 10, 4, {"مفازل لاكدوالا", "فلافيو دي جياكومو", "راستي ايليس"}),
    # round 7 (seed 2050, blind): a name resolved from a description («ضيف "بوليتيكا"»),
    # a party by its full name first written, a club by its name
    26: (12, 49, 8, 9, {"منجي الرحوي", "حزب الاتحاد الوطني الحر", "مولون"}),
    # round 7 (seed 2077, blind): a body with its place, an outlet by the name in parentheses
    # after «محطة», a misspelt later mention («كوشبو») under the full name first written;
    # a negative (JA-politic-126)
    27: (12, 35, 5, 4, {"إدارة الإطفاء والإنقاذ بمدينة أتلانتا الأمريكية", "دبليو.إس.بي",
                        "خوشبو خاتون", "سامارى موسينيرو"}),
    # round 7 (seed 2101, blind): an embassy with its place, an outlet by its name after
    # «صحيفة», a ministry by its full name first written; «اتهم … بأنها» in a relative clause
    28: (12, 49, 5, 9, {"السفارة الروسية في بانكوك", "آس", "وزارة الداخلية المصرية",
                        "ريغينا دوغان"}),
    # round 7 (seed 2129, blind): a police force by its city, an agency with its nisba, a
    # union by its full name first written («هذا الهيكل النقابي»); two negatives
    # (JA-localNews-3237, JA-sport-241)
    29: (12, 37, 4, 11, {"شرطة كيبيك", "وكالة الأنباء الكندية",
                        "الاتحاد الوطني لنقابات قوات الامن التونسي", "سميرة الأحمر"}),
    # round 7 (seed 2161, blind): a minister by name after «وزير» (feminine verb), a given name
    # beginning with ل («لغوث ولد بغالي»), a commander with «الحاج» left out, «وصف … بـ"…"»
    30: (12, 56, 18, 11, {"لمياء الزريبي", "لغوث ولد بغالي", "ابو يوسف الحمراني",
                        "عبدات ولد الإمام"}),
    # round 7 (seed 2191, blind): a police force by its city, «الشرطة» → it, a state body with
    # its nisba («الادعاء العام الألماني»), an outlet by the name in marks («بي بي سي»)
    31: (12, 46, 6, 8, {"شرطة كليفلاند", "الادعاء العام الألماني", "بي بي سي",
                        "محمد الفاضل عبد الكافي"}),
    # round 7 (seed 2221, blind): a colon with no marks is direct, a document and a website as
    # unnamed sources, a federation's short form → its full name
    32: (12, 42, 7, 8, {"ولاية هاواي", "ديريك واتسون", "الجامعة الملكية المغربية لكرة القدم",
                        "هارشواردهان زالا"}),
    # round 7 (seed 2251, blind): an organisation named in marks, «المنظمة» → it, a father
    # described after his name in marks, a director described later
    33: (12, 52, 8, 8, {"أنا يقظ", "بلال ووك", "نور الدين الحاج علي", "جورجيا ألربيرتان"}),
    # round 7 (seed 2281, blind): a parliamentary bloc → its party, a name with diacritics as
    # first written, a study and researchers as unnamed sources
    34: (12, 52, 12, 3, {"الجبهة الشعبية", "هَيْدا عبد النبي", "ماجد سامي", "إيمانويل ماكرون"}),
    # round 7 (seed 2311, blind): a negative (JA-internationalNews-1138), a name first written
    # in marks, a description resolved to the president named before
    35: (12, 41, 9, 7, {"ييت تورك", "رجب طيب أردوغان", "وزارة التربية", "توماس باخ"}),
    # round 7 (seed 2341, blind, no text equal to an earlier batch's): an outlet, a glued name
    # as first written, a description resolved to the named head of a body
    36: (12, 48, 5, 10, {"سي إن إن", "كيفندونيكان", "شوقي الطبيب", "عبد القادر التيمومي"}),
    # round 8 (seed 2371, blind): a party first written in marks with its branch, an agency
    # → its name, a description resolved to the person named before, a study's results unnamed
    41: (12, 45, 10, 7, {"حزب التحرير - تونس", "رويترز", "محرز بوصيان", "أوليفيي بوافر دارفور"}),
    # round 8 (seed 2371, blind): «الوزارة» → its full name, a nested «لاعتقادها» → the party
    42: (12, 39, 10, 8, {"وزارة الفلاحة والموارد المائية والصيد البحري", "الجبهة الشعبية",
                         "المنجي الرحوي", "مارك زوكربيرغ"}),
    # round 8 (seed 2371, blind): an outlet by its name, «المنظمة» resolved, «الشيخ» part of a name
    43: (12, 50, 17, 14, {"موندو دي بورتيفو", "منظمة العفو الدولية", "الشيخ سعد", "شكري العميري"}),
    # round 8 (seed 2371, blind): a negative (JA-politic-88), a body named with its place, a
    # capital as speaker, a guest of a programme resolved to the person named before
    44: (12, 45, 11, 5, {"الإدارة العامة للعلاقات والإعلام الأمني في الكويت", "سيول",
                         "عبد الستار المسعودي", "حسن نصر الله"}),
    # round 8 (seed 2371, blind): «المصدر ذاته» / «مصدرنا» and «المناضل» resolved to the name
    45: (12, 41, 2, 4, {"مراد بن صالح", "سلطة الطاقة في قطاع غزة", "محمد العروسي الهاني",
                        "علي بن صميخ المري"}),
    # round 8 (seed 2371, blind): no unnamed source, a body with its place, a party by its name
    47: (12, 44, 9, 0, {"سلطة الطاقة في غزة", "حزب المسار الديمقراطي الاجتماعي",
                        "شرطة ليما بولاية أوهايو الأمريكية", "محسن مرزوق"}),
    # round 8 (seed 2371, blind): «النقابة» resolved, outlets named in marks, a nested «صرح»
    48: (12, 57, 13, 16, {"النقابة الوطنية للصحفيين التونسيين", "ماركا", "أنا يقظ",
                         "بشار الجعفري", "كاميرون بورك"}),
    # round 8 (seed 2371, blind): a state police by its nisba, «نفس المصدر» → the named source
    46: (12, 47, 2, 12, {"الشرطة الإيطالية", "منتصر بربيرو", "توفيق الراجحي", "محمد عيفة"}),
    # round 8 (seed 2371, blind): a negative (JA-society-154), «الوزارة» resolved, a title
    # first and only the surname later (cataphora), a guest of a programme resolved
    49: (12, 43, 7, 6, {"وزارة الداخلية", "المؤخر", "بوبكر المهري", "بير غراتاكوس",
                        "قالاتاسراي"}),
    # round 8 (seed 2371, blind): bodies with their place, «قوله» after «نقلت عنه», nested
    # findings («بيّنت التحريات», «أظهرت») unnamed, descriptions resolved to the name
    50: (12, 43, 7, 8, {"الشرطة في تايلاند", "الشاذلي العياري", "جاك هوبلين",
                        "لجنة الصحة والشؤون الإجتماعية", "زياد بن بلقاسم"}),
    # round 8 (seed 2371, blind): police bodies with their place, a misspelt surname resolved
    51: (12, 48, 14, 6, {"ادارة شرطة أماريو في ولاية تكساس الامريكية", "إدارة شرطة فورت كولينز",
                         "منصور بن عثمان", "كين هاريس"}),
    # round 8 (seed 2371, blind): a name given only after the first cue, an outlet in marks
    52: (12, 39, 9, 4, {"جيل إنجركه", "ستاندرد آند بورز", "محمد الأمين النصراوي",
                        "محمد الفريخة"}),
    # one negative (a tender notice); a police force by its nisba, an outlet by its name in marks
    37: (12, 47, 1, 12, {"الشرطة الأميركية", "الخبر الجزائرية", "طوني ايلومالو", "مراد المشري"}),
    # round 8 (seed 2371, blind): a name first written hyphenated, a survey as source, shadda kept
    40: (12, 43, 7, 13, {"جان-ايف لو دريان", "محمّد جواد ظريف", "زياد بن عمر", "أمير خير الله"}),
    # round 8 (seed 2371, blind, chosen with 37-44): a negative, studies and unnamed groups, outlets
    38: (12, 44, 5, 18, {"يونهاب", "كير 2", "كوان فونغ", "تشوي يونغ كون"}),
    # «لِفيتشينزو» is written with a stray ل; the canonical leaves it out (as «وقالj» of batch 28)
    39: (12, 47, 11, 13, {"جهاد أزعور", "سليم شاكر", "فيتشينزو أبينانتي", "لمياء الزريبي"}),
    # round 8 (seed 2371, blind): an artist known only by his stage name (cataphora), a union
    55: (12, 50, 11, 8, {"السيد", "الإتحاد التونسي للصناعة والتجارة والصناعات التقليدية",
                         "أحمد الصديق", "رضوان بن صالح", "داعش"}),
    # round 8 (seed 2371, blind): unnamed teacher, guard and head, a multi-speaker subject
    56: (12, 45, 9, 14, {"أنشومان شارما", "سلمى اللومي", "موارد الكواكب", "سامي الرقيق",
                         "المرصد السوري لحقوق الإنسان"}),
    # round 8 (seed 2371, blind): two negatives, a country and a government as speakers, a name
    # first written «يعالون» and then «يعلون», a description resolved to the name
    57: (12, 43, 3, 7, {"ألمانيا", "الحكومة الألمانية", "موشيه يعالون", "محمد علي الجندوبي",
                        "بورج براند"}),
    # round 8 (seed 2371, blind): «ونقلت … عن» an unnamed official, researchers and a team,
    # an agency by its name in marks, a ministry resolved, a nested UN quote
    58: (12, 53, 7, 10, {"فيتش رايتنغ", "أورسولا فون دير لاين", "وزارة المرأة والأسرة والطفولة",
                         "الامم المتحدة", "حزب العمال"}),
    # round 8 (seed 2371, blind): a party's bloc → the party, a news agency by its name in marks
    59: (12, 39, 11, 8, {"حركة نداء تونس", "إرنا", "كاثي جريفن", "محمد علي شهيدي"}),
    # round 8 (seed 2371, blind): bodies with their place, a company named only after (cataphora)
    60: (12, 67, 8, 22, {"الشرطة البريطانية", "هيئة النقل في لندن", "سبيسن إكسبلوريشن تكنولوجيز",
                         "حافظ قائد السبسي", "منذر بالحاج علي"}),
    # round 8 (seed 2371, blind): nested reports in a paper's quotes, an agency by description
    53: (12, 44, 8, 13, {"واشنطن بوست", "وكالة الأنباء الإيطالية", "سامي الغابي",
                         "الشركة الوطنية للسكك الحديدية التونسية", "لويجي كونتي"}),
    # round 8 (seed 2371, blind): a nested direct quote in a paper's one, a misspelt surname
    54: (12, 45, 3, 7, {"ماركا", "كريستيانو رونالدو", "الشرطة البريطانية", "محمد ياسين صميد",
                        "وزارة الدّاخلية"}),
    # round 8 (seed 2371, blind): a nested quote of another speaker in a direct one, beliefs
    61: (12, 48, 9, 12, {"راشد الغنوشي", "بوتفليقة", "مارك زوكربيرغ",
                         "صندوق الأمم المتحدة للطفولة", "سميرة مرعي فريعة"}),
    # round 8 (seed 2371, blind): a magazine resolved, «ما تقول إنه», outlets and a banner
    62: (12, 45, 10, 8, {"شبيغل", "أوليفيي بوافر دارفور", "بيونجيانج", "الصباح",
                         "عبد القادر مساهل"}),
    # round 8 (seed 2371, blind): a channel by its number, a short party name, an unnamed coalition
    63: (12, 50, 8, 11, {"القناة الاسرائيلية الـ 10", "حزب المسار الديمقراطي الإجتماعي",
                         "يديعوت أحرونوت", "حسين العفيف", "فرج علي"}),
    # round 8 (seed 2371, blind): studies and reports as sources, a ministry by its short name
    64: (12, 46, 8, 21, {"وزارة الخارجية الروسية", "محمد المنصف المرزوقي", "لسعد ادريس",
                         "كايني ويست", "نبيل القروي"}),
    # round 8 (seed 2371, blind): a constitution article (ينص) and a study as unnamed sources
    65: (12, 53, 18, 13, {"عماد الدايمي", "الجمعية العلمية الفلكية البوزجاني", "حمة الهمامي",
                          "ستيفاني جيه لندن", "إيمانويل ماكرون", "حاتم بن سالم"}),
    # round 8 (seed 2371, blind): nested reports in a ministry's quote, a party's bureau → party
    66: (12, 49, 9, 6, {"سيلفي", "الباجي قايد السبسي", "محمد فريد", "وزارة الدفاع الوطني",
                        "حزب آفاق تونس", "تيد ليو", "ماجد علاّية"}),
    # round 8 (seed 2371, blind): a multi-state subject → the first, a nested report of «البعض»
    67: (12, 60, 9, 13, {"راشد الغنوشي", "المرصد الملكي السعودي", "مصر", "برهان بسيس",
                         "ميشال كادو", "الحبيب الصيد"}),
    # round 8 (seed 2371, blind): an outlet by its name in brackets, «قوله» after «نقلت … عن»,
    # a body with its place, one article with no quote
    68: (12, 44, 10, 3, {"سي.ان.ان ترك", "رئاسة إدارة الطوارئ والكوارث في تركيا",
                         "شاهرخ نوش آبادي", "محمد المنصف المرزوقي", "مهذب غرس الله"}),
    # round 8 (seed 2371, blind): a garbled cue «فاد», a relative «الذي قال إنه» nested report
    69: (12, 39, 3, 3, {"عصام الشابي", "الشرطة الألمانية", "فولفغانغ سوبوتكا", "يوسف الشاهد",
                        "سفيان السليطي"}),
    # round 8 (seed 2371, blind): cataphora (a correspondent named later), outlets by name,
    # one article with no quote
    70: (12, 42, 10, 4, {"توماس دي ميزيير", "يونهاب", "هيليل نوير", "رفيق العيادي",
                         "محمد بودن", "الإندبندت"}),
    # round 8 (seed 2371, blind): a law's article as source, «وتعلم الشركة … أن», a relative «قال»
    75: (12, 44, 8, 11, {"سفيان السليطي", "الشرطة البريطانية", "هيئة إسعاف لندن", "سي.إن.إن",
                         "الشركة الوطنية لاستغلال وتوزيع المياه", "سيمر ديلو", "فرحات الحرشاني"}),
    # round 8 (seed 2371, blind): «اشتكى من "أن …"», a nested «أخبر», a name label after «أن»
    76: (12, 38, 7, 8, {"حافظ الزواري", "رامي عبد الرحمن", "ديلي ميل", "ديميري زاخرشينكو",
                        "الاتحاد العام التونسي للشغل", "دونالد ترامب", "الوزارة الأولى الجزائرية"}),
    # round 8 (seed 2371, blind): a text written with «ٲ» (wavy hamza), a name with its shadda
    71: (12, 34, 5, 2, {"خميّس الجهيناوي", "محمد بن سلمان بن عبد العزيز آل سعود", "وفا",
                        "بلومبرغ", "وزارة الدفاع الأمريكية", "عبد الكريم الهاروني"}),
    # round 8 (seed 2371, blind): «قال فيها "إن …"», a name split as written, two empty articles
    72: (12, 39, 9, 2, {"ليلى أولاد علي", "مانوال فالس", "طارق الجروشي", "رويترز",
                        "سفارة المملكة المتحدة بتونس", "الأسطول الثالث الأمريكي"}),
    # round 8 (seed 2371, blind): «عيّاد» under the name first written, «المحتجون» unnamed
    73: (12, 43, 10, 7, {"وزارة الاعلام البحرينية", "نزار عياد", "جهاز الأمن السري الأميركي",
                         "بهرام قاسمي", "أحمد نجيب الشابي"}),
    # round 8 (seed 2371, blind): a prosecutor's office with its city, «رئيس الحكومة» resolved
    74: (12, 41, 6, 5, {"الادعاء العام في مدينة فرانكفورت", "الحبيب الصيد", "مية الجريبي",
                         "توماس دي ميزيير", "وزارة التجهيز"}),
    # round 9 (seed 2371, blind): a spokesman named later (cataphora), «قوله "…"» after «وأضاف»
    77: (12, 56, 10, 2, {"عمار مكونين", "الباجي قايد السبسي", "راشد الغنوشي",
                         "حكومة الإنقاذ الوطني الليبية", "أحمد كضوم", "غازي الشواشي"}),
    # round 9 (seed 2371, blind): a nested «من راى أن», a nested report inside «يذكر أن», «أكد على "…"»
    78: (12, 46, 5, 9, {"كيلي", "الهادي الڨزاح", "مجلس شورى حركة النهضة",
                        "عبد العزيز بن علي الشريف", "مهدي الرباعي", "منجي الرّحوي", "الشروق"}),
    # round 9 (seed 2371, blind): cataphora «رئيس الوزراء الكندي» → the name written later
    79: (12, 53, 12, 10, {"حمة الهمامى", "جاستن ترودو", "عبد المجيد الخروبي", "لاوال طاهر",
                          "فرانك فالتر شتاينماير", "التليجراف", "الحزب الوطني الحر"}),
    # round 9 (seed 2371, blind): every speaker named, «أضاف … قوله "…"» direct
    80: (12, 48, 9, 0, {"الجيلاني الهمامي", "عبير موسى", "خالد الجعيد", "سليم الحاج مبروك",
                         "رياض الصيداوي", "نافديب بينز", "سندة التونسي"}),
    # round 9 (seed 2371, blind, session 12): «"…" هكذا وصف X» (a cue after the quotation),
    # a nested report inside a direct quote by another speaker, a country as speaker
    81: (12, 55, 15, 7, {"ويبور روس", "دونالد ترامب", "عبدالعزيز بن عبدالله آل الشيخ",
                         "نور الدين البحيري", "لوفيغارو", "فرانسوا هولاند", "تونس"}),
    # round 9 (seed 2371, blind, session 12): the verbal noun «بإعلام … بأنّ», a surname named
    # in full only later («منصر»), a body of a party, nested «أظهرت»/«أكدوا»
    82: (12, 43, 6, 7, {"جلال رابح", "الطاهر هميلة", "سي.إن.إن", "عدنان منصر",
                        "حزب المؤتمر من أجل الجمهورية", "الحرس الثوري الإيراني", "خليفة الشيباني"}),
    # round 9 (seed 2371, blind): a noun cue «تصريح … بأن "…"», a garbled «مشيرا إلى» lacking «أن»
    83: (12, 38, 7, 13, {"كيت بيرتشيس", "تيريزا ماي", "ذي اينديبندنت", "الباجي قايد السبسي",
                         "إرنا", "وزارة الدفاع الوطني", "مازن أبو شنب"}),
    # round 9 (seed 2371, blind): «وكتبت … "…"», «واصفين إياه بأنه "…" و"…"», a garbled «مشيرا الى»
    84: (12, 45, 15, 15, {"الشرطة الفلبينية", "لسعد بوجبل", "نادية فنينة", "سمير الشفي",
                          "جمال منصري", "مارين لوبان", "دونالد ترامب جونيور"}),
    # round 9 (seed 2371, blind): «وصف … ب"المتحرك"», cataphora «الرئيس» → «بوتين», a nested «قال»
    85: (12, 48, 8, 3, {"توماس دي مايتسيره", "توفيق مجيّد", "سميرة مرعي فريعة", "بوتين",
                        "وزارة الدفاع الاسبانية", "عمر الولباني"}),
    # round 9 (seed 2371, blind): «ووصفت الوزارة … ب"المعزولة"», «قائلا:» with no marks, «الأم (نعيمة)»
    86: (12, 44, 14, 2, {"عبد الباسط التواتي", "المديرية العامة للأمن الوطني", "بوعلي المباركي",
                         "وزارة الفلاحة والموارد المائية والصيد البحري", "إياد علاوي", "نعيمة"}),
    # round 9 (seed 2371, blind): «مما وصفته بـ"…"», «وصفه بأنه "عار" …» nested, a clitic-bound name
    87: (12, 41, 7, 7, {"منجي الرحوي", "وزارة التعليم العالي والبحث العلمي", "اداما بارو",
                        "بشّار الأسد", "منظمة العفو الدولية", "هاشم بشر", "كلثوم كنو"}),
    # round 9 (seed 2371, blind): a noun cue «تأكيدها أن "…"», «صرخت … أنها», named sources via «ذات المصدر»
    88: (12, 39, 9, 5, {"فيديريكا موغيريني", "مراد المشري", "سلمى العمدوني", "شهاب بن أحمد",
                        "سوارنا سوبا راو", "التايمز", "دونالد ترامب"}),
    # round 9 (seed 2371, blind): «إيران» under «الجمهورية الإسلامية الإيرانية», a feminine
    # participle naming another speaker than the masculine main verb, prosecutors by city
    89: (12, 51, 6, 5, {"معز شقشوق", "الجمهورية الإسلامية الإيرانية", "صابرين القوبنطيني",
                        "نيابة هيسن", "فؤاد الواد", "فيصل المقداد", "التايمز"}),
    # round 9 (seed 2371, blind): «بقول X ان "…"», single-quote marks, «أكدت على "…"» direct
    90: (12, 45, 17, 3, {"ميلود العوام", "الخطوط الجوية البريطانية", "بيريز الطرابلسي",
                         "ديفيد فريدمان", "حبيبة الميزوني", "علي خامنئي", "بزنس انسايدر"}),
    # round 9 (seed 2371, blind): «الشرطة» before the named police force (cataphora), a nested
    # «أكد أن» and «تعتقد أن», a no-quote article
    91: (12, 37, 5, 8, {"رضا عيسى", "ألفة يوسف", "فيصل الحفيان", "سلمى اللومي الرقيق",
                        "شرطة نيو أورليانز", "طارق برغوث", "محمد صالح الأحمدي"}),
    # round 9 (seed 2371, blind): a repeated quotation annotated twice, a repeated «أكد»,
    # «وصفتها … بأنها "…"» and a relative «الذي وصفه بـ"…"» direct
    92: (12, 50, 11, 7, {"إيغور موروزوف", "الشرطة الأمريكية", "بشرى بلحاج حميدة", "البيت الأبيض",
                         "فيرا", "الولايات المتحدة", "طاهر ذاكر"}),
    # round 9 (seed 2371, blind): a nested «وجدت» inside indirect speech, a quote from the
    # coordinated «وأن» after a nominal object, a garbled truncated «موضحا أنه سيتم أن»
    93: (12, 53, 4, 9, {"حمدي حشاد", "جان كوبيس", "عكاظ", "ليلى الشتاوي", "فرانسواز أولسن",
                        "خبر ترك", "نبيل العياري"}),
    # round 9 (seed 2371, blind): nested «تشير إلى أن» inside «وأضاف أن», «استبعدت … أن يكون»,
    # an unclosed «إلى ان "…"» (direct to the sentence end), noun cues «عن X قوله»
    94: (12, 44, 13, 4, {"صوت أمريكا", "محمد صالح معالج", "نبيل بالعم", "باراك أوباما",
                         "فرحات الحرشاني", "أرتيوم خوخورين", "نور الدين مصباحي"}),
    # round 9 (seed 2371, blind, session 12): cataphora «الأمين العام للأمم المتحدة», «إنني "…"»
    # direct, a nested «أكد» of an unnamed official inside a correspondent's report
    95: (12, 38, 8, 6, {"محمد منفور", "خميس الجهيناوي", "أنطونيو غوتيريس", "مهدي جمعة",
                        "فيلت ام زونتاج", "الشروق", "نقابة الشرطة البلدية"}),
    # round 9 (seed 2371, blind, session 12): the noun cues «اتهام … بأنه "…"» and «قول X "…"»,
    # an identity card as source, «وهتف "…"» nested in a minister's indirect quote
    96: (12, 58, 14, 5, {"سفيان السليطي", "إيناس بن عثمان", "جيرار كولوم", "الشرطة في بنغلادش",
                         "مارشا سكاربورغ", "الحبيب بورقيبة", "خليفة بن زايد آل نهيان"}),
    # round 9 (seed 2371, blind): an office unnamed («مكتب ماكين»), a news agency by its full name
    97: (12, 45, 6, 16, {"سمير زازا", "النوري اللجمي", "وول ستريت جورنال", "وكالة الأنباء السورية",
                         "ليلى الشتاوي", "محمد السيد", "وزارة الداخلية الإيطالية"}),
    # round 9 (seed 2371, blind): «لما وصفته بـ"…"» direct, a nested «وقالت إنها» inside another's quote
    98: (12, 45, 4, 5, {"وزارة الداخلية الإيطالية", "مايكروسوفت", "أشرف النايلي", "خلدون قواص",
                        "اتحاد الصناعة والتجارة والصناعات التقليدية", "الحكومة البنمية"}),
    # round 9 (seed 2371, blind): nested «إنه يتوقع أن», «قوله» after «نقلت … عن», «مبررة … بأنها»
    99: (12, 43, 8, 3, {"سمير الشفي", "سالم زهران", "ستيفان لوفين", "توماس دي ميزير",
                        "الادعاء الالماني", "تيم كوك", "عبد المالك سلال"}),
    # round 9 (seed 2371, blind): quoted noun phrases after «أكد»/«مشددا على», a garbled «اعتبرت»
    100: (12, 37, 7, 10, {"لسعد اليعقوبي", "علياء", "ماتييا توالدو", "نزيهة العبيدي",
                          "عبد الله الرابحي", "الكويت", "صباح خالد الحمد الصباح"}),
    # round 10 (seed 2371, blind): «واصفا … بأنها» cuts the army's quote, a garbled «أكد» with no «أن»
    101: (12, 42, 9, 6, {"اغاتا كوليكوفسكا", "نبيل السوكني", "الجيش الكوري الجنوبي",
                          "عماد بلحاج خليفة", "محمد لسعد عبيد", "شفيق صرصار", "أحمد بن حلى"}),
    # round 10 (seed 2371, blind): nested «يعتبر/يعتقد أن» and «نفت أن», a verbal-noun cue «تأكيدها»
    102: (12, 59, 13, 8, {"الاتحاد العام التونسي للشغل", "مارك رولي", "محمد صالح العرفاوي",
                           "عبد المالك سلال", "رالف ييغر", "ليلى العياشي", "غازي معلى"}),
    # round 10 (seed 2371, blind): «قولهم» after «نقل … عن», a nested «الذي أكد أنه», an unclosed mark
    103: (12, 37, 7, 12, {"أورهان طافلي", "سفيان طوبال", "رياض جعيدان", "رويترز", "نجيب الخبوشي",
                           "وزارة الصحّة", "يوسف الشاهد"}),
    # round 10 (seed 2371, blind): «وصف» relative forms direct, «قولها» after «نقلت … عن»
    104: (12, 40, 6, 6, {"معز السيناوي", "كواك سيونغ", "روني الطرابلسي", "النيابة العامة",
                         "محمد أنور معروف", "يانيس موزالاس", "نبيل بفون"}),
    # round 10 (seed 2371, blind): a nested «يتوقع أن», a span with no-break spaces, cataphora
    105: (12, 54, 9, 1, {"كمال العيادي", "الحبيب الصيد", "محمد الفاضل عبد الكافي", "بشير المكاري",
                         "نور الدين الطبوبي", "علي الثابتي", "منير المؤخر"}),
    # round 10 (seed 2371, blind): reports nested inside a quote by other speakers, «مذكرة أن»
    106: (12, 55, 4, 5, {"حسني الشملي", "سميرة مرعي فريعة", "نيكولا ميدا", "ناجي جلول",
                         "حسن السبوعي", "طارق الحداد", "إياد الدهماني"}),
    # round 10 (seed 2371, blind): «وصفهم بأنهم "…"» direct, a study unnamed, a glued «دينارمؤكدا» cue
    107: (12, 49, 7, 8, {"وزارة الشؤون الدينية", "يوسف الشاهد", "الباجي قائد السبسي",
                         "رضوان بن صالح", "هدى نقض", "ناجي جلول", "محمد جمور"}),
    # round 10 (seed 2371, blind): a nested «جددوا التأكيد على أن» in a direct quote, «هذه المواقع»
    108: (12, 44, 4, 3, {"خليفة العليمي", "محسن حسن", "فاهم بوكدوس", "عبد الرؤوف الشريف",
                         "حازم قاسم", "هشام السنوسي", "سليم الجبوري"}),
    # round 10 (seed 2371, blind): «معتبرا "…"» direct with no complementizer, a glued «الحجارأنه»
    109: (12, 37, 6, 4, {"منظمة الدفاع عن المستهلك", "حياة الرمضاني", "ألفة الشايب", "الهادي مجدوب",
                         "سمير الجماعي", "الطاهر بن حسين", "رضا لحول"}),
    # round 10 (seed 2371, blind): nested «اعتبرت … ان» and «أشارت إلى أنّه "…"», an «إن» dropped
    110: (12, 51, 6, 2, {"أنا يقظ", "المحكمة الإدارية", "خالد شوكات", "حزب المؤتمر من أجل الجمهورية",
                         "الهادي مجدوب", "محمد مقديش", "عماد المنصور"}),
    # round 10 (seed 2371, blind): a nested «تعتقد أن» and «صرح 13 منهم بأنهم», «بين انه "…"» direct
    111: (12, 51, 16, 5, {"خميس الجهيناوي", "رضا بالحاج", "نور الدين بن نتيشة", "مبروك كرشيد",
                          "روضة القرافي", "بشير السعيدي", "يوسف الشاهد"}),
    # round 10 (seed 2371, blind): a nested «أعلمتها أنها», «مضيفا قوله "…"» direct, «استبعد/توقع أن»
    112: (12, 30, 2, 2, {"حسين بوشهوة", "خالد الأطرش", "سامي الثابت", "ديدييه رايندرز",
                          "عماد بن حليمة", "رئاسة الجمهورية", "سعيد مبارك"}),
}


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_batch_size_and_spans(batch: int):
    n_rows, n_quotes, n_direct, n_unnamed, names = BATCHES[batch]
    rows = _rows(batch)
    quotes = [q for r in rows for q in r["quotes"]]
    assert len(rows) == n_rows and len(quotes) == n_quotes
    assert all(r["split"] == "dev" and r["source"] == "ant" for r in rows)
    assert sum(q["direct"] for q in quotes) == n_direct
    assert sum(q["speaker_canonical"] is None for q in quotes) == n_unnamed
    for q in quotes:
        s, e = q["content"]
        cs, ce = q["cue"]
        assert s < e and cs < ce and len(q["content_text"]) == e - s
        assert q["content_text"] == q["content_text"].strip()
    assert names <= {q["speaker_canonical"] for q in quotes}


@pytest.mark.parametrize("batch", list(range(13, LAST + 1)))
def test_blind_batch_articles_are_new(batch: int):
    earlier = {r["docno"] for b in range(1, batch) for r in _rows(b)}
    assert not earlier & {r["docno"] for r in _rows(batch)}


def test_gold_articles_are_unique():
    keys = [(r["source"], r["docno"]) for r in _rows()]
    assert len(keys) == len(set(keys))
