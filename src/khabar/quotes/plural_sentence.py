"""A plural cue verb opening a sentence, after a sentence whose subject stands before its own
plural verb (round 21, from blind batch 90): «قدماء الاتحاد العام لطلبة تونس وأصحاب الشهائد
العليا المعطلين عن العمل … شاركوا كذلك في احتجاجات اليوم …. وأكدوا أن نضالاتهم ستتواصل» —
«وأكدوا» (plural, no subject) goes on from the group that opens the sentence before it (the
noun phrase before «شاركوا»), not from the one person quoted last. Pure function of the
article view; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C

_PHRASE_TAGS = frozenset({"NOUN", "ADJ", "PROPN", "X", "CCONJ", "ADP"})


def _plural_verb(art, j: int) -> bool:
    """Token ``j`` is a verb with the masculine plural ending «وا»."""
    words = art.toks[j].words
    return bool(words) and words[-1].upos == "VERB" and art.norms[j].endswith("وا") and \
        len(art.norms[j]) >= 5


def plural_sentence_subject(art, k: int) -> tuple[int, int] | None:
    """Token range ``(lo, hi)`` of the subject phrase of the sentence before the plural cue
    verb at ``k`` (which opens its sentence, with «و» glued or not) when that sentence opens
    with a noun phrase of two words or more right before a plural verb; None otherwise."""
    if not _plural_verb(art, k) or k < 3 or not art.is_end(k - 1):
        return None
    end = k - 1
    lo = end - 1
    while lo > 0 and not art.is_end(lo - 1):
        lo -= 1
    head = art.toks[lo].words
    if not head or head[0].upos != "NOUN" or art.norms[lo] in C.PHRASE_STOPS:
        return None
    for v in range(lo + 2, min(end, lo + 25)):
        if _plural_verb(art, v):
            if all(art.toks[i].words and art.toks[i].words[0].upos in _PHRASE_TAGS
                   and art.norms[i] not in ("،", ",") for i in range(lo, v)):
                return lo, v - 1
            return None
        if art.norms[v] in ("،", ",") or not art.toks[v].words or \
                art.toks[v].words[-1].upos == "VERB":
            return None
    return None


__all__ = ["plural_sentence_subject"]
