"""The PostgreSQL store (psycopg 3), for teams that share one corpus.

``postgresql://user:password@host:port/db[?schema=NAME]`` - the tables live in ``NAME``
(default ``public``; created if missing). The schema mirrors the SQLite one (see
:mod:`khabar.corpus.sqlite`): the same tables and columns, ``BYTEA`` for the compressed blobs,
``terms(rowid, surface, host, lemma, stem, title)`` for the snippets, and the narrow search
table ``fts(doc, tsv, rank_tsv)``: ``tsv`` is the ``tsvector`` of Khabar's analyzed terms
(:mod:`khabar.corpus.pgsearch`) under a GIN index, compressed out of line; ``rank_tsv`` its
stem and title part (~1.5 KB), inline and uncompressed (storage MAIN: PostgreSQL compressed it
by default, and decompressing it was half a query's time), which ``ts_rank`` reads. Each
batch of documents is written in one transaction under a per-schema advisory lock (one writer
at a time, like SQLite) with one ``COPY`` per table (:mod:`khabar.corpus.write`), so a killed
ingest leaves every document complete or absent.

Why: ``ts_rank`` on the full vector (~6 KB, TOASTed) and the planner's sequential scans (it
does not count the detoasting) made a frequent word's query take 0.7-4 s over 103k documents
(``benchmarks/corpus_scale.py``). A query is now a GIN bitmap scan of ``fts`` that ranks
``rank_tsv`` without reading ``tsv`` or the wide ``terms`` rows; a date filter is an
index-only range scan of ``documents_date_id``.

The search layout is versioned apart from the shared schema (meta ``pg_search``): a store of
layout 1 (``tsv`` in ``terms``, no ``fts``) is migrated to 2 when it is opened, in one
transaction under the writer lock, inside the database (no re-analysis; 84 s for 103k
documents) - see ``_MIGRATE_1``.
"""
from __future__ import annotations

from typing import Any, Sequence

from khabar.corpus import minhash
from khabar.corpus.pgconn import PgConn, connect, drop_schema, split_url
from khabar.corpus.pgsearch import RANK_VECTOR_SQL, rank_tsvector, tsquery, tsvector
from khabar.corpus.query import Query
from khabar.corpus.sqlbase import SQLStore, now
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD
from khabar.errors import ConfigError, InputError

SCHEMA_VERSION = 1
#: Layout of the search tables (meta ``pg_search``; absent = 1, the vectors in ``terms``).
SEARCH_LAYOUT = 2
__all__ = ["PgConn", "PostgresStore", "connect", "drop_schema", "split_url"]
#: ts_rank normalization: divide by 1 + log(document length).
RANK_NORMALIZATION = 1

