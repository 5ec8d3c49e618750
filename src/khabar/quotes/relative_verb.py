"""An imperfect cue verb in a relative clause on an indefinite noun (round 19, from blind
batch 63): «وكان التحالف قد بدأ … حملة عسكرية يقول إنها تستهدف …» — the clause («يقول إنها»)
describes «حملة عسكرية», and its implicit subject is the subject of the sentence («التحالف»),
not the speaker quoted last. Pure functions of the article view; nothing here raises on
ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C

_KANA = frozenset({"كان", "وكان", "كانت", "وكانت"})
_PUNCT = frozenset({"،", ",", ".", "؛", ":", "(", ")", "-"})


def kana_relative_subject(art, k: int) -> list[int] | None:
    """The token indices of the subject of a sentence «(و)كان X قد VERB …» when the cue
    ``k`` is an imperfect verb («يقول», «تقول»; no proclitic) right after an indefinite noun
    or adjective of that sentence that is no source or title word; None otherwise."""
    if k < 1 or not art.surf[k].startswith(("يقول", "تقول", "يؤكد", "تؤكد")):
        return None
    prev = art.norms[k - 1]
    tags = [w.upos for w in art.toks[k - 1].words]
    if prev in _PUNCT or prev.startswith("ال") or not tags or tags[-1] not in ("NOUN", "ADJ") \
            or prev in C.SOURCE_HEADS or prev in C.TITLE_WORDS:
        return None
    i = k - 1
    while i >= 0 and not art.is_end(i):
        i -= 1
    lo = i + 1
    while lo < k and art.is_quote(lo):
        lo += 1     # the closing mark of a quotation that ended the sentence before
    if lo >= k or art.norms[lo] not in _KANA:
        return None
    qad = next((j for j in range(lo + 2, min(lo + 8, k)) if art.norms[j] == "قد"), None)
    if qad is None or any(art.norms[j] in _PUNCT for j in range(lo + 1, qad)):
        return None
    return list(range(lo + 1, qad))
