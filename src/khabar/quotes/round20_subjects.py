"""Subject rules read from blind batches 75–76 (round 20). Pure functions of the article's
token layer and entities; nothing here raises on ordinary input.

- An outlet named by a dotted acronym in quotation marks right after the cue («وأضافت
  "سي.إن.إن" أن»): the letters and dots are one name, not words with a complementizer «إن»
  inside — :func:`dotted_marked_name`.
- A subject set off by a comma after an auxiliary «كان» («وكان الناطق الرسمي باسم النيابة
  العمومية … سفيان السليطي، أكد في تصريح … أن»): the person whose mention ends right before
  the comma, when the words from «كان» to it hold no verb nor sentence end —
  :func:`kana_comma_subject`.
- Verbs whose complement follows an object, the one told or accused («أخبر رجال الإنقاذ أن»,
  «اتهم المملكة بأنها»): the noun after the verb is no subject when the clause already has a
  subject before the verb, or, for «اتهم», when it is one word that names no one —
  :func:`object_cue`, :func:`lone_object`.
- A name of one to four words in marks right after «أن» with the clause going on in a verb
  («أعلن أن "أبو الحسن التونسي" كان أحد …») is no direct quotation — :func:`name_in_marks`.
- A name glued to a preposition «ل» right before the verb is a genitive, not its subject
  («المرصد السوري … المعارض لبشار الأسد أعلن») — :func:`lam_genitive`.
- «، التي/الذي + cue» ends the content of an earlier indirect quote at the comma («… مع
  ليبيا، التي وصف الوضع فيها بـ"الدقيق"») — :func:`relative_cue_stop`.
- «لكنه/لكنها» of the other gender than the last cue of the sentence refers to the subject of
  that cue's «أن» clause («وأضافت "سي.إن.إن" أن المسؤول المطلع … تحدث …، لكنه قال إن») —
  :func:`but_pronoun_subject`.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.marks import Article

#: Auxiliaries «كان» opening a clause before its subject.
_KANA = frozenset({"كان", "وكان", "كانت", "وكانت"})

#: Cue verbs (past form, normalized) whose first noun after the verb may be an object.
OBJECT_VERBS = frozenset({"اتهم", "اخبر", "اعلم"})

#: Of :data:`OBJECT_VERBS`, the ones that always take an object before «بأن»/«أن».
_ALWAYS_OBJECT = frozenset({"اتهم"})


def dotted_marked_name(art: Article, region: list[int]) -> tuple[int, int] | None:
    """Raw span of a dotted acronym («سي.إن.إن», «بي.بي.سي») when ``region`` (the tokens
    between a cue verb and its complementizer) is a quotation mark, the acronym written with
    no space (two letter groups or more joined by dots) and a closing mark; None otherwise."""
    if len(region) < 5 or region != list(range(region[0], region[-1] + 1)):
        return None
    if not (art.is_quote(region[0]) and art.is_quote(region[-1])):
        return None
    s, e = art.toks[region[1]].start, art.toks[region[-2]].end
    text = art.raw[s:e]
    parts = text.split(".")
    if any(not p or not p.isalpha() or len(p) > 4 for p in parts) or len(parts) < 2:
        return None
    return s, e


def kana_comma_subject(art: Article, k: int, ents: list[Entity]) -> Entity | None:
    """The PER mention that ends right before a comma at ``k - 1`` before the cue verb ``k``,
    when «كان/وكان/كانت/وكانت» opens its clause at most 16 tokens before the comma with only
    nouns, names and prepositional words between (no verb, no sentence end, no other comma);
    None otherwise."""
    if k < 3 or art.norms[k - 1] not in ("،", ","):
        return None
    end = art.toks[k - 2].end
    ment = next((e for e in ents if e.label == "PER" and e.end == end), None)
    if ment is None:
        return None
    j = k - 2
    while j >= 0 and art.toks[j].start >= ment.start:
        j -= 1
    n = 0
    while j >= 0 and n <= 16:
        if art.norms[j] in _KANA:
            return ment if j + 1 < art.n and art.toks[j + 1].start < ment.start and \
                art.norms[j + 1] != "قد" else None
        if art.is_end(j) or art.norms[j] in ("،", ",", "؛", ":") or art.is_quote(j) or \
                any(w.upos == "VERB" for w in art.toks[j].words):
            return None
        j -= 1
        n += 1
    return None


def object_cue(verb: str, surface_norm: str) -> bool:
    """The cue (its past form ``verb``, its normalized surface ``surface_norm``) may take an
    object noun after it: one of :data:`OBJECT_VERBS` with no object pronoun attached
    («أخبرها» carries its object)."""
    from khabar.quotes.cues import FORMS
    if verb not in OBJECT_VERBS:
        return False
    bare = surface_norm if surface_norm in FORMS else surface_norm[1:]
    return not any(bare.endswith(c) and FORMS.get(bare[:-len(c)], ("",))[0] == verb
                   for c in ("ه", "ها", "هم", "هن", "هما"))


def lone_object(art: Article, verb: str, region: list[int], ents: list[Entity]) -> bool:
    """``region`` after an «اتهم» cue is one word that is no PER/ORG mention: the one
    accused, not the accuser («حين اتهم المملكة بأنها»)."""
    if verb not in _ALWAYS_OBJECT or len(region) != 1:
        return False
    t = art.toks[region[0]]
    return art.norms[region[0]][:1].isalpha() and not any(
        e.label in ("PER", "ORG") and e.start < t.end and t.start < e.end for e in ents)


def name_in_marks(art: Article, j: int, end: int) -> bool:
    """The quotation from mark ``j`` to its last word ``end`` (:meth:`Article.quote_end`),
    right after a complementizer, is a name of one to four words that the clause goes on
    about: the token after the closing mark is a verb that is no cue («أعلن أن "أبو الحسن
    التونسي" كان أحد مساعدي …»): the marks label a name, the report is indirect."""
    from khabar.quotes.cues import cue_form
    nxt = end + 2
    if not 1 <= art.words_between(j + 1, end + 1) <= 4 or nxt >= art.n or \
            not art.is_quote(end + 1):
        return False
    words = art.toks[nxt].words
    return bool(words) and words[0].upos in ("VERB", "AUX") and \
        cue_form(art.norms[nxt]) is None


def lam_genitive(raw: str, start: int) -> bool:
    """The mention starting at ``start`` is glued to a preposition «ل» that opens its word
    («المرصد السوري … المعارض لبشار الأسد أعلن»): a genitive, not the subject of a verb right
    after it."""
    return start >= 2 and raw[start - 1] == "ل" and not raw[start - 2].isalpha()


def relative_cue_stop(art: Article, k: int, kind: str) -> int | None:
    """The comma before «، التي/الذي/الذين» + the verb cue ``k`` («… مع ليبيا، التي وصف
    الوضع فيها بـ"الدقيق"»): a relative clause with a report of its own ends the content of
    an earlier indirect quote at that comma; None otherwise."""
    if kind != "verb" or k < 2 or art.norms[k - 1] not in ("التي", "الذي", "الذين") or \
            art.norms[k - 2] not in ("،", ","):
        return None
    return k - 2


def _glued_dot(art: Article, j: int) -> bool:
    """Token ``j`` is a dot inside a word («سي.إن.إن»), no sentence end."""
    a, b = art.toks[j].start, art.toks[j].end
    return art.surf[j] == "." and 0 < a and b < len(art.raw) and art.raw[a - 1].isalpha() \
        and art.raw[b].isalpha()


#: «لكنه/لكنها» before a cue: the pronoun's gender.
_BUT_HE = {"لكنه": "m", "ولكنه": "m", "لكنها": "f", "ولكنها": "f"}


def but_pronoun_subject(art: Article, k: int, gender: str | None,
                        said: list[tuple]) -> list[int] | None:
    """Tokens of the subject that «لكنه/لكنها» before the cue verb ``k`` refers to when the
    last cue of the sentence (in ``said``: (index, speaker, person, gender)) is of the other
    gender: the definite noun phrase that opens that cue's «أن» clause, up to its verb
    («وأضافت "سي.إن.إن" أن المسؤول المطلع على الأمر تحدث …، لكنه قال إن»); None
    otherwise."""
    pron = _BUT_HE.get(art.norms[k - 1]) if k else None
    if pron is None or gender not in (None, pron):
        return None
    s = k - 1
    while s > 0 and not (art.is_end(s - 1) and not _glued_dot(art, s - 1)):
        s -= 1
    last = [c for c, _, _, g in said if s <= c < k]
    genders = [g for c, _, _, g in said if s <= c < k]
    if not last or genders[-1] in (None, pron):
        return None
    t = next((j for j in range(last[-1] + 1, min(k - 1, last[-1] + 15))
              if art.norms[j] == "ان" and not art.in_name(j) and
              art.raw[art.toks[j].start - 1].isspace()), None)  # (not «"سي.إن.إن"»)
    if t is None or not art.norms[t + 1].startswith("ال"):
        return None
    region = []
    for j in range(t + 1, min(t + 7, k - 1)):
        if any(w.upos == "VERB" for w in art.toks[j].words):
            return region or None
        if not art.norms[j][:1].isalpha() or art.is_quote(j):
            return None
        region.append(j)
    return None


__all__ = ["OBJECT_VERBS", "but_pronoun_subject", "dotted_marked_name", "kana_comma_subject",
           "lam_genitive", "lone_object", "name_in_marks", "object_cue", "relative_cue_stop"]
