"""The PostgreSQL store (psycopg 3), for teams that share one corpus.

``postgresql://user:password@host:port/db[?schema=NAME]`` - the tables live in ``NAME``
(default ``public``; created if missing); :mod:`khabar.corpus.pgschema` describes them. They
mirror the SQLite ones, plus the narrow search table ``fts``: the word vector ``tsv``
(:mod:`khabar.corpus.pgsearch`, out of line, LZ4 when the server has it), its stem and title
part ``rank_tsv`` (inline, read by ``ts_rank``), and copies of ``date``, ``topic``, ``source``
with the ``filters`` vector (:mod:`khabar.corpus.pgfilters`). One GIN index on ``(tsv,
filters)`` answers the words and the topic, source and entity filters in one scan (a date
range is a B-tree bitmap on ``fts.date`` ANDed with it), so a query ranks only the rows that
pass every filter: joining ``documents`` made a frequent word under a rare topic rank 16k
rows to keep ten (0.1-0.4 s over 103k documents, ``benchmarks/corpus_scale.py``). A one-word
query of a frequent stem ranks only the stem's precomputed top documents when they provably
hold the answer (:mod:`khabar.corpus.pgtop`; 16.6k rows → 400 for «السعودية»).

Each batch of documents is written in one transaction under a per-schema advisory lock (one
writer at a time, like SQLite) with one ``COPY`` per table (:mod:`khabar.corpus.write`), so
a killed ingest leaves every document complete or absent. A store of an older search layout
is migrated when it is opened (:mod:`khabar.corpus.pgmigrate`).
"""
from __future__ import annotations

from typing import Any, Sequence

from khabar.corpus import minhash
from khabar.corpus.filters import Filters, where_sql
from khabar.corpus.pgconn import PgConn, connect, drop_schema, split_url
from khabar.corpus.pgfilters import filter_tsquery, filter_tsvector
from khabar.corpus import pgschema, pgtop
from khabar.corpus.pgmigrate import migrate_store
from khabar.corpus.pgschema import SCHEMA_VERSION, SEARCH_LAYOUT
from khabar.corpus.pgsearch import tsquery, vectors
from khabar.corpus.query import Query
from khabar.corpus.sqlbase import SQLStore, now
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD
from khabar.errors import ConfigError, InputError

__all__ = ["PgConn", "PostgresStore", "connect", "drop_schema", "split_url"]
#: ts_rank normalization: divide by 1 + log(document length).
RANK_NORMALIZATION = 1
#: Planner settings of the ranking statement: sequential and plain index scans (the planner
#: does not count the detoasting of each vector it filters), nested loops and parallel
#: workers off - bitmap scans of the GIN and date indexes remain.
_RANK_SETTINGS = ("SET LOCAL enable_seqscan = off", "SET LOCAL enable_nestloop = off",
                  "SET LOCAL enable_indexscan = off",
                  "SET LOCAL max_parallel_workers_per_gather = 0")
