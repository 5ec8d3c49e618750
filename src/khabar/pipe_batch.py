"""Batches for :meth:`khabar.pipeline.Pipeline.pipe`: items → documents, in order."""
from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator

from khabar.document import Document
from khabar.errors import ConfigError, InputError

if TYPE_CHECKING:  # pragma: no cover
    from khabar.pipeline import Pipeline


def item_document(item: object, pos: int) -> Document:
    """The empty document of one ``pipe`` item (a text, or ``(text, date[, meta])``).
    Raises :class:`InputError` naming ``pos`` for any other item, a non-str text or a bad
    date."""
    from khabar.pipeline import new_document
    if isinstance(item, str):
        text, date, meta = item, None, None
    elif isinstance(item, tuple) and 1 <= len(item) <= 3:
        text, date, meta = (tuple(item) + (None, None))[:3]
        if meta is not None and not isinstance(meta, dict):
            raise InputError(f"pipe() item {pos}: meta must be a dict or None, got "
                             f"{type(meta).__name__}")
    else:
        raise InputError(f"pipe() item {pos}: expected a str or a (text, date, meta) tuple, "
                         f"got {type(item).__name__}; decode bytes with "
                         f"khabar.text.decode.decode_bytes first")
    try:
        return new_document(text, date, meta)
    except InputError as exc:
        raise InputError(f"pipe() item {pos}: {exc}") from None


def iter_batches(pipe: "Pipeline", items: Iterable[object], batch_size: int) -> Iterator[Document]:
    """Documents of ``items`` in order, analyzed ``batch_size`` at a time (see
    :meth:`Pipeline.pipe`). Raises :class:`ConfigError` for ``batch_size`` < 1 (at once)
    and :class:`InputError` for a bad item (after yielding the documents before it)."""
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ConfigError(f"pipe(batch_size={batch_size!r}): give a whole number ≥ 1")
    return _iter(pipe, iter(items), batch_size)


def _iter(pipe: "Pipeline", items: Iterator[object], batch_size: int) -> Iterator[Document]:
    pos = 0
    while True:
        chunk = list(islice(items, batch_size))
        if not chunk:
            return
        docs: list[Document] = []
        error: InputError | None = None
        for item in chunk:
            try:
                docs.append(item_document(item, pos))
            except InputError as exc:
                error = exc
                break
            pos += 1
        if docs:
            pipe.run_batch(docs)
            yield from docs
        if error is not None:
            raise error
