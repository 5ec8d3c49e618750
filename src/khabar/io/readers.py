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

The parts live in private modules: the record (``_read_record``), byte streams and read
errors (``_read_streams``), JSON and JSONL (``_read_json``), one whole input (``_read_whole``)
and folders and Parquet tables (``_read_dirs``).
"""
from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from khabar.errors import ConfigError, InputError
from khabar.io._read_dirs import DIR_EXTENSIONS, from_dir, parquet_files
from khabar.io._read_dirs import wanted_file  # noqa: F401  (public: imported from here)
from khabar.io._read_json import jsonl_line
from khabar.io._read_record import Record, failed
from khabar.io._read_streams import READ_ERRORS, describe, format_ext, open_stream, special_file
from khabar.io._read_whole import document, from_file, from_stream

__all__ = ["DIR_EXTENSIONS", "FORMATS", "Record", "iter_records", "read_text_file",
           "record_from_line", "records_from_bytes"]

FORMATS = ("auto", "text", "html", "jsonl")
_STDIN = "<stdin>"


def read_text_file(path: str | os.PathLike[str], fmt: str = "auto") -> Record:
    """Read one file (gzip-aware) as one document; raise InputError when it cannot be read.

    ``fmt`` is ``"auto"`` (HTML by extension or content, else text), ``"text"`` or ``"html"``.
    The file is read whole. JSON content is not interpreted: use :func:`iter_records` for that.
    Raises :class:`ConfigError` for another ``fmt``.
    """
    if fmt not in ("auto", "text", "html"):
        raise ConfigError(f"read_text_file: format {fmt!r} is not one of auto, text, html; "
                          "use iter_records for JSONL")
    origin = os.fspath(path)
    special = special_file(origin)
    if special:
        raise InputError(special)
    try:
        with open(origin, "rb") as f:
            data = open_stream(f).read()
    except READ_ERRORS as e:
        raise InputError(describe(e, origin)) from e
    return document(data, origin, fmt, format_ext(origin), allow_json=False)[0]


def records_from_bytes(data: bytes, origin: str, fmt: str = "auto") -> Iterator[Record]:
    """Records from the whole content of one input (a file read elsewhere, e.g. by Spark).

    The same rules as for a file named ``origin`` (its name decides the format under
    ``fmt="auto"``); never raises for bad content.
    """
    return from_stream(io.BytesIO(data), origin, fmt, format_ext(origin))


def record_from_line(line: bytes | str, origin: str) -> Record | None:
    """The record of one JSONL line (``None`` for a blank line); never raises."""
    if not line.strip():
        return None
    return jsonl_line(line, origin)


def _from_stdin(stdin: Any, fmt: str) -> Iterator[Record]:
    if stdin is None:
        stdin = sys.stdin
    if stdin is None:
        yield failed(_STDIN, f"{_STDIN}: no standard input is available")
        return
    stream = getattr(stdin, "buffer", None)
    if stream is None:
        try:
            probe = stdin.read(0)
        except READ_ERRORS as e:
            yield failed(_STDIN, describe(e, _STDIN))
            return
        if isinstance(probe, str):     # a text stream (e.g. io.StringIO): already decoded
            stream = io.BytesIO(stdin.read().encode("utf-8", "surrogatepass"))
        else:
            stream = stdin
    yield from from_stream(stream, _STDIN, fmt, "")


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
                yield failed(_STDIN, f"{_STDIN}: standard input was already read; "
                                     'give "-" only once')
                continue
            stdin_read = True
            yield from _from_stdin(stdin, fmt)
        elif fmt == "auto" and (tables := parquet_files(path)) is not None:
            from khabar.spark.tables_in import iter_parquet_records
            yield from iter_parquet_records(tables)
        elif os.path.isdir(path):
            yield from from_dir(path, fmt, on_skip)
        else:
            yield from from_file(path, fmt)
