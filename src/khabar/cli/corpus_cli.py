"""Corpus commands: ``khabar ingest``, ``search``, ``dups``, ``stories``, ``entity``,
``optimize``.

:func:`add_corpus_commands` registers them on the ``khabar`` sub-parsers; each sub-parser sets
``corpus_run`` to the function that runs it (``args.corpus_run(args)`` → exit status).
``python -m khabar.cli.corpus_cli COMMAND …`` runs them standalone.
"""
from __future__ import annotations

import json
import sys
from typing import Any

COMMANDS = ("ingest", "search", "dups", "stories", "entity", "optimize")
DB_HELP = ("corpus database: a .db path, sqlite:///path, or "
           "postgresql://user:password@host/database[?schema=NAME]")


def add_corpus_commands(sub: Any) -> None:
    """Register the corpus commands on an ``add_subparsers()`` object."""
    from khabar.corpus.store import DEFAULT_DUP_THRESHOLD

    i = sub.add_parser("ingest", help="analyze files, folders or JSONL into a corpus database",
                       description="Analyze inputs and store them with their analysis, a search "
                                   "index and near-duplicate clusters. Documents already in the "
                                   "store (same text) are skipped, so an interrupted run resumes.")
    i.add_argument("inputs", nargs="+", help="files, folders (recursive) or '-' for stdin")
    i.add_argument("--db", required=True, help=DB_HELP)
    i.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    i.add_argument("--input-format", default="auto", choices=("auto", "text", "html", "jsonl"))
    i.add_argument("--date", help="document date YYYY-MM-DD when the input has none")
    i.add_argument("--dup-threshold", type=float, default=None,
                   help=f"near-duplicate Jaccard similarity of word 3-shingles "
                        f"(default {DEFAULT_DUP_THRESHOLD}, or the store's)")
    i.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show progress on stderr (default: when stderr is a terminal)")
    i.add_argument("--no-progress", dest="progress", action="store_false")
    i.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    i.set_defaults(corpus_run=_run_ingest)

    s = sub.add_parser("search", help="search a corpus database",
                       description="Words are ANDed (documents with only some of them follow, "
                                   "marked); \"…\" is a phrase; OR between two items; -word or "
                                   "NOT word excludes. Words are matched by their analyzed forms "
                                   "(clitics, lemma, stem), so مفاوضات finds والمفاوضات.")
    s.add_argument("query", help='the query, e.g. \'"الأمم المتحدة" سوريا\'')
    s.add_argument("--db", required=True, help=DB_HELP)
    s.add_argument("--limit", "-n", type=int, default=10, help="results (default 10)")
    s.add_argument("--since", help="documents dated on or after YYYY-MM-DD (or YYYY-MM, YYYY)")
    s.add_argument("--until", help="documents dated on or before YYYY-MM-DD (or YYYY-MM, YYYY)")
    s.add_argument("--entity", help="only documents mentioning this entity (canonical name)")
    s.add_argument("--topic", help="only documents of this topic label")
    s.add_argument("--source", help="only documents from this source")
    s.add_argument("--json", action="store_true", help="JSON lines with highlight offsets")
    s.add_argument("--color", dest="color", action="store_true", default=None,
                   help="highlight with bold (default: when stdout is a terminal)")
    s.add_argument("--no-color", dest="color", action="store_false",
                   help="highlight with «…»")
    s.set_defaults(corpus_run=run_search)

    d = sub.add_parser("dups", help="list near-duplicate clusters of a corpus database")
    d.add_argument("--db", required=True, help=DB_HELP)
    d.add_argument("--min-size", type=int, default=2, help="smallest cluster shown (default 2)")
    d.add_argument("--limit", "-n", type=int, default=50, help="clusters shown (default 50)")
    d.add_argument("--json", action="store_true", help="one JSON object per cluster")
    d.set_defaults(corpus_run=run_dups)

    o = sub.add_parser("optimize", help="refresh a corpus's search accelerators now "
                       "(ingest does it when the corpus has doubled)")
    o.add_argument("--db", required=True, help=DB_HELP)
    o.set_defaults(corpus_run=run_optimize)

    from khabar.corpus.stories import StoryParams
    sp = StoryParams()
    st = sub.add_parser("stories", help="group a corpus's articles into stories (events)",
                        description="Place the documents not yet in a story (one pass in date "
                                    "order over entities, dates and content similarity; wire "
                                    "copies join their original's story), then list the "
                                    "stories with a document in the date range, largest first.")
    st.add_argument("--db", required=True, help=DB_HELP)
    st.add_argument("--since", help="stories with a document dated on or after YYYY-MM-DD")
    st.add_argument("--until", help="stories with a document dated on or before YYYY-MM-DD")
    st.add_argument("--min-size", type=int, default=2, help="smallest story shown (default 2)")
    st.add_argument("--limit", "-n", type=int, default=50, help="stories shown (default 50)")
    st.add_argument("--members", type=int, default=5,
                    help="documents listed per story (default 5; 0 for none)")
    st.add_argument("--rebuild", action="store_true", help="recompute all stories")
    st.add_argument("--window", type=int, default=sp.window,
                    help=f"days a story stays open after its last document "
                         f"(default {sp.window})")
    st.add_argument("--threshold", type=float, default=sp.threshold,
                    help=f"score to join a story (default {sp.threshold})")
    st.add_argument("--json", action="store_true", help="one JSON object per story")
    st.set_defaults(corpus_run=run_stories)

    en = sub.add_parser("entity", help="an entity's mentions over time, company and quotes",
                        description="Keyed by the canonical name (matched after normalization, "
                                    "so «الامم المتحده» finds «الأمم المتحدة»).")
    en.add_argument("name", help="the entity's name, e.g. 'الأمم المتحدة'")
    en.add_argument("--db", required=True, help=DB_HELP)
    en.add_argument("--by", default="auto", choices=("auto", "day", "month"),
                    help="timeline buckets (default: days for spans up to two months)")
    en.add_argument("--top", type=int, default=10, help="co-occurring entities (default 10)")
    en.add_argument("--quotes", type=int, default=20, help="quotes shown (default 20)")
    en.add_argument("--json", action="store_true", help="one JSON object")
    en.set_defaults(corpus_run=run_entity)