_DDL = """
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
    rank_tsv TSVECTOR NOT NULL);
ALTER TABLE fts ALTER COLUMN rank_tsv SET STORAGE MAIN;
CREATE INDEX IF NOT EXISTS fts_tsv ON fts USING GIN (tsv);
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
#: Schema 1 → 2: the search vectors move to the narrow ``fts`` table with a ranking vector.
_MIGRATE_1 = (
    "CREATE TABLE fts(doc BIGINT PRIMARY KEY REFERENCES documents(id), "
    "tsv TSVECTOR NOT NULL, rank_tsv TSVECTOR NOT NULL)",
    "ALTER TABLE fts ALTER COLUMN rank_tsv SET STORAGE MAIN",
    "INSERT INTO fts SELECT t.rowid, t.tsv, " + RANK_VECTOR_SQL.format(tsv="t.tsv") +
    " FROM terms t",
    "CREATE INDEX fts_tsv ON fts USING GIN (tsv)",
    "CREATE INDEX IF NOT EXISTS documents_date_id ON documents(date) INCLUDE (id)",
    "DROP INDEX IF EXISTS documents_date",
    "ALTER TABLE terms DROP COLUMN tsv",
    "DELETE FROM meta WHERE key = 'pg_search'",
    "INSERT INTO meta VALUES ('pg_search', '2')")
_DOC_COLUMNS = ("id", "hash", "ext_id", "title", "date", "url", "source", "encoding", "origin",
                "topic", "n_tokens", "ingested_at", "text")
# The stories tables (khabar.corpus.stories.STORIES_DDL) are portable SQL; REAL is float4 in
# PostgreSQL, which is enough for a score rounded to three places.


class PostgresStore(SQLStore):
    """A :class:`~khabar.corpus.store.Store` in a PostgreSQL schema (see the module doc)."""

    def __init__(self, url: str, create: bool = True,
                 dup_threshold: float | None = None) -> None:
        self.conn, self.schema, self.location = connect(url)
        try:
            self._init_schema(create, dup_threshold)
        except BaseException:
            self.conn.close()
            raise

    def _init_schema(self, create: bool, dup_threshold: float | None) -> None:
        import psycopg
        c = self.conn
        try:
            has_meta = self._has_table("meta")
            version = self._meta("schema_version") if has_meta else None
            if version is None:
                if not create:
                    raise ConfigError(f"{self.location}: no Khabar corpus in schema "
                                      f"{self.schema}; create one with 'khabar ingest'")
                from khabar import __version__
                th = DEFAULT_DUP_THRESHOLD if dup_threshold is None else dup_threshold
                self._begin()
                try:
                    for stmt in _DDL.split(";\n"):
                        if stmt.strip():
                            c.execute(stmt)
                    for k, v in (("schema_version", str(SCHEMA_VERSION)),
                                 ("created_by", __version__), ("created_at", now()),
                                 ("dup_threshold", repr(float(th))),
                                 ("minhash_perm", str(minhash.NUM_PERM)),
                                 ("minhash_shingle", str(minhash.SHINGLE)),
                                 ("lsh_bands", str(minhash.bands_for(th))),
                                 ("pg_search", str(SEARCH_LAYOUT))):
                        self._set_meta(k, v)
                    c.execute("COMMIT")
                except BaseException:
                    if c.in_transaction:
                        c.execute("ROLLBACK")
                    raise
                version = str(SCHEMA_VERSION)
        except psycopg.Error as exc:
            raise ConfigError(f"{self.location}: cannot set up the corpus schema "
                              f"({str(exc).strip()})") from None
        if int(version) != SCHEMA_VERSION:
            raise ConfigError(f"{self.location}: corpus schema {version} is not the one this "
                              f"Khabar reads ({SCHEMA_VERSION})")
        layout = self._meta("pg_search") or "1"
        if layout == "1":
            layout = self._migrate_1()
        if layout != str(SEARCH_LAYOUT):
            raise ConfigError(f"{self.location}: corpus search layout {layout} is not the one "
                              f"this Khabar reads ({SEARCH_LAYOUT})")
        self._load_dup_settings(dup_threshold)

    def _migrate_1(self) -> str:
        """Search layout 1 → 2 in one transaction (see the module doc); the layout now
        stored. Raises ConfigError when the database refuses."""
        import psycopg
        c = self.conn
        done = False
        try:
            self._begin()
            try:
                if (self._meta("pg_search") or "1") == "1":   # not done meanwhile
                    done = True
                    c.execute("SET LOCAL maintenance_work_mem = '256MB'")
                    for stmt in _MIGRATE_1:
                        c.execute(stmt)
                c.execute("COMMIT")
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
            c.execute("ANALYZE fts")
        except psycopg.Error as exc:
            raise ConfigError(f"{self.location}: cannot update the corpus search tables to "
                              f"layout {SEARCH_LAYOUT} ({str(exc).strip()})") from None
        try:   # the dropped column's space; when terms is busy, VACUUM FULL it later
            if done:
                c.execute("VACUUM FULL terms")
        except psycopg.Error:
            pass
        return self._meta("pg_search") or "1"

    # -- hooks ----------------------------------------------------------------------------

    def _begin(self) -> None:
        import psycopg
        self.conn.execute("BEGIN")
        try:
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtext('khabar.' || ?))",
                              (self.schema,))
        except psycopg.errors.LockNotAvailable:
            self.conn.execute("ROLLBACK")
            raise ConfigError(f"{self.location}: the corpus is busy: another process is "
                              f"writing to it (one writer at a time); wait for it") from None

    def _has_table(self, name: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND "
            "table_name = ?", (self.schema, name)).fetchone() is not None

    def _nocase_eq(self, column: str) -> str:
        return f"lower({column}) = lower(?)"

    def _bytes(self) -> int:
        row = self.conn.execute(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = ? AND c.relkind = 'r'", (self.schema,)).fetchone()
        return int(row[0])

    # -- writing and searching --------------------------------------------------------------

    def _insert_documents(self, docs: Sequence[Any]) -> list[int]:
        # Ids from the column's sequence, in order (what one INSERT per document gives),
        # then one COPY.
        ids = sorted(r[0] for r in self.conn.execute(
            "SELECT nextval(pg_get_serial_sequence('documents', 'id')) "
            "FROM generate_series(1, ?)", (len(docs),)).fetchall())
        at = now()
        self.conn.copy("documents", _DOC_COLUMNS, [
            (d, p.hash, p.ext_id, p.title, p.date, p.url, p.source, p.encoding, p.origin,
             p.topic, p.n_tokens, at, p.text_z) for d, p in zip(ids, docs)])
        return ids

    def _insert_index(self, ids: Sequence[int], docs: Sequence[Any]) -> None:
        terms, fts = [], []
        for d, p in zip(ids, docs):
            tsv, _ = tsvector(p.columns, p.title_terms)
            terms.append((d, *p.columns, p.title_terms))
            fts.append((d, tsv, rank_tsvector(tsv)))
        self.conn.copy("terms", None, terms)
        self.conn.copy("fts", None, fts)

    def _insert_many(self, table: str, rows: list[tuple]) -> None:
        self.conn.copy(table, None, rows)

    def _run(self, q: Query, relaxed: bool, where: str, args: list[Any], limit: int,
             exclude: set[int]) -> list[tuple]:
        # Rank in the narrow fts table (filters as a hashed set of ids), then read the few
        # documents' metadata. The GIN index takes the phrase-free query, which it answers
        # exactly; a phrase is then checked on the inline rank_tsv first (the stem or title
        # phrase, enough when there is no exclusion), on the TOASTed tsv only when that fails.
        # For this one statement sequential scans (the planner does not count the detoasting
        # of every vector), nested loops and parallel workers are off: seconds → milliseconds.
        import psycopg
        exact, loose = tsquery(q, relaxed), tsquery(q, relaxed, phrases=False)
        sql = (f"SELECT f.doc, ts_rank(f.rank_tsv, x.q, {RANK_NORMALIZATION}) AS score "
               "FROM (SELECT ?::tsquery AS q, ?::tsquery AS loose) x "
               "JOIN fts f ON f.tsv @@ x.loose")
        if exact != loose:
            sql += (" AND (f.tsv @@ x.q)" if q.excluded else
                    " AND (f.rank_tsv @@ x.q OR f.tsv @@ x.q)")
        if where:
            sql += f" WHERE f.doc IN (SELECT d.id FROM documents d WHERE TRUE{where})"
        c = self.conn
        own = not c.in_transaction         # never end a transaction a caller holds
        try:
            if own:
                c.execute("BEGIN")
            try:
                for setting in ("enable_seqscan", "enable_nestloop"):
                    c.execute(f"SET LOCAL {setting} = off")
                c.execute("SET LOCAL max_parallel_workers_per_gather = 0")
                ranked = c.execute(sql + " ORDER BY score DESC, f.doc LIMIT ?",
                                   [exact, loose, *args, limit + len(exclude)]).fetchall()
            finally:
                if own:
                    c.execute("ROLLBACK")
        except psycopg.Error as exc:
            raise InputError(f"cannot run this query ({str(exc).strip()}); simplify it: words, "
                             f"\"phrases\", OR, and -word to exclude") from None
        return self._with_metadata([(r[0], float(r[1])) for r in ranked
                                    if r[0] not in exclude][:limit])

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # pragma: no cover - closing a broken connection
            pass
