"""``khabar analyze``: read records, analyze them (optionally in worker processes), write."""
from __future__ import annotations

import json
import sys
from typing import Any, Iterator

from khabar.errors import InputError


def _analyze_record(item: tuple[Any, str | None, str]) -> tuple[str, str | None, int]:
    """Worker: returns (output text, error or None, word count). Never raises."""
    from khabar.errors import KhabarError
    rec, default_date, fmt = item
    if rec.error:
        return _error_out(rec, rec.error, fmt), rec.error, 0
    try:
        from khabar.pipeline import analyze
        meta = {k: v for k, v in (("id", rec.id), ("title", rec.title), ("url", rec.url),
                                  ("source", rec.source), ("encoding", rec.encoding)) if v}
        meta.update(rec.meta or {})
        doc = analyze(rec.text, date=rec.date or default_date, meta=meta)
        return _render(doc, rec, fmt), None, len(doc.tokens)
    except KhabarError as exc:
        msg = f"{rec.origin or rec.id}: {exc}"
        return _error_out(rec, msg, fmt), msg, 0
    except Exception as exc:  # a bug: keep the batch going but say so loudly
        msg = f"{rec.origin or rec.id}: internal error {type(exc).__name__}: {exc} (please report)"
        return _error_out(rec, msg, fmt), msg, 0


def _render(doc, rec, fmt: str) -> str:
    if fmt in ("json", "jsonl"):
        data = doc.to_json()
        if rec.id is not None:
            data = {"id": rec.id, **data}
        return json.dumps(data, ensure_ascii=False, indent=None if fmt == "jsonl" else 1)
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
    """Run the analyze command; returns the exit status."""
    from khabar.cli.progress import Progress
    from khabar.io.readers import iter_records
    from khabar.pipeline import _check_date

    default_date = _check_date(args.date)
    if args.jobs < 1:
        raise InputError(f"--jobs {args.jobs}: give a number of processes ≥ 1")
    inputs = list(args.inputs) or ["-"]
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = Progress(show)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failures: list[str] = []
    items = ((rec, default_date, args.format) for rec in iter_records(
        inputs, stdin=sys.stdin, fmt=args.input_format))
    results: Iterator[tuple[str, str | None, int]]
    pool = None
    if args.jobs > 1:
        import multiprocessing as mp
        pool = mp.get_context("spawn" if sys.platform == "darwin" else "fork").Pool(args.jobs)
        results = pool.imap(_analyze_record, items, chunksize=4)
    else:
        results = map(_analyze_record, items)
    fmt = args.format
    pending: str | None = None   # --format json: one object alone, several as an array
    n = 0
    try:
        for text, err, words in results:
            if err:
                failures.append(err)
            progress.update(words, failed=bool(err))
            if not text:
                continue
            if fmt == "json":
                if n == 0:
                    pending = text
                else:
                    out.write(("[\n" + pending if n == 1 else "") + ",\n" + text)
                n += 1
                continue
            out.write(text if text.endswith("\n") else text + "\n")
            n += 1
        if fmt == "json" and n == 1:
            out.write(pending + "\n")
        elif fmt == "json" and n > 1:
            out.write("\n]\n")
    finally:
        progress.close()
        if pool is not None:
            pool.close()
            pool.join()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    if failures:
        print(f"khabar: {len(failures)} of {progress.docs} inputs failed:", file=sys.stderr)
        for f in failures:
            print(f"  {f}", file=sys.stderr)
        return 2
    return 0
