"""``khabar analyze``: read records, analyze them (optionally in worker processes), write."""
from __future__ import annotations

import itertools
import sys
from typing import Any

from khabar.cli.analyze_records import PIPE_BATCH, _analyze_records
from khabar.errors import InputError


def run_analyze(args) -> int:
    """Run the analyze command; returns the exit status.

    Records go to worker processes in ordered batches, :data:`PIPE_BATCH` records per task,
    each task one ``Pipeline.pipe`` batch; a record longer than
    ``khabar.io.large.PART_CHARS`` is analyzed in parts in this process and streamed.
    """
    from khabar.cli.progress import Progress
    from khabar.io.large import PART_CHARS
    from khabar.io.readers import iter_records
    from khabar.pipeline import _check_date

    default_date = _check_date(args.date)
    if args.jobs < 1:
        raise InputError(f"--jobs {args.jobs}: give a number of processes ≥ 1")
    inputs = list(args.inputs) or ["-"]
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = Progress(show)
    writer = _Writer(open(args.output, "w", encoding="utf-8") if args.output else sys.stdout,
                     args.format)
    failures: list[str] = []
    pool = None
    if args.jobs > 1:
        import multiprocessing as mp
        pool = mp.get_context("fork").Pool(args.jobs)
    batch: list[tuple[Any, str | None, str]] = []
    skipped: list[str] = []

    def flush() -> None:
        size = PIPE_BATCH if pool is None else max(1, min(PIPE_BATCH, -(-len(batch) // args.jobs)))
        tasks = [batch[a:a + size] for a in range(0, len(batch), size)]
        done = pool.imap(_analyze_records, tasks) if pool else map(_analyze_records, tasks)
        for text, err, words in itertools.chain.from_iterable(done):
            if err:
                failures.append(err)
            progress.update(words, failed=bool(err))
            writer.write(text)
        batch.clear()

    try:
        records = iter_records(inputs, stdin=sys.stdin, fmt=args.input_format,
                               on_skip=skipped.append)
        first = list(itertools.islice(records, 2))
        writer.start(len(first) > 1)
        for rec in itertools.chain(first, records):
            if rec.text is not None and len(rec.text) > PART_CHARS:
                flush()
                words = _analyze_large(rec, default_date, writer)
                progress.update(words)
                continue
            batch.append((rec, default_date, args.format))
            if len(batch) >= 64 * args.jobs:
                flush()
        flush()
        writer.close()
    finally:
        progress.close()
        if pool is not None:
            pool.close()
            pool.join()
    if skipped:
        print(f"khabar: skipped {len(skipped)} file(s) in folders with extensions Khabar does not "
              f"read (.txt .html .jsonl .json .gz; give a file by name to read it anyway), e.g. "
              f"{skipped[0]}", file=sys.stderr)
    if failures:
        print(f"khabar: {len(failures)} of {progress.docs} inputs failed:", file=sys.stderr)
        for f in failures:
            print(f"  {f}", file=sys.stderr)
        return 2
    return 0


class _Writer:
    """Writes rendered documents in order; ``--format json`` writes one object alone and an
    array when there are several inputs (known from a one-record lookahead)."""

    def __init__(self, out, fmt: str) -> None:
        self.out, self.fmt, self.n, self.array = out, fmt, 0, False

    def start(self, several: bool) -> None:
        self.array = self.fmt == "json" and several
        if self.array:
            self.out.write("[\n")

    def sep(self) -> None:
        """Call before writing one document's text directly to ``self.out``."""
        if self.array and self.n:
            self.out.write(",\n")
        self.n += 1

    def write(self, text: str | None) -> None:
        if not text:
            return
        self.sep()
        if self.array:
            text = text.rstrip("\n")
        self.out.write(text if text.endswith("\n") or self.array else text + "\n")

    def close(self) -> None:
        if self.array:
            self.out.write("\n]\n")
        if self.out is not sys.stdout:
            self.out.close()
        else:
            self.out.flush()


def _analyze_large(rec, default_date: str | None, writer: _Writer) -> int:
    """Analyze one very large record in parts, streaming the output; returns tokens."""
    from khabar import __version__
    from khabar.document import SCHEMA_VERSION
    from khabar.io import large
    from khabar.io.jsoncodec import document_from_json
    from khabar.pipeline import _check_date, default_pipeline

    pipe = default_pipeline()
    date = _check_date(rec.date or default_date)
    parts = large.iter_parts(rec.text, lambda t: pipe(t, date=date), large.PART_CHARS)
    fmt = writer.fmt
    if fmt in ("json", "jsonl"):
        head: dict[str, Any] = {"id": rec.id} if rec.id is not None else {}
        head |= {"khabar": __version__, "schema": SCHEMA_VERSION, "text": rec.text, "date": date}
        writer.sep()
        return large.write_json(rec.text, head, parts, writer.out, newline=fmt == "json")
    from khabar.io.conllu import to_conllu
    from khabar.io.pretty import render
    ntok = 0
    for i, (off, doc) in enumerate(parts):
        data = large.shift(doc.to_json(), off)
        whole = document_from_json({**data, "text": rec.text})
        ntok += len(whole.tokens)
        label = f"{rec.origin or rec.id} (part {i + 1} at offset {off})"
        writer.write(to_conllu(whole, label) if fmt == "conllu" else render(whole, label))
    return ntok
