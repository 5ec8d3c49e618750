"""Ingest: read records, analyze them in worker processes, write them from this process.

Documents already in the store (same sha256 of the text) are skipped before analysis, so a
re-run is cheap and an interrupted run resumes where it stopped. Each document is written in
its own transaction by :meth:`Store.add`.
"""
from __future__ import annotations

import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from khabar.corpus.prepare import Prepared, content_hash, prepare
from khabar.corpus.store import Store
from khabar.errors import InputError
from khabar.io.readers import wanted_file


@dataclass
class IngestSummary:
    """Counts of one ingest run; ``failed`` holds one reason per failed input."""

    total: int | None = None
    seen: int = 0
    ingested: int = 0
    skipped: int = 0
    duplicates: int = 0
    tokens: int = 0
    failed: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"seen": self.seen, "ingested": self.ingested, "skipped": self.skipped,
                "duplicates": self.duplicates, "failed": len(self.failed),
                "failures": list(self.failed), "tokens": self.tokens,
                "seconds": round(self.seconds, 3)}


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


def _batches(it: Iterator[Any], n: int) -> Iterator[list[Any]]:
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def _prepare_task(item: tuple[Any, str | None]) -> Prepared:
    rec, default_date = item
    if getattr(rec, "analysis", None) is None:
        return prepare(rec, default_date)
    return prepare_analyzed(rec)


def prepare_analyzed(rec: Any) -> Prepared:
    """The rows of a record that carries its analysis (Spark output, analyzed JSONL): the
    analysis is checked with ``Document.from_json`` and stored, not recomputed. Never raises."""
    from khabar.corpus.prepare import build
    from khabar.errors import KhabarError
    from khabar.io.jsoncodec import document_from_json
    origin = rec.origin or rec.id or "?"
    h = content_hash(rec.text)
    try:
        doc = document_from_json(rec.analysis)
        if doc.raw != rec.text:
            return Prepared(hash=h, origin=origin, error=f"{origin}: the stored analysis is of "
                                                         "another text; analyze it again")
        return build(doc, rec, h)
    except KhabarError as exc:
        return Prepared(hash=h, origin=origin, error=f"{origin}: stored analysis rejected: {exc}")
    except Exception as exc:  # e.g. a null where the store needs a name
        return Prepared(hash=h, origin=origin, error=f"{origin}: stored analysis unusable "
                                                     f"({type(exc).__name__}: {exc})")


def ingest(store: Store, paths: Iterable[str] | str, jobs: int = 1, input_format: str = "auto",
           default_date: str | None = None, stdin: Any = None,
           progress: Callable[[IngestSummary], None] | None = None,
           on_skip: Callable[[str], None] | None = None,
           total: int | None = None) -> IngestSummary:
    """Ingest files, folders, JSONL or ``"-"`` into ``store``; returns the counts.

    ``jobs`` worker processes analyze (1: this process); this process writes. ``progress`` is
    called after each record. Input problems are counted as failures, never raised; raises
    :class:`~khabar.errors.KhabarError` for bad options or an unusable store.
    """
    from khabar.io.readers import iter_records
    from khabar.pipeline import _check_date
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give a number of processes ≥ 1")
    default_date = _check_date(default_date)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    summary = IngestSummary(total=total)
    records = iter_records(list(paths), stdin=stdin, fmt=input_format, on_skip=on_skip)
    pool = None
    if jobs > 1:
        import multiprocessing as mp
        # Load the models once here: forked workers share them instead of each loading them.
        from khabar.corpus.terms import analyze_terms
        from khabar.pipeline import default_pipeline
        default_pipeline()("تحميل النماذج.")
        analyze_terms("تحميل")
        pool = mp.get_context("fork").Pool(jobs)
    window: deque[Any] = deque()
    inflight: set[str] = set()

    def tick() -> None:
        summary.seen += 1
        summary.seconds = time.perf_counter() - summary.started
        if progress is not None:
            progress(summary)

    def write(p: Prepared) -> None:
        inflight.discard(p.hash)
        if p.error:
            summary.failed.append(p.error)
        else:
            res = store.add(p)
            if res.status == "skipped":
                summary.skipped += 1
            else:
                summary.ingested += 1
                summary.tokens += p.n_tokens
                if res.cluster is not None:
                    summary.duplicates += 1
        tick()

    def drain(keep: int) -> None:
        while len(window) > keep:
            res = window.popleft()
            write(res.get() if pool is not None else res)

    try:
        for batch in _batches(records, 256):
            hashes = [content_hash(r.text) if r.text is not None and not r.error else None
                      for r in batch]
            present = store.has(h for h in hashes if h)
            for rec, h in zip(batch, hashes):
                if rec.error or h is None:
                    summary.failed.append(rec.error or f"{rec.origin}: no text")
                    tick()
                elif h in present or h in inflight:
                    summary.skipped += 1
                    tick()
                else:
                    inflight.add(h)
                    if pool is None:
                        window.append(_prepare_task((rec, default_date)))
                        drain(0)
                    else:
                        window.append(pool.apply_async(_prepare_task, ((rec, default_date),)))
                        drain(4 * jobs)
        drain(0)
    except BaseException:
        if pool is not None:
            pool.terminate()
            pool.join()
            pool = None
        raise
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        summary.seconds = time.perf_counter() - summary.started
    return summary
