"""Stories: articles about the same event, grouped across documents and days.

One deterministic pass over the dated documents in ``(date, id)`` order. Each document is
compared with the *active* stories (whose last document is at most ``window`` days older)
and joins the best one whose score reaches ``threshold``, else it starts a new story. The
score mixes three signals:

* content - the cosine of the document's TF-IDF vector (light stems of the indexed terms,
  weighted by ``(1 + log tf) · idf`` with Khabar's shipped raw-news idf table; stop words
  dropped) with the story's centroid (the sum of its members' unit vectors);
* entities - the cosine of the document's canonical names, each weighted by its rarity
  ``log((N + 1) / (df + 1)) + 1`` among the documents already placed, with the story's (the
  same weights times the share of the story's documents naming it);
* dates - 1 when the document and the story mention a same resolved day (``dates`` table).

``score = 0.6·content + 0.3·entities + 0.1·dates``; a document also needs ``content ≥
min_content``. The defaults (``threshold`` 0.4, ``min_content`` 0.2, ``window`` 3 days) were
set by reading the joins of 290 ANT articles over five days: below 0.4 most joins are only
topical (two road accidents in different towns). Near-duplicates (wire copies, the ``dups`` table) always join the story of
their cluster's first placed member.

The pass is incremental: only documents not yet placed are read, and the state it needs
(active stories, entity document frequencies) is rebuilt from the stored rows. Since each
decision depends only on the documents before it, an update gives the same stories as a
rebuild as long as the new documents are dated on or after the newest one already placed;
when they are not (or the parameters changed) the update rebuilds everything, so the stored
stories are always those of one pass over the whole corpus. Undated documents are left out.

Tables (added with ``CREATE TABLE IF NOT EXISTS``; the corpus schema version is unchanged):
``stories(id, title, title_doc, size, first_date, last_date)`` - ``id`` is the story's first
document; ``story_docs(doc, story, score)`` - ``score`` is the similarity that attached the
document (1.0 for a story's first document and for wire copies); ``meta`` keys
``stories_params``.
"""
from __future__ import annotations

import datetime
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from khabar.errors import InputError

STORIES_DDL = """
CREATE TABLE IF NOT EXISTS stories(
    id INTEGER PRIMARY KEY, title TEXT, title_doc INTEGER,
    size INTEGER NOT NULL, first_date TEXT NOT NULL, last_date TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS stories_span ON stories(last_date, first_date);
CREATE TABLE IF NOT EXISTS story_docs(
    doc INTEGER PRIMARY KEY, story INTEGER NOT NULL, score REAL NOT NULL);
CREATE INDEX IF NOT EXISTS story_docs_story ON story_docs(story)
"""

W_CONTENT, W_ENTITY, W_DATE = 0.6, 0.3, 0.1
#: How many of a document's heaviest terms are used to find candidate stories.
KEY_TERMS = 15
TITLE_CHARS = 140
_BATCH = 400


@dataclass(frozen=True)
class StoryParams:
    """Clustering parameters (stored with the stories; a change triggers a rebuild)."""

    window: int = 3            # days between a story's last document and a new one
    threshold: float = 0.4     # combined score to join a story
    min_content: float = 0.2   # content cosine a document needs to join a story

    def check(self) -> StoryParams:
        if self.window < 0:
            raise InputError(f"--window {self.window}: give a number of days ≥ 0")
        if not 0.0 < self.threshold <= 1.0:
            raise InputError(f"--threshold {self.threshold}: give a score in (0, 1]")
        if not 0.0 <= self.min_content <= 1.0:
            raise InputError(f"min_content {self.min_content}: give a cosine in [0, 1]")
        return self


@dataclass
class StoryUpdate:
    """What :func:`update_stories` did."""

    placed: int = 0            # documents placed in this run
    documents: int = 0         # dated documents in stories after the run
    undated: int = 0           # documents left out (no date)
    stories: int = 0           # stories after the run (any size)
    rebuilt: bool = False
    reason: str | None = None  # why it rebuilt

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Doc:
    """The features of one document for clustering."""

    id: int
    date: str
    day: int
    vec: dict[str, float]             # unit TF-IDF vector over stems
    keys: list[str]                   # heaviest terms, for candidates
    ents: set[str]                    # normalized canonical names
    dates: set[str]                   # resolved days mentioned
    cluster: int | None = None        # near-duplicate cluster


