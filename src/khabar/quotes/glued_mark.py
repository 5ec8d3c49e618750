"""A straight opening quotation mark glued to the speaker's name (round 20, from blind batch
72): «وأضاف نصر الله" لنفترض أن …"», «وتابع الجروشي"… رئيس مجلس النواب …"». Spacing reads such
a mark as a closing one (no gap before it, a gap or punctuation after); with no quotation open
it was dropped, and the direct quote lost. When a cue verb stands one to four tokens before it
in the same clause (no comma, sentence end or complementizer between) and opens it (with
«و/ف» or at the sentence start: not «بين» "between" read as «بيّن»), the mark opens the
quotation, unless a complementizer follows it («وقال محمد" إنه سافر»: indirect); a straight
quotation left open from an earlier sentence («وقال … "بتنا نرى … . وأضاف نصر الله" لنفترض …»)
is then unclosed, not closed by it. Pure function of the raw text and the tokens; nothing
raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Token
from khabar.quotes.cues import FORMS, SENT_END, is_complementizer
from khabar.text.normalize import normalize

#: How many tokens before the mark the cue verb may stand (the verb and a name of up to three
#: words).
_REACH = 4


def opens_after_cue(raw: str, toks: Sequence[Token], i: int) -> bool:
    """The straight mark at token ``i`` (glued to the word before it) follows a cue verb
    within :data:`_REACH` tokens of its clause, per the module docstring."""
    if i + 1 < len(toks) and is_complementizer(normalize(raw[toks[i + 1].start:toks[i + 1].end])):
        return False    # «وقال  محمد" إنه سافر …»: a stray mark before the complementizer
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        s = raw[toks[j].start:toks[j].end]
        nm = normalize(s)
        if s in SENT_END or s in ("،", ",", ":", '"') or is_complementizer(nm):
            return False
        entry = FORMS.get(nm) or (FORMS.get(nm[1:]) if nm[:1] in "وف" else None)
        if entry is not None:
            opens = j == 0 or nm[:1] in "وف" or \
                raw[toks[j - 1].start:toks[j - 1].end] in SENT_END
            return entry[2] == "verb" and j < i - 1 and opens
    return False


def reopens_after_cue(raw: str, toks: Sequence[Token], i: int, open_at: int) -> bool:
    """The straight mark at ``i`` opens a quotation after a cue (:func:`opens_after_cue`)
    while the straight quotation opened at ``open_at`` crossed a sentence end: that one is
    unclosed."""
    return opens_after_cue(raw, toks, i) and any(
        raw[toks[j].start:toks[j].end] in SENT_END for j in range(open_at + 1, i))


__all__ = ["opens_after_cue", "reopens_after_cue"]
