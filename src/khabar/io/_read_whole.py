"""One input as a whole, for :mod:`khabar.io.readers`: a stream's format is decided (by the
name's extension, or by sniffing the first non-blank line for JSONL) and its content decoded
into records (plain text, HTML, a JSON object or array, or streamed JSONL)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from khabar.errors import InputError
from khabar.io._read_json import BOM, is_json_object_line, iter_jsonl, json_document
from khabar.io._read_record import Record, failed
from khabar.io._read_streams import (READ_ERRORS, chain, describe, format_ext, open_stream,
                                     special_file)
from khabar.text.decode import decode_bytes
from khabar.text.html import html_extract, looks_like_html

HTML_EXTS = (".html", ".htm")
_SNIFF_LIMIT = 8 << 20          # a first line longer than this is not taken for JSONL


def document(data: bytes, origin: str, fmt: str, ext: str, allow_json: bool) -> list[Record]:
    """Decode one whole input into records; raises InputError for binary data."""
    d = decode_bytes(data, origin)
    meta: dict[str, Any] = {"decode_replaced": d.replaced} if d.replaced else {}
    kind = fmt
    if fmt == "auto":
        if ext in HTML_EXTS:
            kind = "html"
        else:
            if allow_json:
                recs = json_document(d.text, origin, d.encoding, meta)
                if recs is not None:
                    return recs
            kind = "html" if looks_like_html(d.text) else "text"
    if kind == "html":
        h = html_extract(d.text)
        return [Record(text=h.text, id=origin, title=h.title, meta=meta, encoding=d.encoding,
                       origin=origin)]
    return [Record(text=d.text, id=origin, meta=meta, encoding=d.encoding, origin=origin)]


def from_stream(raw: Any, origin: str, fmt: str, ext: str) -> Iterator[Record]:
    """Records of one binary stream (gzip-aware); read errors become a failed record."""
    try:
        stream = open_stream(raw)
        if fmt == "jsonl" or fmt == "auto" and ext == ".jsonl":
            yield from iter_jsonl(stream, origin)
            return
        if fmt in ("text", "html") or ext in HTML_EXTS:
            data = stream.read()
        else:
            consumed: list[bytes] = []
            line = b""
            while True:
                line = stream.readline(_SNIFF_LIMIT)
                if not line:
                    break
                consumed.append(line)
                if line.removeprefix(BOM).strip():
                    break
            if line and is_json_object_line(line):
                yield from iter_jsonl(chain(consumed, stream), origin)
                return
            data = b"".join(consumed) + stream.read()
        try:
            records = document(data, origin, fmt, ext, allow_json=True)
        except InputError as e:
            yield failed(origin, str(e))
            return
        yield from records
    except READ_ERRORS as e:
        yield failed(origin, describe(e, origin))


def from_file(path: str, fmt: str) -> Iterator[Record]:
    """Records of the file ``path``; a device, a missing or unreadable file is a failed one."""
    special = special_file(path)
    if special:
        yield failed(path, special)
        return
    try:
        f = open(path, "rb")
    except READ_ERRORS as e:
        yield failed(path, describe(e, path))
        return
    with f:
        yield from from_stream(f, path, fmt, format_ext(path))
