"""The embedded SQLite store (WAL mode, one writer, many readers).

The tables and their creation are in :mod:`khabar.corpus.sqlschema` (schema version 1),
rebuilding the search index from the stored analyses in :mod:`khabar.corpus.sqlreindex`.

Every document's rows are written in one transaction (a batch of documents in one, see
:mod:`khabar.corpus.write`), so a killed ingest leaves each document either complete or
absent. Writing rows, near-duplicates, filters, snippets and reading are shared with the
PostgreSQL store (:mod:`khabar.corpus.sqlbase`, :mod:`khabar.corpus.filters`,
:mod:`khabar.corpus.sqlread`); this module holds the connection, the row writers and the
FTS5 query.
"""
from __future__ import annotations

import os
import sqlite3
from typing import Any, Callable, Sequence

from khabar.corpus.filters import Filters, where_sql
from khabar.corpus.query import Query, expression
from khabar.corpus.sqlbase import SQLStore, now
from khabar.corpus.sqlschema import (RANK_WEIGHTS, SCHEMA_VERSION, check_version, create_schema,
                                     locked_error)
from khabar.errors import ConfigError, InputError

__all__ = ["RANK_WEIGHTS", "SCHEMA_VERSION", "SQLiteStore"]


class SQLiteStore(SQLStore):
    """A :class:`~khabar.corpus.store.Store` in one SQLite file (see the module doc).

    ``SQLiteStore(path, create=True, dup_threshold=None)`` opens the file, creating it and its
    tables when missing (unless ``create`` is false). Raises ConfigError for a missing file
    without ``create``, a missing folder, a file that is not a Khabar corpus (other tables,
    not SQLite, a newer schema), a store another process is writing to, a database that
    cannot use WAL mode, and a duplicate threshold outside (0, 1].
    """

    def __init__(self, path: str, create: bool = True,
                 dup_threshold: float | None = None) -> None:
        self.path = self.location = path
        self.rank_weights = RANK_WEIGHTS
        exists = os.path.exists(path)
        if not exists and not create:
            raise ConfigError(f"{path}: no such corpus database; create it with "
                              f"'khabar ingest FILES --db {path}'")
        if not exists:
            parent = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(parent):
                raise ConfigError(f"{path}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
            self.conn.execute("PRAGMA busy_timeout = 10000")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._init_schema(create, dup_threshold)
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise locked_error(path, exc) from None
            raise ConfigError(f"{path}: not a usable SQLite corpus database ({exc})") from None
        if mode.lower() != "wal":
            raise ConfigError(f"{path}: cannot switch the database to WAL mode (got {mode})")

    # -- schema ---------------------------------------------------------------------------

    def _init_schema(self, create: bool, dup_threshold: float | None) -> None:
        """Check the schema, creating it in an empty file when ``create``. Raises ConfigError
        (no schema without ``create``, other tables, a newer schema, a bad threshold) and
        sqlite3.DatabaseError (turned into a ConfigError by ``__init__``)."""
        c = self.conn
        has_meta = c.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        version = self._meta("schema_version") if has_meta else None
        if version is None:
            if not create:
                raise ConfigError(f"{self.path}: not a Khabar corpus database (no schema "
                                  f"version); create one with 'khabar ingest'")
            tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables and not has_meta:
                raise ConfigError(f"{self.path}: this SQLite file holds other tables; give a "
                                  f"new file for the Khabar corpus")
            create_schema(c, dup_threshold)
            version = str(SCHEMA_VERSION)
        check_version(self.path, version)
        self._load_dup_settings(dup_threshold)

    # -- writing --------------------------------------------------------------------------

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise locked_error(self.path, exc) from None

    def _has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                                 (name,)).fetchone() is not None

    def _nocase_eq(self, column: str) -> str:
        return f"{column} = ? COLLATE NOCASE"

    def _bytes(self) -> int:
        return os.path.getsize(self.path)

    def _insert_documents(self, docs: Sequence[Any]) -> list[int]:
        c, at = self.conn, now()
        return [c.execute(
            "INSERT INTO documents(hash, ext_id, title, date, url, source, encoding, origin,"
            " topic, n_tokens, ingested_at, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (p.hash, p.ext_id, p.title, p.date, p.url, p.source, p.encoding, p.origin,
             p.topic, p.n_tokens, at, p.text_z)).lastrowid for p in docs]

    def _insert_index(self, ids: Sequence[int], docs: Sequence[Any]) -> None:
        self.conn.executemany("INSERT INTO terms(rowid, surface, host, lemma, stem, title) "
                              "VALUES (?,?,?,?,?,?)",
                              [(d, *p.columns, p.title_terms) for d, p in zip(ids, docs)])

    def _insert_many(self, table: str, rows: list[tuple]) -> None:
        if rows:
            self.conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})",
                                  rows)

    def reindex(self, progress: Callable[[int, int], object] | None = None) -> int:
        """Rebuild the search index from the stored analyses (no re-analysis); returns the
        number of documents. Use it after a change of the index analyzer (``terms``).
        ``progress(n, total)`` is called after each document. Raises what
        :func:`khabar.corpus.sqlreindex.reindex` raises."""
        from khabar.corpus.sqlreindex import reindex
        return reindex(self.conn, progress)

    # -- reading --------------------------------------------------------------------------

    def _run(self, q: Query, relaxed: bool, filters: Filters, limit: int,
             exclude: set[int]) -> list[tuple]:
        """The best ``limit`` matches not in ``exclude`` as ``(id, hash, ext_id, title, date,
        source, url, topic, score)`` rows; raises InputError when FTS5 rejects the query."""
        # Rank inside FTS5 (filters as a rowid set), then read the few documents' metadata:
        # joining every match to ``documents`` before the sort doubles the time of a frequent
        # word's query. ``+rowid`` keeps FTS5 from driving the scan by the filter's rowids (one
        # MATCH per filtered document: seconds instead of milliseconds).
        weights = ", ".join(map(str, self.rank_weights))
        sql = f"SELECT rowid, -bm25(terms, {weights}) AS score FROM terms WHERE terms MATCH ?"
        where, args = where_sql(filters, "d", "d.id", self._nocase_eq)
        if where:
            sql += f" AND +rowid IN (SELECT d.id FROM documents d WHERE 1{where})"
        try:
            ranked = self.conn.execute(sql + " ORDER BY score DESC LIMIT ?",
                                       [expression(q, relaxed), *args,
                                        limit + len(exclude)]).fetchall()
        except sqlite3.OperationalError as exc:
            raise InputError(f"cannot run this query ({exc}); simplify it: words, \"phrases\", "
                             f"OR, and -word to exclude") from None
        return self._with_metadata([r for r in ranked if r[0] not in exclude][:limit])

    def close(self) -> None:
        """Close the connection (never raises)."""
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover
            pass
