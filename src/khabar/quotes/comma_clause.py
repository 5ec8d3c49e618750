"""A cue coordinated after a comma with the و-clause right before it, when its sentence opens
with no verb (round 18, from blind batch 59): «وهذه هي المرة الأولى التي …، وكانت إيران تعلن
سابقا عن …، وتقول إنهم» — the cue shares the subject of that clause («إيران»), as
:func:`khabar.quotes.marked_subject.coordinated_after_comma` shares the sentence opener's.
Pure functions of the tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

_SKIP = ("و", "قد", "وقد", "كما")


def comma_clause_before(art, k: int, gender: str | None) -> int | None:
    """First token of the comma-delimited clause right before the cue verb at ``k``
    («…، وكانت إيران تعلن …، وتقول»), when the cue follows a comma, the clause lies in the
    cue's sentence after another comma and opens with a و-verb of the cue's gender
    («وكانت», «ونفت»: feminine with ت); None otherwise."""
    if k < 3 or art.norms[k - 1] not in ("،", ",") or not art.norms[k].startswith("و") \
            or gender not in ("m", "f"):
        return None
    i = k - 2
    while i >= 0 and art.norms[i] not in ("،", ",") and not art.is_end(i):
        i -= 1
    if i < 0 or art.is_end(i):
        return None
    j = i + 1
    while j < k - 1 and art.norms[j] in _SKIP:
        j += 1
    words = art.toks[j].words if j < k - 1 else ()
    if not art.norms[i + 1].startswith("و") or not words or words[-1].upos != "VERB" or \
            art.norms[j].endswith("ت") != (gender == "f"):
        return None
    return i + 1
