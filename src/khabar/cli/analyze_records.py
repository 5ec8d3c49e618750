"""Worker functions of ``khabar analyze``: records → rendered output, one by one or as one
``Pipeline.pipe`` batch per task. They never raise: a failure is returned as its message."""
from __future__ import annotations

import json
from typing import Any


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
