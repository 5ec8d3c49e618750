"""The PostgreSQL store's tables and the migrations of older search layouts.

The shared schema (version 1) mirrors the SQLite one; the search tables are versioned apart
(meta ``pg_search``, absent = 1):

* layout 1: the word vector ``tsv`` in ``terms``;
* layout 2: the narrow ``fts(doc, tsv, rank_tsv)`` with a GIN index on ``tsv``;
* layout 3: ``fts`` also holds the filter columns ``date``, ``topic``, ``source``
  (copies of the document's) and the ``filters`` vector (:mod:`khabar.corpus.pgfilters`),
  with one GIN index on ``(tsv, filters)`` and a B-tree on ``date``;
* layout 4 (now): the top documents of frequent stems, ``fts_top_terms`` and ``fts_top``
  (:mod:`khabar.corpus.pgtop`).

An older store is migrated when it is opened (:mod:`khabar.corpus.pgmigrate`), inside the
database, no re-analysis.
"""
from __future__ import annotations

from typing import Any

from khabar.corpus import pgtop
from khabar.corpus.pgsearch import RANK_VECTOR_SQL

SCHEMA_VERSION = 1
#: Layout of the search tables (meta ``pg_search``).
SEARCH_LAYOUT = 4

DDL = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    id BIGSERIAL PRIMARY KEY, hash TEXT NOT NULL UNIQUE,
    ext_id TEXT, title TEXT, date TEXT, url TEXT, source TEXT, encoding TEXT, origin TEXT,
    topic TEXT, n_tokens INTEGER NOT NULL, ingested_at TEXT NOT NULL, text BYTEA NOT NULL);
CREATE INDEX IF NOT EXISTS documents_date_id ON documents(date) INCLUDE (id);
CREATE INDEX IF NOT EXISTS documents_source ON documents(lower(source));
CREATE INDEX IF NOT EXISTS documents_topic ON documents(lower(topic));
CREATE TABLE IF NOT EXISTS analyses(
    doc BIGINT PRIMARY KEY REFERENCES documents(id),
    khabar_version TEXT NOT NULL, json BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS entities(
    doc BIGINT NOT NULL REFERENCES documents(id),
    canonical TEXT NOT NULL, canonical_norm TEXT NOT NULL, label TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical_norm, doc);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE TABLE IF NOT EXISTS quotes(
    doc BIGINT NOT NULL REFERENCES documents(id), speaker TEXT, speaker_norm TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_norm);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE TABLE IF NOT EXISTS dates(
    doc BIGINT NOT NULL REFERENCES documents(id),
    value TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc);
CREATE TABLE IF NOT EXISTS terms(
    rowid BIGINT PRIMARY KEY REFERENCES documents(id),
    surface TEXT NOT NULL, host TEXT NOT NULL, lemma TEXT NOT NULL, stem TEXT NOT NULL,
    title TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fts(
    doc BIGINT PRIMARY KEY REFERENCES documents(id), tsv TSVECTOR NOT NULL,
    rank_tsv TSVECTOR NOT NULL, date TEXT, topic TEXT, source TEXT,
    filters TSVECTOR NOT NULL);
ALTER TABLE fts ALTER COLUMN rank_tsv SET STORAGE MAIN;
CREATE INDEX IF NOT EXISTS fts_search ON fts USING GIN (tsv, filters);
CREATE INDEX IF NOT EXISTS fts_date ON fts(date);
CREATE TABLE IF NOT EXISTS term_offsets(
    doc BIGINT PRIMARY KEY REFERENCES documents(id), data BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS minhash(
    doc BIGINT PRIMARY KEY REFERENCES documents(id), sig BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS lsh(key BIGINT NOT NULL, doc BIGINT NOT NULL REFERENCES documents(id));
CREATE INDEX IF NOT EXISTS lsh_key ON lsh(key);
CREATE TABLE IF NOT EXISTS dups(
    doc BIGINT PRIMARY KEY REFERENCES documents(id), cluster BIGINT NOT NULL,
    similarity DOUBLE PRECISION NOT NULL);
CREATE INDEX IF NOT EXISTS dups_cluster ON dups(cluster)
"""
# The stories tables (khabar.corpus.stories.STORIES_DDL) are portable SQL; REAL is float4 in
# PostgreSQL, which is enough for a score rounded to three places.

#: Layout 1 → 2: the search vectors move to the narrow ``fts`` table with a ranking vector
#: (its index is built by the step to layout 3).
MIGRATE_1 = (
    "CREATE TABLE fts(doc BIGINT PRIMARY KEY REFERENCES documents(id), "
    "tsv TSVECTOR NOT NULL, rank_tsv TSVECTOR NOT NULL)",
    "ALTER TABLE fts ALTER COLUMN rank_tsv SET STORAGE MAIN",
    "INSERT INTO fts SELECT t.rowid, t.tsv, " + RANK_VECTOR_SQL.format(tsv="t.tsv") +
    " FROM terms t",
    "CREATE INDEX IF NOT EXISTS documents_date_id ON documents(date) INCLUDE (id)",
    "DROP INDEX IF EXISTS documents_date",
    "ALTER TABLE terms DROP COLUMN tsv")
#: Layout 2 → 3, around :func:`refresh_filters`: the filter columns (again after a killed
#: migration: IF NOT EXISTS), then - once the rewritten rows' old versions are vacuumed, so
#: that the new index does not hold them too - the indexes.
MIGRATE_2_COLUMNS = (
    "ALTER TABLE fts ADD COLUMN IF NOT EXISTS date TEXT, ADD COLUMN IF NOT EXISTS topic TEXT, "
    "ADD COLUMN IF NOT EXISTS source TEXT, "
    "ADD COLUMN IF NOT EXISTS filters TSVECTOR NOT NULL DEFAULT ''",
    "ALTER TABLE fts ALTER COLUMN filters DROP DEFAULT")
MIGRATE_2_INDEXES = (
    "DROP INDEX IF EXISTS fts_tsv",
    "CREATE INDEX fts_search ON fts USING GIN (tsv, filters)",
    "CREATE INDEX fts_date ON fts(date)")


#: Columns compressed with LZ4 when the server has it (faster to write and to read back
#: than the default pglz, and no larger on these vectors and term lists).
LZ4_COLUMNS = {"fts": ("tsv",), "terms": ("surface", "host", "lemma", "stem", "title")}


def use_lz4(conn: Any) -> bool:
    """Set :data:`LZ4_COLUMNS` to LZ4 compression (new rows) when the server supports it;
    whether it did. Inside the caller's transaction."""
    row = conn.execute("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
                       "AND 'lz4' = ANY(enumvals)").fetchone()
    if row is None:
        return False
    for table, cols in LZ4_COLUMNS.items():
        conn.execute(f"ALTER TABLE {table} " + ", ".join(
            f"ALTER COLUMN {c} SET COMPRESSION lz4" for c in cols))
    return True


def create(conn: Any, meta: dict[str, str]) -> None:
    """The tables of a new store and its ``meta`` rows, inside the caller's transaction."""
    for stmt in DDL.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)
    for stmt in pgtop.DDL:
        conn.execute(stmt)
    use_lz4(conn)
    for k, v in {**meta, "schema_version": str(SCHEMA_VERSION),
                 "pg_search": str(SEARCH_LAYOUT)}.items():
        conn.execute("DELETE FROM meta WHERE key = ?", (k,))
        conn.execute("INSERT INTO meta VALUES (?, ?)", (k, v))
