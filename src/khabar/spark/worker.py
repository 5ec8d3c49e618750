"""Executor side: one record in, one analyzed row out (no Spark needed here).

The pipeline and its models are loaded once per Python process, lazily, on the first
document (Spark reuses its Python workers, so once per executor process in practice), never
per row. :func:`analyze_record` never raises: a failure is a row with ``error`` set.
"""
from __future__ import annotations

import time
from typing import Any

from khabar.spark.schema import DOCUMENT_NAMES, NESTED

STATS: dict[str, float] = {"load": 0.0, "analyze": 0.0, "cpu": 0.0, "docs": 0}
_READY = False


def _warm() -> None:
    """Build the default pipeline and load every model once in this process."""
    global _READY
    if _READY:
        return
    t = time.perf_counter()
    from khabar.corpus.terms import analyze_terms  # noqa: F401
    from khabar.pipeline import default_pipeline
    default_pipeline()("تحميل النماذج في هذه العملية.")
    STATS["load"] += time.perf_counter() - t
    _READY = True


def document_meta(rec: Any, date: str | None) -> dict[str, Any]:
    """The ``meta`` a record's document gets (as ``khabar ingest`` builds it)."""
    meta = {k: v for k, v in (("id", rec.id), ("title", rec.title), ("url", rec.url),
                              ("source", rec.source), ("encoding", rec.encoding)) if v}
    meta.update(rec.meta or {})
    if rec.date and date is None:
        meta["date_raw"] = rec.date              # kept, not guessed
    return meta


def empty_row(rec: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(DOCUMENT_NAMES)
    row.update(id=rec.id, origin=rec.origin or rec.id or "?", title=rec.title, url=rec.url,
               source=rec.source, encoding=rec.encoding)
    for name in NESTED:
        row[name] = []
    return row


def analyze_record(rec: Any, default_date: str | None = None) -> dict[str, Any]:
    """The analyzed row of a :class:`~khabar.io.readers.Record`; never raises."""
    from khabar.corpus.prepare import _analyze, content_hash, parse_date
    from khabar.errors import KhabarError
    row = empty_row(rec)
    origin = row["origin"]
    if rec.error or not isinstance(rec.text, str):
        row["error"] = rec.error or (f"{origin}: no text" if rec.text is None else
                                     f"{origin}: the text is {type(rec.text).__name__}, not str")
        row["date"] = parse_date(rec.date) or default_date
        return row
    row["hash"], row["text"] = content_hash(rec.text), rec.text
    date = parse_date(rec.date)
    row["date"] = date or default_date
    try:
        _warm()
        t, c = time.perf_counter(), time.process_time()
        doc = _analyze(rec.text, date or default_date, document_meta(rec, date))
        fill(row, doc)
        STATS["analyze"] += time.perf_counter() - t
        STATS["cpu"] += time.process_time() - c
        STATS["docs"] += 1
    except KhabarError as exc:
        row["error"] = f"{origin}: {exc}"
    except Exception as exc:  # a bug: keep the job going but say so loudly
        row["error"] = f"{origin}: internal error {type(exc).__name__}: {exc} (please report)"
    if row["error"]:
        row["analysis"] = row["topic"] = None
        row["n_tokens"] = None
        for name in NESTED:
            row[name] = []
    return row


def fill(row: dict[str, Any], doc: Any) -> None:
    """Set the analysis columns and the flat lists of ``row`` from ``doc``."""
    from khabar.io.jsoncodec import dumps
    raw = doc.raw
    row["date"] = doc.date
    row["analysis"] = dumps(doc)
    row["topic"] = doc.topic[0] if doc.topic else None
    row["n_tokens"] = len(doc.tokens)
    row["entities"] = [(e.start, e.end, raw[e.start:e.end], e.label, e.canonical)
                       for e in doc.entities]
    row["quotes"] = [(None if q.speaker is None else q.speaker.start,
                      None if q.speaker is None else q.speaker.end,
                      None if q.speaker is None else raw[q.speaker.start:q.speaker.end],
                      None if q.speaker is None else q.speaker.canonical,
                      q.cue.start, q.cue.end, q.content.start, q.content.end,
                      raw[q.content.start:q.content.end], q.direct) for q in doc.quotes]
    row["dates"] = [(d.start, d.end, raw[d.start:d.end], _value(d.value)) for d in doc.dates]
    row["repairs"] = [(r.start, r.end, raw[r.start:r.end], r.replacement, r.kind,
                       round(r.confidence, 4)) for r in doc.repairs]


def _value(v: Any) -> str | None:
    """A date value as text: ISO strings as they are, anything else as JSON."""
    if v is None or isinstance(v, str):
        return v
    import json
    return json.dumps(v, ensure_ascii=False)
