"""A body taken up by its definite head after being named in quotation marks (round 20, from
blind batch 84): «أكدت شركة "نقل تونس" تفاقم الحوادث …» … «وأفادت الشركة في بلاغ لها أن …»
— NER found no mention in the marks, so «الشركة» was kept as an unnamed phrase; it is the
body named last with the same head before the cue, «نقل تونس». Pure function of the tokens;
nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.lang import quote_cues as C

_LONGEST_NAME = 4   # words inside the marks


def _marked_after(art, i: int) -> tuple[int, int] | None:
    """The first and last token of one to four words in quotation marks right after token
    ``i``; None when no such name follows."""
    if i + 2 >= art.n or not art.is_quote(i + 1):
        return None
    j = i + 2
    while j < art.n and j - (i + 2) <= _LONGEST_NAME and not art.is_quote(j):
        if art.is_end(j) or art.norms[j] in ("،", ","):
            return None
        j += 1
    if j >= art.n or not art.is_quote(j) or j == i + 2 or j - (i + 2) > _LONGEST_NAME:
        return None
    return i + 2, j - 1


def marked_body_before(art, region: list[int]) -> Speaker | None:
    """The name in marks after the nearest earlier «HEAD "NAME"» («شركة "نقل تونس"») when
    ``region`` (the words after the cue) opens with the definite form of an organisation
    head («الشركة») not followed by a definite adjective («الشركة الوطنية»: another
    description), and no definite use of the head («الشركة الوطنية …») stands between;
    None otherwise."""
    head = art.norms[region[0]]
    bare = head[2:]
    if not head.startswith("ال") or bare not in C.ORG_HEADS:
        return None
    if len(region) > 1 and art.norms[region[1]].startswith("ال"):
        return None
    closer = (head, "و" + head, "ب" + head, "لل" + bare)
    for i in range(region[0] - 1, -1, -1):
        nm = art.norms[i]
        if nm in closer:
            return None     # «… الشركة الوطنية للسكك …» nearer: that body, not the marked one
        if nm == bare or (nm[:1] in "وب" and nm[1:] == bare):
            span = _marked_after(art, i)
            if span is not None:
                s, e = art.toks[span[0]].start, art.toks[span[1]].end
                return Speaker(s, e, " ".join(art.raw[s:e].split()))
    return None


__all__ = ["marked_body_before"]
