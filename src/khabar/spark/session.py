"""Start (or reuse) a SparkSession for Khabar, with clear errors when Spark cannot run."""
from __future__ import annotations

import os
import re
import sys
from typing import Any

from khabar.errors import ConfigError

INSTALL_HINT = "pip install 'khabar[spark]'"


def require_pyspark() -> Any:
    """The ``pyspark`` module; raises :class:`ConfigError` when it is not installed."""
    try:
        import pyarrow  # noqa: F401
        import pyspark
    except ImportError as exc:
        raise ConfigError(f"Spark support needs pyspark and pyarrow ({exc.name} is missing): "
                          f"{INSTALL_HINT}") from None
    return pyspark


def local_cores(master: str) -> int | None:
    """Cores of a ``local``/``local[N]``/``local[*]`` master, else ``None``."""
    if master == "local":
        return 1
    m = re.fullmatch(r"local\[(\d+|\*)(?:,\s*\d+)?\]", master)
    if not m:
        return None
    return os.cpu_count() or 1 if m.group(1) == "*" else int(m.group(1))


def _local_env() -> None:
    """Let local Python workers run this interpreter and import this Khabar."""
    import khabar
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    here = os.path.dirname(os.path.dirname(os.path.abspath(khabar.__file__)))
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if here not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([here] + [p for p in paths if p])


def get_session(master: str | None = "local[2]", app_name: str = "khabar",
                conf: dict[str, str] | None = None) -> Any:
    """A SparkSession for ``master`` (``None``: whatever spark-submit configured).

    Input files are read in splits of at most 2 MB (small files packed together up to that)
    so that tasks stay short. Local masters also get no web UI, few shuffle partitions and
    ``spark.sql.files.minPartitionNum`` of four per core, so that even a small input file
    is split for every core. ``conf`` overrides any of these. Raises
    :class:`ConfigError` when pyspark is missing or the JVM cannot start.
    """
    require_pyspark()
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName(app_name)
    # Analysis costs ~10 s of CPU per MB of news text: small file splits (2 MB at most,
    # files packed at a 64 kB opening cost) keep every core busy and tasks short, so the
    # last tasks leave few cores idle (8 MB splits cost local[2] ~10% of its wall time).
    settings: dict[str, str] = {"spark.sql.files.maxPartitionBytes": "2m",
                                "spark.sql.files.openCostInBytes": "64k"}
    if master:
        builder = builder.master(master)
        cores = local_cores(master)
        if cores is not None:
            _local_env()
            settings |= {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4",
                         "spark.sql.files.minPartitionNum": str(4 * cores),
                         "spark.driver.memory": os.environ.get("KHABAR_SPARK_MEMORY", "2g")}
    settings |= conf or {}
    for k, v in settings.items():
        builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # py4j / PySparkRuntimeError: no usable Java
        raise ConfigError(f"cannot start Spark with master {master!r} ({type(exc).__name__}: "
                          f"{str(exc).strip().splitlines()[0] if str(exc).strip() else ''}); "
                          "Spark needs Java 17 (java on PATH or JAVA_HOME)") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark
