"""Person mentions cut back to the name when NER took a neighbouring word with it.

The NER layer sometimes glues a common noun to a person's name (or takes one for a name):

1. *Definite noun after ل*: a mention that begins at the second ل of «لل…» (ل + ال, «للتجارة»
   → «لتجارة», «للجيدو أنيس الونيفي» → «لجيدو أنيس الونيفي») begins with a definite common
   noun, not a name: the token is dropped (the mention too when nothing is left and the
   token is tagged a common noun: not «للقصبي»), with an ال-word after it that is no given
   name when a given name of the gazetteer follows («للملعب النابلي أيمن الطرابلسي» →
   «أيمن الطرابلسي»).
2. *Definite word before a given name* («الجيدو هالة المرغني» → «هالة المرغني») is cut by the
   NER layer itself (:mod:`khabar.ner.edges`, rule ``al_given``), and so is a programme or
   guest word after a name («هيفل بن يوسف ضيف برنامج بوليتيكا», rule ``show``); only the
   ال-word left after rule 1 is cut here (NER saw the «لل…» token first).
3. *Trailing common noun*: «عماد الخميري ناطقا» → «عماد الخميري» when the last word
   kept (tagged X/PROPN) is written elsewhere in the article without the next word, and the
   next word is tagged a common noun without ال.
4. *Last word before a time word*: a given name + one word, then one more word right before
   «اليوم»/«أمس» (no particle, verb or ال-word) takes it («هالة شيخ» + «روحه اليوم»).
5. *Split name*: a one-word PER and the one-word ORG right after it are one person
   («محمد» + «المزروعي»); a PER right before a two-word ORG is the ORG's first word
   («الجوهرة» + «أف أم»; see :func:`_join_given_names`).
6. *No name*: a mention right after «رقم» (a code: «رقم "كيو-ار 920"») is dropped.
7. *Stray Latin letter*: one or two Latin letters that a typo glued to the word before
   («وقالj ايمان بوراوي») are no first word of an Arabic name (round 9).
8. *Trailing quantifier*: a quantifier NER took as the name's last word («ونفى الحاج أبو يوسف
   أي اقتتال» → «الحاج أبو يوسف») is the object's first word (round 10).
9. *Trailing ال-adjective*: «زياد بن بلقاسم المتطرف» → «زياد بن بلقاسم» when the last word is
   an ال-word tagged ADJ that is no nisba (no «…ي»), two words or more are left and the word
   before it is written elsewhere in the article without it (round 17, blind batch 50).

Mentions linked to a cut one (same canonical) take the new canonical name. Pure function of
the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Entity, Span, Token
from khabar.quotes.lexicon import AL_GIVEN_NAMES
from khabar.quotes.names import first_names, fold
from khabar.quotes.namewords import relink, respan

_PROPER = ("X", "PROPN")
#: Words inside names that never end one («علي بن أبي طالب»).
_NAME_NOUNS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "عبد", "ال", "ام", "ولد"})


def _upos(tok: Token) -> str | None:
    return tok.words[-1].upos if tok.words else None


def _definite_after_lam(raw: str, tok: Token, start: int) -> bool:
    """The mention starts at the second ل of «لل…» (after an optional و/ف): ل + ال."""
    pre = raw[tok.start:start]
    rest = raw[start:tok.end]
    return pre in ("ل", "ول", "فل") and rest.startswith("ل") and len(rest) > 2 and \
        fold("ال" + rest[1:]) not in first_names() and \
        ("ال" + rest[1:]) not in AL_GIVEN_NAMES


#: Time words that follow a cue's subject («أعلنت الوزيرة … اليوم الثلاثاء»).
_TIME_WORDS = frozenset({"اليوم", "امس", "غدا", "يوم", "صباح", "مساء", "ظهر", "ليله"})
#: Quantifiers that open the object after a name («نفى X أي اقتتال»), never a name's end.
_QUANTIFIERS = frozenset({"أي", "اي", "أية", "ايه", "اية", "أيه", "كل", "جميع", "بعض", "كافة",
                          "كافه"})
_NOT_NAME = ("VERB", "AUX", "ADP", "NUM", "PUNCT", "CCONJ", "SCONJ", "PART", "DET", "SYM")


def _last_name_before_time(toks: Sequence[Token], a: int, b: int) -> bool:
    """«هالة شيخ» + «روحه» before «اليوم»: a given name and one more word, then a word
    that is no particle or verb right before a time word: the name's last word."""
    from khabar.quotes.cues import cue_form
    i = b + 1
    if i + 1 >= len(toks) or toks[i + 1].norm not in _TIME_WORDS or \
            fold(toks[a].norm) not in first_names():
        return False
    w = toks[i]
    return w.start - toks[b].end <= 1 and len(w.norm) >= 3 and not w.norm.startswith("ال") \
        and bool(w.words) and all(x.upos not in _NOT_NAME for x in w.words[:1]) and \
        _upos(w) not in ("VERB", "ADP", "NUM", "PUNCT") and cue_form(w.norm) is None and \
        w.norm not in _TIME_WORDS


