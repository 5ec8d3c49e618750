"""A complementizer after a long adjunct set off by commas (round 16, from blind batch 39):
«وأبرز شاكر، خلال جلسة استماع عقدتها لجنة المالية بمجلس نواب الشعب لمناقشة قانون المالية
لسنة 2016، ان …». :func:`find_trigger <khabar.quotes.spans.find_trigger>` looks only 14 words
ahead for a verb that needs its complementizer; :func:`adjunct_trigger` is the fallback when
the words in between are a short subject (or up to 13 words ending in a name: round 17) and
one adjunct between commas.

Pure function of the token view; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.marks import Article

#: Heads of an adjunct opened by a comma («، خلال جلسة …», «، على هامش …»; normalized).
ADJUNCT_HEADS = frozenset({"خلال", "في", "علي", "اثناء", "لدي", "عقب", "اثر", "بمناسبه"})


def adjunct_trigger(art: Article, k: int, kind: str) -> int | None:
    """Index of the complementizer of the verb cue at ``k`` when a subject of four words at
    most, then «،» + an adjunct head, then up to 30 words and «،» come right before it, with no
    sentence end, quotation mark or other cue on the way; None otherwise."""
    if kind != "verb":
        return None
    i = k + 1
    while i < art.n and i - k <= 14 and art.norms[i] not in ("،", ","):
        if not art.norms[i].isalnum():
            return None
        i += 1
    if i >= art.n - 2 or i == k + 1 or art.norms[i] not in ("،", ",") or \
            art.norms[i + 1] not in ADJUNCT_HEADS:
        return None
    if i - k > 5 and not _name_ends(art, i - 1):
        return None     # a long subject only when a name ends it (round 17)
    for j in range(i + 2, min(art.n, i + 34)):
        nm = art.norms[j]
        if art.is_end(j) or art.is_quote(j) or cue_form(nm) is not None:
            return None
        if is_complementizer(nm):
            return j if art.norms[j - 1] in ("،", ",") and j + 1 < art.n and \
                art.norms[j + 1].isalnum() else None
    return None


def _name_ends(art: Article, i: int) -> bool:
    """A PER mention ends at token ``i`` («كشف المستشار لدى رئيس الحكومة المكلف بمتابعة
    البرامج … رضا السعيدي، في حوار …، أن»: a long title, then the name; round 17)."""
    end = art.toks[i].end
    return any(e.label == "PER" and e.end == end for e in art.doc.entities)


__all__ = ["ADJUNCT_HEADS", "adjunct_trigger"]
