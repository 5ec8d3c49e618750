"""A town NER ran into the person named after it (round 23, from blind batch 106): «أكدت
مبعوثة الجوهرة "اف ام" إلى تطاوين هاجر النوالي أن» is tagged «تطاوين هاجر النوالي». When a PER
mention of three words or more follows a preposition of place («إلى», «في», «من», «ب»…) and its
first word, no given name, stands elsewhere in the article right after such a preposition
without the mention's second word after it («دخلاء على تطاوين», «خرجوا من تطاوين»), that word
is the place and the name starts after it; the mentions with the old canonical take the new
one. (:func:`khabar.quotes.glued_persons.place_glued_persons` does this when NER tagged the
town LOC elsewhere; here it tagged it nowhere, and the gazetteer lacks it.)

:func:`place_headed` tells a place phrase «بولاية تطاوين» from a name a title chain ends
with (:meth:`khabar.quotes.guess.NameGuessRules._guess_name`).

Pure functions of the article and its mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
import dataclasses
from typing import Sequence

from khabar.document import Entity
from khabar.quotes.marks import Article
from khabar.text.normalize import normalize

#: prepositions of place before a town
PLACE_PREPS = frozenset({"الي", "في", "من", "علي", "بمدينه", "بولايه", "لولايه", "بجهه"})


#: heads of a place named after them («بولاية تطاوين», «لمعتمدية جلمة»), without a proclitic
PLACE_HEADS = frozenset({"ولايه", "معتمديه", "منطقه", "مدينه", "بلديه", "جهه", "قريه",
                         "عماده", "محافظه"})


def place_headed(norms: Sequence[str], words: Sequence[int]) -> bool:
    """One of the tokens ``words`` is ب/ل + a place head («بولاية»): the words are a place
    phrase («بولاية تطاوين»), no person's name (round 23, from blind batch 105)."""
    return any(norms[i][:1] in "بل" and norms[i][1:] in PLACE_HEADS for i in words)


def _after_prep(art: Article, i: int) -> bool:
    """Token ``i`` follows a preposition of place (or is glued to ب/ل: «بتطاوين»)."""
    return i > 0 and art.norms[i - 1] in PLACE_PREPS


def cut_place_lead(art: Article, ents: Sequence[Entity], given: frozenset[str]) -> list[Entity]:
    """``ents`` with «تطاوين» cut from «تطاوين هاجر النوالي» as the module docstring says."""
    starts = [t.start for t in art.toks[:art.n]]
    renamed: dict[str, str] = {}
    out = []
    for e in ents:
        i = bisect.bisect_left(starts, e.start)
        if e.label != "PER" or i >= len(starts) or starts[i] != e.start or \
                len(art.raw[e.start:e.end].split()) < 3 or not _after_prep(art, i) or \
                i + 1 >= art.n or art.norms[i] in given or art.norms[i].startswith("ال"):
            out.append(e)
            continue
        w, nxt = art.norms[i], art.norms[i + 1]
        if any(j != i and art.norms[j] == w and _after_prep(art, j) and
               (j + 1 >= art.n or art.norms[j + 1] != nxt) for j in range(art.n)):
            start = art.toks[i + 1].start
            old = e.canonical or ""
            words = old.split(" ", 1)
            new = words[1] if len(words) == 2 and normalize(words[0]) == w \
                else art.raw[start:e.end]
            renamed[old] = new
            e = dataclasses.replace(e, start=start, canonical=new)
        out.append(e)
    return [dataclasses.replace(e, canonical=renamed[e.canonical])
            if e.label == "PER" and e.canonical in renamed else e for e in out]


__all__ = ["cut_place_lead", "place_headed", "PLACE_HEADS", "PLACE_PREPS"]
