"""The embedded SQLite store (WAL mode, one writer, many readers).

Schema version 1 (``meta`` holds ``schema_version``):

* ``documents(id, hash UNIQUE, ext_id, title, date, url, source, encoding, origin, topic,
  n_tokens, ingested_at, text)`` - ``hash`` is the sha256 of the text (the document key);
  ``text`` is the zlib-compressed raw text (for snippets);
* ``analyses(doc, khabar_version, json)`` - the JSON contract, zlib-compressed;
* ``entities(doc, canonical, canonical_norm, label, start, end)``;
* ``quotes(doc, speaker, speaker_norm, start, end, content)``;
* ``dates(doc, value, start, end)``;
* ``terms`` - FTS5 over the aligned analyzed fields ``surface host lemma stem`` and the
  title's stems (``ascii`` tokenizer over pre-tokenized, space-separated terms; rowid = doc);
  ``term_offsets(doc, data)`` - the raw ``(start, end)`` of each indexed token (zlib, uint32);
* ``minhash(doc, sig)``, ``lsh(key, doc)`` - signatures and LSH band keys;
  ``dups(doc, cluster, similarity)`` - near-duplicate clusters (the cluster id is the first
  document's id; documents without a row are alone).

``stories(id, title, title_doc, size, first_date, last_date)`` and ``story_docs(doc, story,
score)`` are added by ``khabar stories`` (``CREATE TABLE IF NOT EXISTS``, no version change;
see :mod:`khabar.corpus.stories`).

Every document's rows are written in one transaction (a batch of documents in one, see
:mod:`khabar.corpus.write`), so a killed ingest leaves each document either complete or
absent. Writing rows, near-duplicates, filters, snippets and reading are shared with the
PostgreSQL store (:mod:`khabar.corpus.sqlbase`, :mod:`khabar.corpus.filters`,
:mod:`khabar.corpus.sqlread`); this module holds the schema, the row writers, the FTS5 query
and ``reindex``.
"""
from __future__ import annotations

import os
import sqlite3
from typing import Any, Sequence

from khabar.corpus import minhash
from khabar.corpus.filters import Filters, where_sql
from khabar.corpus.prepare import decode_analysis
from khabar.corpus.query import Query, expression
from khabar.corpus.sqlbase import SQLStore, now
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD
from khabar.errors import ConfigError, InputError, KhabarError

__all__ = ["RANK_WEIGHTS", "SCHEMA_VERSION", "SQLiteStore"]

SCHEMA_VERSION = 1
#: bm25 weights of the FTS columns surface, host, lemma, stem, title.
RANK_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0)

