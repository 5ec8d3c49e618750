"""Search filters in PostgreSQL's full-text index: the ``fts.filters`` vector.

Each document's ``filters`` is a ``tsvector`` of one lexeme per topic (``C|…``), source
(``S|…``) and distinct entity key (``E|`` + ``canonical_norm``). It sits with the word vector
in one two-column GIN index, so a filtered query is a single index scan that intersects the
words' posting lists with the filter's (GIN skips through the long lists) and reads only the
documents that pass both: a frequent word under a rare topic, or a rare word under a broad
entity, no longer ranks or joins thousands of rows to keep ten.

The lexemes never change what a filter means; the exact SQL condition is kept as a recheck
where the lexeme is only a superset:

* topic and source are compared ignoring case (``lower(x) = lower(?)``). The lexeme holds the
  value with ASCII letters lowered (:func:`fold_key`) when the value only has ASCII and
  caseless Arabic-script characters, else the shared ``C|*`` / ``S|*``. A query asks for its
  folded value or ``*`` and rechecks ``lower(f.topic) = lower(?)`` on the row, so every
  document the SQL condition accepts is found whatever the server's locale. A query value that
  does not fold is answered by the SQL condition alone.
* entity keys are compared exactly, as is a lexeme; a key over :data:`MAX_KEY_BYTES` gets no
  lexeme, and a query with such a key falls back to the ``entities`` table.
"""
from __future__ import annotations

import re
from typing import Iterable

from khabar.corpus.filters import Filters

TOPIC, SOURCE, ENTITY = "C", "S", "E"
#: The lexeme of a topic or source value that does not fold (rechecked in SQL).
OTHER = "*"
#: Longest lexeme written (PostgreSQL's limit is 2047 bytes).
MAX_KEY_BYTES = 1000
_SIMPLE = re.compile(r"[\x00-\x7f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
                     r"\ufb50-\ufdff\ufe70-\ufeff]*")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold_key(value: str) -> str | None:
    """``value`` with ASCII letters lowered when it holds only ASCII and caseless
    Arabic-script characters (for those ``lower()`` in any server locale only maps ASCII
    letters); None otherwise."""
    if not _SIMPLE.fullmatch(value):
        return None
    return value.translate(_LOWER)


def quote(lexeme: str) -> str:
    """A lexeme as ``tsvector``/``tsquery`` text: quoted, quotes doubled, backslashes
    escaped (any text reads back unchanged)."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _fits(lexeme: str) -> bool:
    return len(lexeme.encode("utf-8", "surrogatepass")) <= MAX_KEY_BYTES


def _value_lexeme(code: str, value: str) -> str:
    key = fold_key(value)
    lex = f"{code}|{key}"
    return lex if key is not None and _fits(lex) else f"{code}|{OTHER}"


def filter_lexemes(topic: str | None, source: str | None,
                   entity_keys: Iterable[str]) -> list[str]:
    """The filter lexemes of one document (sorted, distinct)."""
    out = {f"{ENTITY}|{k}" for k in entity_keys if k}
    out = {lex for lex in out if _fits(lex)}
    if topic is not None:
        out.add(_value_lexeme(TOPIC, topic))
    if source is not None:
        out.add(_value_lexeme(SOURCE, source))
    return sorted(out)


def filter_tsvector(topic: str | None, source: str | None, entity_keys: Iterable[str]) -> str:
    """The ``filters`` column literal of one document."""
    return " ".join(quote(lex) for lex in filter_lexemes(topic, source, entity_keys))


def _value_query(code: str, value: str) -> str | None:
    key = fold_key(value)
    lex = f"{code}|{key}"
    if key is None or not _fits(lex):
        return None
    return f"({quote(lex)} | {quote(code + '|' + OTHER)})"


def filter_tsquery(f: Filters) -> tuple[str | None, bool]:
    """``(tsquery text of the filters the index answers, or None; whether the entity filter
    is among them)``. Topic and source are rechecked in SQL in every case; a date range is
    not in the index (a B-tree range on ``fts.date``)."""
    parts = []
    if f.topic:
        parts.append(_value_query(TOPIC, f.topic))
    if f.source:
        parts.append(_value_query(SOURCE, f.source))
    entity = False
    if f.entity_keys:
        lexemes = [f"{ENTITY}|{k}" for k in f.entity_keys]
        if all(_fits(lex) for lex in lexemes):
            parts.append("(" + " | ".join(quote(lex) for lex in lexemes) + ")")
            entity = True
    parts = [p for p in parts if p is not None]
    return (" & ".join(parts) if parts else None), entity
