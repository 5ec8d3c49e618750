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
from typing import NamedTuple

from khabar.text.normalize import normalize

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,٫٬]\d+)*)"
    r"|(?P<word>(?:[^\W\d_]|[\u064B-\u065F\u0670\u0640\u200c\u200d])+)"
    r"|(?P<other>\S)"
)


class Tok(NamedTuple):
    start: int
    end: int
    norm: str
    is_num: bool


def tokenize(text: str) -> list[Tok]:
    """Tokens of ``text``; never raises on a str."""
    out: list[Tok] = []
    for m in _TOKEN.finditer(text):
        out.append(Tok(m.start(), m.end(), normalize(m.group()), m.lastgroup == "num"))
    return out


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
