"""Read raw news input: files, directories, stdin, JSONL, gzip.

:func:`iter_records` turns a list of paths into :class:`Record` objects in input order and never
raises for bad input: a missing file, binary data, damaged gzip or a bad JSONL line becomes a
``Record`` with ``error`` set (and ``text`` ``None``) so that a batch keeps going and reports
failures at the end. :func:`read_text_file` reads one file as one document and raises
:class:`~khabar.errors.InputError` instead.

Formats (``fmt="auto"``):

* ``.jsonl`` - one JSON object per line, streamed line by line;
* ``.html``/``.htm`` - HTML, converted with :func:`khabar.text.html.html_extract`;
* anything else (``.txt``, ``.json``, no extension, stdin) is sniffed: a first non-blank line
  that is a JSON object means JSONL; otherwise the whole input is decoded and, if it is a JSON
  object with ``"text"`` or an array of such objects, gives one record per object (origin
  ``FILE[i]`` for array items); otherwise HTML if :func:`looks_like_html`, else plain text.

gzip is recognized by its magic number (whatever the name), decompressed on the fly, and the
name without ``.gz`` decides the format.

Already-analyzed input is recognized too: a JSON object of the JSON contract (``"schema"`` and
``"tokens"`` beside ``"text"``, as ``khabar analyze --format jsonl`` writes it) and the rows of
a ``documents`` Parquet table written by ``khabar spark-analyze`` (a ``.parquet`` file, a folder
of them, or the job's output folder) give records whose ``analysis`` holds that analysis, so
``khabar ingest`` stores it instead of analyzing again (Parquet needs pyarrow).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import stat
import sys
import zlib
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from khabar.errors import ConfigError, InputError
from khabar.text.decode import decode_bytes
from khabar.text.html import html_extract, looks_like_html

__all__ = ["DIR_EXTENSIONS", "FORMATS", "Record", "iter_records", "read_text_file",
           "record_from_line", "records_from_bytes"]

FORMATS = ("auto", "text", "html", "jsonl")
DIR_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".jsonl", ".json")
_FIELDS = ("id", "title", "date", "url", "source")
_HTML_EXTS = (".html", ".htm")
_SNIFF_LIMIT = 8 << 20          # a first line longer than this is not taken for JSONL
_BOM = b"\xef\xbb\xbf"
_STDIN = "<stdin>"


@dataclass(frozen=True)
class Record:
    """One input document, or the reason an input failed (``error`` set, ``text`` None).

    ``origin`` is the file path, ``"FILE:LINE"`` for a JSONL line or ``"FILE[i]"`` for an item
    of a JSON array. ``encoding`` is the detected encoding (see
    :func:`khabar.text.decode.decode_bytes`). When undecodable bytes had to be replaced by
    U+FFFD, ``meta["decode_replaced"]`` holds how many.
    """

    text: str | None
    id: str | None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, hash=False)
    encoding: str | None = None
    error: str | None = None
    origin: str = ""
    analysis: dict[str, Any] | str | None = field(default=None, hash=False, compare=False,
                                                  repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None


def _failed(origin: str, message: str) -> Record:
    return Record(text=None, id=origin, error=message, origin=origin)


# ---------------------------------------------------------------------------------------------
# Streams

class _Prefixed:
    """A binary stream with some bytes already read put back in front."""

    def __init__(self, head: bytes, stream: Any) -> None:
        self.head, self.stream = head, stream

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            out, self.head = self.head + self.stream.read(), b""
            return out
        if self.head:
            out, self.head = self.head[:size], self.head[size:]
            if len(out) < size:
                out += self.stream.read(size - len(out))
            return out
        return self.stream.read(size)

    def readline(self, limit: int = -1) -> bytes:
        if self.head:
            nl = self.head.find(b"\n")
            if nl >= 0 and (limit < 0 or nl < limit):
                out, self.head = self.head[:nl + 1], self.head[nl + 1:]
                return out
            if 0 <= limit <= len(self.head):
                out, self.head = self.head[:limit], self.head[limit:]
                return out
            out, self.head = self.head, b""
            return out + self.stream.readline(-1 if limit < 0 else limit - len(out))
        return self.stream.readline(limit)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self.readline()
            if not line:
                return
            yield line


def _read_exact(stream: Any, n: int) -> bytes:
    out = b""
    while len(out) < n:
        chunk = stream.read(n - len(out))
        if not chunk:
            break
        out += chunk
    return out


def _open_stream(stream: Any) -> Any:
    """``stream``, transparently gunzipped when it starts with the gzip magic number."""
    head = _read_exact(stream, 2)
    stream = _Prefixed(head, stream)
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    return stream


def _ext(path: str) -> str:
    """Lower-case extension that decides the format (``.gz`` removed)."""
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def _describe(exc: BaseException, origin: str) -> str:
    if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
        return (f"{origin}: damaged or truncated gzip data ({exc}); "
                "re-download the file or check it with `gzip -t`")
    if isinstance(exc, FileNotFoundError):
        return f"{origin}: no such file or directory; check the path"
    if isinstance(exc, PermissionError):
        return f"{origin}: permission denied; check the file's permissions"
    if isinstance(exc, IsADirectoryError):
        return f"{origin}: is a directory"
    if isinstance(exc, OSError):
        return f"{origin}: cannot read ({exc.strerror or exc}); check the file"
    return f"{origin}: {exc}"


_READ_ERRORS = (OSError, EOFError, zlib.error)


# ---------------------------------------------------------------------------------------------
# JSON objects and JSONL lines

def _type_name(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            type(None): "null", int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def _from_object(obj: Any, where: str, encoding: str | None, meta0: dict[str, Any]) -> Record:
    """A Record from one JSON object (a JSONL line or an array item)."""
    if not isinstance(obj, dict):
        unit = "item" if where.endswith("]") else "line"
        return _failed(where, f"{where}: expected a JSON object, got {_type_name(obj)}; "
                              f'each {unit} must be an object like {{"text": "..."}}')
    if "schema" in obj and "tokens" in obj and isinstance(obj.get("text"), str):
        return _analyzed(obj, where, encoding)
    if "text" not in obj and isinstance(obj.get("error"), str):
        return _failed(where, f"{where}: an error line, not a document: {obj['error']}")
    if "text" not in obj:
        keys = ", ".join(sorted(map(str, obj))[:8]) or "none"
        return _failed(where, f'{where}: no "text" field (keys: {keys}); '
                              'put the article text under "text"')
    text = obj["text"]
    if not isinstance(text, str):
        return _failed(where, f'{where}: "text" must be a string, got {_type_name(text)}')
    values: dict[str, str | None] = {}
    for key in _FIELDS:
        v = obj.get(key)
        if v is None or isinstance(v, str):
            values[key] = v
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            values[key] = str(v)
        else:
            return _failed(where, f'{where}: "{key}" must be a string, got {_type_name(v)}')
    meta: dict[str, Any] = dict(meta0)
    if isinstance(obj.get("meta"), dict):
        meta.update(obj["meta"])
    meta.update((k, v) for k, v in obj.items()
                if k not in _FIELDS and k != "text" and not (k == "meta" and isinstance(v, dict)))
    return Record(text=text, id=values["id"] if values["id"] is not None else where,
                  title=values["title"], date=values["date"], url=values["url"],
                  source=values["source"], meta=meta, encoding=encoding, origin=where)


def _analyzed(obj: dict[str, Any], where: str, encoding: str | None) -> Record:
    """A record carrying its analysis (a JSON-contract object); checked when it is used."""
    meta = obj["meta"] if isinstance(obj.get("meta"), dict) else {}

    def get(v: Any) -> str | None:
        return v if v is None or isinstance(v, str) else str(v)

    rid = get(obj.get("id", meta.get("id")))
    return Record(text=obj["text"], id=rid if rid is not None else where,
                  title=get(meta.get("title")), date=get(obj.get("date")),
                  url=get(meta.get("url")), source=get(meta.get("source")),
                  meta={k: v for k, v in meta.items() if k not in _FIELDS and k != "encoding"},
                  encoding=get(meta.get("encoding")) or encoding, origin=where, analysis=obj)


def _jsonl_line(raw: bytes | str, where: str, encoding: str | None = None) -> Record:
    meta: dict[str, Any] = {}
    if isinstance(raw, bytes):
        try:
            line, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                d = decode_bytes(raw, where)
            except InputError as e:
                return _failed(where, str(e))
            line, encoding = d.text, d.encoding
            if d.replaced:
                meta["decode_replaced"] = d.replaced
    else:
        line = raw
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return _failed(where, f"{where}: not valid JSON ({e.msg} at column {e.colno}); "
                              'each line must be one JSON object like {"text": "..."}')
    except (ValueError, RecursionError) as e:
        return _failed(where, f"{where}: cannot parse JSON ({type(e).__name__}: {e})")
    return _from_object(obj, where, encoding, meta)


def _is_json_object_line(line: bytes) -> bool:
    s = line.removeprefix(_BOM).strip()
    if not s.startswith(b"{") or not s.endswith(b"}"):
        return False
    try:
        return isinstance(json.loads(s.decode("utf-8")), dict)
    except (ValueError, RecursionError):
        return False


def _iter_jsonl(lines: Iterable[bytes], origin: str) -> Iterator[Record]:
    """Records from JSONL byte lines, streamed (UTF-16 JSONL is decoded whole first)."""
    it = iter(lines)
    for lineno, raw in enumerate(it, 1):
        if lineno == 1:
            if raw.startswith(_BOM):
                raw = raw[3:]
            elif raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw:
                yield from _iter_jsonl_wide(raw + b"".join(it), origin)
                return
        if raw.strip():
            yield _jsonl_line(raw, f"{origin}:{lineno}")


def _iter_jsonl_wide(data: bytes, origin: str) -> Iterator[Record]:
    try:
        d = decode_bytes(data, origin)
    except InputError as e:
        yield _failed(origin, str(e))
        return
    for lineno, line in enumerate(d.text.split("\n"), 1):
        if line.strip():
            yield _jsonl_line(line, f"{origin}:{lineno}", d.encoding)


def _json_document(text: str, origin: str, encoding: str,
                   meta: dict[str, Any]) -> list[Record] | None:
    """Records when ``text`` is a JSON object or an array of objects, else ``None``."""
    s = text.strip()
    if not (s.startswith("{") and s.endswith("}") or s.startswith("[") and s.endswith("]")):
        return None
    try:
        obj = json.loads(s)
    except (ValueError, RecursionError):
        return None
    if isinstance(obj, dict):
        rec = _from_object(obj, origin, encoding, meta)
        return [rec]
    if isinstance(obj, list) and obj and isinstance(obj[0], dict):
        return [_from_object(item, f"{origin}[{i}]", encoding, meta)
                for i, item in enumerate(obj)]
    return None


# ---------------------------------------------------------------------------------------------
# Whole documents

def _document(data: bytes, origin: str, fmt: str, ext: str,
              allow_json: bool) -> list[Record]:
    """Decode one whole input into records; raises InputError for binary data."""
    d = decode_bytes(data, origin)
    meta: dict[str, Any] = {"decode_replaced": d.replaced} if d.replaced else {}
    kind = fmt
    if fmt == "auto":
        if ext in _HTML_EXTS:
            kind = "html"
        else:
            if allow_json:
                recs = _json_document(d.text, origin, d.encoding, meta)
                if recs is not None:
                    return recs
            kind = "html" if looks_like_html(d.text) else "text"
    if kind == "html":
        h = html_extract(d.text)
        return [Record(text=h.text, id=origin, title=h.title, meta=meta, encoding=d.encoding,
                       origin=origin)]
    return [Record(text=d.text, id=origin, meta=meta, encoding=d.encoding, origin=origin)]


def _special_file(path: str) -> str | None:
    """An error message when ``path`` is a device or socket (reading it could never end)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None                      # open() reports it
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        return f"{path}: not a regular file or pipe; give a file, a directory or -"
    return None


