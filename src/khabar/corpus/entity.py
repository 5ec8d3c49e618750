"""Entity timelines: one entity's mentions over time, its company and its quotes.

An entity is keyed by its canonical name. A query is matched through the same normalization
as the ``entities`` table's ``canonical_norm`` (:func:`khabar.text.normalize.normalize`, and
the canonicalizer of each label), so «الامم المتحده» finds «الأمم المتحدة».

:func:`entity_timeline` returns an :class:`EntityTimeline` or None for an unknown name;
:func:`suggest` gives close names (prefix matches first, then substrings, then names sharing
a word), the most mentioned first.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import InputError

BUCKETS = ("auto", "day", "month")
#: ``auto`` buckets by day when the mentions span at most this many days, else by month.
AUTO_DAY_SPAN = 62


@dataclass
class EntityTimeline:
    query: str
    canonical: str                       # the most frequent spelling of the name
    label: str                           # the most frequent label
    labels: dict[str, int]               # mentions per label
    keys: list[str]                      # the normalized names matched
    mentions: int
    documents: int
    first_date: str | None
    last_date: str | None
    bucket: str                          # "day" or "month"
    timeline: list[dict[str, Any]]       # {"period", "mentions", "documents"}, oldest first
    undated: dict[str, int]              # mentions/documents in undated documents
    cooccurring: list[dict[str, Any]]    # {"canonical", "label", "documents"}
    quotes: list[dict[str, Any]] = field(default_factory=list)
    quotes_total: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "canonical": self.canonical, "label": self.label,
                "labels": self.labels, "keys": self.keys, "mentions": self.mentions,
                "documents": self.documents, "first_date": self.first_date,
                "last_date": self.last_date, "bucket": self.bucket,
                "timeline": self.timeline, "undated": self.undated,
                "cooccurring": self.cooccurring, "quotes": self.quotes,
                "quotes_total": self.quotes_total}


def _marks(xs: list[Any]) -> str:
    return ",".join("?" * len(xs))


def entity_keys(store: Any, name: str) -> list[str]:
    """The normalized canonical names a query stands for (InputError when empty)."""
    if not " ".join(name.split()):
        raise InputError("give an entity name, as in khabar entity 'الأمم المتحدة'")
    return store._entity_keys(name)


def entity_timeline(store: Any, name: str, bucket: str = "auto", top: int = 10,
                    quotes: int = 20) -> EntityTimeline | None:
    """The timeline of the entity named ``name``; None when no entity has that name."""
    if bucket not in BUCKETS:
        raise InputError(f"--by {bucket!r}: give one of {', '.join(BUCKETS)}")
    if top < 0 or quotes < 0:
        raise InputError("--top and --quotes take a number ≥ 0")
    conn = store.conn
    keys = entity_keys(store, name)
    mk = _marks(keys)
    present = [r[0] for r in conn.execute(
        f"SELECT DISTINCT canonical_norm FROM entities WHERE canonical_norm IN ({mk})", keys)]
    if not present:
        return None
    keys = sorted(present)
    mk = _marks(keys)
    labels: dict[str, int] = {}
    spellings: dict[str, int] = {}
    for canonical, label, n in conn.execute(
            f"SELECT canonical, label, count(*) FROM entities WHERE canonical_norm IN ({mk}) "
            f"GROUP BY canonical, label", keys):
        labels[label] = labels.get(label, 0) + n
        spellings[canonical] = spellings.get(canonical, 0) + n
    label = min(labels, key=lambda k: (-labels[k], k))
    canonical = min(spellings, key=lambda k: (-spellings[k], k))
    # Mentions per document with its date.
    per_doc = conn.execute(
        f"SELECT e.doc, substr(d.date, 1, 10), count(*) FROM entities e JOIN documents d "
        f"ON d.id = e.doc WHERE e.canonical_norm IN ({mk}) GROUP BY e.doc, d.date",
        keys).fetchall()
    mentions = sum(r[2] for r in per_doc)
    dated = sorted((r for r in per_doc if r[1]), key=lambda r: (r[1], r[0]))
    first = dated[0][1] if dated else None
    last = dated[-1][1] if dated else None
    if bucket == "auto":
        span = 0
        if dated:
            span = (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(first)).days
        bucket = "day" if span <= AUTO_DAY_SPAN else "month"
    width = 10 if bucket == "day" else 7
    buckets: dict[str, list[int]] = {}
    for _, date, n in dated:
        b = buckets.setdefault(date[:width], [0, 0])
        b[0] += n
        b[1] += 1
    timeline = [{"period": k, "mentions": v[0], "documents": v[1]}
                for k, v in sorted(buckets.items())]
    und = [r for r in per_doc if not r[1]]
    undated = {"mentions": sum(r[2] for r in und), "documents": len(und)}
    # Co-occurring entities: other names in the same documents, by document count.
    co: list[dict[str, Any]] = []
    if top:
        rows = conn.execute(
            f"SELECT canonical_norm, count(DISTINCT doc) AS n FROM entities "
            f"WHERE doc IN (SELECT doc FROM entities WHERE canonical_norm IN ({mk})) "
            f"AND canonical_norm NOT IN ({mk}) GROUP BY canonical_norm "
            f"ORDER BY n DESC, canonical_norm LIMIT ?", [*keys, *keys, top]).fetchall()
        for norm, n in rows:
            sp = conn.execute(
                "SELECT canonical, label, count(*) AS c FROM entities WHERE canonical_norm = ? "
                "GROUP BY canonical, label ORDER BY c DESC, canonical, label LIMIT 1",
                (norm,)).fetchone()
            co.append({"canonical": sp[0], "label": sp[1], "documents": n})
    # Quotes whose speaker resolves to this entity.
    qs: list[dict[str, Any]] = []
    total = conn.execute(f"SELECT count(*) FROM quotes WHERE speaker_norm IN ({mk})",
                         keys).fetchone()[0]
    if quotes and total:
        for doc, date, speaker, content, start, end, title in conn.execute(
                f"SELECT q.doc, substr(d.date, 1, 10) AS day, q.speaker, q.content, q.start, "
                f"q.\"end\", d.title FROM quotes q JOIN documents d ON d.id = q.doc "
                f"WHERE q.speaker_norm IN ({mk}) "
                f"ORDER BY d.date IS NULL, day, q.doc, q.start LIMIT ?", [*keys, quotes]):
            qs.append({"doc": doc, "date": date, "speaker": speaker, "content": content,
                       "start": start, "end": end, "title": title})
    return EntityTimeline(
        query=name, canonical=canonical, label=label, labels=labels, keys=keys,
        mentions=mentions, documents=len(per_doc), first_date=first, last_date=last,
        bucket=bucket, timeline=timeline, undated=undated, cooccurring=co, quotes=qs,
        quotes_total=total)


def suggest(store: Any, name: str, limit: int = 8) -> list[dict[str, Any]]:
    """Known entities close to ``name``: names starting with it, then containing it, then
    sharing one of its words (of two letters or more); the most mentioned first."""
    from khabar.text.normalize import normalize
    conn = store.conn
    q = normalize(" ".join(name.split()))
    if not q:
        return []
    like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()

    def take(where: str, args: list[Any], how: str) -> None:
        if len(out) >= limit:
            return
        for norm, n in conn.execute(
                f"SELECT canonical_norm, count(*) AS c FROM entities WHERE {where} "
                f"GROUP BY canonical_norm ORDER BY c DESC, canonical_norm LIMIT ?",
                [*args, limit + len(seen)]):
            if norm in seen or len(out) >= limit:
                continue
            seen.add(norm)
            sp = conn.execute(
                "SELECT canonical, label, count(*) AS c FROM entities WHERE canonical_norm = ? "
                "GROUP BY canonical, label ORDER BY c DESC, canonical, label LIMIT 1",
                (norm,)).fetchone()
            out.append({"canonical": sp[0], "label": sp[1], "mentions": n, "match": how})

    take("canonical_norm LIKE ? ESCAPE '\\'", [like + "%"], "prefix")
    take("canonical_norm LIKE ? ESCAPE '\\'", ["%" + like + "%"], "substring")
    words = [w for w in q.split() if len(w) >= 2]
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        wl = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        take("(' ' || canonical_norm || ' ') LIKE ? ESCAPE '\\'", [f"% {wl} %"], "word")
    return out


__all__ = ["BUCKETS", "EntityTimeline", "entity_keys", "entity_timeline", "suggest"]
