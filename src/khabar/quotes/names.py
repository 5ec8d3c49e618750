"""Speaker-name repairs for the quote extractor: fix the edges of PER/ORG mentions.

The NER layer sometimes cuts a name at the wrong place around a title chain:
«للتجارة بنابل فوزي الطالب» → «بنابل فوزي» (a preposition + place glued in front, the surname
left out), «رئيس الجمهورية الباجي قايد السبسي» → «قايد السبسي» (the first name left out).
:func:`repair_entities` returns the mentions with their edges moved, on token boundaries,
so every span stays a raw span. Rules (each local and conservative):

1. *Left trim*: a leading token of a multi-token PER that the segmenter splits into a
   preposition + word is dropped when a word tagged X/PROPN or a given name follows
   («بنابل فوزي»); so is the word after a place word («بسيدي بوزيد حامد»).
2. *Right extension* after a trim: the name-like word right after («فوزي» + «الطالب»).
3. *Left extension*: the token before the mention when the well-known full name in the person
   gazetteer ends with the mention («الباجي» + «قايد السبسي»).
4. *Leading adjective*: a nationality nisba or a feminine adjective in front of a name of two
   words or more is dropped («الجورجي جيلا بيجواشفيلي», «القديرة بهية راشدي»); so is an
   ال-adjective or a common noun before a given name of the gazetteer («الفلاحي عمر
   الباهي», «افتتاحية سمير الوافي»).
5. An ORG followed by a nisba of a gazetteer place keeps it («وزارة الدفاع» + «الجزائرية»).
6. Mentions of two characters or fewer are dropped («أف» of «الجوهرة أف أم»).
7. A cue verb with و/ف, a demonstrative or a particle at the end of a PER is dropped
   («حسين عبد الرازق فرأى», «هولاند ذلك»).
8. A naming word («يدعى», «المدعو») is never part of the name; the name after it goes on
   over the name words that follow, three words at most («يدعى توفيق» + «نصيب»).
9. A «بو…» surname right after a name of two words, before a complementizer or a comma,
   is put back («لمياء الزريبي» + «بوجناح», :mod:`khabar.quotes.written`); a one-word
   mention NER already linked to a longer name takes no common noun before it as a given
   name («قناة … التركية، كلمة أردوغان»: «كلمة» is no given name of «رجب طيب أردوغان»;
   «نجاة» + «بلقاسم» still is one).
10. A mention NER linked to a longer name keeps that name when a repair extends it only part
    of the way («توفيق» of «توفيق غرس الله» → «توفيق غرس»: still «توفيق غرس الله»; round 8).

The rules live in :mod:`khabar.quotes.name_edges`, the word helpers (:func:`fold`,
:func:`first_names`, re-exported here) in :mod:`khabar.quotes.namewords`.

Pure functions of the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Callable, Sequence

from khabar.document import Entity, Span, Token
from khabar.quotes.name_edges import (called_name_end, foreign_given_name, given_name_edges,
                                      org_edges, person_edges)
from khabar.quotes.namewords import NAME_NOUNS, first_names, fold, last_upos, relink, respan
from khabar.quotes.name_runon import construct_before_name
from khabar.quotes.written import bu_surname_end


def repair_entities(doc, toks: Sequence[Token], ents: Sequence[Entity],
                    name_like: Callable[[int], bool],
                    place_adjective: Callable[[str], bool],
                    keep: frozenset[int] = frozenset()) -> list[Entity]:
    """PER/ORG mentions of one article with repaired edges (see the module docstring).

    ``keep``: raw starts of PER mentions whose first token is known to be a name with its
    proclitic letter («لمين», :mod:`khabar.quotes.edges`): no left trim there.

    ``toks`` are the article's tokens; ``name_like(i)`` says whether token ``i`` may be part
    of a name; ``place_adjective(norm)`` recognizes «الجزائرية»-like nisbas.
    """
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    covered = {i for e in ents for i in range(bisect.bisect_left(starts, e.start),
                                               bisect.bisect_left(starts, e.end))}
    renamed: dict[str, str] = {}
    out: list[Entity] = []
    # last words of the longer person names («أحمد ابراهيم»): such a word alone is a surname
    surnames = frozenset(fold(e.canonical.split()[-1]) for e in ents
                         if e.label == "PER" and len(e.canonical.split()) > 1)
    for e in ents:
        if e.end - e.start <= 2:
            continue        # «أف» of «الجوهرة أف أم»: no name is that short
        a = bisect.bisect_left(starts, e.start)
        b = bisect.bisect_left(ends, e.end)
        if a >= len(toks) or b >= len(toks) or a > b or toks[a].start != e.start \
                or toks[b].end != e.end:
            out.append(e)
            continue
        na, nb = (person_edges(toks, a, b, name_like, place_adjective, e.start in keep)
                  if e.label == "PER"
                  else org_edges(toks, a, b, place_adjective))
        if e.label == "PER" and na == nb == a and a > 0 and a - 1 not in covered and \
                foreign_given_name(toks[a - 1], name_like(a - 1), place_adjective):
            na = a - 1      # «جيلا» + «بيجواشفيلي» when the tagger kept the surname only
        if e.label == "PER" and nb == b and nb - na <= 1 and b + 1 < len(toks) and \
                b + 1 not in covered and toks[b + 1].start - toks[b].end <= 1 and \
                foreign_given_name(toks[b + 1], name_like(b + 1), place_adjective) and \
                not construct_before_name(toks, b + 1, covered) and \
                not (nb == na and fold(toks[na].norm) in surnames and
                     (toks[b + 1].norm.startswith("ال") or toks[na].norm.startswith("ال"))) and \
                not (nb > na and toks[nb].norm.startswith("ال") and
                     toks[nb - 1].norm not in NAME_NOUNS and fold(toks[nb].norm) not in
                     first_names()):
            # «سامية» + «القاضي», «لويس فان» + «غال»: a surname left out (not after a surname
            # with ال: «مية الجريبي» + «ضيفة بوليتيكا», round 17; not a construct noun before
            # another name: «نجم ريال مدريد», round 17; not after a bare surname of a longer
            # name: «بوجمعة الرميلي» … «ورفض الرميلي الزج», round 18; nor after a bare
            # surname with ال of a longer name: «غسان المرزوقي» … «وانتقد المرزوقي اقالة»,
            # round 21)
            nb = b + 1
        if e.label == "PER":
            nb = called_name_end(toks, na, nb, covered, name_like)  # «يدعى توفيق» + «نصيب»
        if e.label == "PER" and nb > na:
            nb = bu_surname_end(toks, na, nb, covered)    # «لمياء الزريبي» + «بوجناح»
        if e.label == "PER" and (na, nb) == (a, b) and a == b:
            na, nb = given_name_edges(toks, a, covered, name_like, place_adjective,
                                      surnames)
            if na < a and len(e.canonical.split()) > 1 and last_upos(toks[na]) == "NOUN" \
                    and fold(toks[na].norm) not in first_names():
                na = a      # NER linked «أردوغان» to a full name: «كلمة» is no given name
        if e.label == "PER" and a == b and na < a and fold(toks[a].norm) in surnames and \
                not any(fold(toks[na].norm) in {fold(w) for w in x.canonical.split()}
                        for x in ents if x.label == "PER" and len(x.canonical.split()) > 1
                        and fold(x.canonical.split()[-1]) == fold(toks[a].norm)):
            na = a      # «القاضي واتسون» after «ديريك واتسون»: a title, no name (round 11)
        if (na, nb) == (a, b):
            out.append(e)
            continue
        if e.label == "PER" and _part_of_linked(doc, toks, a, b, na, nb, e.canonical):
            # «توفيق» linked by NER to «توفيق غرس الله», extended to «توفيق غرس»: the
            # mention keeps the longer name it was linked to (nothing renamed)
            out.append(Entity(toks[na].start, toks[nb].end, e.label, e.canonical))
            continue
        out.append(respan(doc, toks, na, nb, e, renamed))
    # other mentions linked to a repaired one take its repaired canonical name
    return merge_adjacent(doc, relink(out, renamed))


def _part_of_linked(doc, toks: Sequence[Token], a: int, b: int, na: int, nb: int,
                    canonical: str) -> bool:
    """The mention on tokens ``a..b`` is shorter than the name NER linked it to, and its
    repaired range ``na..nb`` still covers a run of that name's words only (folded), shorter
    than the name: a repair that goes part of the way must not rename the person."""
    linked = [fold(w) for w in canonical.split()]
    was = [fold(w) for w in doc.repaired(Span(toks[a].start, toks[b].end)).split()]
    now = [fold(w) for w in doc.repaired(Span(toks[na].start, toks[nb].end)).split()]
    if not (len(was) < len(linked) and len(was) <= len(now) < len(linked)):
        return False
    return any(linked[i:i + len(now)] == now for i in range(len(linked) - len(now) + 1))


def merge_adjacent(doc, ents: Sequence[Entity]) -> list[Entity]:
    """Two PER mentions of two words each written one right after the other with a single
    space between are one name NER cut in two («ماري فرانسواز» + «ماري نيلي»): merged, and
    every mention linked to either part takes the whole name. (Not a one-word mention: «ترامب
    بوتين» are two persons, «المؤطر» + «حاتم سليمان» a title; nor one after و: «مارك روت
    وكزافيي بتال», :func:`_coordinated`.)"""
    out: list[Entity] = []
    renamed: dict[str, str] = {}
    for e in ents:
        p = out[-1] if out else None
        if p is not None and p.label == e.label == "PER" and doc.raw[p.end:e.start] == " " \
                and len(doc.raw[p.start:p.end].split()) == 2 and \
                len(doc.raw[e.start:e.end].split()) == 2 and not _coordinated(doc, e):
            name = " ".join(doc.repaired(Span(p.start, e.end)).split())
            renamed.setdefault(p.canonical, name)
            renamed.setdefault(e.canonical, name)
            out[-1] = Entity(p.start, e.end, "PER", name)
            continue
        out.append(e)
    if not renamed:
        return out
    return [Entity(e.start, e.end, e.label, renamed.get(e.canonical, e.canonical))
            if e.label == "PER" else e for e in out]


def _coordinated(doc, e: Entity) -> bool:
    """Mention ``e`` begins with the conjunction و glued to a word that is no given name of
    the gazetteer («مارك روت» + «وكزافيي بتال»: two persons; round 16)."""
    word = doc.raw[e.start:e.end].split()[0]
    return word[:1] == "و" and fold(word) not in first_names()


__all__ = ["first_names", "fold", "repair_entities"]
