"""Precomputed top documents of frequent stems: one-word searches without ranking every match.

Ranking reads each matching row's ``rank_tsv``; a word in one document of six («السعودية» in
16.6k of 103k) costs ~10k heap pages per query. For a one-word query the score depends only
on the stem: ``rank_tsv`` holds just the stem field and the title (``t|…``, ``T|…``), so
``ts_rank`` of the word's query is ``g · 2 / n`` where ``g`` is the rank of the stem query
``'t|Z' | 'T|Z'`` and ``n`` the number of distinct lexemes of the word's query (``ts_rank``
averages over the query's lexemes; float rounding aside).

``fts_top(stem, doc, g)`` holds, for each stem of ``fts_top_terms`` (stems in at least
:data:`MIN_DF` documents when built), the :data:`TOP_K` documents of highest ``g`` and every
document written later whose ``g`` exceeds the stem's ``threshold`` (the K-th ``g`` at build
time). Invariant: every document with ``g > threshold`` is in ``fts_top``. A one-word query
(no phrase, no exclusion) ranks only these candidates with its own exact ``ts_rank`` and the
same filters as the full query; the answer is used only when it has the requested number of
rows and the last one scores above ``threshold · 2 / n`` (with a margin for rounding) - then
no document outside the candidates can be above it, and the list is the full query's.
Otherwise the caller runs the full query.
"""
from __future__ import annotations

from typing import Any

from khabar.corpus.query import Query

#: Stems in at least this many documents get a top list when (re)built.
MIN_DF = 2000
#: Documents kept per stem when built.
TOP_K = 400
#: Relative margin for float rounding between ``g · 2 / n`` and the query's own rank.
MARGIN = 1e-4

DDL = (
    "CREATE TABLE IF NOT EXISTS fts_top_terms(stem TEXT PRIMARY KEY, q TSQUERY NOT NULL, "
    "threshold REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS fts_top(stem TEXT NOT NULL, doc BIGINT NOT NULL "
    "REFERENCES documents(id), g REAL NOT NULL, PRIMARY KEY (stem, doc))")


def stem_query(stem: str) -> str:
    """The ``tsquery`` text of a stem in the stem field or the title."""
    return f"'t|{stem}' | 'T|{stem}'"


def top_stem(q: Query, relaxed: bool) -> tuple[str, int] | None:
    """``(stem, n)`` when ``q`` is one word (one group of one item of one term, no exclusion)
    whose query has ``n`` distinct lexemes; None when the top lists cannot answer it."""
    if relaxed or q.excluded or len(q.groups) != 1 or len(q.groups[0]) != 1:
        return None
    item = q.groups[0][0]
    if len(item.terms) != 1 or not item.terms[0].stem:
        return None
    t = item.terms[0]
    n = len({f"s|{t.surface}", f"h|{t.host}", f"l|{t.lemma}", f"t|{t.stem}", f"T|{t.stem}"}
            - {"s|", "h|", "l|"})
    return t.stem, n


def ranked(conn: Any, stem: str, n_lexemes: int, exact: str, cond: str, args: list[Any],
           n: int) -> list[tuple[int, float]] | None:
    """The ``n`` best ``(doc, score)`` of the one-word query ``exact`` among the stem's top
    documents passing the SQL condition ``cond`` on ``fts f`` (``args``), or None when they
    do not prove to be the full query's answer. psycopg errors propagate."""
    # One statement: the threshold and the lists are read from one snapshot.
    rows = conn.execute(
        "SELECT th.threshold, r.doc, r.score FROM (SELECT threshold FROM fts_top_terms "
        "WHERE stem = ?) th LEFT JOIN LATERAL (SELECT f.doc, ts_rank(f.rank_tsv, ?::tsquery, 1) "
        "AS score FROM fts_top t JOIN fts f ON f.doc = t.doc "
        f"WHERE t.stem = ?{cond} ORDER BY score DESC, f.doc LIMIT ?) r ON TRUE",
        [stem, exact, stem, *args, n]).fetchall()
    if not rows or rows[0][1] is None:
        return None
    bound = float(rows[0][0]) * 2 / n_lexemes
    if len(rows) < n or not float(rows[-1][2]) > bound * (1 + MARGIN) + 1e-30:
        return None
    return [(int(r[1]), float(r[2])) for r in rows]