def read_text_file(path: str | os.PathLike[str], fmt: str = "auto") -> Record:
    """Read one file (gzip-aware) as one document; raise InputError when it cannot be read.

    ``fmt`` is ``"auto"`` (HTML by extension or content, else text), ``"text"`` or ``"html"``.
    The file is read whole. JSON content is not interpreted: use :func:`iter_records` for that.
    """
    if fmt not in ("auto", "text", "html"):
        raise ConfigError(f"read_text_file: format {fmt!r} is not one of auto, text, html; "
                          "use iter_records for JSONL")
    origin = os.fspath(path)
    special = _special_file(origin)
    if special:
        raise InputError(special)
    try:
        with open(origin, "rb") as f:
            data = _open_stream(f).read()
    except _READ_ERRORS as e:
        raise InputError(_describe(e, origin)) from e
    return _document(data, origin, fmt, _ext(origin), allow_json=False)[0]


# ---------------------------------------------------------------------------------------------
# Sources

def _from_stream(raw: Any, origin: str, fmt: str, ext: str) -> Iterator[Record]:
    try:
        stream = _open_stream(raw)
        if fmt == "jsonl" or fmt == "auto" and ext == ".jsonl":
            yield from _iter_jsonl(stream, origin)
            return
        if fmt in ("text", "html") or ext in _HTML_EXTS:
            data = stream.read()
        else:
            consumed: list[bytes] = []
            line = b""
            while True:
                line = stream.readline(_SNIFF_LIMIT)
                if not line:
                    break
                consumed.append(line)
                if line.removeprefix(_BOM).strip():
                    break
            if line and _is_json_object_line(line):
                yield from _iter_jsonl(_chain(consumed, stream), origin)
                return
            data = b"".join(consumed) + stream.read()
        try:
            records = _document(data, origin, fmt, ext, allow_json=True)
        except InputError as e:
            yield _failed(origin, str(e))
            return
        yield from records
    except _READ_ERRORS as e:
        yield _failed(origin, _describe(e, origin))


