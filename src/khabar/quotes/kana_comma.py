"""«(و)كان(ت) SUBJECT، قد VERB» with a comma before «قد» (round 20, from blind batch 83):
«وكانت وزارة الدفاع الوطني، قد أفادت يوم السبت بأن …» — the comma after the subject stopped
the round-11 «كان … قد» rule, and with no mention of the ministry (NER missed it) the quote went
to the last person of the article. Likewise a nested «وصف» after «أن الرئيس التونسي، قد»: the
description before the comma is its subject, the word after the verb its object. Pure functions of the article view; nothing here raises on
ordinary input.
"""
from __future__ import annotations

_KANA = frozenset({"كان", "وكان", "كانت", "وكانت"})
_QAD = frozenset({"قد", "وقد"})
_COMMAS = frozenset({"،", ","})
_LONGEST = 8    # subject words between «كان» and the comma


def kana_comma_subject(art, k: int) -> list[int] | None:
    """The token indices of the subject between «(و)كان(ت)» and the comma of «…، قد» right
    before the cue verb ``k``, in one sentence with no other punctuation or quotation mark
    between, one to eight words; None otherwise."""
    if k < 3 or art.norms[k - 1] not in _QAD or art.norms[k - 2] not in _COMMAS:
        return None
    c = k - 2
    i = c - 1
    while i >= 0 and c - i <= _LONGEST + 1 and art.norms[i] not in _KANA:
        if art.is_end(i) or art.is_quote(i) or art.norms[i] in _COMMAS:
            return None
        i -= 1
    if i < 0 or art.norms[i] not in _KANA or i + 1 >= c:
        return None
    return list(range(i + 1, c))




def described_before_comma(art, h: int, k: int) -> list[int] | None:
    """The tokens of a definite description opening a reported clause at ``h`` and ending at
    a comma right before the cue verb ``k`` or its «قد» («ذكرت أن الرئيس التونسي، قد وصف»:
    round 20, batch 83), two or three words all with the article; None otherwise."""
    c = h
    while c < k and art.norms[c].startswith("ال") and c - h < 3:
        c += 1
    if c - h < 2 or c >= k or art.norms[c] not in _COMMAS:
        return None
    if any(art.norms[j] not in _QAD for j in range(c + 1, k)):
        return None
    return list(range(h, c))


def subject_before_qad(art, k: int) -> bool:
    """The cue verb ``k`` follows «قد» after a comma («…، قد وصف إيران بأنها»): its
    subject stands before the comma, the words after the verb are its object."""
    return k >= 2 and art.norms[k - 1] == "قد" and art.norms[k - 2] in _COMMAS


__all__ = ["described_before_comma", "kana_comma_subject", "subject_before_qad"]