def _stray_latin(raw: str, toks: Sequence[Token], a: int, b: int) -> bool:
    """Token ``a`` is one or two Latin letters and the last token of the mention is Arabic."""
    first, last = raw[toks[a].start:toks[a].end], raw[toks[b].start:toks[b].end]
    return a < b and len(first) <= 2 and first.isascii() and first.isalpha() and \
        any("\u0621" <= ch <= "\u064a" for ch in last)


def _after_number_word(toks: Sequence[Token], a: int) -> bool:
    """«رحلتها رقم "كيو-ار 920"»: what follows «رقم» (quote marks skipped) is a code."""
    i = a - 1
    while i >= 0 and not toks[i].norm[:1].isalnum():
        i -= 1
    return i >= 0 and i >= a - 2 and toks[i].norm in ("رقم", "برقم", "ورقم")


def _join_given_names(doc, toks: Sequence[Token], ents: Sequence[Entity],
                      starts: list[int]) -> list[Entity]:
    """A one-word PER right before an ORG (no word between; the ORG's other mentions stay
    as they are): «محمد» + «المزروعي», «وول» + «سوينكا» are one person when the ORG is one
    word tagged X/PROPN and the PER a given name of the gazetteer or a word tagged X/PROPN
    without ال; «الجوهرة» + «أف أم» (an ORG of two words without ال, the PER no given
    name) is the ORG's name, and the PER is dropped. «دعا الصرخي الأمم المتحدة» keeps both."""
    out: list[Entity | None] = list(ents)
    for k in range(len(out) - 1):
        p, o = out[k], out[k + 1]
        if p is None or o is None or p.label != "PER" or o.label != "ORG":
            continue
        i = bisect.bisect_left(starts, p.start)
        if i + 1 >= len(toks) or toks[i].start != p.start or toks[i].end != p.end or \
                toks[i + 1].start != o.start or o.start - p.end > 1 or \
                (toks[i + 1].norm.startswith("ال") and toks[i + 1].end != o.end):
            continue
        given = fold(toks[i].norm) in first_names()
        if toks[i + 1].end == o.end and _upos(toks[i + 1]) in _PROPER and (
                given or (_upos(toks[i]) in _PROPER and not toks[i].norm.startswith("ال"))):
            canon = " ".join(doc.repaired(Span(p.start, o.end)).split())
            out[k] = Entity(p.start, o.end, "PER", canon)
            out[k + 1] = None
        elif not given and not toks[i + 1].norm.startswith("ال") and \
                len(doc.raw[o.start:o.end].split()) == 2:
            out[k] = None       # «الجوهرة» + «أف أم»: the first word of the ORG's name
    return [e for e in out if e is not None]


