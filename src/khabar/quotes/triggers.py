"""Checks on a cue form before and after its trigger is looked for: «بين» the preposition,
a verb of finding coordinated inside reported speech or an impersonal form, a verb that
reports only with its complementizer close by; speech with neither complementizer nor
quotation mark («مستدركا بالقول مطالب …», «وأضاف المتحدث: تمت …»; round 11). Used by :mod:`khabar.quotes.spans` (which
re-exports them). Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.lexicon import FINDING_VERBS, is_place_adjective
from khabar.quotes.marks import Article

#: A cue form after one of these is a noun («على تواصل», «في ذكر», «ويمكن وصف»).
AFTER_PREPOSITION = frozenset({"علي", "في", "الي", "عن", "مع", "حول",
                               "يمكن", "ويمكن", "يجب", "ويجب"})     # «ويمكن وصف الوظيفة»


def preposition_bayna(art: Article, k: int) -> bool:
    """Token ``k`` is «بين» the preposition ("between", "among"), not the verb «بيّن»: after
    «من» / «ما» («من بين الجهات») or after a common noun or adjective («التعاون بين»,
    «لجنة فنية بين»), unless a name or «أن» follows; before two nouns or numbers joined by و
    («بين تونس وكوناكري», «تتراوح بين 15 و77»)."""
    if art.norms[k] == "بين" and k + 3 < art.n and not is_complementizer(art.norms[k + 1]) and \
            art.norms[k + 1].isalpha() and any(
                art.norms[j][:1] == "و" and len(art.norms[j]) > 2 and
                cue_form(art.norms[j]) is None and not is_complementizer(art.norms[j])
                for j in (k + 2, k + 3)) and not is_complementizer(art.norms[k + 2]):
        return True     # «بين تونس وكوناكري»: "between X and Y"
    if art.norms[k] == "بين" and k + 3 < art.n and art.norms[k + 1].isdigit() and \
            art.norms[k + 2] in ("و", "الي") and art.norms[k + 3].isdigit():
        return True     # «تتراوح بين 15 و77», «بين 30 إلى 55»: a range of numbers
    if art.norms[k] == "بين" and _between_name_and(art, k):
        return True     # «بين ريال مدريد الإسباني وجوفنتوس الإيطالي» (round 17)
    if art.norms[k] != "بين" or k == 0 or art.is_end(k - 1) or k + 1 >= art.n or \
            is_complementizer(art.norms[k + 1]) or \
            any(e.start == art.toks[k + 1].start for e in art.doc.entities):
        return False    # «من جانب آخر بين الشاهد أن», «بين أن»: the verb
    prev = art.norms[k - 1]
    if prev in ("من", "ما", "فيما", "ومن", "الا"):
        return True     # («لن تكون إلا بين الأطراف الليبية»)
    words = art.toks[k - 1].words
    return bool(words) and words[-1].upos in ("NOUN", "ADJ") and \
        not any(e.start <= art.toks[k - 1].start < e.end for e in art.doc.entities)


def _between_name_and(art: Article, k: int) -> bool:
    """«بين» at ``k`` is followed by a PER/ORG/LOC mention (and at most one ال-adjective after
    it, «الإسباني») and then a word with the conjunction و that is no cue or complementizer:
    "between X and Y" («المرتقب بين ريال مدريد الإسباني وجوفنتوس الإيطالي»; round 17)."""
    if k + 2 >= art.n:
        return False
    start = art.toks[k + 1].start
    e = next((e for e in art.doc.entities if e.start == start), None)
    if e is None:
        return False
    j = k + 1
    while j < art.n and art.toks[j].start < e.end:
        j += 1
    if j < art.n and art.norms[j].startswith("ال") and art.toks[j].words and \
            (art.toks[j].words[-1].upos == "ADJ" or is_place_adjective(art.norms[j])):
        j += 1
    nm = art.norms[j] if j < art.n else ""
    return nm[:1] == "و" and len(nm) > 2 and cue_form(nm) is None and \
        not is_complementizer(nm)


def coordinated_finding(art: Article, k: int, verb: str, kind: str = "verb") -> bool:
    """Token ``k``, a cue form, starts no quote here: a verb of finding
    (:data:`FINDING_VERBS`) joined by و to the clause before with the complementizer right
    after it («… وأتت أكلها وأثبتت أنها …»: that clause's subject, inside reported speech);
    the impersonal «(و)تبين أن» ("it turned out"), «ويلاحظ أن» ("it is noted"); a verb form right after a preposition is
    a noun («ونحن على تواصل مع»)."""
    nm = art.norms[k]
    comp_next = k + 1 < art.n and is_complementizer(art.norms[k + 1])
    if verb in FINDING_VERBS and (nm[:1] == "و" and comp_next or any(
            art.norms[i] == "علي" and is_complementizer(art.norms[i + 1])
            for i in range(k + 1, min(k + 8, art.n - 1)))):
        return True     # («وأظهرت فلانة التونسيين على أنهم …»: portrayed them as)
    if (nm[1:] if nm[:1] in "وف" else nm) in ("تبين", "يلاحظ") and (comp_next or (
            k + 2 < art.n and art.norms[k + 1] in ("له", "لها", "لهم", "لنا", "لي") and
            is_complementizer(art.norms[k + 2]))):
        return True     # «وتبين أن», «تبيّن له أن», «ويلاحظ أن»: impersonal
    if (nm[1:] if nm[:1] in "وف" else nm) == "تبين" and k + 1 < art.n and \
            art.norms[k + 1] in ("حسب", "بحسب", "وفق", "وفقا", "من", "خلال", "بعد", "اثر"):
        return True     # «تبين حسب التحريات الأولية أنهما»: impersonal, an adjunct first
    if k > 1 and art.norms[k - 1] == "غير" and art.norms[k - 2] != "لا":
        return True     # «تقارير غير مؤكدة»: an adjective (not «… لا غير مشيرا»)
    return kind == "verb" and k > 0 and art.norms[k - 1] in AFTER_PREPOSITION


def close_complement_missing(art: Article, k: int, i: int, verb: str) -> bool:
    """Verbs that report only with their complementizer close by: «وجد» needs a subject
    of at most three words between («فوجدوا أن», «ووجدت الدراسة أن»; not the passive «ووجد
    أن», nor «وجدت الحفريات … بيوتا … أنها»); «نصّ» needs «على» right before it («تنص المادة
    110 … على أنه»; «في نص الدعوى أنه» is the noun)."""
    if verb in ("وجد", "اكتشف"):    # (round 8: «اكتشف سكان القرية أن» the same way)
        return i - k > 4 or (i == k + 1 and art.norms[k] in ("وجد", "ووجد", "فوجد", "اكتشف",
                                                             "واكتشف", "فاكتشف"))
    if verb == "تعهد" and art.norms[i - 1] == "علي" and i - k > 2:
        return True     # «تعهدت بالتدخل … على أن يتم»: "provided that", no pledge (round 16)
    return verb == "نص" and art.norms[i - 1] != "علي"


#: Verbs of saying whose speech may follow a colon with no quotation mark («وأضاف
#: المتحدث: تمت …», «حيث قال جلالته: نحن …»; normalized lemmas, round 11).
COLON_SPEECH = frozenset({"قال", "اضاف", "تابع", "اوضح", "صرح"})


def said_without_complementizer(art: Article, k: int, kind: str) -> tuple[int, bool] | None:
    """Speech with neither complementizer nor quotation mark (round 11): «مستدركا بالقول
    مطالب المحتجين … مشروعة» (indirect, from the word after «بالقول»), or a colon within
    four words after a verb of saying followed by a word («وأضاف المتحدث: تمت محاولة …»:
    direct, the colon as trigger). None otherwise."""
    j = k if kind == "noun" else k + 1     # «مستدركا بالقول»: «بالقول» alone is the cue
    if j + 1 < art.n and art.norms[j] == "بالقول" and art.norms[j + 1].isalpha() and \
            not is_complementizer(art.norms[j + 1]) and cue_form(art.norms[j + 1]) is None:
        return j, False
    hit = cue_form(art.norms[k])
    if kind != "verb" or hit is None or hit[0] not in COLON_SPEECH:
        return None
    for i in range(k + 1, min(k + 6, art.n - 1)):
        nm = art.norms[i]
        if nm == ":":
            nxt = art.norms[i + 1]
            return (i, True) if nxt.isalpha() and not is_complementizer(nxt) and \
                not art.is_quote(i + 1) else None
        if art.is_end(i) or art.is_quote(i) or is_complementizer(nm) or not nm.isalpha():
            return None
    return None


def sentence_end(art: Article, t: int) -> int:
    """Index of the last token of the sentence holding token ``t`` (before its end mark)."""
    e = t
    while e + 1 < art.n and not art.is_end(e + 1):
        e += 1
    return e