_DOC_COLUMNS = ("id", "hash", "ext_id", "title", "date", "url", "source", "encoding", "origin",
                "topic", "n_tokens", "ingested_at", "text")


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
        try:
            version = self._meta("schema_version") if self._has_table("meta") else None
            if version is None:
                if not create:
                    raise ConfigError(f"{self.location}: no Khabar corpus in schema "
                                      f"{self.schema}; create one with 'khabar ingest'")
                self._create(dup_threshold)
                version = str(SCHEMA_VERSION)
        except psycopg.Error as exc:
            raise ConfigError(f"{self.location}: cannot set up the corpus schema "
                              f"({str(exc).strip()})") from None
        if int(version) != SCHEMA_VERSION:
            raise ConfigError(f"{self.location}: corpus schema {version} is not the one this "
                              f"Khabar reads ({SCHEMA_VERSION})")
        layout = self._meta("pg_search") or "1"
        if layout in ("1", "2", "3"):
            layout = migrate_store(self)
        if layout != str(SEARCH_LAYOUT):
            raise ConfigError(f"{self.location}: corpus search layout {layout} is not the one "
                              f"this Khabar reads ({SEARCH_LAYOUT})")
        self._load_dup_settings(dup_threshold)

    def _create(self, dup_threshold: float | None) -> None:
        from khabar import __version__
        th = DEFAULT_DUP_THRESHOLD if dup_threshold is None else dup_threshold
        self._begin()
        try:
            pgschema.create(self.conn, {"created_by": __version__, "created_at": now(),
                               "dup_threshold": repr(float(th)),
                               "minhash_perm": str(minhash.NUM_PERM),
                               "minhash_shingle": str(minhash.SHINGLE),
                               "lsh_bands": str(minhash.bands_for(th))})
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

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
            tsv, rank_tsv, _ = vectors(p.columns, p.title_terms)
            terms.append((d, *p.columns, p.title_terms))
            fts.append((d, tsv, rank_tsv, p.date, p.topic, p.source,
                        filter_tsvector(p.topic, p.source, (e[1] for e in p.entities))))
        self.conn.copy("terms", None, terms)
        self.conn.copy("fts", None, fts)
        pgtop.add_documents(self.conn, list(ids))

    def _insert_many(self, table: str, rows: list[tuple]) -> None:
        self.conn.copy(table, None, rows)

    def _run(self, q: Query, relaxed: bool, filters: Filters, limit: int,
             exclude: set[int]) -> list[tuple]:
        # Rank in the narrow fts table, then read the few documents' metadata. The GIN index
        # takes the phrase-free query (which it answers exactly) and the indexed filters; a
        # phrase is then checked on the inline rank_tsv first (the stem or title phrase,
        # enough when there is no exclusion), on the TOASTed tsv only when that fails; the
        # SQL filter conditions are checked on the row (date: also a bitmap of fts_date).
        import psycopg
        exact, loose = tsquery(q, relaxed), tsquery(q, relaxed, phrases=False)
        indexed, entity_indexed = filter_tsquery(filters)
        sql = (f"SELECT f.doc, ts_rank(f.rank_tsv, x.q, {RANK_NORMALIZATION}) AS score "
               "FROM (SELECT ?::tsquery AS q, ?::tsquery AS loose) x "
               "JOIN fts f ON f.tsv @@ x.loose")
        args: list[Any] = [exact, loose]
        if indexed:
            sql += " AND f.filters @@ ?::tsquery"
            args.append(indexed)
        if exact != loose:
            sql += (" AND (f.tsv @@ x.q)" if q.excluded else
                    " AND (f.rank_tsv @@ x.q OR f.tsv @@ x.q)")
        where, where_args = where_sql(filters, "f", "f.doc", self._nocase_eq,
                                      entity=not entity_indexed)
        if where:
            sql += f" WHERE TRUE{where}"
        c = self.conn
        own = not c.in_transaction         # never end a transaction a caller holds
        n = limit + len(exclude)
        top = pgtop.top_stem(q, relaxed)
        try:
            if own:
                c.execute("BEGIN")
            try:
                found = None
                if top is not None:   # a frequent word: rank its top documents only
                    cond = (" AND f.filters @@ ?::tsquery" if indexed else "") + where
                    found = pgtop.ranked(c, top[0], top[1], exact, cond,
                                         [*args[2:], *where_args], n)
                if found is None:
                    for setting in _RANK_SETTINGS:
                        c.execute(setting)
                    found = [(r[0], float(r[1])) for r in c.execute(
                        sql + " ORDER BY score DESC, f.doc LIMIT ?",
                        [*args, *where_args, n]).fetchall()]
            finally:
                if own:
                    c.execute("ROLLBACK")
        except psycopg.Error as exc:
            raise InputError(f"cannot run this query ({str(exc).strip()}); simplify it: words, "
                             f"\"phrases\", OR, and -word to exclude") from None
        return self._with_metadata([r for r in found if r[0] not in exclude][:limit])

    def rebuild_top_lists(self, min_df: int = pgtop.MIN_DF, k: int = pgtop.TOP_K) -> int:
        """See :func:`khabar.corpus.pgtop.rebuild_store`."""
        return pgtop.rebuild_store(self, min_df, k)

    def optimize(self, force: bool = False) -> dict[str, Any]:
        """Rebuild the frequent-stem top lists when the store has at least
        :data:`~khabar.corpus.pgtop.MIN_DF` documents and has doubled since the last build (or
        always with ``force``); raises ConfigError when the store is busy."""
        return pgtop.refresh(self, force)

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # pragma: no cover - closing a broken connection
            pass
