"""Inputs of the UPOS tagger's training (``training.train_tagger``): the PADT splits, word
clusters, the segmenter's raw-news counts, and the gold tag of a word.

Re-exported by :mod:`training.train_tagger`. Reading raises ``OSError`` on an unreadable file.
"""
from __future__ import annotations

import gzip
from pathlib import Path

from khabar.morph.tag_data import read_conllu
from training.tag_artefacts import drop_artefacts

ROOT = Path(__file__).resolve().parents[1]


def default_data() -> Path:
    """The shared data folder next to the repository (``../shared/data``)."""
    return ROOT.parent / "shared" / "data"


def load(data: Path, drop: bool = True) -> tuple[list, list]:
    """(train, dev) sentences of PADT; ``drop``: train without the export's sentence-final copy
    runs (dev is kept as it is: it is only reported). Raises OSError on an unreadable file."""
    d = data / "ud_arabic_padt"
    train = list(read_conllu(d / "ar_padt-ud-train.tok-upos.conllu.gz"))
    if drop:
        train = drop_artefacts(train)
    dev = list(read_conllu(d / "ar_padt-ud-dev.tok-upos.conllu"))
    return train, dev


def load_clusters(path: Path) -> dict[str, str]:
    """Word → cluster of a gzipped TSV. Raises OSError on an unreadable file."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh)


def load_news() -> dict[str, int]:
    """The raw-news counts of the shipped segmenter model (the lemmatizer reads them at run
    time; train the segmenter first)."""
    from khabar.morph.segmenter import _model
    return _model().res.news


def fix_tag(t: str) -> str:
    """PADT's missing UPOS ``_`` as ``X``."""
    return "X" if t == "_" else t
