"""What the SQL stores share: writing, searching, snippets (reading: :mod:`khabar.corpus.
sqlread`; filters: :mod:`khabar.corpus.filters`; row writing: :mod:`khabar.corpus.write`).

:class:`SQLStore` holds the backend-neutral half of a :class:`~khabar.corpus.store.Store` over
a DB-API-like ``self.conn`` whose ``execute(sql, args)`` takes ``?`` placeholders (SQLite
natively; :class:`~khabar.corpus.pgconn.PgConn` translates them). A backend supplies the
schema, the row writers used by :func:`~khabar.corpus.write.add_batch` (``_insert_documents``,
``_insert_index``, ``_insert_many``), the ranked full-text query (:meth:`_run`) and the hooks
``_begin``, ``_has_table``, ``_nocase_eq`` and ``_bytes``.
"""
from __future__ import annotations

import datetime
from typing import Any, Iterable, Sequence

from khabar.corpus import minhash
from khabar.corpus.filters import Filters, check_date, date_after, entity_keys, parse_filters
from khabar.corpus.prepare import decode_offsets, decode_text
from khabar.corpus.query import Query, match_positions, parse
from khabar.corpus.snippet import make_snippet
from khabar.corpus.sqlread import SQLReading
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD, AddResult, Hit, Store
from khabar.corpus.terms import FIELDS
from khabar.corpus.write import add_batch
from khabar.errors import ConfigError, InputError

__all__ = ["SQLStore", "check_date", "date_after", "now"]


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _marks(n: int) -> str:
    return ",".join("?" * n)


class SQLStore(SQLReading, Store):
    """The shared half of the SQL stores (see the module docstring)."""

    conn: Any
    location: str
    bands: int
    dup_threshold: float

    def _load_dup_settings(self, dup_threshold: float | None) -> None:
        """Read the store's LSH bands and duplicate threshold (``dup_threshold`` overrides
        the stored one). Raises ConfigError for a threshold outside (0, 1]."""
        self.bands = int(self._meta("lsh_bands") or minhash.bands_for(DEFAULT_DUP_THRESHOLD))
        stored = float(self._meta("dup_threshold") or DEFAULT_DUP_THRESHOLD)
        self.dup_threshold = stored if dup_threshold is None else float(dup_threshold)
        if not 0.0 < self.dup_threshold <= 1.0:
            raise ConfigError(f"duplicate threshold {self.dup_threshold}: give a Jaccard "
                              f"similarity in (0, 1], e.g. 0.8")

    # -- hooks ----------------------------------------------------------------------------

    def _begin(self) -> None:
        """Start a write transaction; ConfigError when the store is busy."""
        raise NotImplementedError

    def _has_table(self, name: str) -> bool:
        raise NotImplementedError

    def _nocase_eq(self, column: str) -> str:
        """SQL comparing ``column`` to one ``?`` argument, ignoring case."""
        raise NotImplementedError

    def _insert_documents(self, docs: Sequence[Any]) -> list[int]:
        """Insert the ``documents`` rows of prepared documents in order; their new ids."""
        raise NotImplementedError

    def _insert_index(self, ids: Sequence[int], docs: Sequence[Any]) -> None:
        """Insert the search index rows of the documents ``ids``."""
        raise NotImplementedError

    def _insert_many(self, table: str, rows: list[tuple]) -> None:
        """Append ``rows`` (every column, in the table's order) to ``table``."""
        raise NotImplementedError

    def _run(self, q: Query, relaxed: bool, filters: Filters, limit: int,
             exclude: set[int]) -> list[tuple]:
        """Rows ``(id, hash, ext_id, title, date, source, url, topic, score)``, best first
        (higher score is better), of the documents that pass ``filters``, without the ids in
        ``exclude``. Raises InputError for a query the engine refuses."""
        raise NotImplementedError

    # -- meta -----------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _set_meta(self, key: str, value: str) -> None:
        """Write one meta value (inside the caller's transaction, if any)."""
        self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        self.conn.execute("INSERT INTO meta VALUES (?, ?)", (key, value))

    # -- writing --------------------------------------------------------------------------

    def has(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        out: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i:i + 500]
            q = f"SELECT hash FROM documents WHERE hash IN ({_marks(len(chunk))})"
            out.update(r[0] for r in self.conn.execute(q, chunk))
        return out

    def add(self, p: Any) -> AddResult:
        return add_batch(self, [p])[0]

    def add_many(self, prepared: Sequence[Any]) -> list[AddResult]:
        return add_batch(self, prepared)

    # -- search ---------------------------------------------------------------------------

    def _entity_keys(self, name: str) -> list[str]:
        """The ``canonical_norm`` keys of an entity name (see :func:`filters.entity_keys`)."""
        return entity_keys(self, name)

    def search(self, query: str | Query, limit: int = 10, since: str | None = None,
               until: str | None = None, entity: str | None = None, topic: str | None = None,
               source: str | None = None, snippets: bool = True) -> list[Hit]:
        if limit < 1:
            raise InputError(f"--limit {limit}: give a number of results ≥ 1")
        q = parse(query) if isinstance(query, str) else query
        filters = parse_filters(self, since, until, entity, topic, source)
        rows = self._run(q, False, filters, limit, set())
        relaxed_from = len(rows)
        if len(rows) < limit and len(q.groups) > 1:
            rows += self._run(q, True, filters, limit - len(rows), {r[0] for r in rows})
        hits = []
        for i, r in enumerate(rows):
            hit = Hit(doc=r[0], hash=r[1], ext_id=r[2], title=r[3], date=r[4], source=r[5],
                      url=r[6], topic=r[7], score=float(r[8]), snippet="",
                      relaxed=i >= relaxed_from)
            if snippets:
                hit.snippet, hit.highlights = self._snippet(hit.doc, q)
            hits.append(hit)
        return hits

    def _with_metadata(self, ranked: list[tuple[int, float]]) -> list[tuple]:
        """``(id, score)`` rows → ``(id, hash, ext_id, title, date, source, url, topic,
        score)`` rows, in the same order."""
        if not ranked:
            return []
        ids = [r[0] for r in ranked]
        meta = {r[0]: r for r in self.conn.execute(
            "SELECT id, hash, ext_id, title, date, source, url, topic FROM documents "
            f"WHERE id IN ({_marks(len(ids))})", ids)}
        return [(*meta[i], score) for i, score in ranked if i in meta]

    def _snippet(self, doc: int, q: Query) -> tuple[str, list[tuple[int, int]]]:
        row = self.conn.execute(
            "SELECT t.surface, t.host, t.lemma, t.stem, o.data, d.text FROM terms t "
            "JOIN term_offsets o ON o.doc = t.rowid JOIN documents d ON d.id = t.rowid "
            "WHERE t.rowid = ?", (doc,)).fetchone()
        if row is None:
            return "", []
        fields = {f: (row[i].split(" ") if row[i] else []) for i, f in enumerate(FIELDS)}
        offsets = decode_offsets(bytes(row[4]))
        text = decode_text(bytes(row[5]))
        matched = match_positions(q, fields)
        spans = sorted((offsets[i][0], offsets[i][1], k) for i, k in matched.items()
                       if i < len(offsets))
        return make_snippet(text, spans)