def _run_ingest(args: Any) -> int:
    from khabar.cli.ingest import run_ingest
    return run_ingest(args)


def run_search(args: Any) -> int:
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


def run_dups(args: Any) -> int:
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


def run_stories(args: Any) -> int:
    from khabar.corpus import open_store
    from khabar.corpus.stories import StoryParams
    params = StoryParams(window=args.window, threshold=args.threshold,
                         min_content=StoryParams().min_content)
    store = open_store(args.db, create=False)
    try:
        upd = store.update_stories(rebuild=args.rebuild, params=params)
        stories = store.stories(since=args.since, until=args.until, min_size=args.min_size,
                                limit=args.limit)
    finally:
        store.close()
    out = sys.stdout
    if args.json:
        for s in stories:
            out.write(json.dumps(s.to_json(), ensure_ascii=False) + "\n")
    else:
        for s in stories:
            span = s.first_date if s.days == 1 else f"{s.first_date} → {s.last_date}"
            days = "1 day" if s.days == 1 else f"{s.days} days"
            out.write(f"story {s.id}: {s.title}\n   {s.size} documents · {span} ({days})\n")
            for m in s.members[:max(args.members, 0)]:
                name = m["title"] or m["id"] or f"doc {m['doc']}"
                meta = " · ".join(x for x in (m["date"], m["source"]) if x)
                wire = "  (wire copy)" if m["dup_cluster"] is not None and \
                    m["dup_cluster"] != m["doc"] else ""
                out.write(f"   [doc {m['doc']}] {name}{'  (' + meta + ')' if meta else ''}"
                          f"{wire}\n")
            if s.members and len(s.members) > args.members > 0:
                out.write(f"   … and {len(s.members) - args.members} more\n")
            out.write("\n")
    how = "rebuilt" if upd.rebuilt else "updated"
    why = f" ({upd.reason})" if upd.reason else ""
    undated = f"; {upd.undated:,} undated documents left out" if upd.undated else ""
    print(f"stories {how}{why}: {upd.placed:,} documents placed; {upd.stories:,} stories over "
          f"{upd.documents:,} documents{undated}; {len(stories):,} shown", file=sys.stderr)
    return 0


def run_entity(args: Any) -> int:
    from khabar.corpus import open_store
    store = open_store(args.db, create=False)
    try:
        tl = store.entity(args.name, bucket=args.by, top=args.top, quotes=args.quotes)
        close = store.suggest_entities(args.name) if tl is None else []
    finally:
        store.close()
    out = sys.stdout
    if tl is None:
        if args.json:
            out.write(json.dumps({"query": args.name, "found": False, "suggestions": close},
                                 ensure_ascii=False) + "\n")
        names = ", ".join(f"{c['canonical']} ({c['label']}, {c['mentions']})" for c in close)
        hint = f"; did you mean: {names}" if names else ""
        print(f"khabar: no entity named «{args.name}» in {store.location}{hint}",
              file=sys.stderr)
        return 1
    if args.json:
        out.write(json.dumps(dict(tl.to_json(), found=True), ensure_ascii=False) + "\n")
        return 0
    span = "" if tl.first_date is None else (
        f", {tl.first_date}" + ("" if tl.last_date == tl.first_date else f" → {tl.last_date}"))
    other = [f"{k} {v}" for k, v in sorted(tl.labels.items()) if k != tl.label]
    out.write(f"{tl.canonical} ({tl.label}{'; also ' + ', '.join(other) if other else ''})\n")
    out.write(f"  {tl.mentions:,} mentions in {tl.documents:,} documents{span}\n")
    if tl.timeline:
        out.write(f"\nmentions by {tl.bucket}:\n")
        peak = max(b["mentions"] for b in tl.timeline)
        for b in tl.timeline:
            bar = "█" * max(1, round(20 * b["mentions"] / peak))
            out.write(f"  {b['period']}  {b['mentions']:>5} in {b['documents']:>4} docs  "
                      f"{bar}\n")
    if tl.undated["documents"]:
        out.write(f"  undated     {tl.undated['mentions']:>5} in "
                  f"{tl.undated['documents']:>4} docs\n")
    if tl.cooccurring:
        out.write("\nco-occurring (documents):\n")
        for c in tl.cooccurring:
            out.write(f"  {c['documents']:>5}  {c['canonical']} ({c['label']})\n")
    if tl.quotes:
        more = f", first {len(tl.quotes)}" if tl.quotes_total > len(tl.quotes) else ""
        out.write(f"\nquotes ({tl.quotes_total}{more}):\n")
        for q in tl.quotes:
            content = " ".join(q["content"].split())
            out.write(f"  {q['date'] or 'undated'}  [doc {q['doc']}]  «{content}»\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The corpus commands through the one ``khabar`` entry point (same errors, exit codes)."""
    from khabar.cli.main import main as khabar_main
    return khabar_main(argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