_DDL = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    ext_id TEXT, title TEXT, date TEXT, url TEXT, source TEXT, encoding TEXT, origin TEXT,
    topic TEXT,
    n_tokens INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    text BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS documents_topic ON documents(topic COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS analyses(
    doc INTEGER PRIMARY KEY REFERENCES documents(id),
    khabar_version TEXT NOT NULL,
    json BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS entities(
    doc INTEGER NOT NULL REFERENCES documents(id),
    canonical TEXT NOT NULL, canonical_norm TEXT NOT NULL, label TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical_norm, doc);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE TABLE IF NOT EXISTS quotes(
    doc INTEGER NOT NULL REFERENCES documents(id),
    speaker TEXT, speaker_norm TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_norm);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE TABLE IF NOT EXISTS dates(
    doc INTEGER NOT NULL REFERENCES documents(id),
    value TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc);
CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(surface, host, lemma, stem, title,
    tokenize = 'ascii');
CREATE TABLE IF NOT EXISTS term_offsets(doc INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS minhash(doc INTEGER PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS lsh(key INTEGER NOT NULL, doc INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS lsh_key ON lsh(key);
CREATE TABLE IF NOT EXISTS dups(
    doc INTEGER PRIMARY KEY, cluster INTEGER NOT NULL, similarity REAL NOT NULL);
CREATE INDEX IF NOT EXISTS dups_cluster ON dups(cluster);
"""


def _locked(path: str, exc: Exception) -> KhabarError:
    return ConfigError(f"{path}: the database is busy ({exc}); another process is writing to "
                       f"it (one ingest at a time per store) - wait for it or use another --db")


class SQLiteStore(SQLStore):
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
                raise _locked(path, exc) from None
            raise ConfigError(f"{path}: not a usable SQLite corpus database ({exc})") from None
        if mode.lower() != "wal":
            raise ConfigError(f"{path}: cannot switch the database to WAL mode (got {mode})")

    # -- schema ---------------------------------------------------------------------------

    def _init_schema(self, create: bool, dup_threshold: float | None) -> None:
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
            from khabar import __version__
            th = DEFAULT_DUP_THRESHOLD if dup_threshold is None else dup_threshold
            c.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _DDL.split(";\n"):
                    if stmt.strip():
                        c.execute(stmt)
                c.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
                    ("schema_version", str(SCHEMA_VERSION)), ("created_by", __version__),
                    ("created_at", now()), ("dup_threshold", repr(float(th))),
                    ("minhash_perm", str(minhash.NUM_PERM)),
                    ("minhash_shingle", str(minhash.SHINGLE)),
                    ("lsh_bands", str(minhash.bands_for(th)))])
                weights = ", ".join(map(str, RANK_WEIGHTS))
                c.execute("INSERT INTO terms(terms, rank) VALUES ('rank', ?)",
                          (f"bm25({weights})",))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            version = str(SCHEMA_VERSION)
        if int(version) > SCHEMA_VERSION:
            raise ConfigError(f"{self.path}: corpus schema {version} is newer than this Khabar "
                              f"reads ({SCHEMA_VERSION}); upgrade Khabar")
        if int(version) < SCHEMA_VERSION:  # pragma: no cover - no older schema exists yet
            raise ConfigError(f"{self.path}: corpus schema {version} is older than "
                              f"{SCHEMA_VERSION}; re-ingest into a new database")
        self._load_dup_settings(dup_threshold)

    # -- writing --------------------------------------------------------------------------

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _locked(self.path, exc) from None

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

    def reindex(self, progress: Any = None) -> int:
        """Rebuild the search index from the stored analyses (no re-analysis); returns the
        number of documents. Use it after a change of the index analyzer (``terms``)."""
        from khabar.corpus.terms import analyze_terms, columns, document_terms
        from khabar.io.jsoncodec import document_from_json
        import numpy as np
        import zlib
        c = self.conn
        rows = c.execute("SELECT d.id, d.title FROM documents d ORDER BY d.id").fetchall()
        for n, (doc, title) in enumerate(rows, 1):
            (blob,) = c.execute("SELECT json FROM analyses WHERE doc = ?", (doc,)).fetchone()
            d = document_from_json(decode_analysis(blob))
            terms = document_terms(d.tokens)
            title_terms = " ".join(t.stem for t in analyze_terms(title)) if title else ""
            offs = np.array([(t.start, t.end) for t in terms], dtype="<u4").reshape(-1)
            c.execute("BEGIN IMMEDIATE")
            try:
                c.execute("DELETE FROM terms WHERE rowid = ?", (doc,))
                c.execute("INSERT INTO terms(rowid, surface, host, lemma, stem, title) "
                          "VALUES (?,?,?,?,?,?)", (doc, *columns(terms), title_terms))
                c.execute("INSERT OR REPLACE INTO term_offsets VALUES (?, ?)",
                          (doc, zlib.compress(offs.tobytes(), 6)))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            if progress is not None:
                progress(n, len(rows))
        c.execute("INSERT INTO terms(terms) VALUES ('optimize')")
        return len(rows)

    # -- reading --------------------------------------------------------------------------

    def _run(self, q: Query, relaxed: bool, filters: Filters, limit: int,
             exclude: set[int]) -> list[tuple]:
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
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover
            pass

