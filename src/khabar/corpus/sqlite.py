"""The embedded SQLite store (WAL mode, one writer, many readers).

Schema version 1 (``meta`` holds ``schema_version``):

* ``documents(id, hash UNIQUE, ext_id, title, date, url, source, encoding, origin, topic,
  n_tokens, ingested_at, text)`` - ``hash`` is the sha256 of the text (the document key);
  ``text`` is the zlib-compressed raw text (for snippets);
* ``analyses(doc, khabar_version, json)`` - the JSON contract, zlib-compressed;
* ``entities(doc, canonical, canonical_norm, label, start, end)``;
* ``quotes(doc, speaker, speaker_norm, start, end, content)``;
* ``dates(doc, value, start, end)``;
* ``terms`` - FTS5 over the aligned analyzed fields ``surface host lemma stem`` and the
  title's stems (``ascii`` tokenizer over pre-tokenized, space-separated terms; rowid = doc);
  ``term_offsets(doc, data)`` - the raw ``(start, end)`` of each indexed token (zlib, uint32);
* ``minhash(doc, sig)``, ``lsh(key, doc)`` - signatures and LSH band keys;
  ``dups(doc, cluster, similarity)`` - near-duplicate clusters (the cluster id is the first
  document's id; documents without a row are alone).

``stories(id, title, title_doc, size, first_date, last_date)`` and ``story_docs(doc, story,
score)`` are added by ``khabar stories`` (``CREATE TABLE IF NOT EXISTS``, no version change;
see :mod:`khabar.corpus.stories`).

Every document's rows are written in one transaction, so a killed ingest leaves each document
either complete or absent.
"""
from __future__ import annotations

import datetime
import os
import sqlite3
from typing import Any, Iterable

from khabar.corpus import minhash
from khabar.corpus.prepare import decode_analysis, decode_offsets, decode_text
from khabar.corpus.query import Query, expression, match_positions, parse
from khabar.corpus.store import DEFAULT_DUP_THRESHOLD, AddResult, Hit, Store
from khabar.corpus.terms import FIELDS
from khabar.errors import ConfigError, InputError, KhabarError

SCHEMA_VERSION = 1
#: bm25 weights of the FTS columns surface, host, lemma, stem, title.
RANK_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0)
SNIPPET_CHARS = 220

