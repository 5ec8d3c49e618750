"""cp1256 versus ISO-8859-6 for :mod:`khabar.text.decode`: which legacy Arabic code page fits."""
from __future__ import annotations

import re

from khabar.text._decode_unicode import Decoded

_SCORE_BYTES = 1 << 16       # legacy encodings scored on the first 64 KiB

_ARTICLE = re.compile(r"(?<![\u0621-\u064a])\u0627\u0644")


def _is_arabic_letter(c: str) -> bool:
    o = ord(c)
    return 0x0621 <= o <= 0x063A or 0x0641 <= o <= 0x064A or 0x0671 <= o <= 0x06D3


def _is_arabic_mark(c: str) -> bool:
    return 0x064B <= ord(c) <= 0x0652


def legacy_score(text: str) -> float:
    """Plausibility of ``text`` as Arabic decoded from a legacy 8-bit code page, per character.

    Arabic letters score +1. U+FFFD (an unmapped byte) and control characters score -8. A
    Latin-1 letter (à-ÿ, À-Þ) scores -1, and -4 more when it touches an Arabic letter: a real
    text does not glue «è» to Arabic inside a word, but ISO-8859-6 bytes read as cp1256 do
    (و ى ي become è é ê). An Arabic vowel mark that does not follow an Arabic letter scores -4
    (cp1256 letters read as ISO-8859-6 become marks). The definite article «ال» at the start
    of a word scores +2 (cp1256 «ال» reads as «اف» in ISO-8859-6 and ISO «ال» as «ان» in
    cp1256). Everything else scores 0. Ties go to cp1256, by far the more common code page.
    Empty text scores 0. Never raises.
    """
    if not text:
        return 0.0
    score = 2.0 * len(_ARTICLE.findall(text))
    prev_arabic = False        # previous char an Arabic letter (or a mark on one)
    prev_latin = False
    for c in text:
        o = ord(c)
        if _is_arabic_letter(c):
            score += 1.0
            if prev_latin:
                score -= 4.0
            prev_arabic, prev_latin = True, False
        elif _is_arabic_mark(c):
            if not prev_arabic:
                score -= 4.0
            prev_latin = False
        elif o == 0xFFFD or o < 0x20 and c not in "\t\n\r\x0b\x0c\x1a" or 0x7F <= o <= 0x9F:
            score -= 8.0
            prev_arabic = prev_latin = False
        elif 0xC0 <= o <= 0xFF and o not in (0xD7, 0xF7):
            score -= 1.0
            if prev_arabic:
                score -= 4.0
            prev_arabic, prev_latin = False, True
        else:
            prev_arabic = prev_latin = False
    return score / len(text)


def _legacy_sample(data: bytes) -> bytes:
    """Up to 64 KiB from the start, middle and end (Arabic may begin after an ASCII header)."""
    if len(data) <= _SCORE_BYTES:
        return data
    part = _SCORE_BYTES // 4
    mid = len(data) // 2
    return b"\n".join((data[:2 * part], data[mid:mid + part], data[-part:]))


def _decode_legacy(data: bytes) -> Decoded:
    """Decode as cp1256 or ISO-8859-6, whichever scores higher. Never raises."""
    sample = _legacy_sample(data)
    cp = legacy_score(sample.decode("cp1256"))
    iso = legacy_score(sample.decode("iso-8859-6", "replace"))
    if iso > cp:
        try:
            return Decoded(data.decode("iso-8859-6"), "iso-8859-6")
        except UnicodeDecodeError:
            pass                 # a byte ISO-8859-6 lacks beyond the sample: cp1256 maps all
    return Decoded(data.decode("cp1256"), "cp1256")
