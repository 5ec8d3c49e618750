"""The functions Spark runs over each partition on the executors (``RDD.mapPartitions``).

Each turns its partition's input rows into :class:`~khabar.io.readers.Record` objects in order
- JSONL lines, whole files, or table rows - analyzes them one by one with
:func:`khabar.spark.worker.analyze_record` and yields analyzed rows (tuples in the order of
:func:`khabar.spark.schema.spark_schema`; no pandas or Arrow needed on the executors). Input
problems become error rows, never exceptions. Ids are deterministic: the input's ``id``; else
``sha256:`` and 16 hex digits of the text's hash (of the line, for a line that failed); whole
files keep their path.

Set ``KHABAR_SPARK_STATS`` to a folder to get one JSON line per partition there (process id,
model load, analysis wall and CPU seconds, total seconds, peak RSS): the benchmark uses it to say where
the time goes.
"""
from __future__ import annotations

import json
import os
import time
from typing import Any, Callable, Iterable, Iterator

from khabar.spark import worker

WANTED = "*.{txt,text,html,htm,jsonl,json,gz}"


def _hash_id(text: str | bytes) -> str:
    import hashlib
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return "sha256:" + hashlib.sha256(data).hexdigest()[:16]


def _own_id(rec: Any, fallback: str | bytes) -> Any:
    """``rec`` with a content-hash id when its input gave none (its id is then its origin)."""
    from dataclasses import replace
    if rec.id is not None and rec.id != rec.origin:
        return rec
    return replace(rec, id=_hash_id(rec.text if rec.text is not None else fallback))


def records_from_lines(rows: Iterable[Any], part: int = 0) -> Iterator[Any]:
    """Columns ``value``, ``path``, ``block`` (byte offset of the file split) - JSONL lines.

    The origin is ``PATH:LINE`` for a split starting at byte 0, else ``PATH@BYTE:LINE`` with the
    line counted from the split's start.
    """
    from dataclasses import replace
    from khabar.io.readers import record_from_line
    where, k = None, 0
    for value, path, block in rows:
        if (path, block) != where:
            where, k = (path, block), 0
        k += 1
        rec = record_from_line(value, f"{path}:{k}" if not block else f"{path}@{block}:{k}")
        if rec is not None:
            if rec.ok and rec.encoding is None:
                rec = replace(rec, encoding="utf-8")      # Spark decoded the line as UTF-8
            yield _own_id(rec, value)


def records_from_files(rows: Iterable[Any], part: int = 0, fmt: str = "auto"
                       ) -> Iterator[Any]:
    """Columns ``path`` and ``content`` (bytes): each file read like ``khabar analyze`` does."""
    from khabar.io.readers import records_from_bytes, wanted_file
    for path, content, walked in rows:
        if walked and not wanted_file(path.rsplit("/", 1)[-1]):
            continue
        for rec in records_from_bytes(bytes(content), path, fmt):
            yield rec if rec.origin == path else _own_id(rec, rec.origin)


def records_from_table(rows: Iterable[Any], part: int = 0) -> Iterator[Any]:
    """Columns ``text`` (string or bytes) and optional ``id``, ``title``, ``date``, ``url``,
    ``source``: table rows (Parquet input, or a DataFrame given to ``analyze_dataframe``)."""
    from khabar.spark.tables_in import _row_record
    for k, row in enumerate(rows):
        rec = _row_record(row.asDict(), f"partition {part} row {k}", analyzed=False)
        yield _own_id(rec, rec.origin)


READERS: dict[str, Callable[..., Iterator[Any]]] = {
    "lines": records_from_lines, "files": records_from_files, "table": records_from_table}


def mapper(kind: str, default_date: str | None = None, fmt: str = "auto"
           ) -> Callable[[int, Iterator[Any]], Iterator[tuple[Any, ...]]]:
    """The ``mapPartitionsWithIndex`` function for input ``kind`` (lines, files or table)."""
    if kind not in READERS:
        raise ValueError(f"unknown input kind {kind!r}")

    def run(part: int, rows: Iterator[Any]) -> Iterator[tuple[Any, ...]]:
        from khabar.spark.schema import as_tuple
        started = time.perf_counter()
        before = dict(worker.STATS)
        records = READERS[kind](rows, part, fmt) if kind == "files" else \
            READERS[kind](rows, part)
        n = 0
        for rec in records:
            yield as_tuple(worker.analyze_record(rec, default_date))
            n += 1
        _stats(kind, n, started, before)

    return run


def _peak_rss_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _stats(kind: str, n: int, started: float, before: dict[str, float]) -> None:
    folder = os.environ.get("KHABAR_SPARK_STATS")
    if not folder:
        return
    line = {"pid": os.getpid(), "kind": kind, "rows": n,
            "load": worker.STATS["load"] - before["load"],
            "analyze": worker.STATS["analyze"] - before["analyze"],
            "cpu": worker.STATS["cpu"] - before["cpu"],
            "python": time.perf_counter() - started, "rss_mb": _peak_rss_mb()}
    try:
        with open(os.path.join(folder, f"stats-{os.getpid()}.jsonl"), "a") as f:
            f.write(json.dumps(line) + "\n")
    except OSError:
        pass
