"""«ونقلت وكالة "فارس" عن مدير عام العلاقات العامة في شركة الطيران الوطنية، شاهرخ نوش
آبادي، قوله» (round 19, blind batch 68): the source after «عن» is a long description with the
person's name set off by commas right before the noun cue «قوله/قولها», too far for the
eight-token search of :meth:`PreverbalRules._reported_source`. Within one sentence and 18
tokens after «عن», a PER mention that ends right before the cue (commas only between) is the
speaker. Pure function of the article's tokens and entities; nothing here raises on ordinary
input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity, Speaker


def apposed_source(art: object, k: int, ents: Sequence[Entity]) -> Speaker | None:
    """The PER mention written right before the noun cue at token ``k`` (only commas between)
    when «عن» opens the phrase within 18 tokens of the same sentence; None otherwise."""
    i = k - 1
    while i >= 0 and art.norms[i] in (",", "،"):
        i -= 1
    if i < 1:
        return None
    end = art.toks[i].end
    per = next((e for e in ents if e.label == "PER" and e.end == end), None)
    if per is None:
        return None
    j = i
    while j >= 0 and k - j <= 18 and not art.is_end(j):
        if art.norms[j] == "عن" and art.toks[j].end <= per.start:
            return Speaker(per.start, per.end, per.canonical)
        j -= 1
    return None
