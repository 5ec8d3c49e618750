"""Word lists and gazetteer look-ups shared by speaker resolution and name repair.

The location gazetteer is read on first use, not at import; an unreadable file gives an
empty set (the :class:`OSError` is swallowed). Nothing here raises.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from khabar.lang import quote_cues as C
from khabar.text.normalize import normalize as normalize_token


@lru_cache(maxsize=1 << 16)
def norm_name(s: str) -> str:
    """``s`` normalized, with runs of white space folded to one space. Memoized (a pure
    function of the string; the cache is bounded)."""
    return " ".join(normalize_token(s).split())


_PLACES: set[str] | None = None


def places() -> set[str]:
    """Normalized names of the location gazetteer, read once (empty when unreadable)."""
    global _PLACES
    if _PLACES is None:
        _PLACES = set()
        path = Path(C.__file__).with_name("gaz_locations.tsv")
        try:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    for name in line.split("\t")[-1].split("|"):
                        _PLACES.add(normalize_token(name.strip()))
        except OSError:
            pass
    return _PLACES


def is_place_adjective(norm: str) -> bool:
    """«الجورجي», «التونسية»: a nisba adjective of a place in the gazetteer."""
    pl = places()
    w = norm[2:] if norm.startswith("ال") else norm
    for suf in ("يه", "ي"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[:-len(suf)]
            if stem in pl or stem + "يا" in pl or stem + "ا" in pl or "ال" + stem in pl:
                return True
    # «التشيلية»: the feminine of a place that itself ends in ي («تشيلي»)
    return w.endswith("يه") and len(w) > 4 and w[:-1] in pl


MEDIA_HEADS = frozenset({"صحيفه", "جريده", "موقع", "قناه", "وكاله", "مجله", "اذاعه",
                         "تلفزيون", "الصحيفه", "الجريده", "حساب", "محطه", "المحطه",
                         "راديو"})   # «راديو "صوت أمريكا"» (round 22)


#: Documents as sources («التقرير», «البيان الختامي», «الدراسة»): a definite one refers back
#: to itself, never to a person named near its earlier mention (normalized, without ال).
DOC_HEADS = frozenset({"تقرير", "تقارير", "بيان", "دراسه", "دراسات", "وثيقه", "رساله",
                       "بلاغ", "مذكره", "استطلاع", "احصائيات", "احصاءات", "ابحاث", "بحث",
                       "ارقام", "معطيات", "نتائج", "شريط"})   # «شريط فيديو» (round 14)

#: Collective heads that take a proper name («مجموعة برايوري», «جماعة بوكو حرام»).
NAMED_GROUP_HEADS = frozenset({"مجموعه", "جماعه"})

#: Cue verbs that continue the last speaker («وأضاف الحكم الإنجليزي السابق»).
CONTINUING_VERBS = frozenset({"اضاف", "تابع", "ختم", "استطرد", "استدرك"})

#: Relative pronouns: the clause after one belongs to the noun before it.
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})

#: Heads of rules and theories named after a person («قاعدة طومسون», «نظرية داروين»): the
#: rule, not the person, is what a relative clause after them refers to (round 15, batch 36).
RULE_HEADS = frozenset({"قاعده", "نظريه", "فرضيه", "مبدا", "معادله", "قانون", "مقوله"})

#: «المصدر ذاته», «المصدر نفسه»: the same source as before.
SAME_WORDS = frozenset({"ذاته", "نفسه", "ذاتها", "نفسها", "ذاتهم", "نفسهم"})

#: Time words that end a name chain («شرطة واشنطن يوم الجمعة»).
TIME_WORDS = frozenset({"يوم", "امس", "غدا", "صباح", "مساء", "ليله", "عشيه", "فجر", "ظهر",
                        "سنه", "عام", "شهر", "اسبوع", "خلال", "منذ", "بعد", "قبل", "اثناء"})

#: Further verbs of saying and opinion (past, imperfect stem, participle stem), on top of
#: :data:`khabar.lang.quote_cues.CUE_VERBS`: «ووصف … بأنها "…"», «وواصل: "…"», «ويعتقدون
#: أنه», «وخلصت الدراسة إلى أن», «أظهرت/أثبتت الفحوصات أن». All but «واصل» need a
#: complementizer.
EXTRA_CUE_VERBS: tuple[tuple[str, str, str], ...] = (
    ("وصف", "صف", "واصف"),
    ("واصل", "واصل", ""),
    ("اعتقد", "عتقد", ""),
    ("خلص", "خلص", ""),
    ("اظهر", "", ""),       # «أظهرت دراسة … أن»: findings of a study or a test (past only:
    ("اثبت", "", ""),       # «يظهر أن» is impersonal, «مما يثبت أن» the writer's)
    # round 4 (blind batches 13–16): findings «فوجدوا أن», reports «وأوردت تقارير … أن»,
    # opinion «واستبعد … أن», a text's provisions «تنص المادة … على أنه», charges «متهما
    # إياهن بأنهن»; all with a complementizer only
    ("وجد", "", ""),
    ("اكتشف", "كتشف", ""),     # round 8: «اكتشف سكان القرية أن», «واكتشف العلماء أن»
    ("اورد", "ورد", ""),
    ("استبعد", "ستبعد", "مستبعد"),
    ("نص", "نص", ""),
    ("اتهم", "", "متهم"),   # (not «يُتّهم», the passive)
    # round 5 (blind batches 18–20): a writer's words «وكتب ستاموس على فيسبوك: "…"» (only
    # before a colon and a quotation, :data:`COLON_ONLY`)
    ("كتب", "كتب", ""),
    # a renewed statement «وجدّدت الحركة تأكيدها أن», «تجدد الغرفة التأكيد على أن»
    ("جدد", "جدد", "مجدد"),
)
EXTRA_NEEDING_COMPLEMENTIZER = frozenset({"وصف", "اعتقد", "خلص", "اظهر", "اثبت", "وجد", "اورد",
                                          "استبعد", "نص", "اتهم", "جدد", "اكتشف"})
#: Verbs that report only a quotation opened right after a colon («وكتب … على تويتر: "…"»;
#: «كتب» is also the noun "books"); «نصّ» takes one after «على :» besides its «على أن».
COLON_ONLY = frozenset({"كتب"})
COLON_QUOTE = frozenset({"كتب", "نص"})
#: Verbs of telling that carry the one told as an object pronoun («أخبرها الأطباء بأنها»).
TELLING_VERBS = ("اخبر",)
OBJECT_CLITICS = ("ه", "ها", "هم", "هن", "هما", "ني", "نا", "ك", "كم")
#: Words before «أن» that make it no complementizer of speech, on top of
#: :data:`khabar.lang.quote_cues.NOT_SPEECH_BEFORE_COMPLEMENTIZER` («التي من شأنها أن»).
NOT_SPEECH_BEFORE = frozenset({"شانه", "شانها", "شانهم", "شانهما", "بامكانه", "بامكانها",
                               "بامكان", "لابد", "يجدر",
                               # connectives: «غير أن» (however), «ذلك أن» (because), «كما
                               # أن» (moreover), «علما أن», «حيث أن», «باعتبار أن»
                               "غير", "ذلك", "بيد", "كما", "علما", "حيث", "باعتبار",
                               "سيما"})
#: Verbs of finding: their subject is a study, a test, figures («أظهرت النتائج أن»).
FINDING_VERBS = frozenset({"اظهر", "اثبت"})
#: «إلا أن», «غير أن» (however): the clause after them opens with its own subject (round 12).
HOWEVER = frozenset({"الا", "غير"})
#: Verbs whose active use puts an object before the complementizer («وصف الأمر بأنه»).
OBJECT_FIRST = frozenset({"وصف"})
#: Generated forms read as the passive or impersonal («يُعتقد أنهم», «التي تُعتبر بمثابة»,
#: like «يعتبر» in :data:`khabar.lang.quote_cues.IMPERSONAL`).
EXTRA_NOT_CUE_FORMS = frozenset({"يعتقد", "تعتبر", "يعلم", "تعلم", "نعلم",  # «يَعلم»: knows
                                 "نصف",     # «نصف الاحتياجات»: half
                                 "نص",      # «في نص الدعوى»: the noun (text)
                                 "جدد"})    # «أعضاء جدد»: new (plural); «وجدد», «جددت» stay

#: Maghreb given names written with the article («الحبيب عبيد», «المنصف ذويب»), normalized.
AL_GIVEN_NAMES = frozenset({"الحبيب", "الهادي", "المنصف", "الباجي", "الطاهر", "الصادق",
                            "المختار", "الناصر", "العربي", "الاسعد", "المولدي", "البشير",
                            "الصغير", "الامين", "المنجي", "الطيب", "الشاذلي", "الهاشمي",
                            "العياشي", "الحسين", "الحسن", "المهدي", "الصحبي", "الجيلاني"})

#: Heads whose named ORG is the name alone («شركة أبل» → «أبل», like an outlet's).
COMPANY_HEADS = frozenset({"شركه", "مجموعه", "مؤسسه"})

#: Titles of an aide: with another title and a name after them («مساعد … بمكتب الرئيس حسن
#: روحاني») the speaker is the aide, not the person named; so is an office («وقال مكتب
#: الرئيس عبد الله يمين في بيان»: the office, unnamed).
AIDE_HEADS = frozenset({"مساعد", "مستشار", "مستشاره", "متحدث", "ناطق", "مدير", "مديره",
                        "سكرتير", "مبعوث", "مكتب"})

#: State bodies named by a nisba alone («الشرطة الأسترالية», «الحكومة الفرنسية»).
STATE_BODY_HEADS = frozenset({"الشرطه", "الحكومه", "الرئاسه", "الخارجيه", "الداخليه",
                              "السفاره", "القنصليه"})   # round 9: «السفارة الروسية»


#: Latin letters written as their names in acronyms («سي إن إن», «بي بي سي»), normalized.
LETTER_NAMES = frozenset({"سي", "بي", "اي", "تي", "دي", "جي", "اف", "اتش", "كيه", "ار", "اس",
                          "يو", "اكس", "ايه"})


def in_acronym(norms: Sequence[str], i: int) -> bool:
    """Token ``i`` («إن», normalized «ان») is the letter N of an acronym spelled in letter
    names («سي إن إن», «إن بي سي»), not a complementizer (round 15, batch 36)."""
    if norms[i] != "ان":
        return False
    before = norms[i - 1] if i > 0 else ""
    after = norms[i + 1] if i + 1 < len(norms) else ""
    after2 = norms[i + 2] if i + 2 < len(norms) else ""
    return (before in LETTER_NAMES and (after in LETTER_NAMES or after == "ان")) or \
        (before == "ان" and i > 1 and norms[i - 2] in LETTER_NAMES) or \
        (after in LETTER_NAMES and after2 in LETTER_NAMES)


#: Temporal subordinators before a verb whose subject is the sentence's («بعدما وصف»).
AFTER_WORDS = frozenset({"بعدما", "عندما", "حينما", "وبعدما", "وعندما", "قبلما", "لما"})