def records_from_bytes(data: bytes, origin: str, fmt: str = "auto") -> Iterator[Record]:
    """Records from the whole content of one input (a file read elsewhere, e.g. by Spark).

    The same rules as for a file named ``origin`` (its name decides the format under
    ``fmt="auto"``); never raises for bad content.
    """
    return _from_stream(io.BytesIO(data), origin, fmt, _ext(origin))


def record_from_line(line: bytes | str, origin: str) -> Record | None:
    """The record of one JSONL line (``None`` for a blank line); never raises."""
    if not line.strip():
        return None
    return _jsonl_line(line, origin)


def _chain(first: list[bytes], stream: Any) -> Iterator[bytes]:
    yield from first
    yield from stream


def _from_file(path: str, fmt: str) -> Iterator[Record]:
    special = _special_file(path)
    if special:
        yield _failed(path, special)
        return
    try:
        f = open(path, "rb")
    except _READ_ERRORS as e:
        yield _failed(path, _describe(e, path))
        return
    with f:
        yield from _from_stream(f, path, fmt, _ext(path))


def _from_stdin(stdin: Any, fmt: str) -> Iterator[Record]:
    if stdin is None:
        stdin = sys.stdin
    if stdin is None:
        yield _failed(_STDIN, f"{_STDIN}: no standard input is available")
        return
    stream = getattr(stdin, "buffer", None)
    if stream is None:
        try:
            probe = stdin.read(0)
        except _READ_ERRORS as e:
            yield _failed(_STDIN, _describe(e, _STDIN))
            return
        if isinstance(probe, str):     # a text stream (e.g. io.StringIO): already decoded
            stream = io.BytesIO(stdin.read().encode("utf-8", "surrogatepass"))
        else:
            stream = stdin
    yield from _from_stream(stream, _STDIN, fmt, "")


