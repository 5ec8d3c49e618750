"""Request limits and response hardening, as plain ASGI middleware and a worker pool.

* :class:`BodyLimit` answers 413 to a request whose body is larger than ``max_bytes`` (by its
  ``Content-Length`` or, for a chunked body, by counting), before the application sees it.
* :class:`SecurityHeaders` adds a strict Content-Security-Policy (scripts only from this
  server, no inline script, no framing) and ``X-Content-Type-Options: nosniff`` to every
  response.
* :class:`Workers` runs blocking work (analysis, database reads) in bounded thread pools with a
  time limit, so the event loop keeps answering while a long analysis runs.
"""
from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: A body this many times over the limit is refused without reading it first.
_DRAIN_FACTOR = 8

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class TimeLimitError(Exception):
    """Work that did not finish within the server's per-request time limit."""


async def send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    """Send a complete JSON response on a raw ASGI ``send``."""
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": data})


class BodyLimit:
    """ASGI middleware: 413 for request bodies over ``max_bytes``; the body is buffered (it is
    at most ``max_bytes``) and replayed to the application."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> dict[str, Any]:
        return {"detail": f"request body is larger than {self.max_bytes:,} bytes; send a "
                          f"shorter text (or start the server with a larger --max-bytes)"}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = None
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                length = value
        if length is not None:
            if not length.isdigit():
                await send_json(send, 400, {"detail": "bad Content-Length header"})
                return
            if int(length) > self.max_bytes * _DRAIN_FACTOR:
                await send_json(send, 413, self._too_large())
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            msg = await receive()
            if msg["type"] != "http.request":   # the client went away
                return
            body = msg.get("body", b"")
            size += len(body)
            if size <= self.max_bytes:
                chunks.append(body)
            elif size > self.max_bytes * _DRAIN_FACTOR:
                break
            if not msg.get("more_body", False):
                break
        if size > self.max_bytes:
            await send_json(send, 413, self._too_large())
            return
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed() -> dict[str, Any]:
            if replay:
                return replay.pop()
            return await receive()

        await self.app(scope, replayed, send)


class SecurityHeaders:
    """ASGI middleware: add :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: dict[str, Any]) -> None:
            if msg["type"] == "http.response.start":
                names = {k.lower() for k, _ in msg.get("headers", [])}
                msg = dict(msg, headers=list(msg.get("headers", [])) +
                           [(k, v) for k, v in SECURITY_HEADERS if k not in names])
            await send(msg)

        await self.app(scope, receive, with_headers)


class Workers:
    """Bounded thread pools with a time limit: ``analysis`` for the CPU-bound pipeline (few
    threads: the work holds the GIL), ``reads`` for database queries."""

    def __init__(self, analysis: int = 2, reads: int = 8, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.analysis = ThreadPoolExecutor(max(1, analysis), thread_name_prefix="khabar-analyze")
        self.reads = ThreadPoolExecutor(max(1, reads), thread_name_prefix="khabar-read")

    async def run(self, pool: ThreadPoolExecutor, fn: Callable[..., T], *args: Any,
                  **kwargs: Any) -> T:
        """Run ``fn`` in ``pool``; raises :class:`TimeLimitError` after ``timeout`` seconds
        (queued work is dropped; work already running finishes in the background)."""
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(pool, functools.partial(fn, *args, **kwargs))
        try:
            return await asyncio.wait_for(fut, self.timeout)
        except TimeoutError:
            raise TimeLimitError(f"the request took longer than the server's limit of "
                                 f"{self.timeout:g} s; send a shorter text or a narrower "
                                 f"query") from None

    def shutdown(self) -> None:
        self.analysis.shutdown(wait=False, cancel_futures=True)
        self.reads.shutdown(wait=False, cancel_futures=True)
