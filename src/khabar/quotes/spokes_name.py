"""Spokespersons named after their body, and spokespersons described again (round 19, from
the errors of blind batches 67 and 68).

- «الناطق الرسمي باسم المجمع سامى الخليفي», «الناطق الرسمي باسم الجبهة الشعبية حمّة
  الهمّامي»: NER found no person (or glued the name onto the body's ORG). After «باسم» and
  one or more definite words of the body, a run of two or three words whose first has no
  article is the spokesperson's name when that first word is a given name of the gazetteer or
  the run ends where an ORG/PER mention ends (:func:`name_after_body`).
- «وخلال مؤتمر صحفي قال الناطق باسم الجيش الليبي» after «كشف المتحدث باسم الجيش الليبي
  العقيد أحمد المسماري»: «الناطق» and «المتحدث» are one role; the person named after the
  earlier phrase with the same first word after «باسم» is the speaker
  (:func:`spokesperson_before`).

Pure functions of the article's tokens and entities; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Callable, Sequence

from khabar.document import Entity, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.namewords import first_names, fold

#: Heads of a spokesperson phrase, with and without the article (normalized).
_HEADS = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه", "المتحدث", "المتحدثه", "الناطق",
                    "الناطقه"})


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def body_word(art: object, region: Sequence[int]) -> str | None:
    """The first word after «باسم» in a spokesperson phrase opening ``region`` («المتحدث
    باسم الجيش …» → «جيش»), without its article; None when there is none."""
    at = next((i for i in region[1:3] if art.norms[i] == "باسم"), None)
    if at is None or at + 1 >= art.n:
        return None
    return _bare(art.norms[at + 1])


def name_after_body(art: object, region: Sequence[int],
                    ents: Sequence[Entity]) -> Speaker | None:
    """The spokesperson's name written after the body in a spokesperson ``region`` (token
    indices from the head on) with its mentions ``ents``; None when there is none."""
    norms = art.norms
    at = next((i for i in region[1:3] if norms[i] == "باسم"), None)
    if at is None:
        return None
    rest = [i for i in region if i > at]
    seen_def = False
    for n, j in enumerate(rest):
        w = norms[j]
        if not w[:1].isalpha():
            return None
        if w.startswith("ال"):
            seen_def = True
            continue
        if not seen_def or w in C.PHRASE_STOPS or w in C.TITLE_WORDS or \
                is_place_adjective(w):
            return None
        run = [j]
        for k in rest[n + 1:n + 3]:
            v = norms[k]
            if not v[:1].isalpha() or v in C.PHRASE_STOPS or k != run[-1] + 1:
                break
            run.append(k)
        if len(run) < 2:
            return None
        start, end = art.toks[run[0]].start, art.toks[run[-1]].end
        ends = {e.end for e in ents if e.label in ("ORG", "PER")}
        if fold(art.surf[j]) not in first_names() and end not in ends:
            return None
        return Speaker(start, end, " ".join(art.raw[start:end].split()))
    return None


def spokesperson_before(art: object, region: Sequence[int], ents: Sequence[Entity],
                        persons: Callable[[Entity], bool]) -> Speaker | None:
    """The person named right after an earlier spokesperson phrase (either head) whose first
    word after «باسم» is the same as in ``region``; ``ents`` the article's mentions in order,
    ``persons`` whether a mention may speak. None when there is none."""
    norms = art.norms
    body = body_word(art, region)
    if body is None:
        return None
    for j in range(region[0] - 1, 0, -1):
        if norms[j] not in _HEADS:
            continue
        b = next((i for i in (j + 1, j + 2) if i < art.n and norms[i] == "باسم"), None)
        if b is None or b + 1 >= art.n or _bare(norms[b + 1]) != body:
            continue
        lo, hi = art.toks[b].end, art.toks[min(b + 7, art.n - 1)].end
        for e in ents:
            if lo <= e.start < hi and e.label == "PER" and persons(e):
                return Speaker(e.start, e.end, e.canonical)
        return None
    return None
