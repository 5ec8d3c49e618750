"""Reading stored stories: :func:`list_stories` and :func:`story_of`.

The ``stories`` and ``story_docs`` tables are written by
:func:`khabar.corpus.stories.update_stories`; on a store where stories were never built both
readers give an empty answer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from khabar.corpus.stories_cluster import day_ordinal
from khabar.errors import InputError


@dataclass
class Story:
    """A stored story, with its member documents when they were asked for."""

    id: int
    title: str
    size: int
    first_date: str
    last_date: str
    title_doc: int | None = None
    members: list[dict[str, Any]] = field(default_factory=list)

    @property
    def days(self) -> int:
        """Days from the first document to the last, both counted."""
        return day_ordinal(self.last_date) - day_ordinal(self.first_date) + 1

    def to_json(self) -> dict[str, Any]:
        """The story as a JSON-ready dict (``story`` is its id)."""
        return {"story": self.id, "title": self.title, "size": self.size,
                "first_date": self.first_date, "last_date": self.last_date, "days": self.days,
                "title_doc": self.title_doc, "members": self.members}


def has_story_tables(store: Any) -> bool:
    """Whether stories were ever built in ``store``."""
    return store._has_table("story_docs")


def list_stories(store: Any, since: str | None = None, until: str | None = None,
                 min_size: int = 2, limit: int | None = None,
                 members: bool = True) -> list[Story]:
    """Stored stories with a document dated in ``[since, until]``, largest first (then the
    most recent). ``since``/``until`` are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Raises :class:`~khabar.errors.InputError` for a bad date, ``min_size < 1`` or
    ``limit < 1``."""
    from khabar.corpus.sqlbase import check_date as _check_date
    if min_size < 1:
        raise InputError(f"--min-size {min_size}: give a story size ≥ 1")
    if limit is not None and limit < 1:
        raise InputError(f"--limit {limit}: give a number of stories ≥ 1")
    conn = store.conn
    if not has_story_tables(store):
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
    if not has_story_tables(store):
        return None
    row = conn.execute("SELECT story FROM story_docs WHERE doc = ?", (doc,)).fetchone()
    return None if row is None else row[0]