_DDL = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    ext_id TEXT, title TEXT, date TEXT, url TEXT, source TEXT, encoding TEXT, origin TEXT,
    topic TEXT,
    n_tokens INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    text BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS documents_topic ON documents(topic COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS analyses(
    doc INTEGER PRIMARY KEY REFERENCES documents(id),
    khabar_version TEXT NOT NULL,
    json BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS entities(
    doc INTEGER NOT NULL REFERENCES documents(id),
    canonical TEXT NOT NULL, canonical_norm TEXT NOT NULL, label TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical_norm, doc);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE TABLE IF NOT EXISTS quotes(
    doc INTEGER NOT NULL REFERENCES documents(id),
    speaker TEXT, speaker_norm TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, content TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_norm);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE TABLE IF NOT EXISTS dates(
    doc INTEGER NOT NULL REFERENCES documents(id),
    value TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
CREATE INDEX IF NOT EXISTS dates_doc ON dates(doc);
CREATE VIRTUAL TABLE IF NOT EXISTS terms USING fts5(surface, host, lemma, stem, title,
    tokenize = 'ascii');
CREATE TABLE IF NOT EXISTS term_offsets(doc INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS minhash(doc INTEGER PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS lsh(key INTEGER NOT NULL, doc INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS lsh_key ON lsh(key);
CREATE TABLE IF NOT EXISTS dups(
    doc INTEGER PRIMARY KEY, cluster INTEGER NOT NULL, similarity REAL NOT NULL);
CREATE INDEX IF NOT EXISTS dups_cluster ON dups(cluster);
"""


def _locked(path: str, exc: Exception) -> KhabarError:
    return ConfigError(f"{path}: the database is busy ({exc}); another process is writing to "
                       f"it (one ingest at a time per store) - wait for it or use another --db")


class SQLiteStore(Store):
    def __init__(self, path: str, create: bool = True,
                 dup_threshold: float | None = None) -> None:
        self.path = path
        exists = os.path.exists(path)
        if not exists and not create:
            raise ConfigError(f"{path}: no such corpus database; create it with "
                              f"'khabar ingest FILES --db {path}'")
        if not exists:
            parent = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(parent):
                raise ConfigError(f"{path}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
            self.conn.execute("PRAGMA busy_timeout = 10000")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._init_schema(create, dup_threshold)
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise _locked(path, exc) from None
            raise ConfigError(f"{path}: not a usable SQLite corpus database ({exc})") from None
        if mode.lower() != "wal":
            raise ConfigError(f"{path}: cannot switch the database to WAL mode (got {mode})")

    # -- schema ---------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def _init_schema(self, create: bool, dup_threshold: float | None) -> None:
        c = self.conn
        has_meta = c.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        version = self._meta("schema_version") if has_meta else None
        if version is None:
            if not create:
                raise ConfigError(f"{self.path}: not a Khabar corpus database (no schema "
                                  f"version); create one with 'khabar ingest'")
            tables = c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if tables and not has_meta:
                raise ConfigError(f"{self.path}: this SQLite file holds other tables; give a "
                                  f"new file for the Khabar corpus")
            from khabar import __version__
            th = DEFAULT_DUP_THRESHOLD if dup_threshold is None else dup_threshold
            c.execute("BEGIN IMMEDIATE")
            try:
                for stmt in _DDL.split(";\n"):
                    if stmt.strip():
                        c.execute(stmt)
                c.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
                    ("schema_version", str(SCHEMA_VERSION)), ("created_by", __version__),
                    ("created_at", _now()), ("dup_threshold", repr(float(th))),
                    ("minhash_perm", str(minhash.NUM_PERM)),
                    ("minhash_shingle", str(minhash.SHINGLE)),
                    ("lsh_bands", str(minhash.bands_for(th)))])
                weights = ", ".join(map(str, RANK_WEIGHTS))
                c.execute("INSERT INTO terms(terms, rank) VALUES ('rank', ?)",
                          (f"bm25({weights})",))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
            version = str(SCHEMA_VERSION)
        if int(version) > SCHEMA_VERSION:
            raise ConfigError(f"{self.path}: corpus schema {version} is newer than this Khabar "
                              f"reads ({SCHEMA_VERSION}); upgrade Khabar")
        if int(version) < SCHEMA_VERSION:  # pragma: no cover - no older schema exists yet
            raise ConfigError(f"{self.path}: corpus schema {version} is older than "
                              f"{SCHEMA_VERSION}; re-ingest into a new database")
        self.bands = int(self._meta("lsh_bands") or minhash.bands_for(DEFAULT_DUP_THRESHOLD))
        stored = float(self._meta("dup_threshold") or DEFAULT_DUP_THRESHOLD)
        self.dup_threshold = stored if dup_threshold is None else float(dup_threshold)
        if not 0.0 < self.dup_threshold <= 1.0:
            raise ConfigError(f"duplicate threshold {self.dup_threshold}: give a Jaccard "
                              f"similarity in (0, 1], e.g. 0.8")

    # -- writing --------------------------------------------------------------------------

    def has(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        out: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i:i + 500]
            q = "SELECT hash FROM documents WHERE hash IN (%s)" % ",".join("?" * len(chunk))
            out.update(r[0] for r in self.conn.execute(q, chunk))
        return out

    def add(self, p: Any) -> AddResult:
        from khabar import __version__
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _locked(self.path, exc) from None
        try:
            if c.execute("SELECT 1 FROM documents WHERE hash = ?", (p.hash,)).fetchone():
                c.execute("ROLLBACK")
                return AddResult("skipped")
            cur = c.execute(
                "INSERT INTO documents(hash, ext_id, title, date, url, source, encoding, origin,"
                " topic, n_tokens, ingested_at, text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (p.hash, p.ext_id, p.title, p.date, p.url, p.source, p.encoding, p.origin,
                 p.topic, p.n_tokens, _now(), p.text_z))
            doc = cur.lastrowid
            c.execute("INSERT INTO analyses VALUES (?, ?, ?)", (doc, __version__, p.analysis_z))
            c.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)",
                          [(doc, *e) for e in p.entities])
            c.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?)",
                          [(doc, *q) for q in p.quotes])
            c.executemany("INSERT INTO dates VALUES (?,?,?,?)", [(doc, *d) for d in p.dates])
            c.execute("INSERT INTO terms(rowid, surface, host, lemma, stem, title) "
                      "VALUES (?,?,?,?,?,?)", (doc, *p.columns, p.title_terms))
            c.execute("INSERT INTO term_offsets VALUES (?, ?)", (doc, p.offsets))
            cluster = sim = None
            if p.signature is not None:
                cluster, sim = self._near_dup(doc, p.signature)
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        return AddResult("ingested", doc, cluster, sim)

    def _near_dup(self, doc: int, sig_bytes: bytes) -> tuple[int | None, float | None]:
        c = self.conn
        sig = minhash.from_bytes(sig_bytes)
        keys = minhash.band_keys(sig, self.bands)
        q = "SELECT DISTINCT doc FROM lsh WHERE key IN (%s)" % ",".join("?" * len(keys))
        best, best_sim = None, 0.0
        for (cand,) in c.execute(q, keys).fetchall():
            row = c.execute("SELECT sig FROM minhash WHERE doc = ?", (cand,)).fetchone()
            if row is None:
                continue
            s = minhash.similarity(sig, minhash.from_bytes(row[0]))
            if s > best_sim or (s == best_sim and best is not None and cand < best):
                best, best_sim = cand, s
        c.execute("INSERT INTO minhash VALUES (?, ?)", (doc, sig_bytes))
        c.executemany("INSERT INTO lsh VALUES (?, ?)", [(k, doc) for k in keys])
        if best is None or best_sim < self.dup_threshold:
            return None, None
        row = c.execute("SELECT cluster FROM dups WHERE doc = ?", (best,)).fetchone()
        if row is None:
            cluster = best
            c.execute("INSERT INTO dups VALUES (?, ?, 1.0)", (best, best))
        else:
            cluster = row[0]
        c.execute("INSERT INTO dups VALUES (?, ?, ?)", (doc, cluster, best_sim))
        return cluster, best_sim

    def reindex(self, progress: Any = None) -> int:
        """Rebuild the search index from the stored analyses (no re-analysis); returns the
        number of documents. Use it after a change of the index analyzer (``terms``)."""
        from khabar.corpus.terms import analyze_terms, columns, document_terms
        from khabar.io.jsoncodec import document_from_json
        import numpy as np
        import zlib
        c = self.conn
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

    # -- reading --------------------------------------------------------------------------

    def _filters(self, since: str | None, until: str | None, entity: str | None,
                 topic: str | None, source: str | None) -> tuple[str, list[Any]]:
        sql, args = [], []
        if since:
            sql.append("d.date >= ?")
            args.append(_check_date(since, "--since"))
        if until:
            u = _check_date(until, "--until")
            sql.append("substr(d.date, 1, ?) <= ?")
            args += [len(u), u]
        if topic:
            known = [r[0] for r in self.conn.execute(
                "SELECT DISTINCT topic FROM documents WHERE topic IS NOT NULL")]
            if known and topic.lower() not in {k.lower() for k in known}:
                raise InputError(f"no document has topic {topic!r}; topics in this corpus: "
                                 f"{', '.join(sorted(known))}")
            sql.append("d.topic = ? COLLATE NOCASE")
            args.append(topic)
        if source:
            sql.append("d.source = ? COLLATE NOCASE")
            args.append(source)
        if entity:
            names = self._entity_keys(entity)
            sql.append("d.id IN (SELECT doc FROM entities WHERE canonical_norm IN (%s))"
                       % ",".join("?" * len(names)))
            args += names
        return "".join(" AND " + s for s in sql), args

    def _entity_keys(self, name: str) -> list[str]:
        from khabar.ner.canonical import canonical_name
        from khabar.text.normalize import normalize
        name = " ".join(name.split())
        if not name:
            raise InputError("--entity: give a name, as in --entity 'الأمم المتحدة'")
        keys = {normalize(name)}
        for (label,) in self.conn.execute("SELECT DISTINCT label FROM entities"):
            try:
                keys.add(normalize(canonical_name(label, name)))
            except Exception:   # a name the canonicalizer cannot read: the plain key is enough
                pass
        return sorted(k for k in keys if k)

    def _run(self, expr: str, where: str, args: list[Any], limit: int,
             exclude: set[int]) -> list[tuple]:
        weights = ", ".join(map(str, RANK_WEIGHTS))
        sql = ("SELECT d.id, d.hash, d.ext_id, d.title, d.date, d.source, d.url, d.topic, "
               f"bm25(terms, {weights}) AS score FROM terms JOIN documents d "
               "ON d.id = terms.rowid WHERE terms MATCH ?" + where + " ORDER BY score LIMIT ?")
        try:
            rows = self.conn.execute(sql, [expr, *args, limit + len(exclude)]).fetchall()
        except sqlite3.OperationalError as exc:
            raise InputError(f"cannot run this query ({exc}); simplify it: words, \"phrases\", "
                             f"OR, and -word to exclude") from None
        return [r for r in rows if r[0] not in exclude][:limit]

    def search(self, query: str | Query, limit: int = 10, since: str | None = None,
               until: str | None = None, entity: str | None = None, topic: str | None = None,
               source: str | None = None, snippets: bool = True) -> list[Hit]:
        if limit < 1:
            raise InputError(f"--limit {limit}: give a number of results ≥ 1")
        q = parse(query) if isinstance(query, str) else query
        where, args = self._filters(since, until, entity, topic, source)
        rows = self._run(expression(q), where, args, limit, set())
        relaxed_from = len(rows)
        if len(rows) < limit and len(q.groups) > 1:
            rows += self._run(expression(q, relaxed=True), where, args, limit - len(rows),
                              {r[0] for r in rows})
        hits = []
        for i, r in enumerate(rows):
            hit = Hit(doc=r[0], hash=r[1], ext_id=r[2], title=r[3], date=r[4], source=r[5],
                      url=r[6], topic=r[7], score=-float(r[8]), snippet="",
                      relaxed=i >= relaxed_from)
            if snippets:
                hit.snippet, hit.highlights = self._snippet(hit.doc, q)
            hits.append(hit)
        return hits

    def _snippet(self, doc: int, q: Query) -> tuple[str, list[tuple[int, int]]]:
        row = self.conn.execute(
            "SELECT t.surface, t.host, t.lemma, t.stem, o.data, d.text FROM terms t "
            "JOIN term_offsets o ON o.doc = t.rowid JOIN documents d ON d.id = t.rowid "
            "WHERE t.rowid = ?", (doc,)).fetchone()
        if row is None:
            return "", []
        fields = {f: (row[i].split(" ") if row[i] else []) for i, f in enumerate(FIELDS)}
        offsets = decode_offsets(row[4])
        text = decode_text(row[5])
        matched = match_positions(q, fields)
        spans = sorted((offsets[i][0], offsets[i][1], k) for i, k in matched.items()
                       if i < len(offsets))
        return make_snippet(text, spans)

    def document(self, key: int | str) -> Any:
        from khabar.io.jsoncodec import document_from_json
        col = "d.id" if isinstance(key, int) else "d.hash"
        row = self.conn.execute(f"SELECT a.json FROM analyses a JOIN documents d ON d.id = a.doc "
                                f"WHERE {col} = ?", (key,)).fetchone()
        if row is None:
            raise InputError(f"no document {key!r} in {self.path}")
        return document_from_json(decode_analysis(row[0]))

    def dup_clusters(self, min_size: int = 2, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT cluster, count(*) AS n FROM dups GROUP BY cluster HAVING n >= ? "
            "ORDER BY n DESC, cluster LIMIT ?", (max(min_size, 2), -1 if limit is None else limit)
        ).fetchall()
        out = []
        for cluster, n in rows:
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
        c = self.conn
        one = lambda sql: c.execute(sql).fetchone()[0]  # noqa: E731
        return {"documents": one("SELECT count(*) FROM documents"),
                "entities": one("SELECT count(*) FROM entities"),
                "quotes": one("SELECT count(*) FROM quotes"),
                "dates": one("SELECT count(*) FROM dates"),
                "dup_clusters": one("SELECT count(DISTINCT cluster) FROM dups"),
                "dup_documents": one("SELECT count(*) FROM dups"),
                "bytes": os.path.getsize(self.path)}

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

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:  # pragma: no cover
            pass


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _check_date(s: str, opt: str) -> str:
    s = s.strip()
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            datetime.datetime.strptime(s, fmt)
            if len(s) == n:
                return s
        except ValueError:
            pass
    raise InputError(f"{opt} {s!r}: give a date as YYYY-MM-DD (or YYYY-MM, YYYY)")


def make_snippet(text: str, spans: list[tuple[int, int, int]],
                 width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the densest matches; highlights relative to it.

    ``spans`` are ``(start, end, item)`` raw offsets; the window holds the most distinct items.
    """
    n = len(text)
    if not spans:
        a, b = 0, min(n, width)
    else:
        # Sliding window over the sorted spans: most distinct items, then most matches.
        reach = width * 3 // 4
        counts: dict[int, int] = {}
        best, best_key, j = spans[0], (-1, 0), 0
        for i, (s, _, _) in enumerate(spans):
            while j < len(spans) and spans[j][1] <= s + reach:
                counts[spans[j][2]] = counts.get(spans[j][2], 0) + 1
                j += 1
            key = (len(counts), j - i)
            if key > best_key:
                best, best_key = spans[i], key
            k = spans[i][2]
            if i < j:
                counts[k] -= 1
                if not counts[k]:
                    del counts[k]
        a = max(0, best[0] - width // 4)
        b = min(n, a + width)
        a = max(0, min(a, b - width))
    # Cut at spaces, never inside a word.
    if a > 0:
        sp = text.rfind(" ", max(0, a - 20), a)
        a = sp + 1 if sp >= 0 else a
    if b < n:
        sp = text.find(" ", b, min(n, b + 20))
        b = sp if sp >= 0 else b
    prefix = "…" if a > 0 else ""
    suffix = "…" if b < n else ""
    body = text[a:b]
    # Collapse whitespace while keeping highlight offsets right.
    out: list[str] = [prefix]
    pos_map: dict[int, int] = {}
    length = len(prefix)
    prev_space = False
    for i, ch in enumerate(body):
        pos_map[a + i] = length
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch)
        length += 1
    pos_map[b] = length
    snippet = "".join(out).rstrip() + suffix
    hl = []
    for s, e, _ in spans:
        if s >= a and e <= b and s in pos_map and e in pos_map:
            hl.append((pos_map[s], pos_map[e]))
    return snippet, _merge(hl)


def _merge(hl: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(hl):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
