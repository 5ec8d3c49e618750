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

from khabar.text._decode_binary import _binary, _check_text, sniff_binary
from khabar.text._decode_legacy import _decode_legacy, legacy_score
from khabar.text._decode_unicode import (Decoded, _decode_counting, _decode_utf16_bomless,
                                         _mostly_utf8, _strip_bom, _try_bom, _utf16_order,
                                         _with_bom)

__all__ = ["Decoded", "decode_bytes", "legacy_score", "sniff_binary"]


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
