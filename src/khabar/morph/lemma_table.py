"""Stored lemmas of frequent news (word, UPOS) pairs that the lexicon does not settle.

``lemma_table.tsv.gz`` (written by ``training/build_lemma_table.py`` from a news corpus other
than the benchmark's) maps ``(form, UPOS)`` to what the classifiers give it
(:meth:`~khabar.morph.lemmatizer.Lemmatizer.diacritize` of
:meth:`~khabar.morph.lemmatizer.Lemmatizer.predict_base`). It only saves work: its first line
records the digest of the model files it was computed with (the tagger's
:data:`~khabar.morph.compiled.TAG_SOURCES` and the segmenter's
:data:`~khabar.morph.compiled.SEG_SOURCES`, whose raw-news counts the lemmatizer reads) and of
the code that predicts (:data:`CODE`; not the Python version: the sampled check of :func:`agrees`
covers that), and a table computed with
other files or other code, or whose sampled entries the current code predicts otherwise
(:func:`agrees`), is not used (run the builder again). Raises nothing itself except where stated.
"""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Callable, Iterable

from khabar.morph.compiled import SEG_SOURCES, TAG_SOURCES, digest
from khabar.morph.compiled_check import code_digest

TABLE_FILE = "lemma_table.tsv.gz"
_HEAD = "#sources\t"

Pair = tuple[str, str]
#: The modules whose code the stored lemmas depend on.
CODE = ("khabar.morph.lemmatizer", "khabar.morph.lemma_choose", "khabar.morph.lemma_news",
        "khabar.morph.lemma_fast", "khabar.morph.lemma_rules", "khabar.morph.lemma_tables",
        "khabar.morph._fast_vowels", "khabar.morph._fast_weights", "khabar.morph.tag_constraints",
        "khabar.morph.tag_features", "khabar.morph.seg_text", "khabar.morph.compiled_codec",
        "khabar.lcs", "khabar.lang.chars")


def _sources(tag_dir: Path, seg_dir: Path) -> list:
    return [[list(x) for x in digest(tag_dir, TAG_SOURCES) + digest(seg_dir, SEG_SOURCES)],
            code_digest(CODE, python=False)]


def read_table(tag_dir: Path, seg_dir: Path) -> dict[Pair, str] | None:
    """The stored lemmas in ``tag_dir/lemma_table.tsv.gz`` when present and computed with
    the model files now in ``tag_dir`` and ``seg_dir``; else None. Raises nothing."""
    try:
        with gzip.open(tag_dir / TABLE_FILE, "rt", encoding="utf-8") as fh:
            head = fh.readline()
            if not head.startswith(_HEAD):
                return None
            now = _sources(tag_dir, seg_dir)
            if now[1] is None or json.loads(head[len(_HEAD):]) != now:
                return None
            out: dict[Pair, str] = {}
            for line in fh:
                form, upos, lemma = line.rstrip("\n").split("\t")
                out[(form, upos)] = lemma
            return out
    except (OSError, ValueError, EOFError, TypeError, UnicodeDecodeError, zlib.error):
        return None


def write_table(tag_dir: Path, seg_dir: Path, pairs: Iterable[Pair],
                predict: Callable[[str, str], str]) -> Path:
    """Write ``predict(form, upos)`` of each pair to ``tag_dir/lemma_table.tsv.gz`` (a pair
    or lemma holding a tab or newline is left out). Raises OSError."""
    rows = []
    for form, upos in pairs:
        lemma = predict(form, upos)
        if any(c in s for s in (form, upos, lemma) for c in "\t\n"):
            continue
        rows.append(f"{form}\t{upos}\t{lemma}\n")
    path = tag_dir / TABLE_FILE
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write((_HEAD + json.dumps(_sources(tag_dir, seg_dir)) + "\n").encode("utf-8"))
        raw.write("".join(rows).encode("utf-8"))
    return path


def agrees(table: dict[Pair, str], predict: Callable[[str, str], str],
           samples: int = 32) -> bool:
    """Do ``samples`` entries spread over ``table`` (first and last included) equal what
    ``predict`` gives now?"""
    keys = list(table)
    if not keys:
        return True
    picks = keys[::max(1, len(keys) // samples)] + [keys[-1]]
    return all(predict(f, u) == table[(f, u)] for f, u in picks)
