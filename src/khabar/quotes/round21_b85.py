"""Round-21 speaker rules from the errors of blind dev batches 85–86 (session 12).

1. *Time adjunct after a body* (:func:`cut_time_tail`): «وقالت وزارة الداخلية الإيطالية
   الأسبوع الماضي إن …», «وأعلنت وزارة الدفاع الجزائرية الأسبوع الماضي أن …» — a calendar
   unit and its tense adjective («الأسبوع/الشهر/العام الماضي», «الشهر الجاري») ending a
   speaker span of four words or more (two left at least) are the verb's time adjunct, not
   part of the name.
2. *Given name in parentheses after a person noun* (:func:`parenthesized_names`): «وقالت الأم
   (نعيمة) إنها …» — a cue verb, one ال-noun, then one or two bare words in parentheses and a
   complementizer or colon: the words in parentheses are the speaker's name. Later quotes of
   the article that took the speaker the rule replaced take the name too.
3. *Title of a local unit* (:func:`titled_unit`): «نفى رئيس مركز شرطة بوسالم في تصريح …
   ما وجه له من تهم، معتبرا أن …» — a bare title in construct with an institution head
   («رئيس مركز …», «مدير مستشفى …») and no person named in it is the unnamed subject a
   participle later in the sentence goes on with (as «معتمد»/«والي» + place already are),
   not the person who spoke last.
   The sentence may open with a contrast adjunct set off by a comma, «في المقابل، نفى …»
   (:func:`skip_contrast`), skipped like the turn opener «من جهته، …».
4. *«حسب البيان» after a speaker* (:func:`same_document`): «وقالت الوزارة في بيان … إن …
   حسب البيان. … وتابعت ان …» — an attribution to a bare definite document («حسب البيان»,
   «وفق التقرير») once someone has spoken refers back to that speaker's document: it is no
   new source for a later cue with no subject.
5. *A short quotation after «مع»/«عبر»* (:func:`medium_quote`): «وقال في اتصال هاتفي مع
   "الجوهرة أف أم" عبر "بوليتيكا"، إن …» — up to four words in marks right after «مع» or
   «عبر» name the medium or the one spoken with, not what was said: the report is after «إن».
6. *Maghrebi «بو» name* (:func:`bu_given_names`): «بوعلي المباركي» — NER read the ب of
   «بو» + a given name as a preposition and began the mention at «وعلي»; the mention begins
   at the ب (and its shorter mentions take the full canonical name).

Pure functions of the raw text and spans; nothing here raises on ordinary input.
"""
from __future__ import annotations

import re
from typing import Sequence

from khabar.document import Entity, Quote, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import MEDIA_HEADS
from khabar.text.normalize import normalize

#: Calendar units that head a time adjunct, and the adjectives that date them.
_UNITS = frozenset({"الاسبوع", "الشهر", "العام", "السنه"})
_TENSES = frozenset({"الماضي", "الماضيه", "الجاري", "الفارط", "المنصرم", "المنصرمه",
                     "الفائت", "الفائته", "المنقضي", "المنقضيه"})

_AR = "\u0621-\u064a\u0670-\u06d3"
#: «الأم (نعيمة) إنها», «الشاب (محمد علي): …» right after a cue.
_PAREN = re.compile(rf"\s+(?:ال[{_AR}]+)\s*\(\s*([{_AR}]+(?:\s+[{_AR}]+)?)\s*\)\s*"
                    rf"(?=[إأا]ن|:)")


