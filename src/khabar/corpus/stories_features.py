"""The signals story clustering reads from the store, and story titles.

* :func:`term_vector` - a document's unit TF-IDF vector over the light stems of its indexed
  terms (``(1 + log tf) · idf`` with Khabar's shipped raw-news idf table, stop words, digits
  and one-letter stems dropped) and its :data:`KEY_TERMS` heaviest terms;
* :func:`doc_features` - the :class:`~khabar.corpus.stories_cluster.Doc` of stored documents:
  that vector, their canonical names (``entities``), the resolved days they mention
  (``dates``) and their near-duplicate cluster (``dups``);
* :func:`story_title` / :func:`first_sentence` - a story's title from its central document.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from khabar.corpus.stories_cluster import Doc, day_ordinal

#: How many of a document's heaviest terms are used to find candidate stories.
KEY_TERMS = 15
TITLE_CHARS = 140
_BATCH = 400

_STOP: frozenset[str] | None = None


def _stopwords() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        from khabar.lang.stopwords import normalized
        _STOP = normalized()
    return _STOP


def term_vector(surface: str, stem: str) -> tuple[dict[str, float], list[str]]:
    """A unit TF-IDF vector over the stems of one document's indexed terms, and its keys.

    ``surface`` and ``stem`` are the space-joined terms and their stems, position by
    position. Raises :class:`~khabar.errors.ResourceError` when the shipped idf table is
    missing or damaged."""
    from khabar.topics.idf import idf_table
    idf = idf_table()
    stop = _stopwords()
    tf: Counter[str] = Counter()
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


def doc_features(conn: Any, rows: list[tuple[int, str]]) -> Iterator[Doc]:
    """:class:`~khabar.corpus.stories_cluster.Doc` features of ``(id, date)`` rows, in their
    order, read through the DB-API connection ``conn``. Raises ValueError when a date is not
    ``YYYY-MM-DD`` (callers pass only valid days), ResourceError as :func:`term_vector`, and
    the driver's errors on a broken store."""
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
            yield Doc(id=doc, date=date, day=day_ordinal(date), vec=vec, keys=keys,
                      ents=ents.get(doc, set()), dates=dates.get(doc, set()),
                      cluster=clusters.get(doc))


def first_sentence(text: str, limit: int = TITLE_CHARS) -> str:
    """The first sentence (or line) of ``text``, cut at a word under ``limit`` characters
    (with an ellipsis). Raises nothing; an empty text gives ``""``."""
    text = text.strip()
    m = re.search(r"[.!?؟\n]", text)
    s = " ".join((text[:m.start() + (text[m.start()] != "\n")] if m else text).split())
    if len(s) > limit:
        cut = s.rfind(" ", 0, limit)
        s = s[:cut if cut > limit // 2 else limit].rstrip("،, ") + "…"
    return s


def story_title(conn: Any, doc: int) -> str:
    """The title of document ``doc`` (whitespace collapsed), else its first sentence; ``""``
    when there is no such document. Raises the driver's errors on a broken store."""
    from khabar.corpus.prepare import decode_text
    row = conn.execute("SELECT title, text FROM documents WHERE id = ?", (doc,)).fetchone()
    if row is None:
        return ""
    if row[0] and row[0].strip():
        return " ".join(row[0].split())
    return first_sentence(decode_text(row[1]))
