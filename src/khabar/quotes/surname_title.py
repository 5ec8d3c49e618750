"""Where a person's name ends or starts beside a title or a description (round 21, from the
errors of blind batches 87–88).

1. *Guest word inside a name* (:func:`cut_guest`): «قال لطفي المرايحي ضيف بوليتيكا اليوم»
   — NER glued the programme's guest phrase to the name (one mention «لطفي المرايحي ضيف
   بوليتيكا»); a guest word («ضيف», «ضيفة») is never a name word, so the mention ends before
   it and every mention linked to it takes the shorter name.
2. *Surname before a title* (:func:`surname_before_title`): «وقالت علياء عودة مديرة مؤسسة
   أبعاد», «أفادت نبيهة بورصالي فلفول المديرة العامة للصحة» — NER kept the name without its
   last word (a word that also reads as a common noun: «عودة», «فلفول»). A one- or two-word
   person mention followed at once by one plain word (no ال, no clitic, no particle, time
   word, title, guest word or «ـات» plural) and then a title head («مديرة», «المديرة», «رئيس»
   …) with no other name in the six words after it takes that word as its last name word;
   every mention linked to it takes the full name. Not «انتقد … محسن مرزوق تحركات رئيس حركة
   النهضة، راشد الغنوشي» (the verb's object, and the title is another person's) nor «سمير
   الوافي ضيف الاعلامي نوفل الورتاني».
3. *Name after the title's body*: «قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا
   موغيريني أمس إن» — a person mention right after the ORG/LOC mention that ends the title
   is the titled speaker, as after a title word or a comma (:func:`body_before`).
4. *Apposed name read as common words*: «وقال كاتب عام بلدية حمام سوسة، مكرم شويخ في مداخلة
   … إنه» — the two words after the title's comma are the name though the tagger read them as
   an adjective and a noun (:func:`plain_name_pair`, used by
   ``missed.missed_apposed_names``).

Pure functions of the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Iterator, Sequence

from khabar.document import Entity, Token
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form
from khabar.quotes.namewords import CLOSED_WORDS, relink, respan

#: A programme's guest, normalized (as ``roles.GUEST_WORDS``, not imported: roles imports,
#: through relatives, anaphora and chains, this module).
_GUEST_WORDS = frozenset({"ضيف", "ضيفه"})

#: Title-list words that qualify a title rather than head it («العام», «السابق»).
_TITLE_ADJECTIVES = frozenset({"العام", "الاول", "الجديد", "الحالي", "السابق", "السابقه",
                               "الرسمي", "التنفيذي", "الجهوي", "الجهويه", "الاممي", "السياسي",
                               "المساعد", "باسم", "د", "عضو"})

#: Time words that may follow a name before its title («قال فلان أمس رئيس …»).
_TIME_WORDS = frozenset({"امس", "اليوم", "غدا", "صباح", "مساء", "يوم", "ليله", "امسيه",
                         "حاليا", "سابقا", "ايضا", "بدوره", "بدورها", "نفسه", "نفسها"})


def _edge_maps(toks: Sequence[Token]) -> tuple[dict[int, int], dict[int, int]]:
    """Character offset → the token starting there, and → the token ending there."""
    n = len(toks)    # (token spans never overlap: each offset starts or ends one token)
    return (dict(zip(map(attrgetter("start"), toks), range(n))),
            dict(zip(map(attrgetter("end"), toks), range(n))))


def _token_indices(toks: Sequence[Token], ents: Sequence[Entity]) -> set[int]:
    """Indices of the tokens that start inside one of ``ents``."""
    starts = list(map(attrgetter("start"), toks))
    return {i for e in ents for i in range(bisect.bisect_left(starts, e.start),
                                           bisect.bisect_left(starts, e.end))}


def _person_edges(toks: Sequence[Token], ents: Sequence[Entity],
                  edges: tuple[dict[int, int], dict[int, int]] | None
                  ) -> Iterator[tuple[Entity, int | None, int | None]]:
    """Each of ``ents`` with the indices of its first and last token when it is a PER mention
    whose edges are token edges (else None, None). ``edges``: :func:`_edge_maps` of ``toks``
    or None to compute them."""
    at_start, at_end = edges if edges is not None else _edge_maps(toks)
    for e in ents:
        a = at_start.get(e.start) if e.label == "PER" else None
        yield e, a, (at_end.get(e.end) if a is not None else None)


def cut_guest(doc, toks: Sequence[Token], ents: Sequence[Entity],
              edges: tuple[dict[int, int], dict[int, int]] | None = None) -> list[Entity]:
    """``ents`` with every PER mention that runs over a guest word cut before it (rule 1 of
    the module docstring); mentions that would keep no word are left as they are.
    ``edges``: :func:`_edge_maps` of ``toks`` when the caller has them."""
    if _GUEST_WORDS.isdisjoint(map(attrgetter("norm"), toks)):
        return list(ents)   # (no guest word in the article)
    renamed: dict[str, str] = {}
    out: list[Entity | None] = []
    for e, a, b in _person_edges(toks, ents, edges):
        cut = next((i for i in range(a + 1, b + 1) if toks[i].norm in _GUEST_WORDS), None) \
            if a is not None and b is not None else None
        out.append(respan(doc, list(toks), a, cut - 1, e, renamed) if cut is not None else e)
    return relink(out, renamed)


def _plain_word(tok: Token) -> bool:
    """A word that may be a name's last word: no ال (after a proclitic either), no pronoun
    suffix, no «لل…» (ل + ال), no particle, no guest word, no feminine plural in «ـات» (the tagger may split a
    name: «فلفول» as ف + ل + فول)."""
    nm = tok.norm
    return (nm.isalpha() and len(nm) > 2 and "ال" not in (nm[:2], nm[1:3], nm[2:4])
            and not nm.startswith("لل")
            and bool(tok.words) and tok.words[-1].upos in ("X", "PROPN", "NOUN", "ADJ")
            and not any(w.upos == "PRON" for w in tok.words)
            and nm not in CLOSED_WORDS and nm not in _TIME_WORDS and nm not in C.TITLE_WORDS
            and nm not in C.ORG_HEADS and nm not in C.SOURCE_HEADS
            and nm not in C.PHRASE_STOPS and nm not in _GUEST_WORDS and cue_form(nm) is None
            and not nm.endswith("ات"))


def _title_head(nm: str) -> bool:
    """``nm`` heads a person's title («مديرة», «المديرة», «رئيس»)."""
    return nm in C.TITLE_WORDS and nm not in _TITLE_ADJECTIVES


