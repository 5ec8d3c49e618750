"""«المسؤول التونسي» taking up the titled person of the sentence before (round 20, from blind
batch 72).

«ووفق البلاغ عبر مدير عام أوروبا بوزارة الشؤون الخارجية، محمد المزغني، عن "استغراب …". وأكد
المسؤول التونسي أيضا أن …»: «the official» with a nationality adjective and no earlier
«المسؤول» is a description of the person named with a title just before (here in a sentence
with a noun object, so no quote of his precedes to carry it), not an unnamed source. Only the
last PER mention before the cue, in the cue's sentence or the one before, and only when a title
word stands at most eight tokens before that mention in its sentence, with no other
nationality among those words («وزيرة الخارجية الأسترالية جولي بيشوب» is no «المسؤول الكوري
الشمالي») and no unnamed source («متحدث باسم …») since the sentence before. Pure function of the
token view and the mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity
from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import is_place_adjective

#: «the official» (normalized).
OFFICIAL = frozenset({"المسؤول", "المسؤوله", "المسئول", "المسئوله"})


def _sentence_start(art, i: int) -> int:
    """First token of the sentence holding token ``i``."""
    while i > 0 and not art.is_end(i - 1):
        i -= 1
    return i


def titled_person_before(art, region: list[int], ents: Sequence[Entity]) -> Entity | None:
    """The PER mention «المسؤول <nationality>» (``region``, the subject tokens after the cue)
    refers back to, per the module docstring; None otherwise."""
    if len(region) < 2 or art.norms[region[0]] not in OFFICIAL or \
            not is_place_adjective(art.norms[region[1]]):
        return None
    k = region[0]
    here = _sentence_start(art, k)
    lo = _sentence_start(art, here - 1) if here > 0 else here
    if any(art.norms[j] in OFFICIAL for j in range(0, k)):
        return None     # an earlier «المسؤول»: the round-8 antecedent rules own it
    if any(art.norms[j] in C.SOURCE_HEADS for j in range(lo, k)):
        return None     # «عن متحدث باسم وزير الخارجية …»: the unnamed source goes on
    lo_c, hi_c = art.toks[lo].start, art.toks[k].start
    pers = [e for e in ents if e.label == "PER" and lo_c <= e.start and e.end <= hi_c]
    if not pers:
        return None
    e = max(pers, key=lambda m: m.start)
    i = next((j for j in range(lo, k) if art.toks[j].start >= e.start), None)
    if i is None:
        return None
    first = _sentence_start(art, i)
    title = range(max(first, i - 8), i)
    if any(is_place_adjective(art.norms[j]) and _nisba(art.norms[j]) != _nisba(
            art.norms[region[1]]) for j in title):
        return None     # «وزيرة الخارجية الأسترالية جولي بيشوب» is no «المسؤول الكوري»
    return e if any(art.norms[j] in C.TITLE_WORDS for j in title) else None


def _nisba(norm: str) -> str:
    """A nationality adjective without the article and the feminine ending."""
    bare = norm[2:] if norm.startswith("ال") else norm
    return bare[:-1] if bare.endswith("ه") else bare


__all__ = ["titled_person_before"]
