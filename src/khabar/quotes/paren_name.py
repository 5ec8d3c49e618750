"""A given name in parentheses after a person noun (round 21, from the errors of blind dev
batches 85–86, session 12): «وقالت الأم (نعيمة) إنها …» — a cue verb, one ال-noun, then one
or two bare words in parentheses and a complementizer or colon: the words in parentheses are
the speaker's name (:func:`parenthesized_names`). Later quotes of the article that took the
speaker the rule replaced take the name too.

Pure function of the raw text and spans; nothing here raises on ordinary input.
"""
from __future__ import annotations

import re
from typing import Sequence

from khabar.document import Entity, Quote, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import MEDIA_HEADS
from khabar.text.normalize import normalize

_AR = "\u0621-\u064a\u0670-\u06d3"
#: «الأم (نعيمة) إنها», «الشاب (محمد علي): …» right after a cue.
_PAREN = re.compile(rf"\s+(?:ال[{_AR}]+)\s*\(\s*([{_AR}]+(?:\s+[{_AR}]+)?)\s*\)\s*"
                    rf"(?=[إأا]ن|:)")


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


__all__ = ["parenthesized_names"]
