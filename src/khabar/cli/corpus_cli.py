"""Corpus commands: ``khabar ingest``, ``search``, ``dups``, ``stories``, ``entity``,
``optimize``, ``reindex``.

:func:`add_corpus_commands` registers them on the ``khabar`` sub-parsers; each sub-parser sets
``corpus_run`` to the function that runs it (``args.corpus_run(args)`` → exit status).
``python -m khabar.cli.corpus_cli COMMAND …`` runs them standalone.

The commands themselves live in :mod:`khabar.cli.ingest` (``ingest``),
:mod:`khabar.cli.corpus_search` (``search``, ``dups``, ``optimize``, ``reindex``) and
:mod:`khabar.cli.corpus_stories` (``stories``, ``entity``); their ``run_*`` functions are
re-exported here.
"""
from __future__ import annotations

import sys
from typing import Any

from khabar.cli.corpus_search import run_dups, run_optimize, run_reindex, run_search
from khabar.cli.corpus_stories import run_entity, run_stories

__all__ = ["COMMANDS", "DB_HELP", "add_corpus_commands", "main", "run_dups", "run_entity",
           "run_optimize", "run_reindex", "run_search", "run_stories"]

COMMANDS = ("ingest", "search", "dups", "stories", "entity", "optimize", "reindex")
DB_HELP = ("corpus database: a .db path, sqlite:///path, or "
           "postgresql://user:password@host/database[?schema=NAME]")


def add_corpus_commands(sub: Any) -> None:
    """Register the corpus commands on an ``add_subparsers()`` object (``sub`` from
    :meth:`argparse.ArgumentParser.add_subparsers`); raises nothing."""
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

    r = sub.add_parser("reindex", help="rebuild a corpus's search index from its stored "
                       "analyses (after an upgrade that changes how words are indexed)",
                       description="Re-derive every document's index terms from its stored "
                                   "analysis (no re-analysis), then optimize the index. SQLite "
                                   "stores only for now.")
    r.add_argument("--db", required=True, help=DB_HELP)
    r.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="show progress on stderr (default: when stderr is a terminal)")
    r.add_argument("--no-progress", dest="progress", action="store_false")
    r.set_defaults(corpus_run=run_reindex)

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
    """Run ``khabar ingest`` (:func:`khabar.cli.ingest.run_ingest`, imported when used)."""
    from khabar.cli.ingest import run_ingest
    return run_ingest(args)


def main(argv: list[str] | None = None) -> int:
    """The corpus commands through the one ``khabar`` entry point (same errors, exit codes).

    Returns the exit status; user errors are reported on stderr (status 2), never raised."""
    from khabar.cli.main import main as khabar_main
    return khabar_main(argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
