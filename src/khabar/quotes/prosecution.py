"""The public prosecution as a named body (round 20, from blind batch 74).

«وأعلن الادعاء العام في مدينة فرانكفورت أنه …», «وكان الادعاء العام الألماني أعلن»,
«أكدت النيابة الألمانية»: the prosecution office is named by its head and «العام(ة)» or a
nisba, with the place it serves («في (مدينة|ولاية) X»); the gold names it (batches 31, 60,
74), canonical the phrase as written. A later bare «الادعاء العام» is the same body. Pure
functions of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Any, Callable, Sequence

from khabar.document import Span, Speaker
from khabar.quotes.lexicon import is_place_adjective

#: Heads of the prosecution office, normalized.
PROSECUTION_HEADS = frozenset({"الادعاء", "النيابه"})
#: «العام», «العامة», «العمومية»: the public office.
PUBLIC_WORDS = frozenset({"العام", "العامه", "العمومي", "العموميه"})
#: Place heads between «في» and the place's name («في مدينة فرانكفورت»).
PLACE_HEADS = frozenset({"مدينه", "ولايه", "مقاطعه", "محافظه", "اقليم"})


def prosecution_tokens(norms: Sequence[str], region: Sequence[int],
                       loc_at: Callable[[int], int | None]) -> list[int] | None:
    """The token indexes naming the prosecution in ``region`` (the subject after a cue): a
    head of :data:`PROSECUTION_HEADS` first, then «العام(ة)» and/or a place nisba, then «في
    (مدينة)? PLACE» when ``loc_at(i)`` (the last token index of a LOC mention starting at
    token ``i``, None when there is none) finds a place there; None when the region does not
    open so (not «الادعاء» alone, not «النيابة» with no public word or nisba)."""
    if not region or norms[region[0]] not in PROSECUTION_HEADS:
        return None
    keep = [region[0]]
    for i in region[1:3]:
        if norms[i] in PUBLIC_WORDS or is_place_adjective(norms[i]):
            keep.append(i)
        else:
            break
    if len(keep) == 1:
        return None
    j = keep[-1] + 1
    if j in region and norms[j] == "في" and j + 1 in region:
        at = j + 1 + (norms[j + 1] in PLACE_HEADS)
        end = loc_at(at) if at in region else None
        if end is not None:
            keep += list(range(j, end + 1))
    return keep


def prosecution_speaker(spk: Any, region: list[int]) -> Speaker | None:
    """The speaker of a prosecution phrase in ``region``:
    the phrase, named as written; a bare «الادعاء العام» after a fuller name of the same
    office that spoke before takes that name. None when the region names no prosecution."""
    art = spk.art

    def loc_at(i: int) -> int | None:
        e = next((e for e in spk.all_ents if e.label == "LOC" and e.start == art.toks[i].start),
                 None)
        if e is None:
            return None
        j = i
        while j + 1 < art.n and art.toks[j + 1].end <= e.end:
            j += 1
        return j

    keep = prosecution_tokens(art.norms, region, loc_at)
    if keep is None:
        return None
    s, e = art.toks[keep[0]].start, art.toks[keep[-1]].end
    canon = " ".join(art.doc.repaired(Span(s, e)).split())
    for h, _ in reversed(spk.history):
        if h.canonical and h.canonical != canon and h.canonical.startswith(canon + " "):
            return Speaker(s, e, h.canonical)   # «وأضاف الادعاء العام» after its full name
    return Speaker(s, e, canon)


__all__ = ["PROSECUTION_HEADS", "prosecution_speaker", "prosecution_tokens"]