@dataclass
class _Story:
    id: int
    first: str
    last: str
    last_day: int
    members: list[int] = field(default_factory=list)
    vecs: list[dict[str, float]] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    ents: Counter = field(default_factory=Counter)
    dates: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)

    def add(self, d: Doc) -> None:
        self.members.append(d.id)
        self.vecs.append(d.vec)
        c = self.centroid
        for t, w in d.vec.items():
            c[t] = c.get(t, 0.0) + w
        self.norm2 = math.fsum(v * v for v in c.values())
        self.ents.update(d.ents)
        self.dates |= d.dates
        self.keys.update(d.keys)
        self.keys.update("@" + e for e in d.ents)
        if d.date > self.last:
            self.last, self.last_day = d.date, d.day
        self.first = min(self.first, d.date)

    def content(self, vec: dict[str, float]) -> float:
        if not self.norm2:
            return 0.0
        c = self.centroid
        return sum(w * c.get(t, 0.0) for t, w in vec.items()) / math.sqrt(self.norm2)

    def central(self) -> int:
        """The member closest to the centroid (the earliest on a tie)."""
        best, best_s = self.members[0], -1.0
        for doc, v in zip(self.members, self.vecs):
            s = round(self.content(v), 9)
            if s > best_s:
                best, best_s = doc, s
        return best


def _day(date: str) -> int:
    return datetime.date.fromisoformat(date[:10]).toordinal()


class Clusterer:
    """The single pass: feed documents in ``(date, id)`` order with :meth:`place`."""

    def __init__(self, params: StoryParams, seen: int = 0,
                 entity_df: Counter | None = None,
                 cluster_story: dict[int, int] | None = None,
                 load_story: Callable[[int], _Story | None] | None = None) -> None:
        self.p = params
        self.seen = seen
        self.df: Counter = entity_df if entity_df is not None else Counter()
        self.cluster_story = cluster_story if cluster_story is not None else {}
        self.load_story = load_story
        self.active: dict[int, _Story] = {}
        self.postings: dict[str, set[int]] = {}
        self.today = -1

    def activate(self, s: _Story) -> None:
        self.active[s.id] = s
        for k in s.keys:
            self.postings.setdefault(k, set()).add(s.id)

    def _expire(self, day: int) -> None:
        if day == self.today:
            return
        self.today = day
        for sid in [sid for sid, s in self.active.items() if s.last_day < day - self.p.window]:
            s = self.active.pop(sid)
            for k in s.keys:
                ps = self.postings.get(k)
                if ps is not None:
                    ps.discard(sid)
                    if not ps:
                        del self.postings[k]

    def _ent_weight(self, e: str) -> float:
        return math.log((self.seen + 1) / (self.df.get(e, 0) + 1)) + 1.0

    def score(self, d: Doc, s: _Story) -> tuple[float, float]:
        """``(score, content)`` of document ``d`` against story ``s``."""
        content = s.content(d.vec)
        ent = 0.0
        shared = [e for e in d.ents if e in s.ents]
        if shared:
            # Cosine of the document's rarity-weighted names with the story's (weight ×
            # the share of its documents naming it).
            n = len(s.members)
            w = {e: self._ent_weight(e) for e in d.ents.union(s.ents)}
            dot = math.fsum(w[e] * w[e] * s.ents[e] / n for e in shared)
            nd = math.fsum(w[e] * w[e] for e in d.ents)
            ns = math.fsum((w[e] * c / n) ** 2 for e, c in s.ents.items())
            ent = dot / math.sqrt(nd * ns)
        dates = 1.0 if d.dates & s.dates else 0.0
        return W_CONTENT * content + W_ENTITY * ent + W_DATE * dates, content

    def place(self, d: Doc) -> tuple[int, float]:
        """Place one document; returns ``(story id, score)``."""
        self._expire(d.day)
        story, score = None, 1.0
        if d.cluster is not None and d.cluster in self.cluster_story:
            sid = self.cluster_story[d.cluster]
            story = self.active.get(sid)
            if story is None and self.load_story is not None:
                story = self.load_story(sid)     # a wire copy of a story out of the window
                if story is not None:
                    self.activate(story)
        if story is None:
            cands: set[int] = set()
            for k in d.keys:
                cands |= self.postings.get(k, set())
            for e in d.ents:
                cands |= self.postings.get("@" + e, set())
            best, best_s = None, 0.0
            for sid in sorted(cands):
                s = self.active[sid]
                sc, content = self.score(d, s)
                sc = round(sc, 9)
                if content >= self.p.min_content and sc >= self.p.threshold and sc > best_s:
                    best, best_s = s, sc
            if best is not None:
                story, score = best, best_s
        if story is None:
            story = _Story(id=d.id, first=d.date, last=d.date, last_day=d.day)
            story.add(d)
            self.activate(story)
        else:
            new_keys = set(d.keys) | {"@" + e for e in d.ents}
            story.add(d)
            for k in new_keys:
                self.postings.setdefault(k, set()).add(story.id)
        self._after(d, story)
        return story.id, score

    def _after(self, d: Doc, story: _Story) -> None:
        self.seen += 1
        self.df.update(d.ents)
        if d.cluster is not None:
            self.cluster_story.setdefault(d.cluster, story.id)


