"""The corpus store interface and :func:`open_store`.

A store keeps documents keyed by the sha256 of their text, their full analysis (the JSON
contract), entity/quote/date tables, a search index over Khabar's analyzed terms and
near-duplicate clusters. SQLite is the embedded default (:mod:`khabar.corpus.sqlite`);
PostgreSQL (:mod:`khabar.corpus.postgres`) implements the same interface for shared stores.
"""
from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from khabar.errors import ConfigError

DEFAULT_DUP_THRESHOLD = 0.8


@dataclass
class Hit:
    """One search result. ``snippet`` is raw text; ``highlights`` are ``(start, end)`` in it."""

    doc: int
    hash: str
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    ext_id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    topic: str | None = None
    relaxed: bool = False

    def marked(self, left: str = "«", right: str = "»") -> str:
        """The snippet with each highlight wrapped in ``left``/``right``."""
        out, last = [], 0
        for s, e in self.highlights:
            out.append(self.snippet[last:s])
            out.append(left + self.snippet[s:e] + right)
            last = e
        out.append(self.snippet[last:])
        return "".join(out)

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "hash": self.hash, "id": self.ext_id, "title": self.title,
                "date": self.date, "source": self.source, "url": self.url, "topic": self.topic,
                "score": round(self.score, 4), "snippet": self.snippet,
                "highlights": [list(h) for h in self.highlights], "all_words": not self.relaxed}


@dataclass
class AddResult:
    """What :meth:`Store.add` did: ``status`` is "ingested" or "skipped"."""

    status: str
    doc: int | None = None
    cluster: int | None = None       # the near-duplicate cluster joined, if any
    similarity: float | None = None


class Store(ABC):
    """A corpus store: one writer, many readers. ``location`` names it in messages (a path,
    or a URL with the password hidden)."""

    location: str = "corpus store"

    @abstractmethod
    def has(self, hashes: Iterable[str]) -> set[str]:
        """The subset of ``hashes`` already stored."""

    @abstractmethod
    def add(self, prepared: Any) -> AddResult:
        """Write one prepared document with all its rows atomically (a no-op if present)."""

    def add_many(self, prepared: Sequence[Any]) -> list[AddResult]:
        """Write prepared documents in order, all of them in one transaction where the
        backend can (all or none are committed; an ingest killed mid-batch loses only that
        batch); one :class:`AddResult` each, as :meth:`add` would give."""
        return [self.add(p) for p in prepared]

    @abstractmethod
    def search(self, query: str, limit: int = 10, since: str | None = None,
               until: str | None = None, entity: str | None = None, topic: str | None = None,
               source: str | None = None) -> list[Hit]:
        """Ranked hits; raises InputError for a malformed query or filter."""

    @abstractmethod
    def dup_clusters(self, min_size: int = 2, limit: int | None = None) -> list[dict[str, Any]]:
        """Near-duplicate clusters, largest first: ``{"cluster", "size", "members"}``."""

    @abstractmethod
    def document(self, key: int | str) -> Any:
        """The stored :class:`~khabar.document.Document` by row id or content hash."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts of documents, entities, clusters, …"""

    # Stories and entity timelines: concrete so that a backend can come without them.

    def update_stories(self, rebuild: bool = False, params: Any = None,
                       progress: Any = None) -> Any:
        """Place new documents in stories (all of them with ``rebuild``); a
        :class:`~khabar.corpus.stories.StoryUpdate`."""
        raise ConfigError(f"{type(self).__name__} has no stories yet")

    def stories(self, since: str | None = None, until: str | None = None, min_size: int = 2,
                limit: int | None = None) -> list[Any]:
        """Stored :class:`~khabar.corpus.stories.Story` objects with a document in the range."""
        raise ConfigError(f"{type(self).__name__} has no stories yet")

    def entity(self, name: str, bucket: str = "auto", top: int = 10, quotes: int = 20) -> Any:
        """The :class:`~khabar.corpus.entity.EntityTimeline` of a canonical name, or None."""
        raise ConfigError(f"{type(self).__name__} has no entity timelines yet")

    def suggest_entities(self, name: str, limit: int = 8) -> list[dict[str, Any]]:
        """Known entity names close to ``name`` (prefix, substring, shared word)."""
        raise ConfigError(f"{type(self).__name__} has no entity timelines yet")

    def reindex(self, progress: Any = None) -> int:
        """Rebuild the search index from the stored analyses (after a change of the index
        analyzer); the number of documents. Raises ConfigError where the backend has none."""
        raise ConfigError(f"{type(self).__name__} cannot rebuild its search index in place yet: "
                          f"ingest the inputs again into a new database or schema")

    def optimize(self, force: bool = False) -> dict[str, Any]:
        """Refresh search accelerators that ingest does not maintain by itself; called at the
        end of every ingest. Returns what was done (empty when nothing was needed). The base
        store has none."""
        return {}

    @abstractmethod
    def close(self) -> None:
        ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


_SQLITE_EXTS = (".db", ".sqlite", ".sqlite3")


def sqlite_path(url_or_path: str | os.PathLike[str]) -> str:
    """The file path of a SQLite store location; ConfigError for anything else."""
    s = os.fspath(url_or_path)
    if "://" in s:
        scheme = s.split("://", 1)[0].lower()
        if scheme == "sqlite":
            path = s[len("sqlite://"):]
            if not path.startswith("/") or path == "/":
                raise ConfigError(f"bad SQLite URL {s!r}: write sqlite:///relative/news.db or "
                                  f"sqlite:////absolute/news.db")
            return path[1:]
        if scheme in ("postgresql", "postgres"):
            raise ConfigError(f"{scheme}:// is a PostgreSQL store, not a SQLite file")
        raise ConfigError(f"unknown store scheme {scheme!r} in {s!r}; give a .db path, "
                          f"sqlite:///path or postgresql://user:password@host/database")
    if not s.lower().endswith(_SQLITE_EXTS):
        raise ConfigError(f"store {s!r}: give a SQLite file ending in .db (or .sqlite), or a "
                          f"URL sqlite:///path")
    return s


def open_store(url_or_path: str | os.PathLike[str], create: bool = True,
               dup_threshold: float | None = None) -> Store:
    """Open (and, with ``create``, create) the store at a ``.db`` path, a ``sqlite:///`` URL
    or a ``postgresql://user:password@host/database[?schema=NAME]`` URL.

    Raises :class:`ConfigError` for an unknown scheme, a missing database when ``create`` is
    False, a database written by a newer schema, or a PostgreSQL server that refuses.
    """
    s = os.fspath(url_or_path)
    if s.split("://", 1)[0].lower() in ("postgresql", "postgres") and "://" in s:
        from khabar.corpus.postgres import PostgresStore
        return PostgresStore(s, create=create, dup_threshold=dup_threshold)
    path = sqlite_path(s)
    from khabar.corpus.sqlite import SQLiteStore
    return SQLiteStore(path, create=create, dup_threshold=dup_threshold)


def shown_location(url_or_path: str | os.PathLike[str]) -> str:
    """The store's location fit to print: a PostgreSQL URL with its password as ``***``, a
    path as given. Raises :class:`ConfigError` for a malformed PostgreSQL URL."""
    s = os.fspath(url_or_path)
    if s.split("://", 1)[0].lower() in ("postgresql", "postgres") and "://" in s:
        from khabar.corpus.pgconn import split_url
        return split_url(s)[2]
    return s
