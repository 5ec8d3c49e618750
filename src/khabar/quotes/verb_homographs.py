"""A verb that opens a sentence though the tagger read a preposition (round 20, from blind
batch 77): «وعبر فيليب مورو، خلال لقاء …، عن أمله في أن …. وقال إنه» — «عبر» "across" and
«عبّر» "expressed" are written alike, and the tagger reads ADP. At the opening of a sentence
with the conjunction («وعبر»), or bare before a person's name, it is the verb, so the next
sentence's implicit subject is its subject. Pure function of the article's tokens; nothing
here raises on ordinary input."""
from __future__ import annotations

from collections.abc import Callable

from khabar.lang.quote_heads import VERB_HOMOGRAPHS as HOMOGRAPHS


def opening_homograph(art: object, v: int, named_at: Callable[[int], bool]) -> bool:
    """Token ``v`` (the first of a sentence, particles skipped) is one of :data:`HOMOGRAPHS`
    used as a verb: with the conjunction «و», or bare when ``named_at(v + 1)`` (a person's
    name starts at the next token)."""
    nm = art.norms[v]
    if nm[:1] == "و" and nm[1:] in HOMOGRAPHS:
        return v + 1 < art.n and art.norms[v + 1][:1].isalpha()
    return nm in HOMOGRAPHS and v + 1 < art.n and named_at(v + 1)