def _adjective_tail(toks: Sequence[Token], b: int, where: dict[str, list[int]]) -> bool:
    """Token ``b`` ends a name as a description (rule 9): an ال-adjective, no nisba, whose
    word before is written elsewhere without it."""
    nm = toks[b].norm
    if not nm.startswith("ال") or _upos(toks[b]) != "ADJ" or nm.endswith(("ي", "يه")) or \
            nm in AL_GIVEN_NAMES or fold(nm) in first_names():
        return False
    return any(i != b - 1 and (i + 1 >= len(toks) or toks[i + 1].norm != nm)
               for i in where.get(fold(toks[b - 1].norm), ()))


def trim_persons(doc, toks: Sequence[Token], ents: Sequence[Entity],
                 where: dict[str, list[int]] | None = None) -> list[Entity]:
    """The mentions ``ents`` with PER mentions cut back to the name (see the module
    docstring); others unchanged, order kept. ``where``: folded word → the indexes of the
    tokens of ``toks`` with that folded norm, when the caller has it (read only)."""
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    # where each word is written («وشدد الرحوي»: the surname without «ضيف بوليتيكا»)
    if where is None:
        where = {}
        for i, t in enumerate(toks):
            where.setdefault(fold(t.norm), []).append(i)
    ents = _join_given_names(doc, toks, ents, starts)
    renamed: dict[str, str] = {}
    out: list[Entity | None] = []
    for e in ents:
        if e.label != "PER":
            out.append(e)
            continue
        a = bisect.bisect_right(starts, e.start) - 1
        b = bisect.bisect_left(ends, e.end)
        if a < 0 or b >= len(toks) or a > b or toks[b].end != e.end:
            out.append(e)
            continue
        na, nb = a, b
        if toks[a].start < e.start and _definite_after_lam(doc.raw, toks[a], e.start):
            if a == b:
                if _upos(toks[a]) != "NOUN":
                    out.append(e)   # «للقصبي»: ل + a surname with ال
                else:
                    out.append(None)
                continue
            na = a + 1
            while nb - na >= 2 and toks[na].norm.startswith("ال") and \
                    toks[na].norm not in AL_GIVEN_NAMES and \
                    fold(toks[na].norm) not in first_names() and \
                    fold(toks[na + 1].norm) in first_names():
                na += 1     # «للملعب النابلي أيمن الطرابلسي»: the ال-word NER kept too
        elif toks[a].start != e.start:
            out.append(e)
            continue
        if _after_number_word(toks, a):
            out.append(None)
            continue
        if _stray_latin(doc.raw, toks, na, nb):
            na += 1     # «وقالj ايمان بوراوي»: a typo's letter glued to the cue
        while nb - na >= 1 and toks[nb].norm in _QUANTIFIERS:
            nb -= 1     # «أبو يوسف أي اقتتال»: the quantifier opens the object
        for k in range(na + 1, nb):
            if _upos(toks[k]) in _PROPER and _upos(toks[k + 1]) == "NOUN" and \
                    toks[k].norm not in _NAME_NOUNS and len(toks[k].norm) >= 3 and \
                    any(i != k and (i + 1 >= len(toks) or toks[i + 1].norm != toks[k + 1].norm)
                        for i in where.get(fold(toks[k].norm), ())) and \
                    not toks[k + 1].norm.startswith("ال") and \
                    fold(toks[k + 1].norm) not in first_names():
                nb = k
                break
        if nb - na >= 2 and _adjective_tail(toks, nb, where):
            nb -= 1     # «زياد بن بلقاسم المتطرف»: a description after the name (round 17)
        if (na, nb) == (a, b) and nb - na == 1 and _last_name_before_time(toks, na, nb):
            nb += 1
        if (na, nb) == (a, b) and toks[a].start == e.start:
            out.append(e)
            continue
        out.append(respan(doc, toks, na, nb, e, renamed))
    return relink(out, renamed)


__all__ = ["trim_persons"]
