"""A light tokenizer shared by the date and number finders.

Tokens are ``(start, end, norm)`` over the given text: runs of letters (diacritics and
tatweel included), runs of digits with their inner separators («1,200», «٣٫٥», «13.02.2014»),
or single other characters. ``norm`` is :func:`khabar.text.normalize.normalize` of the slice
(digits folded to ASCII). :func:`bare_forms` lists a word without its proclitics (و/ف then
ب/ل/ك, «لل» → «ال») so that «وأمس», «للعام», «بالمئة» find their lexicon entries.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

from khabar.text.normalize import normalize

_NUM = r"\d+(?:[.,٫٬]\d+)*"
# A run of letters and marks (diacritics, tatweel, joiners), matched run by run.
_WORD = r"(?:[^\W\d_]+|[\u064B-\u065F\u0670\u0640\u200c\u200d]+)+"
#: Number, word, or any other single non-space character, as one capture group:
#: ``re.split`` then alternates gaps and tokens.
_SPLIT = re.compile(rf"({_NUM}|{_WORD}|\S)")
_MAX_TYPES = 1 << 16


class Tok(NamedTuple):
    start: int
    end: int
    norm: str
    is_num: bool


class _TypeCache(dict):
    """(norm, is_num) of each token string, made on first sight. A token is a number exactly
    when it starts with a digit (``\\d``, which ``str.isdecimal`` matches): a word starts
    with no digit and a single other character is never one."""

    def __missing__(self, text: str) -> tuple[str, bool]:
        if len(self) >= _MAX_TYPES:
            self.clear()
        info = self[text] = (normalize(text), text[0].isdecimal())
        return info


_TYPES = _TypeCache()


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text``; never raises on a str."""
    parts = _SPLIT.split(text)              # gap, token, gap, token, …, gap
    if len(parts) < 2:
        return []
    ends = list(accumulate(map(len, parts)))
    norms, nums = zip(*map(_TYPES.__getitem__, parts[1::2]))
    return list(map(tuple.__new__, repeat(Tok), zip(ends[0:-1:2], ends[1::2], norms, nums)))


@lru_cache(maxsize=1 << 16)
def bare_forms(norm: str) -> tuple[str, ...]:
    """``norm`` and its forms without one or two proclitics, longest first."""
    forms = [norm]
    rest = norm
    if len(rest) > 2 and rest[0] in "وف":
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 2 and rest[0] in "بلك":
        if rest.startswith("لل") and len(rest) > 3:
            forms.append("ا" + rest[1:])
        forms.append(rest[1:])
    return tuple(forms)


def norm_key(s: str | tuple[str, ...]) -> str | tuple[str, ...]:
    """Lexicon keys folded like token norms."""
    if isinstance(s, tuple):
        return tuple(normalize(w) for w in s)
    return normalize(s)
