"""The versioned JSON contract: ``Document`` ↔ plain dicts (schema 1).

Every span object carries ``start``/``end`` code-point offsets into ``text`` and, where the
contract says so, its surface ``text`` (always ``raw[start:end]``). ``document_from_json``
checks this and raises :class:`SchemaError` naming the first offending field.
"""
from __future__ import annotations

import json
from typing import Any

from khabar.document import (
    SCHEMA_VERSION, Article, Document, Entity, Quote, Repair, Sentence, Span, Speaker, Token,
    Value, Word,
)
from khabar.errors import SchemaError


#: Placeholder for the token list in :func:`contract` (written later as JSON text).
TOKENS_LATER = object()


def document_to_json(doc: Document) -> dict[str, Any]:
    """Serialize ``doc`` to the JSON contract (a dict ready for ``json.dumps``)."""
    return contract(doc, token_dicts(doc))


def token_dicts(doc: Document) -> list[dict[str, Any]]:
    """The contract's ``tokens`` list."""
    raw = doc.raw
    return [{"start": t.start, "end": t.end, "text": raw[t.start:t.end], "norm": t.norm,
             "words": [{"text": w.text, "upos": w.upos, "lemma": w.lemma} for w in t.words]}
            for t in doc.tokens]


def contract(doc: Document, tokens: Any) -> dict[str, Any]:
    """The contract dict of ``doc`` with ``tokens`` as the value of its ``"tokens"`` key."""
    from khabar import __version__
    raw = doc.raw
    out: dict[str, Any] = {"khabar": __version__, "schema": SCHEMA_VERSION, "text": raw,
                           "date": doc.date}
    if doc.meta:
        out["meta"] = doc.meta
    out["articles"] = [{"start": a.start, "end": a.end,
                        "headline": _span(a.headline) if a.headline else None}
                       for a in doc.articles]
    out["sentences"] = [{"start": s.start, "end": s.end, "article": s.article}
                        for s in doc.sentences]
    out["tokens"] = tokens
    out["repairs"] = [{"start": r.start, "end": r.end, "text": raw[r.start:r.end],
                       "replacement": r.replacement, "kind": r.kind,
                       "confidence": round(r.confidence, 4)} for r in doc.repairs]
    out["entities"] = [{"start": e.start, "end": e.end, "text": raw[e.start:e.end],
                        "label": e.label, "canonical": e.canonical} for e in doc.entities]
    out["quotes"] = [{"speaker": None if q.speaker is None else {
        "start": q.speaker.start, "end": q.speaker.end,
        "text": raw[q.speaker.start:q.speaker.end], "canonical": q.speaker.canonical},
        "cue": _span(q.cue), "content": _span(q.content), "direct": q.direct}
        for q in doc.quotes]
    out["dates"] = [_value(raw, d) for d in doc.dates]
    out["numbers"] = [_value(raw, n) | {"unit": n.unit} for n in doc.numbers]
    out["topic"] = None if doc.topic is None else {"label": doc.topic[0], "score": doc.topic[1]}
    out["keywords"] = list(doc.keywords)
    out["summary"] = list(doc.summary)
    return out


def _span(s: Any) -> dict[str, int]:
    return {"start": s.start, "end": s.end}


def _value(raw: str, v: Value) -> dict[str, Any]:
    return {"start": v.start, "end": v.end, "text": raw[v.start:v.end], "value": v.value}


def document_from_json(data: dict[str, Any] | str) -> Document:
    """Rebuild a Document; raises :class:`SchemaError` on any contract violation."""
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise SchemaError(f"not JSON: {exc}; pass the output of Document.to_json()") from None
    if not isinstance(data, dict):
        raise SchemaError(f"a document must be a JSON object, got {type(data).__name__}")
    if data.get("schema") != SCHEMA_VERSION:
        raise SchemaError(f"unsupported schema {data.get('schema')!r}; this Khabar reads "
                          f"schema {SCHEMA_VERSION}")
    raw = data.get("text")
    if not isinstance(raw, str):
        raise SchemaError("field 'text' (the raw text) must be a string")
    try:
        return _build(raw, data)
    except SchemaError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SchemaError(f"malformed document JSON ({type(exc).__name__}: {exc})") from None


def _build(raw: str, d: dict[str, Any]) -> Document:
    n = len(raw)

    def span(o: dict[str, Any], field: str, check_text: bool = False) -> tuple[int, int]:
        s, e = o["start"], o["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n):
            raise SchemaError(f"{field}: span [{s!r}, {e!r}) is outside the text (length {n})")
        if check_text and "text" in o and o["text"] != raw[s:e]:
            raise SchemaError(f"{field}: text {o['text']!r} is not raw[{s}:{e}] {raw[s:e]!r}")
        return s, e

    doc = Document(raw=raw, date=d.get("date"), meta=dict(d.get("meta") or {}))
    doc.articles = tuple(Article(*span(a, "articles"), headline=(
        Span(*span(a["headline"], "articles.headline")) if a.get("headline") else None))
        for a in d.get("articles", []))
    doc.sentences = tuple(Sentence(*span(s, "sentences"), article=int(s.get("article", 0)))
                          for s in d.get("sentences", []))
    doc.tokens = tuple(Token(*span(t, "tokens", True), norm=t["norm"], words=tuple(
        Word(w["text"], w.get("upos"), w.get("lemma")) for w in t.get("words", [])))
        for t in d.get("tokens", []))
    doc.repairs = tuple(Repair(*span(r, "repairs", True), replacement=r["replacement"],
                               kind=r["kind"], confidence=float(r["confidence"]))
                        for r in d.get("repairs", []))
    doc.entities = tuple(Entity(*span(e, "entities", True), label=e["label"],
                                canonical=e["canonical"]) for e in d.get("entities", []))
    doc.quotes = tuple(Quote(
        speaker=None if q.get("speaker") is None else Speaker(
            *span(q["speaker"], "quotes.speaker", True), canonical=q["speaker"].get("canonical")),
        cue=Span(*span(q["cue"], "quotes.cue")), content=Span(*span(q["content"], "quotes.content")),
        direct=bool(q["direct"])) for q in d.get("quotes", []))
    doc.dates = tuple(Value(*span(v, "dates", True), value=v.get("value"))
                      for v in d.get("dates", []))
    doc.numbers = tuple(Value(*span(v, "numbers", True), value=v.get("value"),
                              unit=v.get("unit")) for v in d.get("numbers", []))
    topic = d.get("topic")
    doc.topic = None if topic is None else (topic["label"], float(topic["score"]))
    doc.keywords = tuple(d.get("keywords", []))
    doc.summary = tuple(int(i) for i in d.get("summary", []))
    if doc.repairs:
        from khabar.text.view import View
        doc.view = View(raw, doc.repairs)
    return doc


def dumps(doc: Document, indent: int | None = None, head: dict[str, Any] | None = None) -> str:
    """JSON text of ``doc`` (Arabic kept as UTF-8, not escaped): exactly
    ``json.dumps({**head, **document_to_json(doc)}, ensure_ascii=False, indent=indent)``,
    written faster (see :mod:`khabar.io.jsontext`). Raises ``TypeError``/``ValueError`` where
    ``json.dumps`` would."""
    from khabar.io.jsontext import dumps_document
    return dumps_document(doc, indent, head)
