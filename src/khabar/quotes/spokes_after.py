"""A spokesperson described first and named later (round 20, from blind batch 77): «قال
المتحدث باسم سلطات العاصمة الإثيوبية أديس أبابا … إن …», then «وذكر المتحدث عمار مكونين
أن …». With no name in the phrase and no spokesperson named before, the speaker is the person
named right after the next spokesperson phrase of either head («المتحدث/الناطق»), when that
phrase is bare («المتحدث عمار مكونين») or names the same body after «باسم» (the cataphora
of the guidelines, batch 21: span the description, canonical the name). A later phrase for
another body stops the search. Pure function of the article's tokens and mentions; nothing
here raises on ordinary input."""
from __future__ import annotations

from typing import Callable, Sequence

from khabar.document import Entity, Speaker
from khabar.quotes.spokes_name import _HEADS, _bare, body_word

#: How far after the phrase the later spokesperson phrase may be (tokens).
REACH = 120


def spokesperson_after(art: object, region: Sequence[int], ents: Sequence[Entity],
                       persons: Callable[[Entity], bool]) -> Speaker | None:
    """The person named right after the next spokesperson phrase after ``region`` (bare, or
    with the same first word after «باسم»); ``ents`` the article's mentions in order,
    ``persons`` whether a mention may speak. None when there is none."""
    norms = art.norms
    body = body_word(art, region)
    if body is None:
        return None
    for j in range(region[-1] + 1, min(art.n, region[-1] + REACH)):
        if norms[j] not in _HEADS or not norms[j].startswith("ال"):
            continue
        b = next((i for i in (j + 1, j + 2) if i < art.n and norms[i] == "باسم"), None)
        if b is not None and (b + 1 >= art.n or _bare(norms[b + 1]) != body):
            return None     # another body's spokesperson
        lo = art.toks[j].end
        hi = art.toks[min((b if b is not None else j) + (7 if b is not None else 3),
                          art.n - 1)].end
        for e in ents:
            if lo <= e.start < hi and e.label == "PER" and persons(e):
                return Speaker(e.start, e.end, e.canonical)
        return None
    return None
