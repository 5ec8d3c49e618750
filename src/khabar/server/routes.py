"""The HTTP handlers: thin shells over :func:`khabar.analyze` and the corpus store.

Each handler checks its arguments (FastAPI answers 422 for a malformed body or parameter),
hands the work to :class:`~khabar.server.service.Service` and returns its JSON. Errors are
mapped in :mod:`khabar.server.app` (KhabarError → 400, unknown ids → 404).
"""
from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from khabar.errors import InputError
from khabar.server.schemas import (
    ERRORS,
    AnalyzeRequest,
    EntityList,
    EntityTimeline,
    SearchResult,
    StoryList,
)
from khabar.server.service import NotFoundError, Service

router = APIRouter()
_HASH = re.compile(r"[0-9a-f]{64}")
_DATE_HELP = "YYYY-MM-DD (or YYYY-MM, YYYY)"


def _svc(request: Request) -> Service:
    return request.app.state.khabar


def _json(data: Any) -> JSONResponse:
    return JSONResponse(content=data)


@router.post("/analyze", tags=["analysis"], responses=ERRORS,
             summary="Analyze a text: the Document JSON contract (schema 1)",
             response_description="the Document JSON (format json) or text/plain (conllu, "
                                  "pretty)")
async def analyze(body: AnalyzeRequest, request: Request) -> Response:
    out = await _svc(request).analyze(body.text, body.date, body.format)
    if isinstance(out, str):
        return PlainTextResponse(out)
    return _json(out)


@router.get("/search", tags=["corpus"], response_model=SearchResult, responses=ERRORS,
            summary="Search the corpus (Arabic-aware: clitics, lemma, stem)")
async def search(request: Request,
                 q: str = Query(min_length=1, max_length=1000,
                                description='words ANDed; "…" phrase; OR; -word excludes'),
                 limit: int = Query(10, ge=1, le=100),
                 since: str | None = Query(None, description=f"dated on or after {_DATE_HELP}"),
                 until: str | None = Query(None, description=f"dated on or before {_DATE_HELP}"),
                 entity: str | None = Query(None, max_length=200,
                                            description="only documents naming this entity"),
                 topic: str | None = Query(None, max_length=100),
                 source: str | None = Query(None, max_length=200)) -> Response:
    hits = await _svc(request).search(query=q, limit=limit, since=since or None,
                                      until=until or None, entity=entity or None,
                                      topic=topic or None, source=source or None)
    return _json({"query": q, "hits": [h.to_json() for h in hits]})


@router.get("/documents/{key}", tags=["corpus"], responses=ERRORS,
            summary="A stored document's analysis (the Document JSON contract)")
async def document(request: Request,
                   key: str = Path(description="the document's row id or the sha256 of its "
                                               "text")) -> Response:
    if key.isdigit() and len(key) < 19:
        ref: int | str = int(key)
    elif _HASH.fullmatch(key):
        ref = key
    else:
        raise NotFoundError(f"no document {key!r}: give a row id (a number) or the sha256 "
                            f"hash of its text (64 hex digits)")

    def get(store: Any) -> dict[str, Any]:
        try:
            doc = store.document(ref)
        except InputError:       # the store's message names its file; say less to clients
            raise NotFoundError(f"no document {key!r} in this corpus") from None
        return dict(doc.to_json(), doc=ref)

    return _json(await _svc(request).read(get))


@router.get("/entities", tags=["corpus"], response_model=EntityList, responses=ERRORS,
            summary="Known entity names close to a query (prefix, substring, shared word)")
async def entities(request: Request,
                   q: str = Query(min_length=1, max_length=200, description="a name or part"),
                   limit: int = Query(8, ge=1, le=100)) -> Response:
    found = await _svc(request).read(lambda s: s.suggest_entities(q, limit=limit))
    return _json({"query": q, "entities": found})


@router.get("/entities/{name:path}", tags=["corpus"], response_model=EntityTimeline,
            responses=ERRORS,
            summary="An entity's mentions over time, co-occurring names and quotes")
async def entity(request: Request,
                 name: str = Path(min_length=1, max_length=200,
                                  description="canonical name (matched after normalization)"),
                 by: str = Query("auto", pattern="^(auto|day|month)$"),
                 top: int = Query(10, ge=0, le=100),
                 quotes: int = Query(20, ge=0, le=200)) -> Response:
    def get(store: Any) -> dict[str, Any]:
        tl = store.entity(name, bucket=by, top=top, quotes=quotes)
        if tl is None:
            close = store.suggest_entities(name)
            hint = ", ".join(c["canonical"] for c in close)
            raise NotFoundError(f"no entity named «{name}» in this corpus"
                                + (f"; did you mean: {hint}" if hint else ""),
                                {"suggestions": close})
        return tl.to_json()

    return _json(await _svc(request).read(get))


@router.get("/stories", tags=["corpus"], response_model=StoryList, responses=ERRORS,
            summary="Stories (articles about the same event), largest first")
async def stories(request: Request,
                  since: str | None = Query(None, description=f"a document on or after "
                                                              f"{_DATE_HELP}"),
                  until: str | None = Query(None, description=f"a document on or before "
                                                              f"{_DATE_HELP}"),
                  min_size: int = Query(2, ge=1, le=10_000),
                  limit: int = Query(50, ge=1, le=500)) -> Response:
    found = await _svc(request).read(
        lambda s: s.stories(since=since or None, until=until or None, min_size=min_size,
                            limit=limit))
    return _json({"stories": [st.to_json() for st in found]})


@router.get("/stats", tags=["corpus"], responses=ERRORS,
            summary="Counts of documents, entities, quotes, clusters in the corpus")
async def stats(request: Request) -> Response:
    return _json(await _svc(request).read(lambda s: s.stats()))
