"""Unicode decoding helpers for :mod:`khabar.text.decode`: BOMs, BOM-less UTF-16, and UTF-8
with a few bad bytes (each replaced by U+FFFD and counted)."""
from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

_CHECK_CHARS = 1 << 20       # plausibility measured on the first million characters
_SCORE_BYTES = 1 << 16       # the first 64 KiB decide whether "mostly UTF-8" is worth a try
_NON_ASCII = re.compile("[^\x00-\x7f]")
_HANDLER = "khabar-count-replace"

_local = threading.local()


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


def _count_replace(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: U+FFFD for a bad sequence, counted per thread.

    Re-raises ``exc`` unless it is a :class:`UnicodeDecodeError`.
    """
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _local.count = getattr(_local, "count", 0) + 1
    return "\ufffd", exc.end


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad sequences; return the text and the number replaced.

    The error handler is registered on first need (not at import). Never raises
    :class:`UnicodeDecodeError`.
    """
    try:
        return data.decode(encoding), 0
    except UnicodeDecodeError:
        pass
    try:
        codecs.lookup_error(_HANDLER)
    except LookupError:
        codecs.register_error(_HANDLER, _count_replace)
    _local.count = 0
    text = data.decode(encoding, _HANDLER)
    return text, _local.count


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _try_bom(data: bytes, encoding: str) -> Decoded | None:
    """Strict decode (for UTF-32 with a BOM); ``None`` when it fails."""
    try:
        return Decoded(_strip_bom(data.decode(encoding)), encoding)
    except UnicodeDecodeError:
        return None


def _with_bom(data: bytes, encoding: str) -> Decoded:
    """Decode with replacement (for UTF-16 with a BOM). Never raises."""
    text, bad = _decode_counting(data, encoding)
    return Decoded(_strip_bom(text), encoding, bad)


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
    """Strict decode as ``utf-16-<order>`` (a truncated last code unit becomes U+FFFD);
    ``None`` when it fails."""
    enc = f"utf-16-{order}"
    even = data[: len(data) // 2 * 2]
    try:
        text = even.decode(enc)
    except UnicodeDecodeError:
        return None
    if len(even) != len(data):           # a truncated last code unit
        return Decoded(_strip_bom(text) + "\ufffd", enc, 1)
    return Decoded(_strip_bom(text), enc)


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