def wanted_file(name: str) -> bool:
    """Whether a file found in a folder has an extension Khabar reads (``.gz`` by its inner one)."""
    low = name.lower()
    if low.endswith(".gz"):
        inner = os.path.splitext(low[:-3])[1]
        return inner == "" or inner in DIR_EXTENSIONS
    return os.path.splitext(low)[1] in DIR_EXTENSIONS


def _parquet_files(path: str) -> list[str] | None:
    """Parquet files to read for ``path``: a ``.parquet`` file, a folder holding only Parquet
    files (Spark's part files), or a ``khabar spark-analyze`` output folder (its ``documents``
    table); else ``None``."""
    if not os.path.isdir(path):
        return [path] if path.lower().endswith(".parquet") and os.path.isfile(path) else None
    docs = os.path.join(path, "documents")
    top = docs if os.path.isdir(docs) else path
    try:
        names = sorted(n for n in os.listdir(top) if not n.startswith((".", "_")))
    except OSError:
        return None
    parts = [n for n in names if n.lower().endswith(".parquet")]
    if not parts or any(wanted_file(n) for n in names):
        return None
    return [os.path.join(top, n) for n in parts]


def _from_dir(top: str, fmt: str, on_skip: Callable[[str], None] | None = None
              ) -> Iterator[Record]:
    found: list[tuple[tuple[str, ...], str, str | None]] = []
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(top, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, top)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        for name in filenames:
            if not name.startswith(".") and wanted_file(name):
                found.append((parts + (name,), os.path.join(dirpath, name), None))
            elif on_skip is not None and not name.startswith("."):
                on_skip(os.path.join(dirpath, name))
    for e in errors:
        where = e.filename or top
        rel = os.path.relpath(where, top)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        found.append((parts, where, _describe(e, where)))
    if not found:
        yield _failed(top, f"{top}: no readable files in this directory (looked for "
                           f"{' '.join(DIR_EXTENSIONS)} and .gz, skipping hidden files)")
        return
    found.sort()
    for _, path, error in found:
        if error:
            yield _failed(path, error)
        else:
            yield from _from_file(path, fmt)


