"""What the HTTP handlers call: analysis and corpus reads, run off the event loop.

:class:`Service` owns the worker pools and the corpus location. The analysis pipeline keeps
per-type caches that are not safe to share between threads, so everything that runs it —
``/analyze`` and the query analysis inside ``/search`` — goes through one pipeline thread;
plain database reads (documents, entities, stories) use a separate pool. Every database
call opens the store in its worker thread (SQLite connections belong to one thread) and
closes it afterwards.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from khabar.errors import KhabarError
from khabar.server.limits import Workers

T = TypeVar("T")


class NotFoundError(KhabarError):
    """An unknown document, entity or route argument (HTTP 404)."""

    def __init__(self, message: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.extra = extra or {}


class Service:
    """Analysis and corpus access for one app; ``db`` None serves analysis only."""

    def __init__(self, db: str | None, timeout: float = 30.0, read_workers: int = 8) -> None:
        self.db = db
        self.workers = Workers(analysis=1, reads=read_workers, timeout=timeout)
        self._ready = False
        self._lock = threading.Lock()

    # -- setup ------------------------------------------------------------------------------

    def check_db(self) -> None:
        """Open and close the store once; raises ConfigError when it is missing or unusable."""
        if self.db is not None:
            from khabar.corpus import open_store
            open_store(self.db, create=False).close()

    def warm(self) -> None:
        """Load the models (in the pipeline thread, before the first request needs them)."""
        if self._ready:
            return
        with self._lock:
            if not self._ready:
                from khabar.corpus.terms import analyze_terms
                from khabar.pipeline import analyze
                analyze("تحميل النماذج في الخادم.")
                analyze_terms("تحميل")
                self._ready = True

    async def start(self) -> None:
        await self.workers.run(self.workers.analysis, self.warm)

    def close(self) -> None:
        self.workers.shutdown()

    # -- analysis ---------------------------------------------------------------------------

    async def analyze(self, text: str, date: str | None, fmt: str) -> Any:
        """The Document JSON (``fmt`` "json") or its CoNLL-U / readable text rendering."""
        return await self.workers.run(self.workers.analysis, self._analyze, text, date, fmt)

    def _analyze(self, text: str, date: str | None, fmt: str) -> Any:
        self.warm()
        from khabar.pipeline import analyze
        doc = analyze(text, date=date)
        if fmt == "conllu":
            from khabar.io.conllu import to_conllu
            return to_conllu(doc)
        if fmt == "pretty":
            from khabar.io.pretty import render
            return render(doc)
        return doc.to_json()

    # -- corpus -----------------------------------------------------------------------------

    async def search(self, **kwargs: Any) -> list[Any]:
        """Store.search in the pipeline thread (the query is analyzed like documents)."""
        def run() -> list[Any]:
            self.warm()
            return self._with_store(lambda s: s.search(**kwargs))
        return await self.workers.run(self.workers.analysis, run)

    async def read(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn(store)`` in the read pool."""
        return await self.workers.run(self.workers.reads, self._with_store, fn)

    def _with_store(self, fn: Callable[[Any], T]) -> T:
        if self.db is None:
            raise NotFoundError("this server has no corpus; start it with "
                                "'khabar serve --db news.db' to search stored documents")
        from khabar.corpus import open_store
        store = open_store(self.db, create=False)
        try:
            return fn(store)
        finally:
            store.close()
