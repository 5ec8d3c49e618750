"""Quote spans: what a cue triggers and where the quoted content starts and ends.

:func:`find_trigger` looks forward from a cue for a complementizer (indirect speech) or a
quotation of three words or more (direct speech); :func:`content_end` and :func:`trim_range`
bound the content in token indexes (which later cues cut an earlier indirect quote short:
:mod:`khabar.quotes.cue_stops`); the checks on a cue form (:func:`preposition_bayna`,
:func:`coordinated_finding`, :func:`close_complement_missing`) live in
:mod:`khabar.quotes.triggers` and are re-exported here. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.adjunct_trigger import noun_parenthesis, statement_adjunct
from khabar.quotes.cue_readings import named_ali
from khabar.quotes.visit_adjunct import own_act_adjunct
from khabar.quotes.nominal_forms import nominal_cue
from khabar.quotes.shadda_cue import written_bayyana
from khabar.quotes.cues import NEED_COMP, PUNCT_TRIM, QUOTE_CHARS, cue_form, is_complementizer
from khabar.quotes.lexicon import COLON_ONLY, COLON_QUOTE, NOT_SPEECH_BEFORE, OBJECT_FIRST
from khabar.quotes.paragraphs import paragraph_break
from khabar.quotes.marks import Article
from khabar.quotes.purpose import relative_with_object
from khabar.quotes.quoted_warning import considered_object, quote_in_object, quotes_object
from khabar.quotes.part_object import possessed_object
from khabar.quotes.names_in_marks import medium_quote, name_in_marks
from khabar.quotes.call_verb import call_verb
from khabar.quotes.triggers import (AFTER_PREPOSITION, close_complement_missing,  # noqa: F401
                                    coordinated_finding, preposition_bayna,
                                    said_without_complementizer, sentence_end)

#: Nouns after «على» that make an adjunct, not an object («وأضاف على هامش اجتماع … أنه»,
#: «كتب على حسابه», «قال على موجات الإذاعة», «قالت على موقع تويتر إن»: round 8).
ADJUNCT_NOUNS = frozenset({"هامش", "اثر", "لسان", "صفحته", "صفحتها", "حسابه", "حسابها",
                           "موقعه", "موقعها", "موجات", "امواج", "شاشه", "قناه", "اذاعه",
                           "موقع"})


#: Verbs whose quotation after «على» is what was said («أكد على "…"», «شدد على "…"»).
STRESS_ON = frozenset({"اكد", "شدد"})


def find_trigger(art: Article, k: int, kind: str, verb: str) -> tuple[int, bool] | None:
    """(trigger token index, direct) for the cue at ``k``, or None."""
    limit = {"part": 5, "noun": 4}.get(kind, 32 if verb not in NEED_COMP else 14)
    if kind == "noun" and noun_parenthesis(art, k):
        limit = 18      # «قوله، في مداخلة خلال منتدى … بمدينة حيدر آباد، إن» (round 21)
    if kind == "verb" and statement_adjunct(art, k):
        limit = 45      # «وبين في تصريح لوكالة … بالعاصمة أن» (round 17; 45: round 18)
    if kind == "verb" and own_act_adjunct(
            art, k, lambda i: art.norms[i].isalpha() and bool(art.toks[i].words) and
            all(w.upos in ("PROPN", "X", "NOUN", "ADJ") for w in art.toks[i].words)):
        limit = 32      # «واكد عمر الباهي لدى معاينته … أنه» (round 18)
    if k + 2 < art.n and art.norms[k + 1] == "علي" and art.norms[k + 2].isalpha() and \
            not is_complementizer(art.norms[k + 2]) and art.norms[k + 2] not in ADJUNCT_NOUNS \
            and not named_ali(art, k + 1):     # (not «وقال علي بن صميخ المري»: round 17)
        return None     # «كما أكد على ضرورة تغيير … " لمقاربة …"»: a nominal object
    said = said_without_complementizer(art, k, kind)
    if said is not None:
        return said
    i = k + 1
    seen = 0
    while i < art.n and seen < limit:
        s = art.surf[i]
        nm = art.norms[i]
        if art.is_end(i):
            return None
        if verb in COLON_QUOTE and s in QUOTE_CHARS and i in art.quotes and \
                art.norms[i - 1] == ":":
            return i, True      # «وكتب … على فيسبوك: "…"», «الذي ينص على : "…"»
        if verb in COLON_ONLY and not is_complementizer(nm):
            # «كتب» reports nothing else but a complementizer within eight words («وكتب هو
            # وزملاؤه في دورية … أن», round 17; a quotation far off: «وكتب رسالة … أورد فيها
            # قوله: "…"» is the other cue's)
            if seen >= 10 or i > k + 1 and cue_form(nm) is not None:
                return None
            i += 1
            seen += nm.isalnum()
            continue
        if is_complementizer(nm) and not (i > 0 and art.norms[i - 1] in ("الا", "لا")) \
                and not art.in_name(i):
            prev = art.norms[i - 1]
            if prev in C.NOT_SPEECH_BEFORE_COMPLEMENTIZER or (
                    prev[:1] in "وف" and prev[1:] in C.NOT_SPEECH_BEFORE_COMPLEMENTIZER) or \
                    art.norms[i - 1] in NOT_SPEECH_BEFORE or (
                        art.norms[i - 1] == "في" and art.norms[i - 2].startswith("امل")):
                return None     # («أعرب عن أمله في أن»: a hope, no report)
            if i == k + 1 and verb in OBJECT_FIRST:
                return None     # «عبوة وصفت بأنها»: the passive, no one describes here
            if close_complement_missing(art, k, i, verb):
                return None
            j = i + 1
            if j < art.n and art.is_quote(j) and j in art.quotes:
                end = art.quote_end(j)
                if art.words_between(j + 1, end + 1) >= 3 and not name_in_marks(art, j, end):
                    return i, True  # (not «أن "أبو الحسن التونسي" كان»: round 20)
            return i, False
        if s in QUOTE_CHARS and i in art.quotes:
            end = art.quote_end(i)
            nwords = art.words_between(i + 1, end + 1)
            named = nwords <= 4 and end + 2 < art.n and is_complementizer(art.norms[end + 2])
            # («إعتبر "حزب التحرير - تونس"، أن»: a comma between them too; round 16)
            named = named or nwords <= 4 and end + 3 < art.n and \
                art.norms[end + 2] in ("،", ",") and is_complementizer(art.norms[end + 3])
            # («وأضافت المخرجة "كوثر بن هنية" أنها»: a name in marks, then the complement)
            # («مشيرا … الى "ما يتكبده الفلاح …"»: أشار takes its complement with إلى; a
            # quotation of five words or more there is what was said, not a name)
            naming = (art.naming_quote(i) or medium_quote(art.norms, i, nwords)) and \
                not (verb == "اشار" and nwords >= 5 and art.norms[i - 1] == "الي") and \
                not (verb in STRESS_ON and art.norms[i - 1] == "علي" and
                     (i - 2 == k or art.norms[i - 2] in ("،", ",")))
            # («أكد …، على "ضرورة العمل …"», «مشددا على "الدفاع عن …"»: the stressed words in
            # marks are what was said when «على» follows the cue or a comma; round 16)
            free = verb not in NEED_COMP or quotes_object(verb, nwords) or \
                written_bayyana(art.surf[k], verb)      # (round 20)
            if nwords >= 3 and not naming and not named and free and \
                    not quote_in_object(art.norms, k, i, verb):  # (round 20)
                if kind == "part" and (possessed_object(art, k, i) or
                                       considered_object(art, verb, k, i)):
                    return None     # «مؤكدة دعمها "…"»: an object quoted (round 16; r20)
                return i, True
            if verb == "وصف" and nwords >= 1 and (art.norms[i - 1] == "ب" or
                                                  art.norms[i + 1].startswith("بال")):
                return i, True  # «واصفا إياه بـ "الحرباء المتلونة"», «"بالقبيح جدا"» (round 16)
            i = end + 2
            seen += 1
            continue
        if i > k + 1 and art.norms[i - 1] != "غير":     # («تقارير غير مؤكدة إلى أن»)
            hit = cue_form(nm)
            if hit is not None and hit[2] != "noun" and hit[0] not in COLON_ONLY and \
                    not preposition_bayna(art, i) and not relative_with_object(art, i) and \
                    not nominal_cue(art, i, hit[0], hit[2]):
                return None     # (not «كتب»: also "books", «مؤلف عدة كتب إن»; round 16:
                # not «الشرطة التي كشفت صور المنفذين إن», a relative clause's verb)
            if call_verb(nm):
                return None     # «، داعية نقابة … إلى …»: a clause of its own (round 23)
        if nm.isalnum():
            seen += 1
        i += 1
    return None


def content_end(art: Article, a: int, stops: set[int]) -> int:
    """Last token index of indirect content starting at token ``a``."""
    i = a
    last = a
    while i < art.n:
        if art.is_end(i):
            break
        if i in stops and i > a:
            break
        if i > a and paragraph_break(art, i):
            break       # a line break with no final stop before it ends the sentence (round 16)
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
