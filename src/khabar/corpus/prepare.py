"""Turn one input record into the rows a store writes (runs in worker processes).

:func:`prepare` analyzes a record with the default pipeline and returns a picklable
:class:`Prepared` holding everything the store needs: metadata, the compressed JSON contract,
entities, quotes, dates, index terms with their raw offsets, the title's terms and a MinHash
signature. It never raises: a failure is returned with ``error`` set.
"""
from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from khabar.corpus import minhash
from khabar.corpus.terms import analyze_terms, columns, document_terms, raw_words
from khabar.text.normalize import normalize


#: zlib level of the stored analysis JSON: 5 is a third faster than 6 for 1.5% more bytes.
ANALYSIS_LEVEL = 5


def content_hash(text: str) -> str:
    """The document key: sha256 of the text (UTF-8, surrogates kept)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Prepared:
    hash: str
    origin: str
    ext_id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    encoding: str | None = None
    topic: str | None = None
    n_tokens: int = 0
    text_z: bytes = b""
    analysis_z: bytes = b""
    entities: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    quotes: list[tuple[str | None, str | None, int, int, str]] = field(default_factory=list)
    dates: list[tuple[str, int, int]] = field(default_factory=list)
    columns: tuple[str, str, str, str] = ("", "", "", "")
    title_terms: str = ""
    offsets: bytes = b""
    signature: bytes | None = None
    error: str | None = None


def parse_date(s: str | None) -> str | None:
    """An ISO date from the common forms of scraped dates, else None.

    ``2017-01-20``, ``2017-01-20T21:43:00+01:00``, ``2017/01/20``, ``20/01/2017``,
    ``20-01-2017``, ``20.01.2017`` (day first, as Arabic sites write it).
    """
    import datetime
    import re
    if not s or not isinstance(s, str):
        return None
    s = s.strip()
    m = re.match(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s)
    if m:
        y, mo, d = map(int, m.groups())
    else:
        m = re.match(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s)
        if not m:
            return None
        d, mo, y = map(int, m.groups())
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _analyze(text: str, date: str | None, meta: dict[str, Any]):
    from khabar.io import large
    from khabar.pipeline import default_pipeline
    pipe = default_pipeline()
    if len(text) <= large.PART_CHARS:
        return pipe(text, date=date, meta=meta)
    # A very large text: analyze in parts, shift the parts' layers back, rebuild one document.
    from khabar import __version__
    from khabar.document import SCHEMA_VERSION
    from khabar.io.jsoncodec import document_from_json
    data: dict[str, Any] = {"khabar": __version__, "schema": SCHEMA_VERSION, "text": text,
                            "date": None, "meta": meta, "topic": None, "keywords": [],
                            "summary": []}
    for off, part in large.iter_parts(text, lambda t: pipe(t, date=date), large.PART_CHARS):
        j = large.shift(part.to_json(), off)
        data["date"] = j["date"]
        for k in ("articles", "sentences", "tokens", "repairs", "entities", "quotes", "dates",
                  "numbers"):
            data.setdefault(k, []).extend(j.get(k, []))
        if data["topic"] is None:
            data["topic"] = j.get("topic")
    return document_from_json(data)


def prepare(rec: Any, default_date: str | None = None) -> Prepared:
    """Analyze a :class:`~khabar.io.readers.Record` into a :class:`Prepared`. Never raises."""
    from khabar.errors import KhabarError
    origin = rec.origin or rec.id or "?"
    if rec.error or rec.text is None:
        return Prepared(hash="", origin=origin, error=rec.error or f"{origin}: no text")
    h = content_hash(rec.text)
    try:
        meta = {k: v for k, v in (("id", rec.id), ("title", rec.title), ("url", rec.url),
                                  ("source", rec.source), ("encoding", rec.encoding)) if v}
        meta.update(rec.meta or {})
        date = parse_date(rec.date)
        if rec.date and date is None:
            meta["date_raw"] = rec.date          # kept, not guessed
        doc = _analyze(rec.text, date or default_date, meta)
        return build(doc, rec, h)
    except KhabarError as exc:
        return Prepared(hash=h, origin=origin, error=f"{origin}: {exc}")
    except Exception as exc:  # a bug: keep the batch going but say so loudly
        return Prepared(hash=h, origin=origin,
                        error=f"{origin}: internal error {type(exc).__name__}: {exc} "
                              f"(please report)")


@lru_cache(maxsize=4096)
def _title_terms(title: str) -> str:
    """The indexed stems of a title (cached: the parts or wire copies of one article share
    it, and the light analyzer is deterministic)."""
    return " ".join(t.stem for t in analyze_terms(title))


def build(doc: Any, rec: Any, h: str | None = None) -> Prepared:
    """The rows of an analyzed document (``rec`` gives id, title, url, source, encoding)."""
    from khabar.io.jsoncodec import dumps
    raw = doc.raw
    h = h or content_hash(raw)
    terms = document_terms(doc.tokens)
    offs = np.array([(t.start, t.end) for t in terms], dtype="<u4").reshape(-1)
    title = (rec.title or "").strip() or None
    title_terms = _title_terms(title) if title else ""
    sig = minhash.signature(raw_words(raw))
    return Prepared(
        hash=h, origin=rec.origin or rec.id or "", ext_id=rec.id, title=title, date=doc.date,
        url=rec.url, source=rec.source, encoding=rec.encoding,
        topic=doc.topic[0] if doc.topic else None, n_tokens=len(doc.tokens),
        text_z=zlib.compress(raw.encode("utf-8", "surrogatepass"), 6),
        analysis_z=zlib.compress(dumps(doc).encode("utf-8", "surrogatepass"), ANALYSIS_LEVEL),
        entities=[(e.canonical, normalize(e.canonical), e.label, e.start, e.end)
                  for e in doc.entities],
        quotes=[(q.speaker.canonical if q.speaker else None,
                 normalize(q.speaker.canonical) if q.speaker and q.speaker.canonical else None,
                 q.content.start, q.content.end, raw[q.content.start:q.content.end])
                for q in doc.quotes],
        dates=[(str(v.value), v.start, v.end) for v in doc.dates if v.value is not None],
        columns=columns(terms), title_terms=title_terms,
        offsets=zlib.compress(offs.tobytes(), 6),
        signature=None if sig is None else minhash.to_bytes(sig))


def decode_offsets(blob: bytes) -> list[tuple[int, int]]:
    a = np.frombuffer(zlib.decompress(blob), dtype="<u4").tolist()
    return list(zip(a[0::2], a[1::2]))


def decode_text(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8", "surrogatepass")


def decode_analysis(blob: bytes) -> dict[str, Any]:
    return json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))


def prepare_analyzed(rec: Any) -> Prepared:
    """The rows of a record that carries its analysis (Spark output, analyzed JSONL): the
    analysis is checked with ``Document.from_json`` and stored, not recomputed. Never raises."""
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
