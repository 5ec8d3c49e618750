"""How many records the ingest inputs hold, when that is cheap to know (for the progress bar's
ETA)."""
from __future__ import annotations

import os
from typing import Iterable

from khabar.io.readers import wanted_file


def _count_file(path: str) -> int | None:
    low = path.lower()
    if low.endswith(".jsonl"):
        n = 0
        try:
            with open(path, "rb") as f:
                for line in f:
                    n += bool(line.strip())
        except OSError:
            return 1
        return n
    if low.endswith((".jsonl.gz", ".json", ".json.gz")):
        return None          # unknown without reading it all
    return 1


def count_records(paths: Iterable[str]) -> int | None:
    """How many records the inputs hold, when it is cheap to know (else None).

    Files count one each (folders are walked like ``iter_records`` does), plain ``.jsonl``
    files count their non-blank lines; stdin, gzipped JSONL and JSON arrays are unknown.
    """
    total = 0
    for p in paths:
        p = os.fspath(p)
        if p == "-":
            return None
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    if not name.startswith(".") and wanted_file(name):
                        n = _count_file(os.path.join(dirpath, name))
                        if n is None:
                            return None
                        total += n
        else:
            n = _count_file(p)
            if n is None:
                return None
            total += n
    return total
