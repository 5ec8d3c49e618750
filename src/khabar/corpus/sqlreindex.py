"""Rebuild the SQLite store's search index (``terms``, ``term_offsets``) from its stored
analyses, without re-analysis: for a change of the index analyzer (:mod:`khabar.corpus.terms`).
"""
from __future__ import annotations

import sqlite3
from typing import Callable

from khabar.corpus.prepare import decode_analysis

__all__ = ["reindex"]


def reindex(conn: sqlite3.Connection,
            progress: Callable[[int, int], object] | None = None) -> int:
    """Re-index every document of the store behind ``conn`` (one transaction per document,
    then an FTS5 ``optimize``); returns the number of documents. ``progress(n, total)`` is
    called after each document. Raises sqlite3.Error for a database error (the document being
    written is rolled back); for a corrupt stored analysis zlib.error or ValueError (not
    JSON) or :class:`~khabar.document.SchemaError` (not the JSON contract)."""
    from khabar.corpus.terms import analyze_terms, columns, document_terms
    from khabar.io.jsoncodec import document_from_json
    import numpy as np
    import zlib
    c = conn
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
