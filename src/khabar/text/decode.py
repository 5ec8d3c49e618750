"""Bytes to text: detect the encoding of raw scraped Arabic news.

:func:`decode_bytes` recognizes, in this order:

1. binary data by magic number (PNG, JPEG, GIF, PDF, zip/docx/epub, gzip, bzip2, xz, 7z, RAR,
   ELF, OLE2 .doc/.xls, SQLite, WebP/RIFF, MP4, Java class) -> :class:`InputError`;
2. a byte order mark: UTF-32 LE/BE, UTF-8, UTF-16 LE/BE;
3. BOM-less UTF-16 LE/BE when the byte pattern is clear: one byte position out of two is nearly
   always ``00`` or ``06`` (the high byte of ASCII and of the Arabic block) and the other almost
   never ``00``;
4. strict UTF-8;
5. "mostly UTF-8": text that is UTF-8 but for a few bad bytes (a truncated last character, a
   stray byte) keeps UTF-8 and replaces each bad sequence with U+FFFD, counted in
   :attr:`Decoded.replaced`;
6. cp1256 or ISO-8859-6, whichever scores as more plausible Arabic (see :func:`legacy_score`).

After decoding, text with NUL characters or more than 5 % control characters is rejected as
binary data. The text is otherwise returned exactly as decoded: one leading U+FEFF (the byte
order mark) is stripped and nothing else changes (no newline or Unicode normalization).
"""
from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

from khabar.errors import InputError

__all__ = ["Decoded", "decode_bytes", "legacy_score", "sniff_binary"]

_HINT = "Khabar reads text, HTML or JSONL"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the Python codec name that produced it.

    ``encoding`` is one of ``utf-8``, ``utf-8-sig`` (UTF-8 with BOM), ``utf-16-le``,
    ``utf-16-be``, ``utf-32-le``, ``utf-32-be``, ``cp1256``, ``iso-8859-6``. ``replaced`` counts
    undecodable byte sequences that were replaced by U+FFFD (0 for clean input).
    """

    text: str
    encoding: str
    replaced: int = 0


# Magic numbers of common non-text files: (prefix, offset, description).
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "zip archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", 0, "zip archive (empty)"),
    (b"PK\x07\x08", 0, "zip archive (spanned)"),
    (b"\x1f\x8b", 0, "gzip-compressed data; name the file *.gz or decompress it"),
    (b"\xfd7zXZ\x00", 0, "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\x7fELF", 0, "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "OLE2 document (.doc/.xls)"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"\xca\xfe\xba\xbe", 0, "Java class or Mach-O binary"),
    (b"ftyp", 4, "MP4/QuickTime video"),
    (b"OggS", 0, "Ogg media"),
    (b"ID3", 0, "MP3 audio"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_RIFF = re.compile(rb"RIFF....(WEBP|WAVE|AVI )", re.DOTALL)

# C0/C1 controls that never occur in text (tab, LF, VT, FF, CR and the DOS end-of-file
# marker 0x1A are allowed).
_CONTROL = re.compile("[\x01-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_CONTROL_MAX_RATIO = 0.05
_CHECK_CHARS = 1 << 20       # control ratio measured on the first million characters
_SCORE_BYTES = 1 << 16       # legacy encodings scored on the first 64 KiB

_NON_ASCII = re.compile("[^\x00-\x7f]")

_local = threading.local()


def _count_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _local.count = getattr(_local, "count", 0) + 1
    return "\ufffd", exc.end


codecs.register_error("khabar-count-replace", _count_replace)


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad sequences; return the text and the number replaced."""
    try:
        return data.decode(encoding), 0
    except UnicodeDecodeError:
        pass
    _local.count = 0
    text = data.decode(encoding, "khabar-count-replace")
    return text, _local.count


