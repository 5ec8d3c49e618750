"""Name words NER leaves out at the front of a person's name (round 21, from blind batches
91–92). Pure functions of the raw text, the tokens and the mentions; nothing here raises on
ordinary input.

- A women's given name of :data:`khabar.lang.given_names.FEMALE_GIVEN` written right before
  a PER mention («وزيرة المرأة نزيهة العبيدي», «الكاتبة ألفة يوسف», «… تونس بشرى بلحاج
  حميدة»): NER tags only the surname, and its canonical layer may even join it to another
  person who shares that word («يوسف» → «يوسف الشاهد»). The mention starts at the given name
  and its canonical is the name as written; the bare surname elsewhere («وأشارت العبيدي»)
  goes with it when its canonical was that surname — :func:`given_name_before`.
- A Maghrebi given name in «بل…» («العقيد بلحسن الوسلاتي», «بلقاسم»): the segmenter splits
  the «ب» off as a preposition and NER names «لحسن …». Right after a title word the «ب» is
  part of the name — :func:`bel_given_after_title`.
- Two subject guards: a PER mention governed by «بين» is no subject («… اجتماع … بين ترامب
  ورئيس الوزراء …») — :func:`after_between`; a token where a PER mention starts is no adverb
  in tanween alif («وقالت فيرا») — :func:`person_starts_at`.
"""
from __future__ import annotations

import bisect
import dataclasses
from typing import Sequence

from khabar.document import Entity, Token
from khabar.lang import quote_cues as C
from khabar.lang.given_names import FEMALE_GIVEN
from khabar.quotes.namewords import fold
from khabar.text.normalize import normalize


def _renamed(raw: str, ents: list[Entity], moved: dict[int, tuple[int, str]]) -> list[Entity]:
    """``ents`` with mention ``i`` of ``moved`` starting at its new start with its new
    canonical; when the moved mention's canonical was its own bare surface («العبيدي»), the
    other mentions with that canonical take the new one too (not a fuller canonical of
    another person: «يوسف» → «يوسف الشاهد» stays with «يوسف الشاهد»)."""
    follow = {ents[i].canonical: canon for i, (_s, canon) in moved.items()
              if normalize(ents[i].canonical) == normalize(raw[ents[i].start:ents[i].end])}
    out = []
    for i, e in enumerate(ents):
        if i in moved:
            out.append(dataclasses.replace(e, start=moved[i][0], canonical=moved[i][1]))
        elif e.label == "PER" and e.canonical in follow:
            out.append(dataclasses.replace(e, canonical=follow[e.canonical]))
        else:
            out.append(e)
    return out


def given_name_before(raw: str, toks: Sequence[Token], ents: list[Entity]) -> list[Entity]:
    """``ents`` with each PER mention that has a given name of :data:`FEMALE_GIVEN` right
    before it (one space, the word in no other mention) moved back over that word."""
    starts = [t.start for t in toks]
    covered = [(e.start, e.end) for e in ents]
    moved: dict[int, tuple[int, str]] = {}
    for n, e in enumerate(ents):
        i = bisect.bisect_left(starts, e.start)
        if e.label != "PER" or i < 1 or i >= len(toks) or starts[i] != e.start:
            continue
        prev = toks[i - 1]
        word = raw[prev.start:prev.end]
        if raw[prev.end:e.start] != " " or not word.isalpha() or \
                fold(word) not in FEMALE_GIVEN or \
                any(s < prev.end and t > prev.start for s, t in covered):
            continue
        moved[n] = (prev.start, raw[prev.start:e.end])
    return _renamed(raw, ents, moved)


def bel_given_after_title(raw: str, toks: Sequence[Token], norms: Sequence[str],
                          ents: list[Entity]) -> list[Entity]:
    """``ents`` with each PER mention that starts with «ل» right after a glued «ب» opening a
    word, itself right after a title word («العقيد بلحسن …»), moved back over the «ب»."""
    starts = [t.start for t in toks]
    moved: dict[int, tuple[int, str]] = {}
    for n, e in enumerate(ents):
        s = e.start
        if e.label != "PER" or s < 3 or raw[s - 1] != "ب" or raw[s:s + 1] != "ل" or \
                raw[s - 2] != " ":
            continue
        i = bisect.bisect_right(starts, s - 1) - 1   # the token holding the «ب»
        if i < 1 or toks[i].start != s - 1 or norms[i - 1] not in C.TITLE_WORDS:
            continue
        moved[n] = (s - 1, raw[s - 1:e.end])
    return _renamed(raw, ents, moved)




#: «between» (normalized, with a conjunction): the mentions it governs are no subject.
BETWEEN = frozenset({"بين", "وبين"})


def after_between(art, e: Entity, lo: int) -> bool:
    """Mention ``e`` is governed by «بين» («وقال المسؤول، قبل ساعات من اجتماع … بين ترامب
    ورئيس الوزراء الإسرائيلي بنيامين نتنياهو، إن …»): the «بين» at most eight tokens before
    it in the same clause (no comma, no sentence end between) and not before token ``lo``
    (the subject region's first token: the cue «وبين بن عاشور أن» is the verb «بيّن») — the
    object of «between», never the subject of the verb before it."""
    i = bisect.bisect_left(art.starts, e.start) - 1
    for j in range(i, max(lo - 1, i - 8, -1), -1):
        if art.norms[j] in BETWEEN:
            return True
        if art.norms[j] in ("،", ",") or art.is_end(j):
            return False
    return False


def person_starts_at(tok: Token, ents: Sequence[Entity]) -> bool:
    """A PER mention starts at token ``tok``: a name that ends in «ا» («وقالت فيرا وهي أم
    لطفلين "…"») is no adverb in tanween alif («أعلن سابقا»)."""
    return any(e.label == "PER" and e.start == tok.start for e in ents)


__all__ = ["given_name_before", "bel_given_after_title", "after_between", "person_starts_at"]
