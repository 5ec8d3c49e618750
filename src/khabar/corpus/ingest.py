"""Ingest: read records, analyze them in worker processes, write them from this process.

Documents already in the store (same sha256 of the text) are skipped before analysis, so a
re-run is cheap and an interrupted run resumes where it stopped. Analyzed documents are written
in batches of at most ``WRITE_BATCH`` documents or ``WRITE_SECONDS`` seconds, each batch in one
transaction (:meth:`Store.add_many`): a killed run loses at most the batch it had not yet
committed, and leaves every document complete or absent.

While it runs, the cyclic garbage collector is tuned (:func:`quiet_gc`): the models and caches
loaded before the run are frozen out of its scans, and it runs less often. Without this, full
collections walking the analyzers' caches took about 5% of the ingest time.
"""
from __future__ import annotations

import gc
import os
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from khabar.corpus.counting import count_records  # noqa: F401  (re-exported)
from khabar.corpus.prepare import Prepared, content_hash, prepare, prepare_analyzed
from khabar.corpus.store import Store
from khabar.errors import InputError


#: Documents per write transaction, and the most seconds a document waits for its batch.
WRITE_BATCH = 32
WRITE_SECONDS = 0.5
#: Young-generation threshold while ingesting (Python's default is 700).
GC_THRESHOLD = (5000, 20, 20)


class QuietGC:
    """Freezes what is loaded (models, caches) out of the cyclic collector's scans and makes
    it run less often: :meth:`start` (once the models are loaded) and :meth:`stop`, which
    restores the thresholds and unfreezes. Worker processes forked after ``start`` inherit
    it."""

    def __init__(self) -> None:
        self.old: tuple[int, ...] | None = None

    def start(self) -> None:
        if self.old is None:
            self.old = gc.get_threshold()
            gc.collect()
            gc.freeze()
            gc.set_threshold(*GC_THRESHOLD)

    def stop(self) -> None:
        if self.old is not None:
            gc.set_threshold(*self.old)
            gc.unfreeze()
            self.old = None


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
    #: What :meth:`Store.optimize` did after the run (empty: nothing needed).
    optimized: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = {"seen": self.seen, "ingested": self.ingested, "skipped": self.skipped,
               "duplicates": self.duplicates, "failed": len(self.failed),
               "failures": list(self.failed), "tokens": self.tokens,
               "seconds": round(self.seconds, 3)}
        if self.optimized:
            out["optimized"] = dict(self.optimized)
        return out


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
    quiet = QuietGC()
    try:
        _run(store, records, summary, jobs, default_date, progress, quiet)
    finally:
        quiet.stop()
    if summary.ingested:
        summary.optimized = store.optimize()
    return summary


def _start(jobs: int, quiet: QuietGC, analyzed: bool) -> Any:
    """Load the models (once here: forked workers share them instead of each loading them;
    not the full pipeline for one process and a first record that carries its analysis),
    quiet the collector, and start the worker pool when ``jobs`` > 1 (else None)."""
    from khabar.corpus.terms import analyze_terms
    from khabar.pipeline import default_pipeline
    if jobs > 1 or not analyzed:
        default_pipeline()("تحميل النماذج.")
    analyze_terms("تحميل")
    quiet.start()
    if jobs == 1:
        return None
    import multiprocessing as mp
    return mp.get_context("fork").Pool(jobs)


def _run(store: Store, records: Iterator[Any], summary: IngestSummary, jobs: int,
         default_date: str | None, progress: Callable[[IngestSummary], None] | None,
         quiet: QuietGC) -> None:
    pool = None
    started = False
    window: deque[Any] = deque()
    inflight: set[str] = set()
    pending: list[Prepared] = []
    since = [0.0]

    def tick() -> None:
        summary.seen += 1
        summary.seconds = time.perf_counter() - summary.started
        if progress is not None:
            progress(summary)

    def flush() -> None:
        if not pending:
            return
        results = store.add_many(pending)
        for p, res in zip(pending, results):
            inflight.discard(p.hash)
            if res.status == "skipped":
                summary.skipped += 1
            else:
                summary.ingested += 1
                summary.tokens += p.n_tokens
                if res.cluster is not None:
                    summary.duplicates += 1
            tick()
        pending.clear()

    def write(p: Prepared) -> None:
        if p.error:
            inflight.discard(p.hash)
            summary.failed.append(p.error)
            tick()
            return
        if not pending:
            since[0] = time.perf_counter()
        pending.append(p)
        if len(pending) >= WRITE_BATCH or time.perf_counter() - since[0] >= WRITE_SECONDS:
            flush()

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
                    if not started:
                        analyzed = getattr(rec, "analysis", None) is not None
                        pool, started = _start(jobs, quiet, analyzed), True
                    if pool is None:
                        window.append(_prepare_task((rec, default_date)))
                        drain(0)
                    else:
                        window.append(pool.apply_async(_prepare_task, ((rec, default_date),)))
                        drain(4 * jobs)
        drain(0)
        flush()
    except BaseException as exc:
        if pool is not None:
            pool.terminate()
            pool.join()
            pool = None
        if isinstance(exc, KeyboardInterrupt) and pending:
            try:            # keep what was analyzed: Ctrl-C should not lose a batch
                flush()
            except Exception:
                pass
        raise
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        summary.seconds = time.perf_counter() - summary.started