def _binary(source: str, what: str) -> InputError:
    return InputError(f"{source}: looks like binary data ({what}); {_HINT}")


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` starts with (by magic number), else ``None``."""
    head = data[:32]
    for magic, offset, what in _MAGIC:
        if head.startswith(magic, offset):
            return what
    if _BZIP2.match(head):
        return "bzip2-compressed data"
    m = _RIFF.match(head)
    if m:
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio"}.get(m.group(1), "AVI video")
    return None


def _check_text(text: str, source: str) -> None:
    if "\x00" in text:
        raise _binary(source, "contains NUL bytes")
    sample = text[:_CHECK_CHARS]
    n = len(_CONTROL.findall(sample))
    if n and n > _CONTROL_MAX_RATIO * len(sample):
        raise _binary(source, f"{n} control characters in {len(sample)}")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


# ---------------------------------------------------------------------------------------------
# BOM-less UTF-16

def _utf16_order(data: bytes) -> str | None:
    """``"le"``/``"be"`` when ``data`` clearly looks like BOM-less UTF-16, else ``None``."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = len(even)

    def high(b: bytes) -> int:          # high bytes of ASCII (00) and Arabic (06) code points
        return b.count(0) + b.count(6)

    if high(odd) >= 0.6 * n and even.count(0) <= 0.1 * n and high(odd) > high(even) + 0.3 * n:
        return "le"
    if high(even) >= 0.6 * n and odd.count(0) <= 0.1 * n and high(even) > high(odd) + 0.3 * n:
        return "be"
    return None


def _decode_utf16_bomless(data: bytes, order: str) -> Decoded | None:
    enc = f"utf-16-{order}"
    even = data[: len(data) // 2 * 2]
    try:
        text = even.decode(enc)
    except UnicodeDecodeError:
        return None
    if len(even) != len(data):           # a truncated last code unit
        return Decoded(_strip_bom(text) + "\ufffd", enc, 1)
    return Decoded(_strip_bom(text), enc)


# ---------------------------------------------------------------------------------------------
# cp1256 versus ISO-8859-6

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
    sample = _legacy_sample(data)
    cp = legacy_score(sample.decode("cp1256"))
    iso = legacy_score(sample.decode("iso-8859-6", "replace"))
    if iso > cp:
        try:
            return Decoded(data.decode("iso-8859-6"), "iso-8859-6")
        except UnicodeDecodeError:
            pass                 # a byte ISO-8859-6 lacks beyond the sample: cp1256 maps all
    return Decoded(data.decode("cp1256"), "cp1256")


# ---------------------------------------------------------------------------------------------

def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with at most one bad sequence per 20 good non-ASCII characters, else ``None``.

    The first 64 KiB decide cheaply, so legacy files (every Arabic letter a bad sequence) do not
    pay for a full decode with replacement.
    """
    def plausible(text: str, bad: int) -> bool:
        head = text[:_CHECK_CHARS]
        non_ascii = len(_NON_ASCII.findall(head)) - head.count("\ufffd")
        return non_ascii >= 20 * bad

    if len(data) > _SCORE_BYTES:
        sample, bad = _decode_counting(data[:_SCORE_BYTES], "utf-8")
        if not plausible(sample, max(bad - 1, 0)):   # the cut may split the last character
            return None
    text, bad = _decode_counting(data, "utf-8")
    if bad and plausible(text, bad):
        return Decoded(_strip_bom(text), "utf-8", bad)
    return None


def decode_bytes(data: bytes, source: str = "<input>") -> Decoded:
    """Decode raw bytes of a news file, detecting the encoding (see the module docstring).

    One leading byte order mark (U+FEFF) is removed; nothing else in the text is changed.
    Empty input gives ``Decoded("", "utf-8")``.

    Raises :class:`InputError` naming ``source`` for binary data (a known magic number, NUL
    bytes outside UTF-16, or many control characters).
    """
    if not data:
        return Decoded("", "utf-8")
    what = sniff_binary(data)
    if what:
        raise _binary(source, what)

    result: Decoded | None = None
    if data.startswith(b"\xff\xfe\x00\x00") and len(data) % 4 == 0:
        result = _try_bom(data, "utf-32-le")
    elif data.startswith(b"\x00\x00\xfe\xff") and len(data) % 4 == 0:
        result = _try_bom(data, "utf-32-be")
    if result is None:
        if data.startswith(codecs.BOM_UTF8):
            text, bad = _decode_counting(data, "utf-8-sig")
            result = Decoded(text, "utf-8-sig", bad)
        elif data.startswith(codecs.BOM_UTF16_LE):
            result = _with_bom(data, "utf-16-le")
        elif data.startswith(codecs.BOM_UTF16_BE):
            result = _with_bom(data, "utf-16-be")
    if result is None:
        order = _utf16_order(data)
        if order:
            result = _decode_utf16_bomless(data, order)
    if result is None:
        try:
            result = Decoded(_strip_bom(data.decode("utf-8")), "utf-8")
        except UnicodeDecodeError:
            result = _mostly_utf8(data) or _decode_legacy(data)
    _check_text(result.text, source)
    return result


def _try_bom(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(_strip_bom(data.decode(encoding)), encoding)
    except UnicodeDecodeError:
        return None


def _with_bom(data: bytes, encoding: str) -> Decoded:
    text, bad = _decode_counting(data, encoding)
    return Decoded(_strip_bom(text), encoding, bad)
