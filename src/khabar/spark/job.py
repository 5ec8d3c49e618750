"""The Spark job: inputs → the full Khabar pipeline per partition → Parquet tables.

:func:`analyze_dataframe` is the library entry (any DataFrame with a text column);
:func:`run` is what ``khabar spark-analyze`` calls. Output folders are overwritten, so a rerun
over the same input writes the same rows in the same order.
"""
from __future__ import annotations

import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator

from khabar.spark.schema import DOCUMENT_NAMES, NESTED

_MAX_LISTED = 20


def _analyze(df: Any, kind: str, default_date: str | None, fmt: str = "auto") -> Any:
    from khabar.spark.partition import mapper
    from khabar.spark.schema import spark_schema
    rdd = df.rdd.mapPartitionsWithIndex(mapper(kind, default_date, fmt))
    return df.sparkSession.createDataFrame(rdd, spark_schema(), verifySchema=False)


def analyze_dataframe(df: Any, text_col: str = "text", id_col: str | None = "id",
                      date_col: str | None = "date", title_col: str | None = "title",
                      url_col: str | None = "url", source_col: str | None = "source",
                      default_date: str | None = None) -> Any:
    """Analyze every row of ``df`` (lazily); one output row per input row, in order.

    The text column holds strings (or bytes, decoded as ``khabar analyze`` decodes files);
    the other columns are optional (``None`` or a missing column: not used). The result has
    the ``documents`` columns (see :mod:`khabar.spark.schema`) plus the lists ``entities``,
    ``quotes``, ``dates`` and ``repairs``; :func:`flat_tables` flattens them. A row that
    fails gets ``error`` set. Raises :class:`InputError` when the text column is missing,
    :class:`ConfigError` for a bad ``default_date`` or without pyspark.
    """
    from khabar.pipeline import _check_date
    from khabar.spark.inputs import table_columns
    from khabar.spark.session import require_pyspark
    require_pyspark()
    picked = table_columns(df, text_col, id=id_col, date=date_col, title=title_col,
                           url=url_col, source=source_col)
    return _analyze(picked, "table", _check_date(default_date))


def flat_tables(analyzed: Any) -> dict[str, Any]:
    """The output tables of an analyzed DataFrame: ``documents`` and the flat ones."""
    from pyspark.sql import functions as F
    out = {"documents": analyzed.select(*DOCUMENT_NAMES)}
    for name in NESTED:
        out[name] = (analyzed.select("id", "hash", F.posexplode(name).alias("idx", "item"))
                     .select("id", "hash", "idx", "item.*"))
    return out


def write_tables(analyzed: Any, output: str, mode: str = "overwrite") -> "RunSummary":
    """Write the tables as Parquet under ``output/<table>``; returns the counts.

    The analysis runs once, in the job that writes ``documents``: that table keeps the
    per-document lists (``entities``, ``quotes``, ``dates``, ``repairs``) as nested columns,
    and the flat tables are exploded from them, reading back only those small columns (no
    cache, no second analysis), a few whole files per task.
    """
    from pyspark.sql import functions as F
    docs = f"{output.rstrip('/')}/documents"
    analyzed.write.mode(mode).parquet(docs)
    spark = analyzed.sparkSession
    with _whole_files(spark):
        written = spark.read.parquet(re.sub(r"([\[\]{}*?\\])", r"\\\1", docs))
        for name, table in flat_tables(written).items():
            if name != "documents":
                table.write.mode(mode).parquet(f"{output.rstrip('/')}/{name}")
        counts = written.agg(F.count(F.lit(1)).alias("documents"),
                             F.count("error").alias("failed"),
                             *[F.sum(F.size(n)).alias(n) for n in NESTED]).collect()[0]
        failures = [r["error"] for r in written.where(F.col("error").isNotNull())
                    .select("origin", "error").orderBy("origin").limit(_MAX_LISTED).collect()]
    return RunSummary(output=output, documents=counts["documents"], failed=counts["failed"],
                      failures=failures, rows={n: int(counts[n] or 0) for n in NESTED})


@contextmanager
def _whole_files(spark: Any) -> Iterator[None]:
    """Read the documents table back in whole files (packed), not in input-sized splits.

    The read-backs touch only small columns, but Spark splits files by their full size: with
    the job's small input splits (:func:`khabar.spark.session.get_session`) each ~10 MB
    documents file became several tasks, all but one of them empty, per flat table.
    """
    key = "spark.sql.files.maxPartitionBytes"
    old = spark.conf.get(key, None)
    spark.conf.set(key, str(1 << 30))
    try:
        yield
    finally:
        if old is None:
            spark.conf.unset(key)
        else:
            spark.conf.set(key, old)


@dataclass
class RunSummary:
    """What a run wrote: document and failure counts, the first failures, seconds."""

    output: str
    documents: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"output": self.output, "documents": self.documents, "failed": self.failed,
                "failures": list(self.failures), "rows": dict(self.rows),
                "seconds": round(self.seconds, 3)}


def run(inputs: list[str] | str, output: str, master: str | None = "local[2]",
        input_format: str = "auto", default_date: str | None = None,
        partitions: int | None = None, spark: Any = None) -> RunSummary:
    """Analyze ``inputs`` (paths Spark reads) and write the Parquet tables under ``output``.

    ``spark``: an existing session (else one is started for ``master``; ``None`` uses what
    spark-submit configured). ``partitions``: repartition the input to this many tasks (default:
    as read). Raises :class:`ConfigError` (no pyspark or Java, bad option, a Spark job that
    failed as a whole) or :class:`InputError` (a missing input path, a glob matching nothing);
    bad records become error rows instead.
    """
    from khabar.errors import ConfigError
    from khabar.pipeline import _check_date
    from khabar.spark.inputs import read_inputs
    from khabar.spark.session import get_session
    started = time.perf_counter()
    if isinstance(inputs, str):
        inputs = [inputs]
    if partitions is not None and partitions < 1:
        raise ConfigError(f"--partitions {partitions}: give a number ≥ 1")
    default_date = _check_date(default_date)
    spark = spark if spark is not None else get_session(master)
    analyzed = None
    try:
        for kind, df in read_inputs(spark, list(inputs), input_format):
            if partitions:
                df = df.repartition(partitions)
            part = _analyze(df, kind, default_date, input_format)
            analyzed = part if analyzed is None else analyzed.union(part)
        summary = write_tables(analyzed, output)
    except Exception as exc:
        if not type(exc).__module__.startswith(("py4j", "pyspark")):
            raise
        raise _spark_error(exc) from None
    summary.seconds = time.perf_counter() - started
    return summary


def _spark_error(exc: Exception) -> Exception:
    """A one-line Khabar error for a failure Spark reports (a path it cannot read, a job
    that failed as a whole, e.g. an executor out of memory)."""
    from khabar.errors import ConfigError, InputError
    name = type(exc).__name__
    first = (str(exc).strip().splitlines() or [name])[0][:400]
    if name == "AnalysisException":
        return InputError(f"Spark cannot read the input or write the output: {first}")
    return ConfigError(f"the Spark job failed ({name}): {first}; the Spark log above says more")
