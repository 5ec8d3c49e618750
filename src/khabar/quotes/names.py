"""Speaker-name repairs for the quote extractor: fix the edges of PER/ORG mentions.

The NER layer sometimes cuts a name at the wrong place around a title chain:
«للتجارة بنابل فوزي الطالب» → «بنابل فوزي» (a preposition + place glued in front, the surname
left out), «رئيس الجمهورية الباجي قايد السبسي» → «قايد السبسي» (the first name left out).
:func:`repair_entities` returns the mentions with their edges moved, on token boundaries,
so every span stays a raw span. Rules (each local and conservative):

1. *Left trim*: a leading token of a multi-token PER that is tagged NOUN/ADJ/ADP and begins
   with a preposition (ب/ل) is dropped when a word tagged X/PROPN follows («بنابل فوزي»).
2. *Right extension* after a trim: the name-like word right after («فوزي» + «الطالب»).
3. *Left extension*: the token before the mention when the well-known full name in the person
   gazetteer ends with the mention («الباجي» + «قايد السبسي»).
4. An ORG followed by a nisba of a gazetteer place keeps it («وزارة الدفاع» + «الجزائرية»).

Pure functions of the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Callable, Sequence

from khabar.document import Entity, Span, Token
from khabar.text.normalize import normalize

_PROPER = ("X", "PROPN")
_NOUNISH = ("NOUN", "ADJ", "ADP")


def fold(word: str) -> str:
    """Matching form of a name word: normalized, ئ→ي, ؤ→و, without the article."""
    w = normalize(word).replace("ئ", "ي").replace("ؤ", "و")
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@lru_cache(maxsize=1)
def _full_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded last words of a well-known person's full name → the folded full name."""
    from khabar.ner.resources import LANG_DIR
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    try:
        lines = (LANG_DIR / "gaz_persons.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        kind, _, names = line.partition("\t")
        if kind.strip() != "full":
            continue
        for name in names.split("|"):
            words = tuple(fold(w) for w in name.split())
            for k in range(1, len(words)):
                out.setdefault(words[k:], words)
    return out


def _upos(tok: Token) -> str | None:
    return tok.words[-1].upos if tok.words else None


def repair_entities(doc, toks: Sequence[Token], ents: Sequence[Entity],
                    name_like: Callable[[int], bool],
                    place_adjective: Callable[[str], bool]) -> list[Entity]:
    """PER/ORG mentions of one article with repaired edges (see the module docstring).

    ``toks`` are the article's tokens; ``name_like(i)`` says whether token ``i`` may be part
    of a name; ``place_adjective(norm)`` recognizes «الجزائرية»-like nisbas.
    """
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    out: list[Entity] = []
    for e in ents:
        a = bisect.bisect_left(starts, e.start)
        b = bisect.bisect_left(ends, e.end)
        if a >= len(toks) or b >= len(toks) or a > b or toks[a].start != e.start \
                or toks[b].end != e.end:
            out.append(e)
            continue
        na, nb = (_person_edges(toks, a, b, name_like) if e.label == "PER"
                  else _org_edges(toks, a, b, place_adjective))
        if (na, nb) == (a, b):
            out.append(e)
            continue
        s, t = toks[na].start, toks[nb].end
        canon = " ".join(doc.repaired(Span(s, t)).split())
        out.append(Entity(s, t, e.label, canon))
    return out


def _person_edges(toks: Sequence[Token], a: int, b: int,
                  name_like: Callable[[int], bool]) -> tuple[int, int]:
    trimmed = False
    while b > a and _upos(toks[a]) in _NOUNISH and toks[a].norm[:1] in "بل" and \
            _upos(toks[a + 1]) in _PROPER:
        a += 1
        trimmed = True
    n = len(toks)
    if trimmed and b + 1 < n and name_like(b + 1) and toks[b + 1].start - toks[b].end <= 1:
        b += 1
    if a > 0 and toks[a].start - toks[a - 1].end <= 1 and name_like(a - 1):
        words = tuple(fold(toks[i].norm) for i in range(a, b + 1))
        full = _full_names().get(words)
        if full is not None and len(full) > len(words) and \
                full[-len(words) - 1] == fold(toks[a - 1].norm):
            a -= 1
    return a, b


def _org_edges(toks: Sequence[Token], a: int, b: int,
               place_adjective: Callable[[str], bool]) -> tuple[int, int]:
    if b + 1 < len(toks) and toks[b + 1].start - toks[b].end <= 1 and \
            place_adjective(toks[b + 1].norm) and b - a < 4:
        b += 1
    return a, b


__all__ = ["fold", "repair_entities"]
