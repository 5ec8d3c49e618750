"""Migrating a PostgreSQL store of an older search layout (see :mod:`khabar.corpus.pgschema`)
and refreshing the search table's copies of the filter values."""
from __future__ import annotations

from typing import Any

from khabar.corpus import pgtop
from khabar.corpus.pgfilters import filter_tsvector
from khabar.corpus.pgschema import (MIGRATE_1, MIGRATE_2_COLUMNS, MIGRATE_2_INDEXES,
                                    SEARCH_LAYOUT, use_lz4)


def refresh_filters(conn: Any) -> int:
    """Rewrite every ``fts`` row's filter columns from ``documents`` and ``entities`` (inside
    the caller's transaction); the number of documents. psycopg errors propagate."""
    ents: dict[int, set[str]] = {}
    for doc, key in conn.execute("SELECT DISTINCT doc, canonical_norm FROM entities"):
        ents.setdefault(doc, set()).add(key)
    rows = [(doc, filter_tsvector(topic, source, ents.get(doc, ())))
            for doc, topic, source in conn.execute("SELECT id, topic, source FROM documents")]
    conn.execute("CREATE TEMP TABLE fts_filters_new(doc BIGINT PRIMARY KEY, "
                 "filters TSVECTOR NOT NULL) ON COMMIT DROP")
    conn.copy("fts_filters_new", None, rows)
    conn.execute("UPDATE fts f SET date = d.date, topic = d.topic, source = d.source, "
                 "filters = n.filters FROM documents d JOIN fts_filters_new n ON n.doc = d.id "
                 "WHERE d.id = f.doc")
    conn.execute("DROP TABLE fts_filters_new")
    return len(rows)


def _set_layout(conn: Any, layout: str) -> None:
    conn.execute("DELETE FROM meta WHERE key = 'pg_search'")
    conn.execute("INSERT INTO meta VALUES ('pg_search', ?)", (layout,))


def _in_transaction(store: Any, step: Any, older: tuple[str, ...] = ("1", "2")) -> str | None:
    """Run ``step(conn, layout)`` under the writer lock when the layout is one of ``older``;
    the layout it started from (None: nothing to do)."""
    c = store.conn
    store._begin()
    try:
        layout = store._meta("pg_search") or "1"
        if layout in older:
            c.execute("SET LOCAL maintenance_work_mem = '256MB'")
            step(c, layout)
        else:
            layout = None
        c.execute("COMMIT")
    except BaseException:
        if c.in_transaction:
            c.execute("ROLLBACK")
        raise
    return layout


def _rows(conn: Any, layout: str) -> None:
    if layout == "1":
        for stmt in MIGRATE_1:
            conn.execute(stmt)
        _set_layout(conn, "2")
    for stmt in MIGRATE_2_COLUMNS:
        conn.execute(stmt)
    refresh_filters(conn)
    # The old index would only slow the compaction down (rebuilt by VACUUM FULL, then
    # dropped); searches of a store left at layout 2 are not run (the next open migrates).
    conn.execute("DROP INDEX IF EXISTS fts_tsv")


def _compact(conn: Any) -> None:
    """Rewrite ``fts`` without the old versions of the rows the migration rewrote: a plain
    VACUUM leaves the heap twice its size, every row having been updated (342 MB against
    176 MB over 103k documents; a search touches as many heap blocks either way, the table
    caches worse). A plain VACUUM when the table is busy (lock timeout)."""
    import psycopg
    for stmt in ("VACUUM FULL fts", "VACUUM fts"):
        try:
            conn.execute(stmt)
            return
        except psycopg.Error:
            pass


def _indexes(conn: Any, layout: str) -> None:
    for stmt in MIGRATE_2_INDEXES:
        conn.execute(stmt)
    use_lz4(conn)
    _set_layout(conn, "3")


def _top(conn: Any, layout: str) -> None:
    for setting in pgtop.PLANNER:
        conn.execute(setting)
    pgtop.rebuild(conn)
    _set_layout(conn, str(SEARCH_LAYOUT))


def migrate_store(store: Any) -> str:
    """Migrate the PostgreSQL ``store`` of an older search layout to :data:`SEARCH_LAYOUT`;
    the layout now stored. Three transactions under the writer lock: the rows (layout 1: the
    ``fts`` table; the filter columns), then, after a ``VACUUM FULL``, the indexes (layout
    3), then the top lists of frequent stems (layout 4); a store killed between them is at
    layout 2 with the new columns filled, or at 3, and the next open finishes it.
    Raises ConfigError when the database refuses (or the store is busy)."""
    import psycopg

    from khabar.errors import ConfigError
    c = store.conn
    try:
        started = _in_transaction(store, _rows)
        if started is not None:
            _compact(c)
        if _in_transaction(store, _indexes) is not None:
            c.execute("ANALYZE fts")
        if _in_transaction(store, _top, ("3",)) is not None:
            c.execute("ANALYZE fts_top")
    except psycopg.Error as exc:
        raise ConfigError(f"{store.location}: cannot update the corpus search tables to "
                          f"layout {SEARCH_LAYOUT} ({str(exc).strip()})") from None
    if started == "1":
        try:   # the dropped column's space; when terms is busy, VACUUM FULL it later
            c.execute("VACUUM FULL terms")
        except psycopg.Error:
            pass
    return store._meta("pg_search") or "1"
