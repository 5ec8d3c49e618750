"""The person right after the verb that opens a sentence, for a later و-cue of that sentence
with no subject (round 17, from blind batch 47): «وهاجمت لوبان ماكرون ووصفته بـ "…"، وقالت:
"…"» — Arabic puts the subject right after the verb (VSO), so «لوبان» (not the object
«ماكرون», the nearest mention) speaks, when the opening verb and the cue agree in gender
(«هاجمت» … «قالت»). Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker


def opening_verb_person(state, gender: str | None, lo: int, hi: int) -> Speaker | None:
    """The PER mention on the token right after the verb that opens tokens ``lo..hi-1`` (a
    sentence before its cue; «و»/«قد»/«كما» skipped), when that verb is a token tagged VERB
    (its last word: «وهاجمت») whose gender agrees with ``gender`` (feminine: the verb ends with ت); None otherwise.
    ``state`` is the speaker state (``art``, ``ents``)."""
    art = state.art
    j = lo
    while j < hi and art.norms[j] in ("و", "قد", "وقد", "كما"):
        j += 1
    if gender not in ("m", "f") or j + 1 >= hi or not art.toks[j].words or \
            art.toks[j].words[-1].upos != "VERB":
        return None
    if art.norms[j].endswith("ت") != (gender == "f"):
        return None
    start = art.toks[j + 1].start
    per = next((e for e in state.ents if e.label == "PER" and e.start == start), None)
    return None if per is None else Speaker(per.start, per.end, per.canonical)
