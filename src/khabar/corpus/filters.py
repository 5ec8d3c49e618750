"""Search filters shared by the SQL stores: date range, entity, topic, source.

:func:`parse_filters` checks the options once (dates, a topic the corpus has, the entity's
lookup keys) into a :class:`Filters`; :func:`where_sql` writes them as SQL conditions on a
table that has ``date``, ``topic`` and ``source`` columns (``documents`` in SQLite; the search
table ``fts`` in PostgreSQL, which also answers most of them from its index, see
:mod:`khabar.corpus.pgfilters`).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Callable

from khabar.errors import InputError


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


def marks(n: int) -> str:
    return ",".join("?" * n)


@dataclass
class Filters:
    """Checked search filters; ``entity_keys`` are the ``canonical_norm`` values to match
    (None: no entity filter; empty: an entity no key can match, so no document)."""

    since: str | None = None
    until: str | None = None
    topic: str | None = None
    source: str | None = None
    entity_keys: list[str] | None = None

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.topic or self.source
                    or self.entity_keys is not None)


def parse_filters(store: Any, since: str | None, until: str | None, entity: str | None,
                  topic: str | None, source: str | None) -> Filters:
    """Check the options against ``store`` (a SQL store). Raises InputError for a bad date,
    an empty entity name, or a topic no document has (the message lists the topics)."""
    f = Filters(since=check_date(since, "--since") if since else None,
                until=check_date(until, "--until") if until else None,
                topic=topic or None, source=source or None)
    if topic:
        # One index probe; the list of topics (a scan) only for the error message.
        if store.conn.execute(f"SELECT 1 FROM documents d WHERE {store._nocase_eq('d.topic')}"
                              f" LIMIT 1", (topic,)).fetchone() is None:
            known = [r[0] for r in store.conn.execute(
                "SELECT DISTINCT topic FROM documents WHERE topic IS NOT NULL")]
            if known:
                raise InputError(f"no document has topic {topic!r}; topics in this corpus: "
                                 f"{', '.join(sorted(known))}")
    if entity:
        f.entity_keys = entity_keys(store, entity)
    return f


def entity_keys(store: Any, name: str) -> list[str]:
    """The ``canonical_norm`` keys of a name: its normalized form and its canonical form
    under each NER label the store has. Raises InputError for a blank name."""
    from khabar.ner.canonical import canonical_name
    from khabar.text.normalize import normalize
    name = " ".join(name.split())
    if not name:
        raise InputError("--entity: give a name, as in --entity 'الأمم المتحدة'")
    keys = {normalize(name)}
    for label in entity_labels(store):
        try:
            keys.add(normalize(canonical_name(label, name)))
        except Exception:   # a name the canonicalizer cannot read: the plain key is enough
            pass
    return sorted(k for k in keys if k)


def entity_labels(store: Any) -> list[str]:
    """The NER labels the store's entities have: one probe per label (``SELECT DISTINCT
    label`` scanned every entity row: 60 ms per query at 175k rows); labels other than
    the NER model's PER, LOC, ORG (imported analyses) are not probed."""
    from khabar.ner.tagger import LABELS
    return [lab for lab in LABELS if store.conn.execute(
        "SELECT 1 FROM entities WHERE label = ? LIMIT 1", (lab,)).fetchone() is not None]


def where_sql(f: Filters, alias: str, id_column: str, nocase_eq: Callable[[str], str],
              topic: bool = True, source: bool = True, entity: bool = True
              ) -> tuple[str, list[Any]]:
    """``(" AND …" conditions, arguments)`` of ``f`` on table ``alias`` (its ``date``,
    ``topic`` and ``source`` columns; ``id_column`` is the document id); ``topic``,
    ``source`` and ``entity`` False leave that filter out."""
    sql: list[str] = []
    args: list[Any] = []
    if f.since:
        sql.append(f"{alias}.date >= ?")
        args.append(f.since)
    if f.until:
        sql.append(f"substr({alias}.date, 1, ?) <= ?")
        args += [len(f.until), f.until]
        after = date_after(f.until)
        if after is not None:       # the same bound, as a range on the date index
            sql.append(f"{alias}.date < ?")
            args.append(after)
    if topic and f.topic:
        sql.append(nocase_eq(f"{alias}.topic"))
        args.append(f.topic)
    if source and f.source:
        sql.append(nocase_eq(f"{alias}.source"))
        args.append(f.source)
    if entity and f.entity_keys is not None:
        if f.entity_keys:
            sql.append(f"{id_column} IN (SELECT doc FROM entities WHERE canonical_norm IN "
                       f"({marks(len(f.entity_keys))}))")
            args += f.entity_keys
        else:
            sql.append("1 = 0")
    return "".join(" AND " + s for s in sql), args
