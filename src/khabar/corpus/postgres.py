"""The PostgreSQL store (psycopg 3), for teams that share one corpus.

``postgresql://user:password@host:port/db[?schema=NAME]`` - the tables live in ``NAME``
(default ``public``; created if missing). The schema mirrors the SQLite one (see
:mod:`khabar.corpus.sqlite`): the same tables and columns, ``BYTEA`` for the compressed blobs,
and ``terms(rowid, surface, host, lemma, stem, title, tsv)`` where ``tsv`` is a ``tsvector``
of Khabar's own analyzed terms (:mod:`khabar.corpus.pgsearch`) under a GIN index; ranking is
``ts_rank`` with length normalization. Each document's rows are written in one transaction
under a per-schema advisory lock (one writer at a time, like SQLite), so a killed ingest
leaves every document complete or absent.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from khabar.corpus import minhash
from khabar.corpus.pgsearch import tsquery, tsvector
from khabar.corpus.query import Query
from khabar.corpus.sqlbase import SQLStore, now
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD, AddResult
from khabar.errors import ConfigError, InputError

SCHEMA_VERSION = 1
LOCK_TIMEOUT = "10s"
#: ts_rank normalization: divide by 1 + log(document length).
RANK_NORMALIZATION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    id BIGSERIAL PRIMARY KEY, hash TEXT NOT NULL UNIQUE,
    ext_id TEXT, title TEXT, date TEXT, url TEXT, source TEXT, encoding TEXT, origin TEXT,
    topic TEXT, n_tokens INTEGER NOT NULL, ingested_at TEXT NOT NULL, text BYTEA NOT NULL);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
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
    title TEXT NOT NULL, tsv TSVECTOR NOT NULL);
CREATE INDEX IF NOT EXISTS terms_tsv ON terms USING GIN (tsv);
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


class PgConn:
    """A psycopg 3 connection in autocommit mode that speaks the ``?`` placeholders of the
    shared SQL (:mod:`khabar.corpus.sqlbase`); ``BEGIN``/``COMMIT``/``ROLLBACK`` are
    explicit, as with the SQLite store."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.raw.execute(self._sql(sql), list(args) or None)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def split_url(url: str) -> tuple[str, str, str]:
    """``(conninfo URL, schema, the URL with the password hidden)``; ConfigError when bad."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("postgresql", "postgres") or not parts.path.strip("/"):
        raise ConfigError("bad PostgreSQL URL: write postgresql://user:password@host/database"
                          "[?schema=NAME]")
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), "public")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", schema):
        raise ConfigError(f"schema {schema!r}: give letters, digits and _ (not first)")
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
    netloc = parts.netloc
    if parts.password is not None:
        netloc = netloc.replace(":" + parts.password + "@", ":***@", 1)
    shown = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    return conninfo, schema, shown


def connect(url: str) -> tuple[PgConn, str, str]:
    """An open :class:`PgConn` on the URL's schema (created if missing), the schema and the
    URL to show. Raises ConfigError when psycopg is missing or the server refuses."""
    try:
        import psycopg
    except ImportError:
        raise ConfigError("PostgreSQL stores need psycopg 3: pip install 'khabar[postgres]'") \
            from None
    conninfo, schema, shown = split_url(url)
    try:
        raw = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
        raw.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        raw.execute(f'SET search_path TO "{schema}"')
        raw.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    except psycopg.Error as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"{shown}: cannot use the PostgreSQL database ({msg})") from None
    return PgConn(raw), schema, shown


def drop_schema(url: str) -> None:
    """Drop the URL's schema and everything in it (tests and benchmarks; never ``public``)."""
    conn, schema, _ = connect(url)
    try:
        if schema == "public":
            raise ConfigError("refusing to drop the public schema")
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        conn.close()


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
                                 ("lsh_bands", str(minhash.bands_for(th)))):
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
        self.bands = int(self._meta("lsh_bands") or minhash.bands_for(DEFAULT_DUP_THRESHOLD))
        stored = float(self._meta("dup_threshold") or DEFAULT_DUP_THRESHOLD)
        self.dup_threshold = stored if dup_threshold is None else float(dup_threshold)
        if not 0.0 < self.dup_threshold <= 1.0:
            raise ConfigError(f"duplicate threshold {self.dup_threshold}: give a Jaccard "
                              f"similarity in (0, 1], e.g. 0.8")

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

    def add(self, p: Any) -> AddResult:
        c = self.conn
        self._begin()
        try:
            if c.execute("SELECT 1 FROM documents WHERE hash = ?", (p.hash,)).fetchone():
                c.execute("ROLLBACK")
                return AddResult("skipped")
            (doc,) = c.execute(
                "INSERT INTO documents(hash, ext_id, title, date, url, source, encoding, origin,"
                " topic, n_tokens, ingested_at, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                "RETURNING id",
                (p.hash, p.ext_id, p.title, p.date, p.url, p.source, p.encoding, p.origin,
                 p.topic, p.n_tokens, now(), p.text_z)).fetchone()
            tsv, _ = tsvector(p.columns, p.title_terms)
            c.execute("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?, ?::tsvector)",
                      (doc, *p.columns, p.title_terms, tsv))
            res = self._insert_rows(doc, p)
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return res

    def _run(self, q: Query, relaxed: bool, where: str, args: list[Any], limit: int,
             exclude: set[int]) -> list[tuple]:
        import psycopg
        sql = ("SELECT d.id, d.hash, d.ext_id, d.title, d.date, d.source, d.url, d.topic, "
               f"ts_rank(t.tsv, x.q, {RANK_NORMALIZATION}) AS score "
               "FROM (SELECT ?::tsquery AS q) x JOIN terms t ON t.tsv @@ x.q "
               "JOIN documents d ON d.id = t.rowid WHERE TRUE" + where +
               " ORDER BY score DESC, d.id LIMIT ?")
        try:
            rows = self.conn.execute(sql, [tsquery(q, relaxed), *args,
                                           limit + len(exclude)]).fetchall()
        except psycopg.Error as exc:
            raise InputError(f"cannot run this query ({str(exc).strip()}); simplify it: words, "
                             f"\"phrases\", OR, and -word to exclude") from None
        return [r for r in rows if r[0] not in exclude][:limit]

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # pragma: no cover - closing a broken connection
            pass