# -- features from the store ---------------------------------------------------------------

_STOP: frozenset[str] | None = None


def _stopwords() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        from khabar.lang.stopwords import normalized
        _STOP = normalized()
    return _STOP


def term_vector(surface: str, stem: str) -> tuple[dict[str, float], list[str]]:
    """A unit TF-IDF vector over the stems of one document's indexed terms, and its keys."""
    from khabar.topics.idf import idf_table
    idf = idf_table()
    stop = _stopwords()
    tf: Counter = Counter()
    w_idf: dict[str, float] = {}
    surf = surface.split(" ") if surface else []
    stems = stem.split(" ") if stem else []
    for s, t in zip(surf, stems):
        if len(t) < 2 or s in stop or t.isdigit():
            continue
        tf[t] += 1
        v = idf.get(s)
        if v > w_idf.get(t, 0.0):
            w_idf[t] = v
    vec = {t: (1.0 + math.log(n)) * w_idf[t] for t, n in tf.items()}
    norm = math.sqrt(math.fsum(v * v for v in vec.values()))
    if norm:
        vec = {t: v / norm for t, v in vec.items()}
    keys = [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:KEY_TERMS]]
    return vec, keys


def _chunks(xs: list[Any], n: int) -> Iterator[list[Any]]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def _features(conn: Any, rows: list[tuple[int, str]]) -> Iterator[Doc]:
    """:class:`Doc` features of ``(id, date)`` rows, in their order."""
    for chunk in _chunks(rows, _BATCH):
        ids = [r[0] for r in chunk]
        marks = ",".join("?" * len(ids))
        terms = {r[0]: (r[1], r[2]) for r in conn.execute(
            f"SELECT rowid, surface, stem FROM terms WHERE rowid IN ({marks})", ids)}
        ents: dict[int, set[str]] = {}
        for doc, name in conn.execute(
                f"SELECT doc, canonical_norm FROM entities WHERE doc IN ({marks})", ids):
            if name:
                ents.setdefault(doc, set()).add(name)
        dates: dict[int, set[str]] = {}
        for doc, value in conn.execute(
                f"SELECT doc, value FROM dates WHERE doc IN ({marks})", ids):
            if len(value) == 10:
                dates.setdefault(doc, set()).add(value)
        clusters = dict(conn.execute(
            f"SELECT doc, cluster FROM dups WHERE doc IN ({marks})", ids).fetchall())
        for doc, date in chunk:
            vec, keys = term_vector(*terms.get(doc, ("", "")))
            yield Doc(id=doc, date=date, day=_day(date), vec=vec, keys=keys,
                      ents=ents.get(doc, set()), dates=dates.get(doc, set()),
                      cluster=clusters.get(doc))


def _ensure_tables(conn: Any) -> None:
    for stmt in STORIES_DDL.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)


def _has_tables(store: Any) -> bool:
    return store._has_table("story_docs")


