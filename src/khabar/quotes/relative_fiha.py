"""A verb cue in a relative clause on an utterance, «… تصريحات يوم أمس والتي قال فيها "…"»
(round 17, from blind batch 49): the cue has no subject of its own and the pronoun «فيها»
points back to the statements; the speaker is the person named last before the cue in its
sentence (the one whose statements they are: «شنت هجوما على بير جراتاكوس بعد تصريحات …
والتي قال فيها» → «بير جراتاكوس», as «التصريحات … التي أدلى بها … راشد الغنوشي … والتي قال
فيها»), not the last speaker of the article. Pure function of the token view and the
mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity

_RELATIVES = frozenset({"التي", "والتي", "الذي", "والذي"})
_IN_IT = frozenset({"فيها", "فيه"})


def relative_cue_person(art, k: int, ents: Sequence[Entity]) -> Entity | None:
    """The last PER mention before the verb cue at token ``k`` in its sentence when the cue
    reads «التي/الذي قال فيها/فيه»; None otherwise."""
    if k < 1 or k + 1 >= art.n or art.norms[k - 1] not in _RELATIVES or \
            art.norms[k + 1] not in _IN_IT:
        return None
    i = k - 1
    while i > 0 and not art.is_end(i - 1):
        i -= 1
    lo, hi = art.toks[i].start, art.toks[k].start
    found = [e for e in ents if e.label == "PER" and lo <= e.start and e.end <= hi]
    return found[-1] if found else None


__all__ = ["relative_cue_person"]
