"""Normalization for matching and models; the raw text is never touched.

``normalize(s)`` removes diacritics, tatweel and invisible controls, folds alef/hamza
forms, alef maqsura to ya and ta marbuta to ha, maps presentation forms to base letters and
Arabic-Indic/Persian digits to ASCII, and lowercases Latin. It is cached per string type.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from khabar.lang import chars


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for ch in chars.DIACRITICS | chars.INVISIBLE | {chars.TATWEEL}:
        table[ord(ch)] = None
    for mapping in (chars.ALEF_FOLD, chars.YA_FOLD, chars.TA_MARBUTA_FOLD, chars.OTHER_FOLD,
                    chars.DIGIT_FOLD):
        for k, v in mapping.items():
            table[ord(k)] = v
    table[ord(chars.ARABIC_DECIMAL_SEP)] = "."
    table[ord(chars.ARABIC_THOUSANDS_SEP)] = ","
    for lo, hi in chars.PRESENTATION_RANGES:
        for cp in range(lo, hi + 1):
            base = unicodedata.normalize("NFKC", chr(cp))
            if base != chr(cp) and base.strip():
                # Fold the base letters too (e.g. a hamza-alef ligature).
                table[cp] = "".join(_fold_char(c) for c in base)
    return table


def _fold_char(c: str) -> str:
    for mapping in (chars.ALEF_FOLD, chars.YA_FOLD, chars.TA_MARBUTA_FOLD, chars.OTHER_FOLD):
        if c in mapping:
            return mapping[c]
    return "" if c in chars.DIACRITICS or c == chars.TATWEEL else c


_TABLE: dict[int, str | None] | None = None


def _table() -> dict[int, str | None]:
    global _TABLE
    if _TABLE is None:
        _TABLE = _build_table()
    return _TABLE


@lru_cache(maxsize=1 << 18)
def normalize(s: str) -> str:
    """Fold ``s`` to its matching form (see module docstring). Never raises on a str."""
    return s.translate(_table()).lower()


def dediacritize(s: str) -> str:
    """Remove diacritics, tatweel and invisible controls only (letters untouched)."""
    return "".join(c for c in s if c not in chars.DIACRITICS and c not in chars.INVISIBLE
                   and c != chars.TATWEEL)


def present_to_base(s: str) -> str:
    """Map presentation forms to base letters without any other folding."""
    out = []
    for c in s:
        cp = ord(c)
        if any(lo <= cp <= hi for lo, hi in chars.PRESENTATION_RANGES):
            base = unicodedata.normalize("NFKC", c)
            out.append(base if base.strip() else c)
        else:
            out.append(c)
    return "".join(out)
