"""Read Parquet back as records: the ``documents`` table of ``khabar spark-analyze``, or any
Parquet table with a ``text`` column.

Only pyarrow is needed (not Spark). Rows are read in file order, a few hundred at a time, so
memory stays bounded. A ``documents`` row carries its analysis (the JSON contract) in the
record's ``analysis``: ``khabar ingest`` checks it with ``Document.from_json`` and stores it
without analyzing again. A row whose ``error`` is set becomes a failed record with that reason.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from khabar.io.readers import Record
from khabar.text.decode import decode_bytes
from khabar.errors import InputError

_BATCH = 256
_META = ("id", "title", "date", "url", "source")
_COLUMNS = _META + ("origin", "text", "encoding", "analysis", "error")
INSTALL_HINT = "pip install 'khabar[spark]'"


def _failed(origin: str, message: str) -> Record:
    return Record(text=None, id=origin, error=message, origin=origin)


def _str(v: Any) -> str | None:
    return v if v is None or isinstance(v, str) else str(v)


def _row_record(row: dict[str, Any], where: str, analyzed: bool) -> Record:
    origin = _str(row.get("origin")) or where
    values = {k: _str(row.get(k)) for k in _META}

    def failed(message: str) -> Record:
        return Record(text=None, id=values["id"] or origin, error=message, origin=origin)

    if analyzed and row.get("error"):
        return failed(str(row["error"]))
    text = row.get("text")
    encoding = _str(row.get("encoding"))
    if isinstance(text, (bytes, bytearray)):
        try:
            d = decode_bytes(bytes(text), origin)
        except InputError as e:
            return failed(str(e))
        text, encoding = d.text, d.encoding
    if not isinstance(text, str):
        return failed(f"{origin}: no text in this row")
    analysis = row.get("analysis") if analyzed else None
    if analyzed and not isinstance(analysis, str):
        return _failed(origin, f"{origin}: the row has no analysis; run khabar spark-analyze again")
    return Record(text=text, id=values["id"] if values["id"] is not None else origin,
                  title=values["title"], date=values["date"], url=values["url"],
                  source=values["source"], encoding=encoding, origin=origin, analysis=analysis)


def iter_parquet_records(files: Iterable[str]) -> Iterator[Record]:
    """Records of the rows of each Parquet file, in order; never raises for bad input.

    A table with an ``analysis`` column is a ``documents`` table (pre-analyzed records);
    otherwise a ``text`` column is required (plain records to analyze).
    """
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield _failed("parquet", f"reading Parquet needs pyarrow: {INSTALL_HINT}")
        return
    for path in files:
        try:
            pf = pq.ParquetFile(path)
            names = set(pf.schema_arrow.names)
            if "analysis" not in names and "text" not in names:
                yield _failed(path, f"{path}: a Parquet table without a 'text' or 'analysis' "
                                    f"column (columns: {', '.join(sorted(names))})")
                continue
            analyzed = "analysis" in names
            wanted = [c for c in _COLUMNS if c in names]    # not the nested lists
            i = 0
            for batch in pf.iter_batches(batch_size=_BATCH, columns=wanted):
                for row in batch.to_pylist():
                    yield _row_record(row, f"{path}[{i}]", analyzed)
                    i += 1
        except (OSError, ValueError) as e:       # pyarrow's errors derive from these
            yield _failed(path, f"{path}: cannot read Parquet ({type(e).__name__}: {e})")
