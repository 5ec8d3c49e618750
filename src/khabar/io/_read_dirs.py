"""Folders for :mod:`khabar.io.readers`: the files Khabar reads in a tree (sorted, hidden ones
skipped), and Parquet tables written by ``khabar spark-analyze``."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from khabar.io._read_record import Record, failed
from khabar.io._read_streams import describe
from khabar.io._read_whole import from_file

DIR_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".jsonl", ".json")


def wanted_file(name: str) -> bool:
    """Whether a file found in a folder has an extension Khabar reads (``.gz`` by its inner one)."""
    low = name.lower()
    if low.endswith(".gz"):
        inner = os.path.splitext(low[:-3])[1]
        return inner == "" or inner in DIR_EXTENSIONS
    return os.path.splitext(low)[1] in DIR_EXTENSIONS


def parquet_files(path: str) -> list[str] | None:
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


def from_dir(top: str, fmt: str, on_skip: Callable[[str], None] | None = None
             ) -> Iterator[Record]:
    """Records of the files under ``top`` in sorted path order; other files go to
    ``on_skip``. Unreadable folders and an empty tree are failed records (never raises)."""
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
        found.append((parts, where, describe(e, where)))
    if not found:
        yield failed(top, f"{top}: no readable files in this directory (looked for "
                          f"{' '.join(DIR_EXTENSIONS)} and .gz, skipping hidden files)")
        return
    found.sort()
    for _, path, error in found:
        if error:
            yield failed(path, error)
        else:
            yield from from_file(path, fmt)
