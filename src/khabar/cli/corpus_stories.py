"""Corpus commands over events and entities: ``khabar stories`` and ``entity`` (an
entity's timeline).

Each ``run_*`` takes the parsed arguments of its sub-parser (see
:func:`khabar.cli.corpus_cli.add_corpus_commands`) and returns the exit status.
"""
from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["run_entity", "run_stories"]


def run_stories(args: Any) -> int:
    """Run ``khabar stories``: place new documents into stories, list them on stdout
    (text or ``--json`` lines) and the update on stderr; 0.

    Raises :class:`khabar.errors.KhabarError` when the store cannot be opened."""
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
    """Run ``khabar entity``: one entity's timeline, company and quotes on stdout; 0, or 1
    (with suggestions on stderr) when no entity has that name.

    Raises :class:`khabar.errors.KhabarError` when the store cannot be opened."""
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
