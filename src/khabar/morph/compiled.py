"""Precompiled morph model tables: the parsed and derived dicts/tuples of a model folder's
source files, written with :mod:`marshal` (stdlib, fast to read) to ``compiled.marshal``:
uncompressed after :data:`MAGIC` (the default: reading 6.7 MB (segmenter) and 12.6 MB (tagger) from the page cache is faster
than inflating ≈ 1.3 MB; it is read through a memory map, not copied), or compressed with
:mod:`zlib` (``--compress``); both are read. The tagger's file also holds its weight matrix
as sparse cells (:mod:`khabar.morph._fast_weights`, cheaper than inflating the npz).

Large string tables are stored by columns (format 2, :func:`encode` / :func:`decode` of
:mod:`khabar.morph.compiled_codec`): a dict of str → int as its keys joined into one string
plus the values as int64 bytes, a dict of str → str as two joined strings (or, when few values
are distinct, the distinct ones joined plus each key's index into them), a list of str as one
joined string. Reading one long string and splitting it is faster than unmarshalling its
items one by one, and the file is smaller; the decoded tables equal the encoded ones (same
items, same order). Format 1 files (tables stored as they are) are still read.

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
import mmap
import os
import sys
import zlib
from pathlib import Path

from khabar.errors import ResourceError
from khabar.morph.compiled_check import code_digest
from khabar.morph.compiled_codec import decode, encode

FILENAME = "compiled.marshal"
FORMAT = 2
_READABLE = (1, 2)
MAGIC = b"KHABAR-MARSHAL\0"   # an uncompressed file starts so (a zlib stream starts with 0x78)
SEG_SOURCES = ("model.json.gz", "news.tsv.gz", "an.json")
TAG_SOURCES = ("tagger.json", "tag_features.txt.gz", "clusters.tsv.gz", "allowed_tags.tsv.gz",
               "lemma_lexicon.tsv.gz", "lemma_classes.json", "lemma_context.tsv.gz",
               "lemma_plurals.tsv", "names.tsv.gz", "lemma_weights.npz", "tag_weights.npz")


def digest(folder: Path, names: tuple[str, ...]) -> list[tuple[str, int, str]]:
    """``(name, size, sha256)`` of each source (size -1 and an empty hash when absent).
    Raises OSError on an unreadable file."""
    out = []
    for name in names:
        p = folder / name
        try:
            with open(p, "rb") as fh:     # hashed in chunks: no copy of the whole file
                h = hashlib.file_digest(fh, "sha256")
                size = os.fstat(fh.fileno()).st_size
        except FileNotFoundError:
            out.append((name, -1, ""))
            continue
        out.append((name, size, h.hexdigest()))
    return out


def read_compiled(folder: Path, names: tuple[str, ...]) -> dict | None:
    """The tables stored in ``folder/compiled.marshal`` if present and matching the sources
    ``names``; else None. Raises nothing (any problem with the file means None)."""
    path = folder / FILENAME
    try:
        obj = _load(path)
        if (not isinstance(obj, dict) or obj.get("format") not in _READABLE
                or obj.get("marshal") != marshal.version
                or obj.get("sources") != digest(folder, names)):
            return None
        tables = obj.get("tables")
        if not isinstance(tables, dict):
            return None
        if obj["format"] == 1:
            return tables
        return {k: decode(v) for k, v in tables.items()}
    except (OSError, ValueError, EOFError, TypeError, IndexError, KeyError, BufferError,
            zlib.error):
        return None


def _load(path: Path) -> object:
    """The unmarshalled contents of a compiled file, read through a memory map (the pages
    come from the page cache: no copy of the whole file). Raises OSError, ValueError,
    EOFError, TypeError or zlib.error."""
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        view = unpack(mm)
        try:
            return marshal.loads(view)
        finally:
            if isinstance(view, memoryview):
                view.release()


def unpack(blob: bytes | mmap.mmap) -> bytes | memoryview:
    """The marshal data of a compiled file: after :data:`MAGIC` as it is, else inflated (a
    zlib-compressed file). Raises zlib.error on a file that is neither."""
    if blob[:len(MAGIC)] == MAGIC:
        return memoryview(blob)[len(MAGIC):]
    return zlib.decompress(blob)


def write_compiled(folder: Path, names: tuple[str, ...], tables: dict,
                   compress: bool = False) -> Path:
    """Write ``tables`` with the sources' digest to ``folder/compiled.marshal`` (atomically):
    by default uncompressed after :data:`MAGIC` (≈ 5× the size, read ≈ 15 ms faster per
    model), else zlib-compressed. Raises OSError, or ValueError if ``tables`` holds a type
    marshal cannot store."""
    obj = {"format": FORMAT, "marshal": marshal.version, "sources": digest(folder, names),
           "tables": {k: encode(v) for k, v in tables.items()}}
    data = marshal.dumps(obj)
    path = folder / FILENAME
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(zlib.compress(data, 9) if compress else MAGIC + data)
    os.replace(tmp, path)
    return path


def compile_seg(folder: Path, compress: bool = False) -> Path:
    """Write the segmenter's compiled tables for ``folder`` (parsed from its sources).
    Raises :class:`~khabar.errors.ResourceError` on missing or damaged sources, OSError."""
    from khabar.morph.segmenter import parse_sources
    return write_compiled(folder, SEG_SOURCES, parse_sources(folder), compress)


def tag_tables(folder: Path) -> dict:
    """What the tagger's compiled file stores: its parsed sources
    (:func:`khabar.morph.tag_load.parse_sources`), and the lemmatizer's and the tagger's
    weights as sparse tables (``["lem"]["weights"]``, ``["tag_weights"]`` unless the tagger's
    are not float16; :mod:`khabar.morph._fast_weights`), and, when the tagger's fast paths
    agree with their definitions, the weight rows of the tag dictionary's forms
    (``["row_memo"]``, :mod:`khabar.morph.tag_memo`) and :func:`code_digest`
    (``["checked"]``, else None). Raises
    :class:`~khabar.errors.ResourceError` on missing or damaged sources."""
    from khabar.morph._fast_weights import lemma_weight_tables, tag_weight_tables
    from khabar.morph.tag_load import parse_sources
    tables = parse_sources(folder)
    try:
        tables["lem"]["weights"] = lemma_weight_tables(folder)
    except (OSError, ValueError, KeyError) as e:
        raise ResourceError(f"lemma weights in {folder} are missing or damaged ({e})") from e
    try:
        tw = tag_weight_tables(folder)
    except (OSError, ValueError, KeyError) as e:
        raise ResourceError(f"tagger weights in {folder} are missing or damaged ({e})") from e
    if tw is not None:
        tables["tag_weights"] = tw
    from khabar.morph.lemma_fast import fast_agrees
    from khabar.morph.tag_memo_build import memo_tables
    from khabar.morph.tagger import Tagger
    tagger = Tagger.load(folder)
    ok = tagger._fast_rows_agree() and fast_agrees(tagger.lemmatizer.classes)
    if ok:      # the fast paths agree: store the tag dictionary's rows and the code checked
        try:
            tables["row_memo"] = memo_tables(tagger, list(tables["allowed"]))
        except ValueError:
            ok = False
    tables["checked"] = code_digest() if ok else None
    return tables


def compile_tag(folder: Path, compress: bool = False) -> Path:
    """Write the tagger's compiled tables (:func:`tag_tables`) for ``folder``.
    Raises :class:`~khabar.errors.ResourceError` on missing or damaged sources, OSError."""
    return write_compiled(folder, TAG_SOURCES, tag_tables(folder), compress)


def compile_all(seg_dir: Path | None = None, tag_dir: Path | None = None,
                compress: bool = False) -> list[Path]:
    """Write both models' compiled tables (default: the shipped model folders). Raises
    :class:`~khabar.errors.ResourceError` on missing or damaged sources, OSError."""
    from khabar.morph import segmenter, tagger
    return [compile_seg(seg_dir or segmenter.MODEL_DIR, compress),
            compile_tag(tag_dir or tagger.MODEL_DIR, compress)]


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.morph.compiled [--compress] [SEG_DIR TAG_DIR]``: write both compiled
    files (``--compress``: zlib, ≈ 1/5 the size, slower to load)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args):
        print(main.__doc__)
        return 0
    unknown = [a for a in args if a.startswith("-") and a != "--compress"]
    if unknown:
        print(f"unknown option {unknown[0]!r}; usage: python -m khabar.morph.compiled "
              "[--compress] [SEG_DIR TAG_DIR]", file=sys.stderr)
        return 2
    compress = "--compress" in args
    args = [a for a in args if a != "--compress"]
    dirs = [Path(a) for a in args[:2]] + [None, None]
    for p in compile_all(dirs[0], dirs[1], compress):
        print(f"wrote {p} ({p.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