def iter_records(paths: Iterable[str | os.PathLike[str]] | str, stdin: Any = None,
                 fmt: str = "auto", on_skip: Callable[[str], None] | None = None
                 ) -> Iterator[Record]:
    """Records from files, directories (recursive, sorted) and ``"-"`` (stdin), in order.

    Files in a directory whose extension Khabar does not read are passed to ``on_skip``
    (hidden files are ignored silently).

    Input problems never raise: they come out as records with ``error`` set. Raises
    :class:`ConfigError` (at the call) only for an unknown ``fmt``.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _iter(list(paths), stdin, fmt, on_skip)


def _iter(paths: list[str | os.PathLike[str]], stdin: Any, fmt: str,
          on_skip: Callable[[str], None] | None = None) -> Iterator[Record]:
    stdin_read = False
    for p in paths:
        path = os.fspath(p)
        if path == "-":
            if stdin_read:
                yield _failed(_STDIN, f"{_STDIN}: standard input was already read; "
                                      'give "-" only once')
                continue
            stdin_read = True
            yield from _from_stdin(stdin, fmt)
        elif fmt == "auto" and (tables := _parquet_files(path)) is not None:
            from khabar.spark.tables_in import iter_parquet_records
            yield from iter_parquet_records(tables)
        elif os.path.isdir(path):
            yield from _from_dir(path, fmt, on_skip)
        else:
            yield from _from_file(path, fmt)