def first_sentence(text: str, limit: int = TITLE_CHARS) -> str:
    """The first sentence (or line) of ``text``, cut at a word under ``limit`` characters."""
    text = text.strip()
    m = re.search(r"[.!?؟\n]", text)
    s = " ".join((text[:m.start() + (text[m.start()] != "\n")] if m else text).split())
    if len(s) > limit:
        cut = s.rfind(" ", 0, limit)
        s = s[:cut if cut > limit // 2 else limit].rstrip("،, ") + "…"
    return s


def _title(conn: Any, doc: int) -> str:
    from khabar.corpus.prepare import decode_text
    row = conn.execute("SELECT title, text FROM documents WHERE id = ?", (doc,)).fetchone()
    if row is None:
        return ""
    if row[0] and row[0].strip():
        return " ".join(row[0].split())
    return first_sentence(decode_text(row[1]))


def update_stories(store: Any, rebuild: bool = False, params: StoryParams | None = None,
                   progress: Callable[[int, int], None] | None = None) -> StoryUpdate:
    """Place the documents not yet in a story (all of them with ``rebuild``) and store the
    stories. Raises :class:`~khabar.errors.ConfigError` when the database is busy."""
    p = (params or StoryParams()).check()
    conn = store.conn
    out = StoryUpdate()
    store._begin()
    try:
        _ensure_tables(conn)
        stored = store._meta("stories_params")
        want = json.dumps(asdict(p), sort_keys=True)
        if not rebuild and stored is not None and stored != want:
            rebuild, out.reason = True, "the clustering parameters changed"
        new = conn.execute(
            "SELECT d.id, substr(d.date, 1, 10) AS day FROM documents d "
            "WHERE d.date IS NOT NULL AND d.id NOT IN (SELECT doc FROM story_docs) "
            "ORDER BY day, d.id").fetchall()
        if not rebuild and new:
            last = conn.execute(
                "SELECT substr(d.date, 1, 10) AS day, d.id FROM story_docs s JOIN documents d "
                "ON d.id = s.doc ORDER BY day DESC, d.id DESC LIMIT 1").fetchone()
            if last is not None and (new[0][1], new[0][0]) < (last[0], last[1]):
                rebuild = True
                out.reason = (f"new documents are dated before the newest placed one "
                              f"({new[0][1]} < {last[0]})")
        if rebuild:
            out.rebuilt = True
            conn.execute("DELETE FROM story_docs")
            conn.execute("DELETE FROM stories")
            new = conn.execute(
                "SELECT id, substr(date, 1, 10) AS day FROM documents WHERE date IS NOT NULL "
                "ORDER BY day, id").fetchall()
        new = [(i, d) for i, d in new if _valid_day(d)]
        cl = _resume(conn, p, new)
        touched: dict[int, _Story] = {}
        for n, d in enumerate(_features(conn, new), 1):
            sid, score = cl.place(d)
            conn.execute("INSERT INTO story_docs VALUES (?, ?, ?)", (d.id, sid, score))
            touched[sid] = cl.active[sid]
            if progress is not None:
                progress(n, len(new))
        for s in touched.values():
            conn.execute("DELETE FROM stories WHERE id = ?", (s.id,))
            conn.execute("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                         (s.id, None, None, len(s.members), s.first, s.last))
        for s in touched.values():
            doc = s.central()
            conn.execute("UPDATE stories SET title = ?, title_doc = ? WHERE id = ?",
                         (_title(conn, doc), doc, s.id))
        store._set_meta("stories_params", want)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    out.placed = len(new)
    out.documents = conn.execute("SELECT count(*) FROM story_docs").fetchone()[0]
    out.stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    out.undated = conn.execute("SELECT count(*) FROM documents WHERE date IS NULL").fetchone()[0]
    return out


def _valid_day(d: str | None) -> bool:
    try:
        _day(d or "")
        return True
    except ValueError:
        return False


def _resume(conn: Any, p: StoryParams, new: list[tuple[int, str]]) -> Clusterer:
    """A :class:`Clusterer` in the state the pass had after the documents already placed."""
    seen = conn.execute("SELECT count(*) FROM story_docs").fetchone()[0]
    df: Counter = Counter()
    cluster_story: dict[int, int] = {}

    def load(sid: int) -> _Story | None:
        rows = conn.execute(
            "SELECT d.id, substr(d.date, 1, 10) AS day FROM story_docs s JOIN documents d "
            "ON d.id = s.doc WHERE s.story = ? ORDER BY day, d.id", (sid,)).fetchall()
        if not rows:
            return None
        s = _Story(id=sid, first=rows[0][1], last=rows[0][1], last_day=_day(rows[0][1]))
        for d in _features(conn, rows):
            s.add(d)
        return s

    cl = Clusterer(p, seen=seen, entity_df=df, cluster_story=cluster_story, load_story=load)
    if not seen or not new:
        return cl
    for name, n in conn.execute(
            "SELECT e.canonical_norm, count(DISTINCT e.doc) FROM entities e "
            "JOIN story_docs s ON s.doc = e.doc GROUP BY e.canonical_norm"):
        if name:
            df[name] = n
    for cluster, sid in conn.execute(
            "SELECT x.cluster, min(s.story) FROM dups x JOIN story_docs s ON s.doc = x.doc "
            "GROUP BY x.cluster"):
        cluster_story[cluster] = sid
    start = datetime.date.fromordinal(_day(new[0][1]) - p.window).isoformat()
    for (sid,) in conn.execute("SELECT id FROM stories WHERE last_date >= ? ORDER BY id",
                               (start,)).fetchall():
        s = load(sid)
        if s is not None:
            cl.activate(s)
    return cl


# -- reading -----------------------------------------------------------------------------

@dataclass
class Story:
    id: int
    title: str
    size: int
    first_date: str
    last_date: str
    title_doc: int | None = None
    members: list[dict[str, Any]] = field(default_factory=list)

    @property
    def days(self) -> int:
        return _day(self.last_date) - _day(self.first_date) + 1

    def to_json(self) -> dict[str, Any]:
        return {"story": self.id, "title": self.title, "size": self.size,
                "first_date": self.first_date, "last_date": self.last_date, "days": self.days,
                "title_doc": self.title_doc, "members": self.members}


def list_stories(store: Any, since: str | None = None, until: str | None = None,
                 min_size: int = 2, limit: int | None = None,
                 members: bool = True) -> list[Story]:
    """Stored stories with a document dated in ``[since, until]``, largest first (then the
    most recent). ``since``/``until`` are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    from khabar.corpus.sqlbase import check_date as _check_date
    if min_size < 1:
        raise InputError(f"--min-size {min_size}: give a story size ≥ 1")
    if limit is not None and limit < 1:
        raise InputError(f"--limit {limit}: give a number of stories ≥ 1")
    conn = store.conn
    if not _has_tables(store):
        return []
    sql, args = ["size >= ?"], [min_size]
    if since:
        sql.append("last_date >= ?")
        args.append(_check_date(since, "--since"))
    if until:
        u = _check_date(until, "--until")
        sql.append("substr(first_date, 1, ?) <= ?")
        args += [len(u), u]
    if limit is not None:
        args.append(limit)
    rows = conn.execute(
        "SELECT id, title, size, first_date, last_date, title_doc FROM stories WHERE "
        + " AND ".join(sql) + " ORDER BY size DESC, last_date DESC, id"
        + (" LIMIT ?" if limit is not None else ""), args).fetchall()
    out = []
    for sid, title, size, first, last, tdoc in rows:
        st = Story(sid, title or "", size, first, last, tdoc)
        if members:
            st.members = [
                {"doc": r[0], "id": r[1], "title": r[2], "date": r[3], "source": r[4],
                 "score": round(r[5], 3), "dup_cluster": r[6]}
                for r in conn.execute(
                    "SELECT d.id, d.ext_id, d.title, d.date, d.source, s.score, x.cluster "
                    "FROM story_docs s JOIN documents d ON d.id = s.doc "
                    "LEFT JOIN dups x ON x.doc = d.id WHERE s.story = ? "
                    "ORDER BY substr(d.date, 1, 10), d.id", (sid,))]
        out.append(st)
    return out


def story_of(store: Any, doc: int) -> int | None:
    """The story id of a document (None when it is in none, or stories were never built)."""
    conn = store.conn
    if not _has_tables(store):
        return None
    row = conn.execute("SELECT story FROM story_docs WHERE doc = ?", (doc,)).fetchone()
    return None if row is None else row[0]


__all__ = ["Clusterer", "Story", "StoryParams", "StoryUpdate", "first_sentence",
           "list_stories", "story_of", "term_vector", "update_stories"]
