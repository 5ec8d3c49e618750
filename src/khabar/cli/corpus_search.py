"""Corpus commands that read or rebuild a store's search index: ``khabar search``, ``dups``,
``optimize`` and ``reindex``.

Each ``run_*`` takes the parsed arguments of its sub-parser (see
:func:`khabar.cli.corpus_cli.add_corpus_commands`) and returns the exit status.
"""
from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["run_dups", "run_optimize", "run_reindex", "run_search"]


def run_search(args: Any) -> int:
    """Run ``khabar search``: ranked hits on stdout (text or ``--json`` lines); 0.

    "no documents match" goes to stderr. Raises :class:`khabar.errors.KhabarError` (e.g. a
    missing store or a query that cannot run) for :func:`khabar.cli.main.main` to report."""
    from khabar.corpus import open_store
    store = open_store(args.db, create=False)
    try:
        hits = store.search(args.query, limit=args.limit, since=args.since, until=args.until,
                            entity=args.entity, topic=args.topic, source=args.source)
    finally:
        store.close()
    out = sys.stdout
    if args.json:
        for h in hits:
            out.write(json.dumps(h.to_json(), ensure_ascii=False) + "\n")
        return 0
    color = args.color if args.color is not None else out.isatty()
    left, right = ("\033[1m", "\033[0m") if color else ("«", "»")
    if not hits:
        print("no documents match", file=sys.stderr)
        return 0
    for rank, h in enumerate(hits, 1):
        meta = " · ".join(x for x in (h.date, h.source, h.topic) if x)
        name = h.title or h.ext_id or h.hash[:12]
        partial = "" if not h.relaxed else "  (some words only)"
        out.write(f"{rank}. {name}  [doc {h.doc}]{partial}\n")
        if meta:
            out.write(f"   {meta}\n")
        out.write(f"   {h.marked(left, right)}\n\n")
    return 0


def run_optimize(args: Any) -> int:
    """Run ``khabar optimize``: rebuild the store's search accelerators now; 0.

    Raises :class:`khabar.errors.KhabarError` when the store cannot be opened."""
    from khabar.corpus import open_store
    store = open_store(args.db, create=False)
    try:
        done = store.optimize(force=True)
    finally:
        store.close()
    if done.get("top_stems") is not None:
        print(f"rebuilt the top lists of {done['top_stems']:,} frequent stems over "
              f"{done['documents']:,} documents", file=sys.stderr)
    else:
        print(f"{args.db}: nothing to optimize for this backend", file=sys.stderr)
    return 0


def run_reindex(args: Any) -> int:
    """Run ``khabar reindex``: rebuild the search index from the stored analyses (no
    re-analysis); 0. Progress on stderr when it is a terminal (or ``--progress``).

    Raises :class:`khabar.errors.KhabarError` when the store cannot be opened or its backend
    cannot rebuild in place (PostgreSQL, for now)."""
    from khabar.corpus import open_store
    show = args.progress if args.progress is not None else sys.stderr.isatty()

    def progress(n: int, total: int) -> None:
        if show and (n == total or n % 500 == 0):
            print(f"\r{n:,} / {total:,} documents", end="\n" if n == total else "",
                  file=sys.stderr, flush=True)

    store = open_store(args.db, create=False)
    try:
        n = store.reindex(progress)
    finally:
        store.close()
    print(f"{args.db}: search index rebuilt for {n:,} documents", file=sys.stderr)
    return 0


def run_dups(args: Any) -> int:
    """Run ``khabar dups``: near-duplicate clusters on stdout, counts on stderr; 0.

    Raises :class:`khabar.errors.KhabarError` when the store cannot be opened."""
    from khabar.corpus import open_store
    store = open_store(args.db, create=False)
    try:
        clusters = store.dup_clusters(min_size=args.min_size, limit=args.limit)
        stats = store.stats()
    finally:
        store.close()
    out = sys.stdout
    if args.json:
        for c in clusters:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")
        return 0
    if not clusters:
        print(f"no near-duplicate clusters among {stats['documents']:,} documents",
              file=sys.stderr)
        return 0
    for c in clusters:
        out.write(f"cluster {c['cluster']}: {c['size']} documents\n")
        for m in c["members"]:
            name = m["title"] or m["id"] or m["origin"]
            meta = " · ".join(x for x in (m["date"], m["source"]) if x)
            out.write(f"  [doc {m['doc']}] {m['similarity']:.2f}  {name}"
                      f"{'  (' + meta + ')' if meta else ''}\n")
    print(f"{stats['dup_clusters']:,} clusters hold {stats['dup_documents']:,} of "
          f"{stats['documents']:,} documents", file=sys.stderr)
    return 0
