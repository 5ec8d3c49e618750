"""A period written inside a word ends no sentence (round 23, from blind batch 101): «وقالت
شركة (إس.إن.سي.بي) لتشغيل القطارات إن …» (an abbreviation spelt with dots) and «على
المستوى الوطني (19.25) بالمدرسة … إنه» (a decimal number) — the tokenizer splits the dot off,
and a sentence end between the cue and its complementizer lost both quotes.

Pure function of the raw text and the tokens, one pass per article; nothing here raises on
ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Token


def inner_dots(raw: str, toks: Sequence[Token], surf: Sequence[str]) -> frozenset[int]:
    """Indexes of the «.» tokens between two digits («19.25») or between two runs of at most
    three letters («إس.إن.سي.بي»)."""
    out = []
    n = len(raw)
    for i, s in enumerate(surf):
        if s != ".":
            continue
        t = toks[i]
        if t.start == 0 or t.end >= n:
            continue
        a, b = raw[t.start - 1], raw[t.end]
        if (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha() and
                                             _run(raw, t.start - 1, -1) <= _SHORT and
                                             _run(raw, t.end, 1) <= _SHORT):
            out.append(i)
    return frozenset(out)


#: Longest letter run on each side of a dot that reads as an abbreviation («إس.إن»); a
#: longer word on either side is a sentence end with its space missing («الأحد.وقال»).
_SHORT = 3


def _run(raw: str, i: int, step: int) -> int:
    """Letters in the run of letters from ``i`` going by ``step`` (at most ``_SHORT`` + 1)."""
    k = 0
    while 0 <= i < len(raw) and raw[i].isalpha() and k <= _SHORT:
        k += 1
        i += step
    return k


__all__ = ["inner_dots"]
