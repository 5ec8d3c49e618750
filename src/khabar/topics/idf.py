"""Inverse document frequencies of normalized words, from raw_news (``idf.tsv.gz``).

Built by ``training/build_idf.py``; loaded once, lazily. Words missing from the table (seen
in fewer than 3 of the 32k documents) get the idf of a document frequency of 1.
"""
from __future__ import annotations

import gzip
import math
import threading
from pathlib import Path

from khabar.errors import ResourceError

IDF_FILE = Path(__file__).resolve().parents[1] / "models" / "topic" / "idf.tsv.gz"

_LOCK = threading.Lock()
_TABLE: "IdfTable | None" = None


class IdfTable:
    def __init__(self, path: Path = IDF_FILE) -> None:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                head = f.readline().rstrip("\n").split("\t")
                self.ndocs = int(head[1])
                n = self.ndocs
                self._idf = {}
                for line in f:
                    w, d = line.rstrip("\n").split("\t")
                    self._idf[w] = math.log((n + 1) / (int(d) + 1)) + 1.0
        except (OSError, ValueError, IndexError) as exc:
            raise ResourceError(f"idf table missing or damaged at {path} ({exc}); reinstall "
                                f"khabar or rebuild it with 'python -m training.build_idf'") from None
        self.unseen = math.log((self.ndocs + 1) / 2) + 1.0

    @property
    def table(self) -> dict[str, float]:
        """The word → idf dict itself, for fast ``table.get(w, unseen)`` in hot loops (read
        only: do not change it)."""
        return self._idf

    def __getitem__(self, word: str) -> float:
        return self._idf.get(word, self.unseen)

    def get(self, word: str, default: float | None = None) -> float:
        v = self._idf.get(word)
        return (self.unseen if default is None else default) if v is None else v

    def __contains__(self, word: str) -> bool:
        return word in self._idf


def idf_table() -> IdfTable:
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                _TABLE = IdfTable()
    return _TABLE


__all__ = ["IDF_FILE", "IdfTable", "idf_table"]
