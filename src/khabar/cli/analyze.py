"""``khabar analyze``: read records, analyze them (optionally in worker processes), write."""
from __future__ import annotations

import itertools
import json
import sys
from typing import Any

from khabar.errors import InputError


def _analyze_record(item: tuple[Any, str | None, str]) -> tuple[str, str | None, int]:
    """Worker: returns (output text, error or None, word count). Never raises."""
    from khabar.errors import KhabarError
    rec, default_date, fmt = item
    if rec.error:
        return _error_out(rec, rec.error, fmt), rec.error, 0
    try:
        from khabar.pipeline import analyze
        doc = analyze(rec.text, date=rec.date or default_date, meta=_meta(rec))
        return _render(doc, rec, fmt), None, len(doc.tokens)
    except KhabarError as exc:
        msg = f"{rec.origin or rec.id}: {exc}"
        return _error_out(rec, msg, fmt), msg, 0
    except Exception as exc:  # a bug: keep the batch going but say so loudly
        msg = f"{rec.origin or rec.id}: internal error {type(exc).__name__}: {exc} (please report)"
        return _error_out(rec, msg, fmt), msg, 0


#: records per worker task: analyzed together with ``Pipeline.pipe`` (one batch)
PIPE_BATCH = 32


def _analyze_records(items: list[tuple[Any, str | None, str]]) -> list[tuple[str, str | None, int]]:
    """Worker: :func:`_analyze_record` of each item, the good records analyzed together in one
    ``Pipeline.pipe`` batch (the same documents as one by one). If the batch fails (a bad
    date, an error in a component), every record is redone alone, so that each error is
    reported with its own record. Never raises."""
    from khabar.pipeline import default_pipeline
    good = [i for i, (rec, _, _) in enumerate(items) if not rec.error]
    try:
        docs = list(default_pipeline().pipe(
            [(items[i][0].text, items[i][0].date or items[i][1], _meta(items[i][0]))
             for i in good], batch_size=max(1, len(good))))
    except Exception:  # an input error or a bug: the records alone say which one failed
        return [_analyze_record(item) for item in items]
    out = []
    done = dict(zip(good, docs))
    for i, item in enumerate(items):
        doc = done.get(i)
        if doc is None:
            out.append(_analyze_record(item))
            continue
        rec, _, fmt = item
        try:
            out.append((_render(doc, rec, fmt), None, len(doc.tokens)))
        except Exception:
            out.append(_analyze_record(item))
    return out


def _meta(rec) -> dict:
    meta = {k: v for k, v in (("id", rec.id), ("title", rec.title), ("url", rec.url),
                              ("source", rec.source), ("encoding", rec.encoding)) if v}
    meta.update(rec.meta or {})
    return meta


def _render(doc, rec, fmt: str) -> str:
    if fmt in ("json", "jsonl"):
        from khabar.io.jsoncodec import dumps
        return dumps(doc, indent=None if fmt == "jsonl" else 1,
                     head=None if rec.id is None else {"id": rec.id})
    if fmt == "conllu":
        from khabar.io.conllu import to_conllu
        return to_conllu(doc, rec.id)
    from khabar.io.pretty import render
    return render(doc, rec.origin or rec.id)


def _error_out(rec, msg: str, fmt: str) -> str:
    if fmt in ("json", "jsonl"):
        return json.dumps({"id": rec.id, "error": msg}, ensure_ascii=False)
    return ""


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
