"""``khabar ingest``: analyze inputs into a corpus store, with progress and a summary."""
from __future__ import annotations

import json
import sys
import time
from typing import Any, TextIO

_MAX_LISTED = 20


class IngestProgress:
    """One status line on stderr: documents, documents/s, ETA when the total is known."""

    def __init__(self, enabled: bool, total: int | None, stream: TextIO | None = None,
                 every: float = 0.25) -> None:
        self.enabled, self.total, self.every = enabled, total, every
        self.stream = stream if stream is not None else sys.stderr
        self.last = 0.0
        self.width = 0

    def __call__(self, s: Any) -> None:
        now = time.perf_counter()
        if self.enabled and now - self.last >= self.every:
            self.last = now
            self.draw(s)

    def draw(self, s: Any) -> None:
        dt = max(s.seconds, 1e-9)
        rate = s.seen / dt
        if self.total and s.seen <= self.total:
            left = self.total - s.seen
            eta = _duration(left / rate) if rate > 0 else "?"
            head = f"{s.seen:,}/{self.total:,} docs ({100 * s.seen / self.total:.0f}%)"
            tail = f"  ETA {eta}"
        else:
            head, tail = f"{s.seen:,} docs", ""
        line = (f"\r{head}  {rate:,.1f} docs/s  {_duration(dt)}{tail}  ingested {s.ingested:,}"
                f"  skipped {s.skipped:,}  dups {s.duplicates:,}  failed {len(s.failed):,}")
        pad = max(0, self.width - len(line))
        self.width = len(line)
        self.stream.write(line + " " * pad)
        self.stream.flush()

    def close(self, s: Any) -> None:
        if self.enabled:
            self.draw(s)
            self.stream.write("\n")
            self.stream.flush()


def _duration(sec: float) -> str:
    sec = int(round(sec))
    if sec < 60:
        return f"{sec}s"
    if sec < 3600:
        return f"{sec // 60}m{sec % 60:02d}s"
    return f"{sec // 3600}h{sec % 3600 // 60:02d}m"


def run_ingest(args: Any) -> int:
    """Run ``khabar ingest``; returns the exit status (2 when some inputs failed)."""
    from khabar.corpus import count_records, ingest, open_store
    from khabar.corpus.store import shown_location
    inputs = list(args.inputs) or ["-"]
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    total = count_records(inputs) if show else None
    progress = IngestProgress(show, total)
    skipped_files: list[str] = []
    store = open_store(args.db, create=True, dup_threshold=args.dup_threshold)
    summary = None
    try:
        summary = ingest(store, inputs, jobs=args.jobs, input_format=args.input_format,
                         default_date=args.date, stdin=sys.stdin, progress=progress,
                         on_skip=skipped_files.append, total=total)
    finally:
        if summary is not None:
            progress.close(summary)
        store.close()
    rate = summary.seen / summary.seconds if summary.seconds > 0 else 0.0
    if getattr(args, "json", False):
        print(json.dumps(summary.to_json() | {"db": shown_location(args.db)}, ensure_ascii=False))
    else:
        print(f"khabar ingest: {summary.seen:,} inputs in {summary.seconds:,.1f} s "
              f"({rate:,.1f} docs/s) into {shown_location(args.db)}\n"
              f"  ingested   {summary.ingested:,}\n"
              f"  skipped    {summary.skipped:,} (already in the store)\n"
              f"  duplicates {summary.duplicates:,} (ingested, grouped with a near-identical "
              f"document; see 'khabar dups')\n"
              f"  failed     {len(summary.failed):,}", file=sys.stderr)
        if summary.optimized.get("top_stems") is not None:
            print(f"  search: top lists of {summary.optimized['top_stems']:,} frequent stems "
                  f"rebuilt for {summary.optimized['documents']:,} documents", file=sys.stderr)
    if skipped_files:
        print(f"khabar: skipped {len(skipped_files)} file(s) in folders with extensions Khabar "
              f"does not read (.txt .html .jsonl .json .gz), e.g. {skipped_files[0]}",
              file=sys.stderr)
    if summary.failed:
        print(f"khabar: {len(summary.failed)} input(s) failed:", file=sys.stderr)
        for f in summary.failed[:_MAX_LISTED]:
            print(f"  {f}", file=sys.stderr)
        if len(summary.failed) > _MAX_LISTED:
            print(f"  … and {len(summary.failed) - _MAX_LISTED} more (use --json for all)",
                  file=sys.stderr)
        return 2
    return 0
