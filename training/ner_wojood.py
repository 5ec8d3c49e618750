"""A second-domain NER check: the Wojood sample's train+val parts as a flat PER/LOC/ORG file.

``PYTHONPATH=src python3 -m training.ner_wojood OUT [--data DIR]`` writes ``OUT`` (one
``token TAG`` per line, blank line between sentences), which ``khabar evaluate ner --gold OUT``
scores. Wojood (MIT licence) annotates nested entities in 21 types; this keeps the outermost
``PERS`` → PER, ``ORG`` → ORG, ``GPE``/``LOC`` → LOC spans (a span inside a longer kept span is
dropped; of two equal-length overlapping spans the first one written wins). The conventions
differ from ANERcorp's (nationality adjectives are ``NORP``, many institutions are ``ORG``), so
the figures are low in absolute terms and meant for comparing two NER models on text they were
not tuned on. The sample's test part is left out (the dates evaluation reports on it).
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Iterable, Iterator

from training.ner_config import DEFAULT_DATA

TYPES = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
PARTS = ("train.txt", "val.txt")
SEPARATOR = "$#$"  # Wojood's document separator, written as a one-token sentence


def read_nested(lines: Iterable[str]) -> Iterator[list[tuple[str, list[str]]]]:
    """Sentences of ``(token, tags)`` from Wojood lines (several tags per token)."""
    cur: list[tuple[str, list[str]]] = []
    for line in lines:
        parts = line.split()
        if not parts:
            if cur:
                yield cur
            cur = []
            continue
        cur.append((parts[0], parts[1:]))
    if cur:
        yield cur


def outer_spans(sent: list[tuple[str, list[str]]]) -> list[tuple[int, int, str]]:
    """Outermost PER/LOC/ORG token spans ``(i, j, label)`` of one nested sentence."""
    spans: list[tuple[int, int, str]] = []
    for typ, label in TYPES.items():
        start = None
        for k, (_, tags) in enumerate(sent + [("", [])]):
            if start is not None and f"I-{typ}" not in tags:
                spans.append((start, k, label))
                start = None
            if f"B-{typ}" in tags:
                start = k
    keep = [a for a in spans
            if not any(b[0] <= a[0] and a[1] <= b[1] and b[1] - b[0] > a[1] - a[0] for b in spans)]
    taken: list[tuple[int, int, str]] = []
    for a in sorted(keep):
        if all(a[1] <= b[0] or b[1] <= a[0] for b in taken):
            taken.append(a)
    return taken


def flat_tags(sent: list[tuple[str, list[str]]]) -> list[str]:
    """BIO tags (PER/LOC/ORG) for one nested sentence."""
    tags = ["O"] * len(sent)
    for i, j, label in outer_spans(sent):
        tags[i] = f"B-{label}"
        for k in range(i + 1, j):
            tags[k] = f"I-{label}"
    return tags


def convert(paths: Iterable[Path], out: Path) -> int:
    """Write the flat file; returns the number of sentences. Raises ``OSError`` on I/O errors."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in paths:
            with path.open(encoding="utf-8") as src:
                for sent in read_nested(src):
                    if [t for t, _ in sent] == [SEPARATOR]:
                        continue
                    for (tok, _), tag in zip(sent, flat_tags(sent)):
                        if tok != SEPARATOR:
                            fh.write(f"{tok} {tag}\n")
                    fh.write("\n")
                    n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    src = args.data / "wojood_sample_nested_ner"
    n = convert([src / p for p in PARTS], args.out)
    print(f"wrote {args.out}: {n} sentences (Wojood sample {' + '.join(PARTS)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
