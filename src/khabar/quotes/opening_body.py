"""A feminine cue with no subject after a sentence a body opened (round 20, from blind batch 71).

«وأفادت وكالة الأنباء الفلسطينية "وفا" باستشهاد المواطن حسام … ومحمد أنور الأقرع … . وأكدت أن
…، مشيرة إلى أن …»: the sentence before has no quote (a noun object), so no speaker carries
over; its opening verb is feminine and its subject a body, and the next feminine verb with no
subject goes on with that body (read as a subject after a cue: the outlet by its name) — not
with the last person named in its object (a man, who cannot be the subject of «أكدت»). Not
when that sentence names its source in an attribution («…، بحسب ما جاء في بيان لوزارة
الداخلية»); a body that spoke before under a longer name keeps it («قالت سلطة الطاقة في غزة»).
The round-18 rule (:meth:`~khabar.quotes.implicit.ImplicitRules._previous_opening`) reads only
persons there. Works through the speaker state's subject reading; nothing raises on ordinary
input.
"""
from __future__ import annotations

from khabar.document import Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import Cue, is_complementizer
from khabar.quotes.marked_subject import marked_tail
from khabar.text.normalize import normalize

#: Attribution words: the sentence before names its source in an adjunct (normalized).
_ATTRIBUTION = frozenset({"حسب", "بحسب", "وحسب", "وفق", "وفقا", "طبقا", "نقلا"})


def opening_body(rules, cue: Cue, end: int) -> tuple[Speaker, bool] | None:
    """(the body, False) when the feminine verb ``cue`` opens its sentence (``end``: the last
    token of the sentence before) with no subject, and that sentence opens with a feminine
    past verb (…ت) whose subject is a body (no person), with no cue in it; None otherwise."""
    art = rules.art
    if cue.gender != "f" or end < 3:
        return None
    j = end - 1
    while j >= 0 and not art.is_end(j):
        j -= 1
    lo = j + 1
    if end - lo < 4 or rules._last_cue is not None and rules._last_cue >= art.toks[lo].start:
        return None
    v = lo
    while v < end and art.norms[v] in ("و", "قد", "وقد", "كما"):
        v += 1
    w = art.toks[v].words if v < end else ()
    if not w or w[-1].upos != "VERB" or not art.norms[v].endswith("ت"):
        return None
    region: list[int] = []
    for x in range(v + 1, min(end, v + 13)):
        nm = art.norms[x]
        covered = any(e.label in ("PER", "ORG") for e in
                      rules.entities_in(art.toks[x].start, art.toks[x].end))
        if nm in ("،", ",") or nm in C.PHRASE_STOPS or is_complementizer(nm) or \
                (nm[:1] in "بل" and not nm.startswith(("ال", "بال", "لل")) and not covered):
            break   # «باستشهاد …»: the verb's object begins
        region.append(x)
    if not region:
        return None
    if any(art.norms[x] in _ATTRIBUTION for x in range(v, end)):
        return None     # «…، بحسب ما جاء في بيان لوزارة الداخلية»: that source goes on
    sp, person = rules._subject(cue, region)
    if sp is None or person or not sp.canonical:
        return None
    prev = rules._previous(cue.gender)
    if prev is not None and prev.canonical and \
            normalize(sp.canonical) in normalize(prev.canonical):
        return prev, False      # «سلطة الطاقة» after «قالت سلطة الطاقة في غزة»: as said
    tail = marked_tail(art, region)
    if tail is not None:    # «وكالة الأنباء الفلسطينية "وفا"» → «وفا», as after a cue
        sp = Speaker(*tail, " ".join(art.doc.repaired(Span(*tail)).split()))
    return sp, False


__all__ = ["opening_body"]
