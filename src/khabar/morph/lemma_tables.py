"""The lemmatizer's lexicon lookups, built from ``(form, UPOS, lemma, count)`` entries.

Split from :mod:`khabar.morph.lemmatizer`. Raises nothing.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Hashable, Iterable

from khabar.lang.chars import DIACRITICS
from khabar.morph.tag_constraints import read_plurals
from khabar.morph.tag_features import normalize

_NO_DIACRITICS = {ord(c): None for c in DIACRITICS}
_NAMES = ("X", "PROPN")


def _best_by(triples: Iterable[tuple[Hashable, str, int]]) -> dict:
    """``{key: value}`` with each key's most frequent value (counts summed; ties → the larger
    value), from ``(key, value, count)`` triples."""
    tot: dict[tuple[Hashable, str], int] = {}
    for k, v, n in triples:
        kv = (k, v)
        tot[kv] = tot.get(kv, 0) + n
    best: dict[Hashable, tuple[int, str]] = {}
    for (k, v), n in tot.items():
        b = best.get(k)
        if b is None or (n, v) > b:
            best[k] = (n, v)
    return {k: v for k, (_, v) in best.items()}


def lexicon_tables(entries: list[tuple[str, str, str, int]]) -> tuple[dict, ...]:
    """The lexicon lookups from ``(form, UPOS, lemma, count)`` entries: (form, UPOS),
    (normalized form, UPOS), form, normalized form, (lemma letters, UPOS), lemma letters →
    the most frequent lemma. Raises nothing."""
    # the lemma's letters (split_diacritics(lem)[0]: every character but the diacritics)
    rows = [(f, normalize(f), u, lem.translate(_NO_DIACRITICS), lem, n)
            for f, u, lem, n in entries]
    # lemmas seen for the same form under another tag (fallback for tagging slips): names
    # (X/PROPN) are left out, as PADT often gives them their undiacritized form
    return (_best_by(((f, u), lem, n) for f, _, u, _, lem, n in rows),
            _best_by(((nf, u), lem, n) for _, nf, u, _, lem, n in rows),
            _best_by((f, lem, n) for f, _, u, _, lem, n in rows if u not in _NAMES),
            _best_by((nf, lem, n) for _, nf, u, _, lem, n in rows if u not in _NAMES),
            _best_by(((b, u), lem, n) for _, _, u, b, lem, n in rows),
            _best_by((b, lem, n) for _, _, _, b, lem, n in rows))


def parse_files(model_dir: Path) -> dict:
    """The lemmatizer's text files parsed (all but the weights; marshal-able).
    Raises OSError, ValueError or KeyError on missing or damaged files."""
    entries = []
    with gzip.open(model_dir / "lemma_lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            f, u, l, n = line.rstrip("\n").split("\t")
            entries.append((f, u, l, int(n)))
    meta = json.loads((model_dir / "lemma_classes.json").read_text(encoding="utf-8"))
    context = []
    cpath = model_dir / "lemma_context.tsv.gz"
    if cpath.exists():
        with gzip.open(cpath, "rt", encoding="utf-8") as fh:
            context = [tuple(line.rstrip("\n").split("\t")) for line in fh]
    return {"classes": meta["classes"], "class_features": meta["class_features"],
            "marks": meta["marks"], "diac_features": meta["diac_features"],
            "context": context, "tables": lexicon_tables(entries),
            "plurals": read_plurals(model_dir / "lemma_plurals.tsv")}
