"""A speaker brought in by a subordinate clause does not carry the thread (round 18, from
blind batch 60): «وأضافت [الشرطة] أنها …، إذ أشارت مصادر إلى أن …. وأضافت أنها …» — the
implicit subject of the next «وأضافت» is the police, not the sources of the «إذ» aside
(«بينما قالت …», «فيما أكد …», «في حين قال …» alike). Pure functions of the tokens and the
speakers said so far; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker

#: Subordinators (normalized) that open an aside clause right before its cue.
SUBORDINATORS = frozenset({"اذ", "اذا", "بينما", "فيما", "وبينما", "وفيما"})


def after_subordinator(norms: list[str], c: int) -> bool:
    """The cue at token ``c`` opens a subordinate clause («إذ أشارت», «في حين قال»)."""
    return (c >= 1 and norms[c - 1] in SUBORDINATORS) or \
        (c >= 2 and norms[c - 2] == "في" and norms[c - 1] == "حين")


def thread_before_aside(art, said: list, gender: str | None) -> tuple[Speaker, bool] | None:
    """When the last speaker in ``said`` (tuples ``(cue index, speaker, person, gender)``)
    came in by an aside inside the sentence of the speaker said right before it («وأضافت
    أنها …، إذ أشارت مصادر»; not a sentence that opens with «في حين قال»), that earlier
    speaker if its gender agrees with ``gender``; None otherwise."""
    if len(said) < 2 or not after_subordinator(art.norms, said[-1][0]):
        return None
    c, sp, person, g = said[-2]
    if sp is None or after_subordinator(art.norms, c) or \
            any(art.is_end(j) for j in range(c, said[-1][0])):
        return None
    if gender is None or g is None or g == gender:
        return sp, person
    return None
