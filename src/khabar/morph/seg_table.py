"""Stored analyses of frequent news tokens the segmenter's PADT memo does not hold.

``seg_table.tsv.gz`` (written by ``training/build_seg_table.py`` from a news corpus other than
the benchmark's) maps a stripped Arabic token to the words the ranking model gives it
(:meth:`~khabar.morph.segmenter._Model.analyze` without the table; an empty field: leave
whole). It only saves work: its first line records the digest of the model files it was
computed with (:data:`~khabar.morph.compiled.SEG_SOURCES`) and of the code that computes the
analyses (:data:`CODE`; not the Python version: the sampled check of :func:`agrees`
covers that), and a table computed with other files or
other code, or whose sampled entries the current code analyses otherwise (:func:`agrees`), is
not used (run the builder again). Raises nothing itself except where stated.
"""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Callable, Iterable

from khabar.morph.compiled import SEG_SOURCES, digest
from khabar.morph.compiled_check import code_digest

TABLE_FILE = "seg_table.tsv.gz"
_HEAD = "#sources\t"
#: The modules whose code the stored analyses depend on.
CODE = ("khabar.morph.segmenter", "khabar.morph.seg_model", "khabar.morph.seg_restore",
        "khabar.morph.seg_text", "khabar.morph.seg_load", "khabar.morph.compiled_codec",
        "khabar.lang.chars")


def _sources(folder: Path) -> list:
    return [[list(x) for x in digest(folder, SEG_SOURCES)], code_digest(CODE, python=False)]


def read_table(folder: Path) -> dict[str, tuple[str, ...]] | None:
    """The stored analyses in ``folder/seg_table.tsv.gz`` when present and computed with
    the model files now in ``folder``; else None. Raises nothing."""
    path = folder / TABLE_FILE
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            head = fh.readline()
            if not head.startswith(_HEAD):
                return None
            now = _sources(folder)
            if now[1] is None or json.loads(head[len(_HEAD):]) != now:
                return None
            out: dict[str, tuple[str, ...]] = {}
            for line in fh:
                base, _, words = line.rstrip("\n").partition("\t")
                out[base] = tuple(words.split(" ")) if words else ()
            return out
    except (OSError, ValueError, EOFError, TypeError, UnicodeDecodeError, zlib.error):
        return None


def write_table(folder: Path, bases: Iterable[str],
                analyze: Callable[[str], tuple[str, ...]]) -> Path:
    """Write the analyses of ``bases`` (``analyze`` of each, the model of ``folder``) to
    ``folder/seg_table.tsv.gz`` (a base or analysis the format cannot hold exactly is left
    out). Raises OSError."""
    path = folder / TABLE_FILE
    rows = []
    for b in bases:
        words = analyze(b)
        field = " ".join(words)
        if (any(c in b for c in "\t\n ") or "\n" in field
                or (tuple(field.split(" ")) if field else ()) != words):
            continue
        rows.append(b + "\t" + field + "\n")
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write((_HEAD + json.dumps(_sources(folder)) + "\n").encode("utf-8"))
        raw.write("".join(rows).encode("utf-8"))
    return path


def agrees(table: dict[str, tuple[str, ...]], analyze: Callable[[str], tuple[str, ...]],
           samples: int = 32) -> bool:
    """Do ``samples`` entries spread over ``table`` (first and last included) equal what
    ``analyze`` (the model without the table) gives now?"""
    keys = list(table)
    if not keys:
        return True
    picks = keys[::max(1, len(keys) // samples)] + [keys[-1]]
    return all(analyze(b) == table[b] for b in picks)
