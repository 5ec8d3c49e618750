"""The held-out slice of ``raw_news`` shared by the model build and the benchmark.

A raw_news document (one line of ``*.txt.gz``) is held out when the CRC-32 of its UTF-8
bytes is divisible by :data:`HOLDOUT_MOD` (a fixed, stable hash: no salt, no randomness).
The repair lexicon never sees these documents; the synthetic benchmark uses only them.
Nothing here raises on its own; reading files may raise ``OSError``.
"""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import Iterator

HOLDOUT_MOD = 50
RAW_NEWS_FILES = ("saudinewsnet.txt.gz", "arabic_newspapers_corpus.txt.gz")


def is_held_out(doc: str) -> bool:
    """True when ``doc`` (one raw_news line, without its newline) belongs to the held-out slice."""
    return zlib.crc32(doc.encode("utf-8")) % HOLDOUT_MOD == 0


def raw_news_docs(data_dir: Path, held_out: bool) -> Iterator[str]:
    """Documents of ``data_dir/raw_news`` in file order: the held-out slice or the rest."""
    for name in RAW_NEWS_FILES:
        path = Path(data_dir) / "raw_news" / name
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = line.rstrip("\n")
                if doc and is_held_out(doc) == held_out:
                    yield doc