def add_documents(conn: Any, ids: list[int]) -> None:
    """Put the new documents ``ids`` (already in ``fts``) into the top lists they enter
    (``g`` above the stem's threshold); inside the caller's transaction."""
    if ids:
        conn.execute(
            "INSERT INTO fts_top SELECT t.stem, f.doc, ts_rank(f.rank_tsv, t.q, 1) FROM fts f "
            "JOIN fts_top_terms t ON f.rank_tsv @@ t.q WHERE f.doc = ANY(?) "
            "AND ts_rank(f.rank_tsv, t.q, 1) > t.threshold ON CONFLICT DO NOTHING", (ids,))


def rebuild(conn: Any, min_df: int = MIN_DF, k: int = TOP_K) -> int:
    """Recompute the top lists: stems in ≥ ``min_df`` documents, their ``k`` best documents
    (inside the caller's transaction, which should set the planner as the search does); the
    number of stems. psycopg errors propagate."""
    for stmt in DDL:
        conn.execute(stmt)
    conn.execute("DELETE FROM fts_top")
    conn.execute("DELETE FROM fts_top_terms")
    df: dict[str, int] = {}
    for word, ndoc in conn.execute("SELECT word, ndoc FROM ts_stat('SELECT rank_tsv FROM fts') "
                                   "WHERE ndoc >= ?", (min_df,)):
        if word[:2] in ("t|", "T|"):
            df[word[2:]] = max(df.get(word[2:], 0), int(ndoc))
    for stem in sorted(df):
        q = stem_query(stem)
        conn.execute(
            "INSERT INTO fts_top SELECT ?, s.doc, s.g FROM (SELECT f.doc, "
            "ts_rank(f.rank_tsv, ?::tsquery, 1) AS g FROM fts f WHERE f.tsv @@ ?::tsquery "
            "ORDER BY g DESC, f.doc LIMIT ?) s", (stem, q, q, k))
        conn.execute("INSERT INTO fts_top_terms SELECT ?, ?::tsquery, min(g) FROM fts_top "
                     "WHERE stem = ? HAVING count(*) >= ?", (stem, q, stem, k))
        conn.execute("DELETE FROM fts_top t WHERE t.stem = ? AND NOT EXISTS "
                     "(SELECT 1 FROM fts_top_terms WHERE stem = ?)", (stem, stem))
    return conn.execute("SELECT count(*) FROM fts_top_terms").fetchone()[0]


#: Planner settings of a rebuild: bitmap scans of the GIN index (the planner does not count
#: the detoasting of the vectors a sequential scan would filter).
PLANNER = ("SET LOCAL enable_seqscan = off", "SET LOCAL enable_indexscan = off")


def rebuild_store(store: Any, min_df: int = MIN_DF, k: int = TOP_K) -> int:
    """:func:`rebuild` in one transaction under ``store``'s writer lock: the lists are built
    by the migration to layout 4 and kept up to date on writes, but a stem that becomes
    frequent later has none until this runs. The number of stems; raises ConfigError when
    the store is busy or the database refuses."""
    import psycopg

    from khabar.errors import ConfigError
    conn = store.conn
    store._begin()
    try:
        for setting in PLANNER:
            conn.execute(setting)
        n = rebuild(conn, min_df, k)
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        conn.execute("DELETE FROM meta WHERE key = 'top_built_docs'")
        conn.execute("INSERT INTO meta VALUES ('top_built_docs', ?)", (str(docs),))
        conn.execute("COMMIT")
    except psycopg.Error as exc:
        raise ConfigError(f"{store.location}: cannot rebuild the top lists "
                          f"({str(exc).strip()})") from None
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    try:   # the replaced rows' space, for the next rebuild and the writes
        conn.execute("VACUUM ANALYZE fts_top")
    except psycopg.Error:
        pass
    return n


def refresh(store: Any, force: bool = False) -> dict[str, Any]:
    """:func:`rebuild_store` when ``force``, or when the store has ≥ :data:`MIN_DF` documents
    and at least twice as many as at the last build (a stem that became frequent since then
    has no list: its searches are right but rank every match). ``{"top_stems": n,
    "documents": d}`` when rebuilt, else ``{}``; raises ConfigError as rebuild_store does."""
    conn = store.conn
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    row = conn.execute("SELECT value FROM meta WHERE key = 'top_built_docs'").fetchone()
    built = int(row[0]) if row else 0
    if not force and (docs < MIN_DF or docs < 2 * built):
        return {}
    return {"top_stems": rebuild_store(store, MIN_DF, TOP_K), "documents": docs}
