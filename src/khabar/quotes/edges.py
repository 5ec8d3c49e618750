"""Where a person's name begins inside its first token: proclitics glued to a name.

The segmenter and NER may cut a name token after a letter that belongs to the name
(«لمين النهدي» → «مين النهدي»: Lamine; Tunisian names such as «لسعد», «بلحسن» begin with ل/ب
too; foreign names with ك: «كيشي», «كيلي»). :func:`name_start` puts the letter back when the word left is no given name of the
gazetteer and is never written on its own in the article. A ل/ب kept by NER is not stripped
(it did not help on dev, and «لسعد اليعقوبي» is a name as written).

Pure functions; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Container, Sequence

from khabar.document import Entity, Token
from khabar.quotes.names import first_names, fold


def name_start(surface: str, cut: int, attested: Container[str]) -> int:
    """Where the name begins in token ``surface`` when the NER mention begins ``cut``
    characters in: one character earlier when the letter cut off is a ل/ب/ك preposition
    (alone or after و/ف; «كيشي», «كيلي» cut to «يشي», «يلي») and the word left is neither a given name nor written on its own
    in the article, nor begins with ل/ال («مين» of «لمين»); else ``cut``.

    ``attested`` holds the folded forms of the article's tokens."""
    pre, word = surface[:cut], surface[cut:]
    if not pre or pre[-1] not in "لبك" or pre[:-1] not in ("", "و", "ف") or \
            word.startswith(("ل", "ال")) or fold(word) in first_names() or \
            fold(word) in attested:
        return cut
    return cut - 1


def fix_name_starts(doc, toks: Sequence[Token],
                    ents: Sequence[Entity]) -> tuple[list[Entity], frozenset[int]]:
    """PER mentions whose start is moved back by :func:`name_start` (other mentions
    unchanged; the canonical takes the letter when it began with the cut word), and the starts
    of PER mentions whose first token is a ل/ب-initial name not to be trimmed («لمين»)."""
    starts = [t.start for t in toks]
    attested = _Attested(doc.raw, toks)
    out = []
    keep = set()
    for e in ents:
        i = bisect.bisect_right(starts, e.start) - 1
        if e.label != "PER" or i < 0 or toks[i].end <= e.start:
            out.append(e)
            continue
        tok = toks[i]
        surface = doc.raw[tok.start:tok.end]
        s = tok.start + name_start(surface, e.start - tok.start, attested)
        if s == e.start and glued_surname(doc.raw, toks, i, e.start - tok.start):
            s = e.start - 1     # «واعتبر بالطيب» after «سمير بالطيب» (round 17)
        if s == e.start and e.start == tok.start and i > 0 and toks[i - 1].end == e.start \
                and not doc.raw[toks[i - 1].start - 1:toks[i - 1].start].isalpha() and \
                an_initial(doc.raw[toks[i - 1].start:tok.end], toks[i - 1].end -
                           toks[i - 1].start, _written_words(doc.raw)):
            s = toks[i - 1].start   # «أنشومان شارما» split «أن» «شومان» (round 18)
        if s == e.start:
            out.append(e)
            continue
        keep.add(s)
        old = doc.raw[e.start:tok.end]
        words = e.canonical.split()
        canon = " ".join([doc.raw[s:tok.end]] + words[1:]) if words and words[0] == old \
            else e.canonical
        out.append(Entity(s, e.end, e.label, canon))
    return out, frozenset(keep)


def an_initial(surface: str, cut: int, attested: Container[str]) -> bool:
    """Token ``surface`` begins with «أن/ان» that the segmenter read as the complementizer
    and NER left out of the name («أنشومان» → «شومان»; round 18, blind batch 56): the word
    left is neither a given name of the gazetteer nor written on its own in the article
    (``attested``: folded words as written, not tokens)."""
    pre, word = surface[:cut], surface[cut:]
    return pre in ("أن", "ان") and len(word) > 2 and fold(word) not in first_names() and \
        fold(word) not in attested


@lru_cache(maxsize=1)
def _written_words(raw: str) -> frozenset[str]:
    """The folded forms of the words the article writes between spaces or punctuation
    (memoized for the last text: every mention of a document asks for the same set)."""
    import re
    return frozenset(fold(w) for w in re.findall(r"\w+", raw))


def glued_surname(raw: str, toks: Sequence[Token], i: int, cut: int) -> bool:
    """Token ``i`` is a surname that begins with ب/ل + ال («بالطيب», NER cut to «الطيب»), written
    elsewhere in the article right after a given name of the gazetteer («سمير بالطيب»; round
    17, blind batch 49): the letter belongs to the name."""
    surface = raw[toks[i].start:toks[i].end]
    pre, word = surface[:cut], surface[cut:]
    if not pre or pre[-1] not in "بل" or pre[:-1] not in ("", "و", "ف") or \
            not word.startswith("ال"):
        return False
    glued = fold(surface[cut - 1:])
    return any(j != i and j > 0 and fold(raw[toks[j].start:toks[j].end]) == glued and
               fold(raw[toks[j - 1].start:toks[j - 1].end]) in first_names()
               for j in range(len(toks)))


class _Attested:
    """The folded forms of the article's tokens, built on the first lookup only (most
    articles never need them)."""

    def __init__(self, raw: str, toks: Sequence[Token]) -> None:
        self._raw, self._toks = raw, toks
        self._forms: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._forms is None:
            self._forms = {fold(self._raw[t.start:t.end]) for t in self._toks}
        return word in self._forms
