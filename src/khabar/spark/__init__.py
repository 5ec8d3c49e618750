"""Khabar on Apache Spark: the same pipeline over corpora that outgrow one machine.

>>> from khabar.spark import run, analyze_dataframe          # doctest: +SKIP
>>> run(["archive/*.jsonl"], "out/", master="local[2]")       # doctest: +SKIP
>>> analyzed = analyze_dataframe(spark.read.parquet("pages"))  # doctest: +SKIP

Needs the ``spark`` extra (``pip install 'khabar[spark]'``: pyspark and pyarrow) and Java.
Nothing here imports pyspark until a function that needs it is called.
"""
from __future__ import annotations

from typing import Any

__all__ = ["analyze_dataframe", "flat_tables", "run", "write_tables"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from khabar.spark import job
        return getattr(job, name)
    raise AttributeError(f"module 'khabar.spark' has no attribute {name!r}")
