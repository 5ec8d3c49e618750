"""Canonical names of the PER/ORG mentions as the article writes them.

The NER layer links mentions under one canonical name, which is sometimes not a name the
article contains («ليلى الشتاوي» filed as «يلي الشتاوي»: a given name read as the preposition
ل + a word) or carries an apposition («دايملر الشركة الأم»). :func:`written_canonicals`
returns the mentions with

1. an ORG mention cut before an apposition that starts with a definite organisation head
   after its name («دايملر الشركة الأم» → «دايملر»);
2. a canonical name that is nowhere written in the article (compared word by word, folded)
   replaced by the longest mention of its group as written;
3. an ORG name that is the longer name cut before its adjectives («اتحاد الفنانين
   التشكيليين» … «التونسيين») renamed to the longer one.

Pure function of the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Entity, Span, Token
from khabar.lang import quote_cues as C
from khabar.quotes.names import fold


def _folded(text: str) -> str:
    return " ".join(fold(w) for w in text.split())


def written_canonicals(doc, toks: Sequence[Token], ents: Sequence[Entity],
                       folds: Sequence[str] | None = None) -> list[Entity]:
    """The mentions ``ents`` (PER/ORG of one article, on token edges) with canonical names
    the article writes (see the module docstring). ``folds``: the folded norm of every token
    of ``toks`` when the caller has them."""
    starts = [t.start for t in toks]
    out: list[Entity] = []
    for e in ents:
        if e.label == "ORG":
            a = bisect.bisect_left(starts, e.start)
            b = bisect.bisect_left(starts, e.end)
            cut = next((i for i in range(a + 1, b) if toks[i].norm.startswith("ال") and
                        toks[i].norm in C.ORG_HEADS), None)
            if cut is not None and toks[a].start == e.start:
                s, t = e.start, toks[cut - 1].end
                e = Entity(s, t, e.label, " ".join(doc.repaired(Span(s, t)).split()))
        out.append(e)
    article = " " + " ".join(folds if folds is not None else [fold(t.norm) for t in toks]) + " "
    longest: dict[str, Entity] = {}
    for e in out:
        best = longest.get(e.canonical)
        if best is None or len(doc.raw[e.start:e.end].split()) > \
                len(doc.raw[best.start:best.end].split()):
            longest[e.canonical] = e
    renamed: dict[str, str] = {}
    for canon, e in longest.items():
        if canon and " " + _folded(canon) + " " not in article:
            renamed[canon] = " ".join(doc.repaired(Span(e.start, e.end)).split())
    orgs = [c for c in longest if c and longest[c].label == "ORG" and c not in renamed]
    split = {c: _folded(c).split() for c in orgs}
    for c in orgs:
        # «اتحاد الفنانين التشكيليين» after «اتحاد الفنانين التشكيليين التونسيين»: the
        # shorter name of the same body takes the longer one (adjectives after it only)
        words = split[c]
        longer = [o for o in orgs if len(split[o]) > len(words) and
                  split[o][:len(words)] == words and
                  all(w.endswith(("ي", "يه", "ين")) or w.startswith("وال")
                      for w in split[o][len(words):])]     # «… والكرامة»
        if longer:
            renamed[c] = min(longer, key=lambda o: longest[o].start)
    return [Entity(e.start, e.end, e.label, renamed[e.canonical]) if e.canonical in renamed
            else e for e in out]


def compound_given_start(toks: Sequence[Token], g: int) -> int:
    """Raw start of the given name at token ``g``: «نور الدين», «عبد الله» — a compound
    given name ending in «الدين»/«الله» starts one word earlier (round 17, batch 51)."""
    if g > 0 and toks[g].norm in ("الدين", "الله") and toks[g].start - toks[g - 1].end <= 1 \
            and toks[g - 1].norm.isalpha() and not toks[g - 1].norm.startswith("ال"):
        return toks[g - 1].start
    return toks[g].start


def given_name_before(toks: Sequence[Token], surname: str,
                      norms: list[str] | None = None) -> tuple[int, int] | None:
    """Raw span of the first «<given name> <surname>» in ``toks`` («منصف المحمدي» for a
    speaker NER named «المحمدي» only): the word before ``surname`` (normalized) is a given
    name of the gazetteer or a Maghreb given name with the article; None when there is none.
    ``norms``: the normalized forms of ``toks`` (or more) when the caller has them."""
    from khabar.quotes.lexicon import AL_GIVEN_NAMES
    from khabar.quotes.namewords import first_names
    if norms is None:
        norms = [t.norm for t in toks]
    for i in _positions(norms, surname, 1, len(toks)):
        if toks[i].start - toks[i - 1].end <= 1:
            g = toks[i - 1].norm
            if fold(g) in first_names() or g in AL_GIVEN_NAMES or \
                    "ال" + g in AL_GIVEN_NAMES:     # «منصف» (like «المنصف»)
                return toks[i - 1].start, toks[i].end
    return None


def _positions(norms: list[str], word: str, lo: int, hi: int):
    """Ascending indexes ``i`` in ``[lo, hi)`` with ``norms[i] == word`` (a generator)."""
    i = lo
    while i < hi:
        try:
            i = norms.index(word, i, hi)
        except ValueError:
            return
        yield i
        i += 1


def given_name_before_name(toks: Sequence[Token], words: list[str],
                           norms: list[str] | None = None) -> tuple[int, int] | None:
    """Raw span of the first «<given name> <name words>» in ``toks`` («رياض الحاج سعيد» for a
    speaker NER named «الحاج سعيد», the given name read as a place): ``words`` (normalized, two
    or more) follow, with no gap, a given name of the gazetteer; None when there is none, or
    when the first of ``words`` is itself a given name (the name is then complete). Round 17.
    ``norms``: the normalized forms of ``toks`` (or more) when the caller has them."""
    from khabar.quotes.namewords import first_names
    if len(words) < 2 or fold(words[0]) in first_names():
        return None
    k = len(words)
    if norms is None:
        norms = [t.norm for t in toks]
    for i in _positions(norms, words[0], 1, len(toks) - k + 1):
        if [t.norm for t in toks[i:i + k]] == words and \
                toks[i].start - toks[i - 1].end <= 1:
            g = toks[i - 1].norm
            if not g.startswith("ال") and fold(g) in first_names() and \
                    (i < 2 or toks[i - 2].norm not in ("بن", "ابن", "بنت", "ابو", "عبد")):
                return toks[i - 1].start, toks[i + k - 1].end
            return None
    return None


__all__ = ["compound_given_start", "given_name_before", "given_name_before_name",
           "written_canonicals"]