def cut_time_tail(raw: str, quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with a trailing «unit + tense adjective» cut off each speaker span of four
    words or more (span and canonical name)."""
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is None:
            out.append(q)
            continue
        words = raw[sp.start:sp.end].split()
        if len(words) >= 4 and normalize(words[-2]) in _UNITS and \
                normalize(words[-1]) in _TENSES:
            end = sp.start + raw[sp.start:sp.end].rindex(words[-2])
            end = len(raw[:end].rstrip())
            canon = sp.canonical
            if canon:
                cw = canon.split()
                if len(cw) >= 3 and normalize(cw[-2]) in _UNITS and normalize(cw[-1]) in _TENSES:
                    canon = " ".join(cw[:-2])
            q = Quote(Speaker(sp.start, end, canon), q.cue, q.content, q.direct)
        out.append(q)
    return out


def _noun_ok(word: str) -> bool:
    """An ال-noun that may stand for a person (no body or medium head)."""
    n = normalize(word)
    return n not in C.ORG_HEADS and n[2:] not in MEDIA_HEADS


def parenthesized_names(raw: str, quotes: Sequence[Quote],
                        ents: Sequence[Entity] = ()) -> list[Quote]:
    """``quotes`` whose cue verb is followed by «ال-noun (Name)» and a complementizer or colon
    spoken by Name; a later quote whose speaker had the replaced canonical name, found before
    that cue, takes Name too. Names that are an ORG/LOC mention stay as they are."""
    out = list(quotes)
    for i, q in enumerate(out):
        m = _PAREN.match(raw, q.cue.end)
        if m is None or not _noun_ok(raw[q.cue.end:m.start(1)].split()[0]):
            continue
        s, e = m.start(1), m.end(1)
        if any(x.start < e and s < x.end and x.label in ("ORG", "LOC") for x in ents):
            continue
        name = " ".join(raw[s:e].split())
        old = q.speaker
        new = Speaker(s, e, name)
        out[i] = Quote(new, q.cue, q.content, q.direct)
        if old is None or not old.canonical or old.start > q.cue.start:
            continue
        for j in range(i + 1, len(out)):
            r = out[j]
            if r.speaker is not None and r.speaker.canonical == old.canonical and \
                    r.speaker.start < q.cue.start:
                out[j] = Quote(new, r.cue, r.content, r.direct)
    return out


#: «(و)في المقابل ،», «(و)بالمقابل ،», «في المقابل من ذلك ،» before the opening verb.
_CONTRAST = (("في", "المقابل"), ("وفي", "المقابل"), ("بالمقابل",), ("وبالمقابل",))


def skip_contrast(norms: Sequence[str], j: int, hi: int) -> int:
    """The index after a contrast adjunct and its comma at ``j`` (module docstring, rule 3);
    ``j`` when there is none."""
    for words in _CONTRAST:
        k = j + len(words)
        if k < hi and tuple(norms[j:k]) == words:
            if k + 2 < hi and norms[k] == "من" and norms[k + 1] == "ذلك":
                k += 2
            return k + 1 if norms[k] in ("،", ",") else j
    return j


#: Documents that «حسب/وفق» + the bare definite noun refers back to (normalized).
_DOCUMENTS = frozenset({"البيان", "البلاغ", "التقرير", "الرساله", "المراسله", "الوثيقه",
                        "الدراسه", "المذكره"})


def same_document(norms: Sequence[str], region: Sequence[int]) -> bool:
    """The attribution's ``region`` (the words after «حسب») is one bare definite document noun
    (module docstring, rule 4)."""
    return len(region) == 1 and norms[region[0]] in _DOCUMENTS


#: Prepositions before a medium or interlocutor named in marks (normalized).
_MEDIUM_PREPS = frozenset({"مع", "ومع", "عبر", "وعبر"})


def medium_quote(norms: Sequence[str], i: int, nwords: int) -> bool:
    """The quotation opening at token ``i`` (``nwords`` words) names a medium (rule 5)."""
    return 0 < i and nwords <= 4 and norms[i - 1] in _MEDIUM_PREPS


def titled_unit(art: object, region: Sequence[int], ents: Sequence[Entity]) -> bool:
    """``region`` (a subject from its head on) is «TITLE INSTITUTION …» of three words or more,
    the title without the article, and no PER mention in it."""
    if len(region) < 3:
        return False
    head, unit = art.norms[region[0]], art.norms[region[1]]
    if head not in C.TITLE_WORDS or head.startswith("ال") or unit not in C.INSTITUTION_HEADS:
        return False
    lo, hi = art.toks[region[0]].start, art.toks[region[-1]].end
    return not any(e.label == "PER" and e.start < hi and lo < e.end for e in ents)


def bu_given_names(raw: str, ents: Sequence[Entity], given: frozenset[str]) -> list[Entity]:
    """``ents`` with a PER mention that begins at «و» + a given name right after a word-initial
    «ب» («ب|وعلي المباركي») begun at the ب; mentions with its old canonical name take the new
    one. ``given`` holds folded given names (:func:`khabar.quotes.namewords.first_names`)."""
    from khabar.quotes.namewords import fold
    renamed: dict[str, str] = {}
    out: list[Entity] = []
    for x in ents:
        s = x.start
        if x.label == "PER" and s >= 1 and raw[s - 1] == "ب" and raw[s:s + 1] == "و" and \
                (s == 1 or not raw[s - 2].isalnum()):
            first = raw[s + 1:x.end].split()[0] if raw[s + 1:x.end].split() else ""
            if len(first) >= 2 and fold(first) in given and " " in raw[s:x.end]:
                canon = " ".join(raw[s - 1:x.end].split())
                renamed.setdefault(x.canonical, canon)
                out.append(Entity(s - 1, x.end, x.label, canon))
                continue
        out.append(x)
    return [Entity(x.start, x.end, x.label, renamed[x.canonical])
            if x.canonical in renamed else x for x in out]


__all__ = ["bu_given_names", "cut_time_tail", "medium_quote", "parenthesized_names",
           "same_document", "skip_contrast", "titled_unit"]
