"""What the SQL stores share: filters, snippets, reading (writing: :mod:`khabar.corpus.write`).

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
from khabar.corpus.prepare import decode_analysis, decode_offsets, decode_text
from khabar.corpus.query import Query, match_positions, parse
from khabar.corpus.snippet import make_snippet
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD, AddResult, Hit, Store
from khabar.corpus.terms import FIELDS
from khabar.corpus.write import add_batch
from khabar.errors import ConfigError, InputError


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def check_date(s: str, opt: str) -> str:
    """``s`` when it is YYYY-MM-DD, YYYY-MM or YYYY; InputError naming ``opt`` otherwise."""
    s = s.strip()
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            datetime.datetime.strptime(s, fmt)
            if len(s) == n:
                return s
        except ValueError:
            pass
    raise InputError(f"{opt} {s!r}: give a date as YYYY-MM-DD (or YYYY-MM, YYYY)")


def date_after(s: str) -> str | None:
    """The first day, month or year after ``s`` (a :func:`check_date` value, same precision):
    ``date < date_after(u)`` is a range an index serves, implied by ``substr(date, 1,
    len(u)) <= u`` for dates compared as strings; None past year 9998."""
    year = int(s[:4])
    if year >= 9999:
        return None
    if len(s) == 4:
        return f"{year + 1:04d}"
    if len(s) == 7:
        month = int(s[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return (datetime.date.fromisoformat(s) + datetime.timedelta(days=1)).isoformat()


def _marks(n: int) -> str:
    return ",".join("?" * n)


class SQLStore(Store):
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

    def _bytes(self) -> int:
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

    def _run(self, q: Query, relaxed: bool, where: str, args: list[Any], limit: int,
             exclude: set[int]) -> list[tuple]:
        """Rows ``(id, hash, ext_id, title, date, source, url, topic, score)``, best first
        (higher score is better), without the ids in ``exclude``."""
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

    def _filters(self, since: str | None, until: str | None, entity: str | None,
                 topic: str | None, source: str | None) -> tuple[str, list[Any]]:
        sql, args = [], []
        if since:
            sql.append("d.date >= ?")
            args.append(check_date(since, "--since"))
        if until:
            u = check_date(until, "--until")
            sql.append("substr(d.date, 1, ?) <= ?")
            args += [len(u), u]
            after = date_after(u)
            if after is not None:       # the same bound, as a range on the date index
                sql.append("d.date < ?")
                args.append(after)
        if topic:
            # One index probe; the list of topics (a scan) only for the error message.
            if self.conn.execute(f"SELECT 1 FROM documents d WHERE {self._nocase_eq('d.topic')}"
                                 f" LIMIT 1", (topic,)).fetchone() is None:
                known = [r[0] for r in self.conn.execute(
                    "SELECT DISTINCT topic FROM documents WHERE topic IS NOT NULL")]
                if known:
                    raise InputError(f"no document has topic {topic!r}; topics in this corpus: "
                                     f"{', '.join(sorted(known))}")
            sql.append(self._nocase_eq("d.topic"))
            args.append(topic)
        if source:
            sql.append(self._nocase_eq("d.source"))
            args.append(source)
        if entity:
            names = self._entity_keys(entity)
            sql.append(f"d.id IN (SELECT doc FROM entities WHERE canonical_norm IN "
                       f"({_marks(len(names))}))")
            args += names
        return "".join(" AND " + s for s in sql), args

    def _entity_keys(self, name: str) -> list[str]:
        from khabar.ner.canonical import canonical_name
        from khabar.text.normalize import normalize
        name = " ".join(name.split())
        if not name:
            raise InputError("--entity: give a name, as in --entity 'الأمم المتحدة'")
        keys = {normalize(name)}
        for label in self._entity_labels():
            try:
                keys.add(normalize(canonical_name(label, name)))
            except Exception:   # a name the canonicalizer cannot read: the plain key is enough
                pass
        return sorted(k for k in keys if k)

    def _entity_labels(self) -> list[str]:
        """The NER labels the store's entities have: one probe per label (``SELECT DISTINCT
        label`` scanned every entity row: 60 ms per query at 175k rows); labels other than
        the NER model's PER, LOC, ORG (imported analyses) are not probed."""
        from khabar.ner.tagger import LABELS
        return [lab for lab in LABELS if self.conn.execute(
            "SELECT 1 FROM entities WHERE label = ? LIMIT 1", (lab,)).fetchone() is not None]

    def search(self, query: str | Query, limit: int = 10, since: str | None = None,
               until: str | None = None, entity: str | None = None, topic: str | None = None,
               source: str | None = None, snippets: bool = True) -> list[Hit]:
        if limit < 1:
            raise InputError(f"--limit {limit}: give a number of results ≥ 1")
        q = parse(query) if isinstance(query, str) else query
        where, args = self._filters(since, until, entity, topic, source)
        rows = self._run(q, False, where, args, limit, set())
        relaxed_from = len(rows)
        if len(rows) < limit and len(q.groups) > 1:
            rows += self._run(q, True, where, args, limit - len(rows), {r[0] for r in rows})
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

    # -- reading --------------------------------------------------------------------------

    def document(self, key: int | str) -> Any:
        from khabar.io.jsoncodec import document_from_json
        col = "d.id" if isinstance(key, int) else "d.hash"
        row = self.conn.execute(f"SELECT a.json FROM analyses a JOIN documents d ON d.id = a.doc "
                                f"WHERE {col} = ?", (key,)).fetchone()
        if row is None:
            raise InputError(f"no document {key!r} in {self.location}")
        return document_from_json(decode_analysis(bytes(row[0])))

    def dup_clusters(self, min_size: int = 2, limit: int | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT cluster, count(*) AS n FROM dups GROUP BY cluster "
               "HAVING count(*) >= ? ORDER BY n DESC, cluster")
        args: list[Any] = [max(min_size, 2)]
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        out = []
        for cluster, n in self.conn.execute(sql, args).fetchall():
            members = [
                {"doc": r[0], "similarity": round(r[1], 3), "id": r[2], "title": r[3],
                 "date": r[4], "source": r[5], "origin": r[6]}
                for r in self.conn.execute(
                    "SELECT d.id, x.similarity, d.ext_id, d.title, d.date, d.source, d.origin "
                    "FROM dups x JOIN documents d ON d.id = x.doc WHERE x.cluster = ? "
                    "ORDER BY d.id", (cluster,))]
            out.append({"cluster": cluster, "size": n, "members": members})
        return out

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"documents": one("SELECT count(*) FROM documents"),
                "entities": one("SELECT count(*) FROM entities"),
                "quotes": one("SELECT count(*) FROM quotes"),
                "dates": one("SELECT count(*) FROM dates"),
                "dup_clusters": one("SELECT count(DISTINCT cluster) FROM dups"),
                "dup_documents": one("SELECT count(*) FROM dups"),
                "bytes": self._bytes()}

    def update_stories(self, rebuild: bool = False, params: Any = None,
                       progress: Any = None) -> Any:
        from khabar.corpus.stories import update_stories
        return update_stories(self, rebuild=rebuild, params=params, progress=progress)

    def stories(self, since: str | None = None, until: str | None = None, min_size: int = 2,
                limit: int | None = None) -> list[Any]:
        from khabar.corpus.stories import list_stories
        return list_stories(self, since=since, until=until, min_size=min_size, limit=limit)

    def entity(self, name: str, bucket: str = "auto", top: int = 10, quotes: int = 20) -> Any:
        from khabar.corpus.entity import entity_timeline
        return entity_timeline(self, name, bucket=bucket, top=top, quotes=quotes)

    def suggest_entities(self, name: str, limit: int = 8) -> list[dict[str, Any]]:
        from khabar.corpus.entity import suggest
        return suggest(self, name, limit=limit)
