"""``khabar spark-analyze INPUT… OUTPUT``: the pipeline on Apache Spark, Parquet out.

:func:`add_spark_command` registers the sub-command; it sets ``corpus_run`` to
:func:`run_spark` (the main CLI calls ``args.corpus_run(args)`` → exit status).
"""
from __future__ import annotations

import json
import sys
from typing import Any


def add_spark_command(sub: Any) -> None:
    """Register ``spark-analyze`` on an ``add_subparsers()`` object."""
    p = sub.add_parser(
        "spark-analyze", help="analyze a corpus on Apache Spark into Parquet tables",
        description="Read text, HTML, JSONL or Parquet (a 'text' column) from any path Spark "
                    "reads, run the whole pipeline in each partition and write Parquet tables "
                    "under OUTPUT: documents (with the JSON analysis), entities, quotes, dates, "
                    "repairs. A record that fails becomes a row with 'error' set. OUTPUT's "
                    "tables are overwritten. Load them into a corpus with "
                    "'khabar ingest OUTPUT --db …' (no re-analysis). Needs "
                    "pip install 'khabar[spark]' and Java 17.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    p.add_argument("output", metavar="OUTPUT", help="output folder (its tables are replaced)")
    p.add_argument("--master", default="local[2]",
                   help="Spark master (default local[2]; 'none' keeps what spark-submit set)")
    p.add_argument("--input-format", default="auto",
                   choices=("auto", "text", "html", "jsonl", "parquet"))
    p.add_argument("--date", help="document date YYYY-MM-DD when the input has none")
    p.add_argument("--partitions", type=int, default=None,
                   help="repartition the input into this many tasks (default: as Spark reads it)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.set_defaults(corpus_run=run_spark)


def run_spark(args: Any) -> int:
    """Run ``khabar spark-analyze``; exit status 2 when some records failed."""
    from khabar.spark.session import require_pyspark
    require_pyspark()
    from khabar.spark.job import run
    inputs, output = list(args.inputs), args.output
    master = None if args.master.lower() == "none" else args.master
    from pyspark.sql import SparkSession
    from khabar.spark.session import get_session
    ours = SparkSession.getActiveSession() is None    # else embedded: leave it running
    spark = get_session(master)
    try:
        summary = run(inputs, output, master=master, input_format=args.input_format,
                      default_date=args.date, partitions=args.partitions, spark=spark)
    finally:
        if ours:
            spark.stop()
    rate = summary.documents / summary.seconds if summary.seconds > 0 else 0.0
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False))
    else:
        rows = ", ".join(f"{k} {v:,}" for k, v in summary.rows.items())
        print(f"khabar spark-analyze: {summary.documents:,} documents in "
              f"{summary.seconds:,.1f} s ({rate:,.1f} docs/s) into {output}\n"
              f"  failed {summary.failed:,}; rows: {rows}", file=sys.stderr)
    if summary.failed:
        print(f"khabar: {summary.failed} record(s) failed (see the 'error' column of "
              f"{output}/documents):", file=sys.stderr)
        for f in summary.failures:
            print(f"  {f}", file=sys.stderr)
        if summary.failed > len(summary.failures):
            print(f"  … and {summary.failed - len(summary.failures)} more", file=sys.stderr)
        return 2
    return 0
