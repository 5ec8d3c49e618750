"""Read the job's inputs into DataFrames, one per kind of input.

``auto`` decides per path: ``*.parquet`` or a folder of Parquet files → table rows (a ``text``
column, optional ``id``, ``title``, ``date``, ``url``, ``source``); ``*.jsonl`` (``.gz``,
``.bz2``) → JSONL lines, split across tasks by Spark; any other file → read whole, as
``khabar analyze`` reads it (encoding detection, HTML, JSON arrays); a folder → its files
(recursively) with the extensions ``khabar analyze`` reads. Paths are anything Spark reads
(local, ``hdfs://``, ``s3a://``, globs).
"""
from __future__ import annotations

from typing import Any

from khabar.errors import ConfigError, InputError

INPUT_FORMATS = ("auto", "text", "html", "jsonl", "parquet")
_GLOB = set("*?[{")


def _fs(spark: Any, path: str) -> tuple[Any, Any]:
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()), p


def classify(spark: Any, path: str, fmt: str = "auto") -> str:
    """``lines``, ``files``, ``folder`` or ``table`` for one input path.

    Raises :class:`InputError` for a path that does not exist (globs are left to Spark).
    """
    if fmt == "parquet":
        return "table"
    low = path.lower().rstrip("/")
    is_dir = False
    if not _GLOB & set(path):
        try:
            fs, p = _fs(spark, path)
            if not fs.exists(p):
                raise InputError(f"{path}: no such file or directory; check the path")
            is_dir = fs.getFileStatus(p).isDirectory()
            names = [s.getPath().getName() for s in fs.listStatus(p)] if is_dir else []
        except InputError:
            raise
        except Exception as exc:  # py4j errors: a filesystem Spark cannot reach
            raise InputError(f"{path}: cannot list it ({str(exc).splitlines()[0]})") from None
        if is_dir and fmt == "auto":
            from khabar.io.readers import wanted_file
            seen = [n for n in names if not n.startswith(("_", "."))]
            if any(n.endswith(".parquet") for n in seen) and not any(map(wanted_file, seen)):
                return "table"
    if is_dir:
        return "folder"
    if fmt == "jsonl" or fmt == "auto" and low.endswith((".jsonl", ".jsonl.gz", ".jsonl.bz2")):
        return "lines"
    if fmt == "auto" and low.endswith(".parquet"):
        return "table"
    return "files"


def read_inputs(spark: Any, paths: list[str], fmt: str = "auto") -> list[tuple[str, Any]]:
    """``(kind, DataFrame)`` pairs covering ``paths``, kinds in a fixed order.

    Raises :class:`ConfigError` for an unknown ``fmt`` or no inputs, :class:`InputError` for a
    missing path or a table without a ``text`` column.
    """
    from pyspark.sql import functions as F
    if fmt not in INPUT_FORMATS:
        raise ConfigError(f"unknown input format {fmt!r}; use one of {', '.join(INPUT_FORMATS)}")
    if not paths:
        raise ConfigError("no inputs given")
    groups: dict[str, list[str]] = {"lines": [], "files": [], "folder": [], "table": []}
    for path in paths:
        groups[classify(spark, path, fmt)].append(path)
    out: list[tuple[str, Any]] = []
    if groups["lines"]:
        df = spark.read.text(groups["lines"]).select(
            "value", F.col("_metadata.file_path").alias("path"),
            F.col("_metadata.file_block_start").alias("block"))
        out.append(("lines", df))
    binary = spark.read.format("binaryFile")
    if groups["files"]:
        df = binary.load(groups["files"]).select("path", "content", F.lit(False).alias("walked"))
        out.append(("files", df))
    if groups["folder"]:
        from khabar.spark.partition import WANTED
        df = (binary.option("recursiveFileLookup", "true").option("pathGlobFilter", WANTED)
              .load(groups["folder"]).select("path", "content", F.lit(True).alias("walked")))
        out.append(("files", df))
    if groups["table"]:
        out.append(("table", table_columns(spark.read.parquet(*groups["table"]))))
    return out


def table_columns(df: Any, text_col: str = "text", **cols: str | None) -> Any:
    """``df`` reduced to ``text`` plus the optional record columns present, renamed.

    ``cols`` maps ``id``, ``title``, ``date``, ``url``, ``source`` to column names (default:
    the same name; ``None`` to ignore). Raises :class:`InputError` without the text column.
    """
    from pyspark.sql import functions as F
    if text_col not in df.columns:
        raise InputError(f"the table has no {text_col!r} column (columns: "
                         f"{', '.join(df.columns)}); name the text column")
    picked = [F.col(text_col).alias("text")]
    for key in ("id", "title", "date", "url", "source"):
        name = cols.get(key, key)
        if name is not None and name in df.columns:
            picked.append(F.col(name).cast("string").alias(key))
    return df.select(*picked)
