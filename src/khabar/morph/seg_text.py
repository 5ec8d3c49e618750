"""Text helpers for the clitic segmenter: stripping, folding, affix inventories.

Shared by the runtime (:mod:`khabar.morph.segmenter`) and the training script, so that
features are computed identically in both.
"""
from __future__ import annotations

import re

from khabar.lang.chars import DIACRITICS, INVISIBLE, TATWEEL

#: Proclitic letters PADT splits off (conjunctions, prepositions, future s-).
PROCLITIC_LETTERS = "وفبلكس"

#: Proclitic sequences (as surface strings) the candidate generator tries, longest first.
PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وس", "وك", "فب", "فل", "فس", "فك")

#: Pronoun enclitics PADT splits off (object/possessive pronouns).
SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني")

_STRIP = {ord(c): None for c in DIACRITICS | INVISIBLE | {TATWEEL}}
_FOLD = {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا",
         ord("ؤ"): "ء", ord("ئ"): "ء", ord("ى"): "ي"} | _STRIP

_AR_LO, _AR_HI = 0x0621, 0x06FF


def _with_identity(table: dict[int, str | None]) -> dict[int, str | int | None]:
    """``table`` plus every other character of the Arabic block and printable ASCII mapped
    to itself: the same translation, but ``str.translate`` finds those characters instead
    of raising and clearing a KeyError for each (it has no fast path for non-Latin text)."""
    return {o: o for o in [*range(0x20, 0x7F), *range(0x0600, 0x0700)]} | table


def _any_of(table: dict[int, object]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(o)) for o in sorted(table)) + "]")


_STRIP_ALL, _STRIP_ANY = _with_identity(_STRIP), _any_of(_STRIP)
_FOLD_ALL, _FOLD_ANY = _with_identity(_FOLD), _any_of(_FOLD)


def strip(s: str) -> str:
    """Remove diacritics, tatweel and invisible controls (PADT word texts carry none)."""
    # most words have none of them: one regex scan instead of a translation
    return s if _STRIP_ANY.search(s) is None else s.translate(_STRIP_ALL)


def fold(s: str) -> str:
    """The spelling key: hamza seats and alef forms folded, alef maqsura to ya.

    Ta marbuta is kept distinct (its restoration before a suffix is decided separately).
    """
    return s if _FOLD_ANY.search(s) is None else s.translate(_FOLD_ALL)


#: Two or more Arabic letters (U+0621–U+064A, U+066E–U+06D3, U+06D5) and nothing else.
_ARABIC_WORD = re.compile("[\u0621-\u064A\u066E-\u06D3\u06D5]{2,}")


def is_arabic_word(s: str) -> bool:
    """True when ``s`` (stripped) is made of Arabic letters only — the only tokens we split."""
    return _ARABIC_WORD.fullmatch(s) is not None


def end_variants(stem: str, has_suffix: bool) -> list[str]:
    """Spellings a stem may have as a word when PADT restores it (ة, ى, final hamza)."""
    out = [stem]
    if has_suffix and stem:
        last = stem[-1]
        if last == "ت":
            out.append(stem[:-1] + "ة")
        elif last == "ا":
            out.append(stem[:-1] + "ى")
        elif last in "ئؤ":
            out.insert(0, stem[:-1] + "ء")
        elif last == "و" and len(stem) > 2:
            out.append(stem + "ا")      # verb plural: رافقو+ه → رافقوا
    return out


def bucket(n: int) -> int:
    """A coarse log-scale bucket of a count (0 for unseen): its bit length, at most 12."""
    if n <= 0:
        return 0
    b = n.bit_length()
    return b if b < 12 else 12
