"""Migrating a PostgreSQL store of an older search layout (see :mod:`khabar.corpus.pgschema`)
and refreshing the search table's copies of the filter values."""
from __future__ import annotations

from typing import Any

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


def _in_transaction(store: Any, step: Any) -> str | None:
    """Run ``step(conn, layout)`` under the writer lock when the layout is still older than
    :data:`SEARCH_LAYOUT`; the layout it started from (None: nothing to do)."""
    c = store.conn
    store._begin()
    try:
        layout = store._meta("pg_search") or "1"
        if layout in ("1", "2"):
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


def _indexes(conn: Any, layout: str) -> None:
    for stmt in MIGRATE_2_INDEXES:
        conn.execute(stmt)
    use_lz4(conn)
    _set_layout(conn, str(SEARCH_LAYOUT))


def migrate_store(store: Any) -> str:
    """Migrate the PostgreSQL ``store`` of an older search layout to :data:`SEARCH_LAYOUT`;
    the layout now stored. Two transactions under the writer lock: the rows (layout 1: the
    ``fts`` table; the filter columns), then, after a ``VACUUM``, the indexes; a store killed
    between them is at layout 2 with the new columns filled, and the next open finishes it.
    Raises ConfigError when the database refuses (or the store is busy)."""
    import psycopg

    from khabar.errors import ConfigError
    c = store.conn
    try:
        started = _in_transaction(store, _rows)
        try:
            c.execute("VACUUM fts")
        except psycopg.Error:   # busy: the index then also holds the old row versions
            pass
        _in_transaction(store, _indexes)
        c.execute("ANALYZE fts")
    except psycopg.Error as exc:
        raise ConfigError(f"{store.location}: cannot update the corpus search tables to "
                          f"layout {SEARCH_LAYOUT} ({str(exc).strip()})") from None
    if started == "1":
        try:   # the dropped column's space; when terms is busy, VACUUM FULL it later
            c.execute("VACUUM FULL terms")
        except psycopg.Error:
            pass
    return store._meta("pg_search") or "1"
