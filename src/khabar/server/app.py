"""The FastAPI application: API routes, the web page, limits and error mapping.

Status codes: 400 for a :class:`~khabar.errors.KhabarError` (its message is the ``detail``),
404 for unknown documents, entities and routes (and corpus routes on a server without
``--db``), 413 for a body over ``max_bytes``, 422 for malformed JSON or parameters, 503 for
work over the per-request ``timeout`` or a model missing from the install. Anything else is a
bug and answers 500 without internals.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from khabar.errors import KhabarError, ResourceError
from khabar.server.config import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from khabar.server.limits import BodyLimit, SecurityHeaders, TimeLimitError
from khabar.server.service import NotFoundError, Service

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("khabar.server")


def _error(status: int, detail: Any, **extra: Any) -> JSONResponse:
    return JSONResponse(status_code=status, content={"detail": detail, **extra})


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Pydantic's errors may carry the offending input and exception objects; keep them short
    # and JSON-safe.
    out = []
    for e in exc.errors():
        item = {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")),
                "type": str(e.get("type", ""))}
        out.append(item)
    return out


def create_app(db: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
               timeout: float = DEFAULT_TIMEOUT, read_workers: int = 8,
               warm: bool = True) -> FastAPI:
    """The Khabar web app over the corpus at ``db`` (None: analysis only).

    ``max_bytes`` bounds request bodies (413 beyond it); ``timeout`` bounds each request's
    work in seconds (503 beyond it); ``warm`` loads the models at startup. Raises
    :class:`~khabar.errors.ConfigError` when ``db`` is not an existing Khabar corpus, or for a
    limit ≤ 0.
    """
    from khabar import __version__
    from khabar.errors import ConfigError
    if max_bytes <= 0 or timeout <= 0 or read_workers < 1:
        raise ConfigError("--max-bytes and --timeout take positive numbers")
    service = Service(None if db is None else str(db), timeout=timeout,
                      read_workers=read_workers)
    service.check_db()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            await service.start()
        try:
            yield
        finally:
            service.close()

    app = FastAPI(title="Khabar", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Arabic news understanding over HTTP: analyze a text into the "
                              "Document JSON contract (every annotation is a span of offsets "
                              "into the raw text), search a corpus, follow entities and "
                              "stories. The web page is served at /.")
    app.state.khabar = service
    app.state.limits = {"max_bytes": max_bytes, "timeout": timeout}

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return _error(404, str(exc), **exc.extra)

    @app.exception_handler(ResourceError)
    async def resource(request: Request, exc: ResourceError) -> JSONResponse:
        log.error("resource missing: %s", exc)
        return _error(503, str(exc))

    @app.exception_handler(KhabarError)
    async def khabar_error(request: Request, exc: KhabarError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(TimeLimitError)
    async def time_limit(request: Request, exc: TimeLimitError) -> JSONResponse:
        return _error(503, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, _validation_detail(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:  # pragma: no cover
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, "internal error (a bug in Khabar; the server log has the details)")

    from khabar.server.routes import router
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    app.add_middleware(SecurityHeaders)
    return app


#: Environment variables read by :func:`app_from_env` (set by ``khabar serve --workers N``).
ENV_DB, ENV_MAX_BYTES, ENV_TIMEOUT = "KHABAR_SERVE_DB", "KHABAR_SERVE_MAX_BYTES", \
    "KHABAR_SERVE_TIMEOUT"


def app_from_env() -> FastAPI:
    """:func:`create_app` configured by environment variables: the factory each uvicorn
    worker process calls when ``khabar serve`` runs several workers."""
    import os
    return create_app(os.environ.get(ENV_DB) or None,
                      max_bytes=int(os.environ.get(ENV_MAX_BYTES, DEFAULT_MAX_BYTES)),
                      timeout=float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)))
