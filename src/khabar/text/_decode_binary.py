"""Binary data detection for :mod:`khabar.text.decode`: magic numbers and control characters."""
from __future__ import annotations

import re

from khabar.errors import InputError

_HINT = "Khabar reads text, HTML or JSONL"

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


def _binary(source: str, what: str) -> InputError:
    """The error for binary input (returned, not raised)."""
    return InputError(f"{source}: looks like binary data ({what}); {_HINT}")


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` starts with (by magic number), else ``None``.

    Reads at most the first 32 bytes. Never raises.
    """
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
    """Raise :class:`InputError` naming ``source`` when decoded text looks like binary data:
    any NUL, or control characters above 5 % of the first million characters."""
    if "\x00" in text:
        raise _binary(source, "contains NUL bytes")
    sample = text[:_CHECK_CHARS]
    n = len(_CONTROL.findall(sample))
    if n and n > _CONTROL_MAX_RATIO * len(sample):
        raise _binary(source, f"{n} control characters in {len(sample)}")
