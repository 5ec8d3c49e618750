"""EASC for ``khabar evaluate summary``: reading the corpus, its fixed dev/test split, and
:class:`Item` (one article analyzed once, with its references and word budget).

See :mod:`khabar.evaluate.summary` for the protocol.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from khabar.errors import InputError
from khabar.evaluate.rouge import rouge_tokens

if TYPE_CHECKING:
    from khabar.document import Document

__all__ = ["EASC", "SPLIT_FILE", "Item", "data_dir", "read_easc", "read_split", "topic_number"]

EASC = "easc_summarization/easc.jsonl"


def data_dir() -> Path:
    """The shared data folder (see :func:`khabar.evaluate.data_dir`); never raises."""
    from khabar.topics.data import data_dir as dd
    return dd()


def read_easc(path: Path) -> list[dict]:
    """The rows of ``easc.jsonl``. Raises :class:`khabar.errors.InputError` when the file
    cannot be read (and ``json.JSONDecodeError`` on a malformed line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}; pass --data DIR or set "
                         f"KHABAR_DATA to the shared data folder") from None
    return [json.loads(x) for x in lines if x.strip()]


def topic_number(row: dict) -> int:
    """The number in the row's ``topic`` (``Topic12`` → 12; 0 when it has no digit)."""
    return int("".join(c for c in row["topic"] if c.isdigit()) or 0)


SPLIT_FILE = Path(__file__).resolve().parents[3] / "evaluation" / "easc_split.tsv"


def _parity(row: dict) -> str:
    """The split rule: ``dev`` for an odd topic number, else ``test``."""
    return "dev" if topic_number(row) % 2 == 1 else "test"


def read_split(path: Path = SPLIT_FILE) -> dict[str, str]:
    """topic → ``dev``/``test`` from ``evaluation/easc_split.tsv`` (empty when the file is
    absent, e.g. an installed package: the same odd/even rule then applies). Never raises."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    out = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) >= 2 and not line.startswith("#") and parts[0] != "topic":
            out[parts[0]] = parts[1]
    return out


class Item:
    """One EASC article, analyzed once: sentences, their token counts, references."""

    def __init__(self, row: dict, pipeline: Callable[[str], Document]) -> None:
        """Analyze ``row["article"]`` with ``pipeline``; the budget is the references'
        average length in ROUGE tokens (at least 1). Raises ``KeyError`` on a row without
        ``article`` or ``summaries``."""
        self.row = row
        self.doc = pipeline(row["article"])
        self.sent_text = [self.doc.text(s) for s in self.doc.sentences]
        self.sent_toks = [rouge_tokens(t) for t in self.sent_text]
        self.refs = [rouge_tokens(s["text"]) for s in row["summaries"]]
        self.budget = max(1, round(sum(map(len, self.refs)) / max(len(self.refs), 1)))

    def tokens_of(self, chosen: list[int]) -> list[str]:
        """The tokens of the chosen sentences in text order, cut to the budget."""
        out: list[str] = []
        for i in sorted(chosen):
            out.extend(self.sent_toks[i])
        return out[:self.budget]
