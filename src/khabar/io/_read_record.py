"""The record of one input document (or of an input that failed), for :mod:`khabar.io.readers`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Record:
    """One input document, or the reason an input failed (``error`` set, ``text`` None).

    ``origin`` is the file path, ``"FILE:LINE"`` for a JSONL line or ``"FILE[i]"`` for an item
    of a JSON array. ``encoding`` is the detected encoding (see
    :func:`khabar.text.decode.decode_bytes`). When undecodable bytes had to be replaced by
    U+FFFD, ``meta["decode_replaced"]`` holds how many.
    """

    text: str | None
    id: str | None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, hash=False)
    encoding: str | None = None
    error: str | None = None
    origin: str = ""
    analysis: dict[str, Any] | str | None = field(default=None, hash=False, compare=False,
                                                  repr=False)

    @property
    def ok(self) -> bool:
        """Whether the input was read (``error`` is None)."""
        return self.error is None


def failed(origin: str, message: str) -> Record:
    """The record of an input that could not be read: ``message`` says why."""
    return Record(text=None, id=origin, error=message, origin=origin)
