"""PostgreSQL connections for the corpus store: URLs with a schema, errors that hide the
password, and :class:`PgConn`, which speaks the ``?`` placeholders of the shared SQL.

``postgresql://user:password@host:port/db[?schema=NAME]`` - ``schema`` (default ``public``)
is Khabar's, not libpq's: it is removed from the connection string, created if missing and
put first on the ``search_path``.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from khabar.errors import ConfigError

LOCK_TIMEOUT = "10s"


class PgConn:
    """A psycopg 3 connection in autocommit mode that speaks the ``?`` placeholders of the
    shared SQL (:mod:`khabar.corpus.sqlbase`); ``BEGIN``/``COMMIT``/``ROLLBACK`` are
    explicit, as with the SQLite store."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        args = list(args)
        # Without arguments psycopg sends the text as it is (no placeholders, no %% escapes).
        return self.raw.execute(self._sql(sql), args) if args else self.raw.execute(sql)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(self._sql(sql), rows)

    def copy(self, table: str, columns: Sequence[str] | None, rows: Sequence[Sequence[Any]]
             ) -> None:
        """Append ``rows`` to ``table`` (all its columns, or ``columns``) with one ``COPY``;
        psycopg's errors propagate."""
        if not rows:
            return
        cols = "" if columns is None else " (" + ", ".join(f'"{c}"' for c in columns) + ")"
        with self.raw.cursor() as cur:
            with cur.copy(f'COPY "{table}"{cols} FROM STDIN') as cp:
                for row in rows:
                    cp.write_row(row)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def split_url(url: str) -> tuple[str, str, str]:
    """``(conninfo URL, schema, the URL with the password hidden)``; ConfigError when bad."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("postgresql", "postgres") or not parts.path.strip("/"):
        raise ConfigError("bad PostgreSQL URL: write postgresql://user:password@host/database"
                          "[?schema=NAME]")
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), "public")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", schema):
        raise ConfigError(f"schema {schema!r}: give letters, digits and _ (not first)")
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
    netloc = parts.netloc
    if parts.password is not None:
        netloc = netloc.replace(":" + parts.password + "@", ":***@", 1)
    shown = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    return conninfo, schema, shown


def connect(url: str) -> tuple[PgConn, str, str]:
    """An open :class:`PgConn` on the URL's schema (created if missing), the schema and the
    URL to show. Raises ConfigError when psycopg is missing or the server refuses."""
    try:
        import psycopg
    except ImportError:
        raise ConfigError("PostgreSQL stores need psycopg 3: pip install 'khabar[postgres]'") \
            from None
    conninfo, schema, shown = split_url(url)
    try:
        raw = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
        raw.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        raw.execute(f'SET search_path TO "{schema}"')
        raw.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    except psycopg.Error as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"{shown}: cannot use the PostgreSQL database ({msg})") from None
    return PgConn(raw), schema, shown


def drop_schema(url: str) -> None:
    """Drop the URL's schema and everything in it (tests and benchmarks; never ``public``)."""
    conn, schema, _ = connect(url)
    try:
        if schema == "public":
            raise ConfigError("refusing to drop the public schema")
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        conn.close()
