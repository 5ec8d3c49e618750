"""Precompiled morph model tables: the parsed and derived dicts/tuples of a model folder's
source files, written with :mod:`marshal` (stdlib, fast to read) and compressed with
:mod:`zlib` to ``compiled.marshal``.

A loader calls :func:`read_compiled` first; it returns the stored tables only when the file
exists, is of this format and Python's marshal version, and records the exact size and
SHA-256 of every source file as they are now (a missing source recorded as missing). Otherwise
it returns None and the loader parses the sources as before, so a stale or absent file never
changes a result, only the load time. Build (after retraining, or to refresh) with::

    PYTHONPATH=src python3 -m khabar.morph.compiled
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import zlib
from pathlib import Path

FILENAME = "compiled.marshal"
FORMAT = 1
SEG_SOURCES = ("model.json.gz", "news.tsv.gz", "an.json")
TAG_SOURCES = ("tagger.json", "tag_features.txt.gz", "clusters.tsv.gz", "allowed_tags.tsv.gz",
               "lemma_lexicon.tsv.gz", "lemma_classes.json", "lemma_context.tsv.gz",
               "lemma_plurals.tsv")


def digest(folder: Path, names: tuple[str, ...]) -> list[tuple[str, int, str]]:
    """``(name, size, sha256)`` of each source (size -1 and an empty hash when absent).
    Raises OSError on an unreadable file."""
    out = []
    for name in names:
        p = folder / name
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            out.append((name, -1, ""))
            continue
        out.append((name, len(data), hashlib.sha256(data).hexdigest()))
    return out


def read_compiled(folder: Path, names: tuple[str, ...]) -> dict | None:
    """The tables stored in ``folder/compiled.marshal`` if present and matching the sources
    ``names``; else None. Raises nothing (any problem with the file means None)."""
    path = folder / FILENAME
    try:
        blob = path.read_bytes()
        obj = marshal.loads(zlib.decompress(blob))
        if (not isinstance(obj, dict) or obj.get("format") != FORMAT
                or obj.get("marshal") != marshal.version
                or obj.get("sources") != digest(folder, names)):
            return None
        tables = obj.get("tables")
        return tables if isinstance(tables, dict) else None
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return None


def write_compiled(folder: Path, names: tuple[str, ...], tables: dict) -> Path:
    """Write ``tables`` with the sources' digest to ``folder/compiled.marshal`` (atomically).
    Raises OSError, or ValueError if ``tables`` holds a type marshal cannot store."""
    obj = {"format": FORMAT, "marshal": marshal.version, "sources": digest(folder, names),
           "tables": tables}
    path = folder / FILENAME
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(zlib.compress(marshal.dumps(obj), 9))
    os.replace(tmp, path)
    return path


def compile_seg(folder: Path) -> Path:
    """Write the segmenter's compiled tables for ``folder`` (parsed from its sources).
    Raises :class:`~khabar.errors.ResourceError` on missing or damaged sources, OSError."""
    from khabar.morph.segmenter import parse_sources
    return write_compiled(folder, SEG_SOURCES, parse_sources(folder))


def compile_tag(folder: Path) -> Path:
    """Write the tagger's compiled tables for ``folder`` (parsed from its sources).
    Raises :class:`~khabar.errors.ResourceError` on missing or damaged sources, OSError."""
    from khabar.morph.tagger import parse_sources
    return write_compiled(folder, TAG_SOURCES, parse_sources(folder))


def compile_all(seg_dir: Path | None = None, tag_dir: Path | None = None) -> list[Path]:
    """Write both models' compiled tables (default: the shipped model folders). Raises
    :class:`~khabar.errors.ResourceError` on missing or damaged sources, OSError."""
    from khabar.morph import segmenter, tagger
    return [compile_seg(seg_dir or segmenter.MODEL_DIR), compile_tag(tag_dir or tagger.MODEL_DIR)]


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.morph.compiled [SEG_DIR TAG_DIR]``: write both compiled files."""
    args = sys.argv[1:] if argv is None else argv
    dirs = [Path(a) for a in args[:2]] + [None, None]
    for p in compile_all(dirs[0], dirs[1]):
        print(f"wrote {p} ({p.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
