"""Writing prepared documents to a SQL store: many documents, one transaction.

:func:`add_batch` writes a list of :class:`~khabar.corpus.prepare.Prepared` documents in one
transaction: all of them or none are committed, so a killed ingest leaves every document
complete or absent and loses at most the batch it was writing. The rows are the ones a
document-by-document write gives, in the same order and with the same ids: ``documents`` rows
one by one (their ids), then each other table's rows for the whole batch at once
(``executemany`` in SQLite, ``COPY`` in PostgreSQL - a few round trips per batch instead of
a dozen per document).

Near-duplicates are found for the whole batch with one LSH query and one signature query,
then decided in document order exactly as one-by-one writing does: a document's candidates are
the stored documents and the batch's earlier documents that share an LSH band; the most
similar one wins, ties to the smaller id; at or above the threshold the document joins that
candidate's cluster (created on the candidate when it has none).
"""
from __future__ import annotations

from typing import Any, Iterator, Sequence

import numpy as np

from khabar.corpus import minhash
from khabar.corpus.store import AddResult

#: Parameters per ``IN (...)`` list (SQLite's older builds allow 999).
CHUNK = 500


def _chunks(xs: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def add_batch(store: Any, prepared: Sequence[Any]) -> list[AddResult]:
    """Write ``prepared`` (error-free :class:`Prepared` documents) into the SQL ``store`` in
    one transaction; one :class:`AddResult` each ("skipped" for a hash already stored or
    earlier in the batch). Raises ConfigError when the store is busy; a database error
    rolls the whole batch back and propagates."""
    c = store.conn
    store._begin()
    try:
        present = store.has([p.hash for p in prepared])
        todo: list[tuple[int, Any]] = []
        for i, p in enumerate(prepared):
            if p.hash not in present:
                present.add(p.hash)
                todo.append((i, p))
        results = [AddResult("skipped") for _ in prepared]
        if todo:
            docs = [p for _, p in todo]
            ids = store._insert_documents(docs)
            store._insert_index(ids, docs)
            _insert_rows(store, ids, docs)
            dups = near_duplicates(store, [(d, p.signature) for d, p in zip(ids, docs)])
            for (i, _), d in zip(todo, ids):
                cluster, sim = dups.get(d, (None, None))
                results[i] = AddResult("ingested", d, cluster, sim)
        c.execute("COMMIT")
    except BaseException:
        if c.in_transaction:
            c.execute("ROLLBACK")
        raise
    return results


def _insert_rows(store: Any, ids: Sequence[int], docs: Sequence[Any]) -> None:
    """The rows other than ``documents``, the index and the near-duplicate tables."""
    from khabar import __version__
    pairs = list(zip(ids, docs))
    store._insert_many("analyses", [(d, __version__, p.analysis_z) for d, p in pairs])
    store._insert_many("entities", [(d, *e) for d, p in pairs for e in p.entities])
    store._insert_many("quotes", [(d, *q) for d, p in pairs for q in p.quotes])
    store._insert_many("dates", [(d, *v) for d, p in pairs for v in p.dates])
    store._insert_many("term_offsets", [(d, p.offsets) for d, p in pairs])


def near_duplicates(store: Any, docs: Sequence[tuple[int, bytes | None]]
                    ) -> dict[int, tuple[int, float]]:
    """Place documents (``(id, signature bytes)``, in id order) in near-duplicate clusters
    (see the module doc) and write their ``minhash``, ``lsh`` and ``dups`` rows, inside the
    caller's transaction; ``{id: (cluster, similarity)}`` of the documents that joined one."""
    c = store.conn
    items = []
    for doc, blob in docs:
        if blob is not None:
            sig = minhash.from_bytes(blob)
            items.append((doc, blob, sig, minhash.band_keys(sig, store.bands)))
    if not items:
        return {}
    keys = sorted({k for *_, ks in items for k in ks})
    by_key: dict[int, set[int]] = {}
    for chunk in _chunks(keys):
        for key, doc in c.execute(f"SELECT key, doc FROM lsh WHERE key IN ({_marks(len(chunk))})",
                                  list(chunk)).fetchall():
            by_key.setdefault(key, set()).add(doc)
    sigs: dict[int, np.ndarray] = {}
    stored = sorted(set().union(*by_key.values())) if by_key else []
    for chunk in _chunks(stored):
        for doc, blob in c.execute(f"SELECT doc, sig FROM minhash WHERE doc IN "
                                   f"({_marks(len(chunk))})", list(chunk)).fetchall():
            sigs[doc] = minhash.from_bytes(bytes(blob))
    out: dict[int, tuple[int, float]] = {}
    for doc, _, sig, ks in items:
        best, best_sim = None, 0.0
        for cand in set().union(*(by_key.get(k, ()) for k in ks)):
            other = sigs.get(cand)
            if other is None:
                continue
            s = minhash.similarity(sig, other)
            if s > best_sim or (s == best_sim and best is not None and cand < best):
                best, best_sim = cand, s
        for k in ks:
            by_key.setdefault(k, set()).add(doc)
        sigs[doc] = sig
        if best is not None and best_sim >= store.dup_threshold:
            out[doc] = (_join_cluster(c, doc, best, best_sim), best_sim)
    store._insert_many("minhash", [(doc, blob) for doc, blob, _, _ in items])
    store._insert_many("lsh", [(k, doc) for doc, _, _, ks in items for k in ks])
    return out


def _join_cluster(c: Any, doc: int, best: int, sim: float) -> int:
    row = c.execute("SELECT cluster FROM dups WHERE doc = ?", (best,)).fetchone()
    if row is None:
        cluster = best
        c.execute("INSERT INTO dups VALUES (?, ?, 1.0)", (best, best))
    else:
        cluster = row[0]
    c.execute("INSERT INTO dups VALUES (?, ?, ?)", (doc, cluster, sim))
    return cluster
