"""The tables ``khabar spark-analyze`` writes: one column spec, and its Spark schema.

``documents`` has one row per input document: ``id`` (the input's id; else a content-hash id
``sha256:<16 hex>``, or the file path for whole files), ``hash`` (sha256 of the text, the
corpus store's key), ``origin`` (where the record came from, for messages), ``title``,
``url``, ``source``, ``date`` (ISO, as analyzed), ``encoding``, ``topic``, ``n_tokens``,
``text``, ``analysis`` (the JSON contract, exactly what ``khabar analyze --format json``
gives for the document) and ``error`` (the reason when the document failed; then
``analysis`` is null). It also keeps the document's items as nested lists ``entities``,
``quotes``, ``dates`` and ``repairs`` (Parquet reads only the columns a query names).

The flat tables repeat ``id`` and ``hash`` and number the items of each document (``idx``);
offsets are code points into ``text`` (``char_start``/``char_end``, so that no column is a
SQL keyword):
``entities`` (text, label, canonical), ``quotes`` (speaker, cue and content spans, direct),
``dates`` (text, value) and ``repairs`` (text, replacement, kind, confidence).
"""
from __future__ import annotations

from typing import Any

Spec = tuple[tuple[str, str], ...]

DOCUMENT: Spec = (
    ("id", "string"), ("hash", "string"), ("origin", "string"), ("title", "string"),
    ("url", "string"), ("source", "string"), ("date", "string"), ("encoding", "string"),
    ("topic", "string"), ("n_tokens", "int"), ("text", "string"), ("analysis", "string"),
    ("error", "string"))
ENTITY: Spec = (("char_start", "int"), ("char_end", "int"), ("text", "string"),
                ("label", "string"), ("canonical", "string"))
QUOTE: Spec = (("speaker_start", "int"), ("speaker_end", "int"), ("speaker_text", "string"),
               ("speaker_canonical", "string"), ("cue_start", "int"), ("cue_end", "int"),
               ("content_start", "int"), ("content_end", "int"), ("content_text", "string"),
               ("direct", "bool"))
DATE: Spec = (("char_start", "int"), ("char_end", "int"), ("text", "string"),
              ("value", "string"))
REPAIR: Spec = (("char_start", "int"), ("char_end", "int"), ("text", "string"),
                ("replacement", "string"), ("kind", "string"), ("confidence", "double"))
NESTED: dict[str, Spec] = {"entities": ENTITY, "quotes": QUOTE, "dates": DATE,
                           "repairs": REPAIR}
TABLES = ("documents",) + tuple(NESTED)
DOCUMENT_NAMES = tuple(n for n, _ in DOCUMENT)


def as_tuple(row: dict[str, Any]) -> tuple[Any, ...]:
    """An analyzed row (dict with tuples in the nested lists) in schema order."""
    return tuple(row[n] for n in DOCUMENT_NAMES) + tuple(row[n] for n in NESTED)


def spark_schema() -> Any:
    """The same schema as a Spark ``StructType``."""
    from pyspark.sql import types as T
    kinds = {"string": T.StringType(), "int": T.IntegerType(), "double": T.DoubleType(),
             "bool": T.BooleanType()}

    def struct(spec: Spec) -> Any:
        return T.StructType([T.StructField(n, kinds[k], True) for n, k in spec])

    fields = list(struct(DOCUMENT).fields)
    for name, spec in NESTED.items():
        fields.append(T.StructField(name, T.ArrayType(struct(spec), True), True))
    return T.StructType(fields)
