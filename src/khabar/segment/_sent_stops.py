"""When a full stop or other terminal punctuation ends a sentence, for
:mod:`khabar.segment.sentences`: not in decimals and dates (``2.5``, ``13.02.2014``), URLs and
e-mail addresses, after single-letter abbreviations and initials (``د.``, ``J.``), the
abbreviations of :mod:`khabar.lang.abbreviations` and list numbers at a line start (``1.``),
in an omission mark ``(...)``, or before a lower-case Latin word. Checks look at a bounded
window around the stop (constant time each).
"""
from __future__ import annotations

import re

from khabar.lang.abbreviations import ARABIC as _AR_ABBR
from khabar.lang.abbreviations import LATIN as _LAT_ABBR

_TOKEN_BEFORE = re.compile(r"(\S{1,24})\s{0,3}$")
_OPENERS = "\"'«“‘(["
_ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset(
    chr(c) for c in range(0x0671, 0x06D4))
_TATWEEL = "\u0640"
_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"


def ends_sentence(text: str, ps: int, pe: int, n: int) -> bool:
    """Whether the punctuation run ``text[ps:pe]`` can end a sentence (before closers); never
    raises for offsets inside ``text`` (``n == len(text)``)."""
    run = text[ps:pe]
    nxt = text[pe] if pe < n else ""
    prev = text[ps - 1] if ps > 0 else ""
    only_dots = all(c in ". \t…" for c in run)
    if only_dots:
        # Omission mark "(...)" / "( . . . )".
        k = ps - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 0 and text[k] in "([":
            return False
        # A lower-case Latin word after the stop continues the sentence.
        k = pe
        while k < n and text[k] in " \t":
            k += 1
        if k < n and "a" <= text[k] <= "z" and k > pe:
            return False
    if run != ".":
        if only_dots:
            return True
        return True
    # A single full stop.
    if nxt and not nxt.isspace():
        if prev.isdigit() and nxt.isdigit():
            return False  # 2.5, 13.02.2014, 1.200
        if _is_latin_or_digit(prev) and _is_latin_or_digit(nxt):
            return False  # www.example.com, e.g, a.b@x.org
        if nxt == "@" or prev == "@":
            return False
    return not _is_abbreviation(text, ps, n)


def _is_latin_or_digit(c: str) -> bool:
    return bool(c) and (c.isascii() and c.isalnum())


def _is_abbreviation(text: str, ps: int, n: int) -> bool:
    """Whether the full stop at ``ps`` closes an abbreviation, an initial or a list number."""
    window = text[max(0, ps - 28):ps]
    m = _TOKEN_BEFORE.search(window)
    if m is None:
        return False
    tok = m.group(1)
    spaced = m.end(1) != len(window)
    tok = tok.lstrip(_OPENERS)
    if not tok:
        return False
    core = tok.strip(_DIACRITICS + _TATWEEL)
    if len(core) == 1 and core in _ARABIC_LETTERS:
        return True  # د. م. ص. ; also "د ." in tokenized text
    if spaced:
        return False
    if tok in _AR_ABBR or core in _AR_ABBR:
        return True
    low = tok.lower()
    if low in _LAT_ABBR:
        return True
    if len(low) == 1 and low.isascii() and low.isalpha():
        return True  # an initial: J. K. Rowling
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", tok):
        return True  # U.S  (the final stop is this one)
    if re.fullmatch(r"(?:[\u0621-\u064A]\.)+[\u0621-\u064A]\u0640?", tok):
        return True  # ص.ب  أ.د  ج.م.ع
    if tok.isdigit() and len(tok) <= 3:
        # A list number at the start of a line: "1. ".
        k = ps - len(tok) - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return k < 0 or text[k] == "\n"
    return False
