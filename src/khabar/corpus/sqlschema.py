"""The embedded SQLite store's tables (schema version 1; ``meta`` holds ``schema_version``).

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
see :mod:`khabar.corpus.stories`). The store itself is :mod:`khabar.corpus.sqlite`.
"""
from __future__ import annotations

import sqlite3

from khabar.corpus import minhash
from khabar.corpus.sqlbase import now
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD
from khabar.errors import ConfigError

__all__ = ["DDL", "RANK_WEIGHTS", "SCHEMA_VERSION", "check_version", "create_schema",
           "locked_error"]

SCHEMA_VERSION = 1
#: bm25 weights of the FTS columns surface, host, lemma, stem, title.
RANK_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0)

DDL = """
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


def locked_error(path: str, exc: Exception) -> ConfigError:
    """The error for a store another process is writing to (returned, not raised)."""
    return ConfigError(f"{path}: the database is busy ({exc}); another process is writing to "
                       f"it (one ingest at a time per store) - wait for it or use another --db")


def create_schema(conn: sqlite3.Connection, dup_threshold: float | None) -> None:
    """Create the tables and write ``meta`` (version, creator, duplicate and MinHash
    settings) and the bm25 rank of ``terms`` in one transaction, rolled back on any error.
    ``dup_threshold`` None means :data:`~khabar.corpus.store.DEFAULT_DUP_THRESHOLD`.
    Raises sqlite3.DatabaseError (the caller turns it into a ConfigError)."""
    from khabar import __version__
    th = DEFAULT_DUP_THRESHOLD if dup_threshold is None else dup_threshold
    conn.execute("BEGIN IMMEDIATE")
    try:
        for stmt in DDL.split(";\n"):
            if stmt.strip():
                conn.execute(stmt)
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
            ("schema_version", str(SCHEMA_VERSION)), ("created_by", __version__),
            ("created_at", now()), ("dup_threshold", repr(float(th))),
            ("minhash_perm", str(minhash.NUM_PERM)),
            ("minhash_shingle", str(minhash.SHINGLE)),
            ("lsh_bands", str(minhash.bands_for(th)))])
        weights = ", ".join(map(str, RANK_WEIGHTS))
        conn.execute("INSERT INTO terms(terms, rank) VALUES ('rank', ?)",
                     (f"bm25({weights})",))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def check_version(path: str, version: str) -> None:
    """Raise ConfigError unless ``version`` (meta ``schema_version``) is the one this Khabar
    reads; ValueError when it is not an integer."""
    if int(version) > SCHEMA_VERSION:
        raise ConfigError(f"{path}: corpus schema {version} is newer than this Khabar "
                          f"reads ({SCHEMA_VERSION}); upgrade Khabar")
    if int(version) < SCHEMA_VERSION:  # pragma: no cover - no older schema exists yet
        raise ConfigError(f"{path}: corpus schema {version} is older than "
                          f"{SCHEMA_VERSION}; re-ingest into a new database")
