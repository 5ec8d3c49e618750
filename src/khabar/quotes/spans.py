"""Quote spans: what a cue triggers and where the quoted content starts and ends.

:func:`find_trigger` looks forward from a cue for a complementizer (indirect speech) or a
quotation of three words or more (direct speech); :func:`content_end` and :func:`trim_range`
bound the content in token indexes; :func:`stop_cue` says which later cues cut an earlier
indirect quote short. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.cues import (FORMS, NEED_COMP, PUNCT_TRIM, QUOTE_CHARS, Cue, cue_form,
                                is_complementizer)
from khabar.quotes.lexicon import FINDING_VERBS, NOT_SPEECH_BEFORE, OBJECT_FIRST
from khabar.quotes.marks import Article

#: A cue form after one of these is a noun («على تواصل», «في ذكر», «ويمكن وصف»).
AFTER_PREPOSITION = frozenset({"علي", "في", "الي", "عن", "مع", "حول",
                               "يمكن", "ويمكن", "يجب", "ويجب"})     # «ويمكن وصف الوظيفة»


def preposition_bayna(art: Article, k: int) -> bool:
    """Token ``k`` is «بين» the preposition ("between", "among"), not the verb «بيّن»: after
    «من» / «ما» («من بين الجهات») or after a common noun or adjective («التعاون بين»,
    «لجنة فنية بين»), unless a name or «أن» follows; before two nouns joined by و («بين تونس
    وكوناكري»)."""
    if art.norms[k] == "بين" and k + 3 < art.n and not is_complementizer(art.norms[k + 1]) and \
            art.norms[k + 1].isalpha() and any(
                art.norms[j][:1] == "و" and len(art.norms[j]) > 2 and
                cue_form(art.norms[j]) is None and not is_complementizer(art.norms[j])
                for j in (k + 2, k + 3)) and not is_complementizer(art.norms[k + 2]):
        return True     # «بين تونس وكوناكري»: "between X and Y"
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


def find_trigger(art: Article, k: int, kind: str, verb: str) -> tuple[int, bool] | None:
    """(trigger token index, direct) for the cue at ``k``, or None."""
    limit = {"part": 5, "noun": 4}.get(kind, 32 if verb not in NEED_COMP else 14)
    if k + 2 < art.n and art.norms[k + 1] == "علي" and art.norms[k + 2].isalpha() and \
            not is_complementizer(art.norms[k + 2]):
        return None     # «كما أكد على ضرورة تغيير … " لمقاربة …"»: a nominal object
    i = k + 1
    seen = 0
    while i < art.n and seen < limit:
        s = art.surf[i]
        nm = art.norms[i]
        if art.is_end(i):
            return None
        if is_complementizer(nm) and not (i > 0 and art.norms[i - 1] in ("الا", "لا")) \
                and not art.in_name(i):
            if art.norms[i - 1] in C.NOT_SPEECH_BEFORE_COMPLEMENTIZER or \
                    art.norms[i - 1] in NOT_SPEECH_BEFORE:
                return None
            if i == k + 1 and verb in OBJECT_FIRST:
                return None     # «عبوة وصفت بأنها»: the passive, no one describes here
            if close_complement_missing(art, k, i, verb):
                return None
            j = i + 1
            if j < art.n and art.is_quote(j) and j in art.quotes:
                end = art.quote_end(j)
                if art.words_between(j + 1, end + 1) >= 3:
                    return i, True
            return i, False
        if s in QUOTE_CHARS and i in art.quotes:
            end = art.quote_end(i)
            nwords = art.words_between(i + 1, end + 1)
            named = nwords <= 4 and end + 2 < art.n and is_complementizer(art.norms[end + 2])
            # («وأضافت المخرجة "كوثر بن هنية" أنها»: a name in marks, then the complement)
            # («مشيرا … الى "ما يتكبده الفلاح …"»: أشار takes its complement with إلى; a
            # quotation of five words or more there is what was said, not a name)
            naming = art.naming_quote(i) and not (verb == "اشار" and nwords >= 5 and
                                                  art.norms[i - 1] == "الي")
            if nwords >= 3 and not naming and verb not in NEED_COMP and not named:
                return i, True
            i = end + 2
            seen += 1
            continue
        if i > k + 1 and art.norms[i - 1] != "غير":     # («تقارير غير مؤكدة إلى أن»)
            hit = cue_form(nm)
            if hit is not None and hit[2] != "noun" and not preposition_bayna(art, i):
                return None
        if nm.isalnum():
            seen += 1
        i += 1
    return None


def close_complement_missing(art: Article, k: int, i: int, verb: str) -> bool:
    """Verbs that report only with their complementizer close by: «وجد» needs a subject
    of at most three words between («فوجدوا أن», «ووجدت الدراسة أن»; not the passive «ووجد
    أن», nor «وجدت الحفريات … بيوتا … أنها»); «نصّ» needs «على» right before it («تنص المادة
    110 … على أنه»; «في نص الدعوى أنه» is the noun)."""
    if verb == "وجد":
        return i - k > 4 or (i == k + 1 and art.norms[k] in ("وجد", "ووجد", "فوجد"))
    return verb == "نص" and art.norms[i - 1] != "علي"


def content_end(art: Article, a: int, stops: set[int]) -> int:
    """Last token index of indirect content starting at token ``a``."""
    i = a
    last = a
    while i < art.n:
        if art.is_end(i):
            break
        if i in stops and i > a:
            break
        if art.is_quote(i) and i in art.quotes:
            close = art.quotes[i]
            if close is None:
                if art.spaced(i):
                    break
                j = i + 1
                while j < art.n and not art.is_end(j) and j not in stops:
                    j += 1
                last = j - 1
                i = j
                break
            last = close
            i = close + 1
            continue
        last = i
        i += 1
    return last


def trim_range(art: Article, a: int, b: int) -> tuple[int, int] | None:
    """Drop punctuation and stray quotation marks at both ends of token range [a, b]."""
    def stray(i: int) -> bool:
        if not art.is_quote(i):
            return False
        # an opening mark whose close is outside, or a closing mark opened outside
        if i in art.quotes:
            close = art.quotes[i]
            return close is None or close > b
        for o, c in art.quotes.items():
            if c == i:
                return o < a
        return True
    changed = True
    while changed and a <= b:
        changed = False
        if art.surf[b] in PUNCT_TRIM or stray(b) or art.surf[b] in ("و",):
            b -= 1
            changed = True
        elif art.surf[a] in PUNCT_TRIM or stray(a):
            a += 1
            changed = True
    return (a, b) if a <= b else None


def stop_cue(art: Article, cue: Cue) -> bool:
    """A later cue that ends the content of an earlier indirect quote."""
    k = cue.index
    nm = art.norms[k]
    if cue.kind == "part":
        return True
    if nm[:1] in "وف" and FORMS.get(nm) is None:
        return True
    if k and art.norms[k - 1] in ("كما", "وكما", "ثم", "و", "لكنه", "لكنها", "ولكنه",
                                  "ولكنها", "بل", "فيما", "بينما"):
        return True
    return False