def surname_before_title(doc, toks: Sequence[Token], ents: Sequence[Entity],
                         edges: tuple[dict[int, int], dict[int, int]] | None = None
                         ) -> list[Entity]:
    """``ents`` with a short person mention stretched over the plain word between it and a
    title head (rule 2 of the module docstring). ``edges``: :func:`_edge_maps` of ``toks``
    when the caller has them."""
    covered = _token_indices(toks, ents)
    persons = _token_indices(toks, [e for e in ents if e.label == "PER"])
    renamed: dict[str, str] = {}
    out: list[Entity | None] = []
    for e, a, b in _person_edges(toks, ents, edges):
        w = b + 1 if b is not None else None
        if a is None or b is None or b - a > 1 or w + 1 >= len(toks) or w in covered or \
                toks[w].start - toks[b].end > 1 or not _plain_word(toks[w]) or \
                not _title_head(toks[w + 1].norm) or e.canonical in renamed or \
                any(i in persons for i in range(w + 2, min(w + 8, len(toks)))):
            out.append(e)
            continue
        out.append(respan(doc, list(toks), a, w, e, renamed))
    return relink(out, renamed)


def body_before(ents: Sequence[Entity], end: int) -> bool:
    """An ORG or LOC mention ends at character ``end``: a name right after it follows the
    body or place of a title («مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا
    موغيريني», rule 3 of the docstring, used by ``chains._titled_person``)."""
    return any(e.end == end and e.label in ("ORG", "LOC") for e in ents)


def plain_name_pair(art, g: int, s: int) -> bool:
    """Tokens ``g``, ``s`` of article ``art`` (right after «title …،») may be a given name and
    surname the tagger read as common words («كاتب عام بلدية حمام سوسة، مكرم شويخ في»,
    rule 4 of the docstring): each one word tagged NOUN/ADJ/X/PROPN, no ال, no time or closed
    word, no adverbial accusative in «ـا» («ردا», «نقلا»)."""
    for i in (g, s):
        tok, nm = art.toks[i], art.norms[i]
        if len(tok.words) != 1 or tok.words[0].upos not in ("NOUN", "ADJ", "X", "PROPN") or \
                nm.startswith("ال") or nm in CLOSED_WORDS or nm in _TIME_WORDS or \
                nm in C.TITLE_WORDS or (nm.endswith("ا") and len(nm) > 3):
            return False
    return True


__all__ = ["body_before", "cut_guest", "plain_name_pair", "surname_before_title"]
