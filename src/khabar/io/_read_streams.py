"""Binary input streams for :mod:`khabar.io.readers`: gzip by magic number, bytes put back in
front of a stream, the format extension of a name, and read errors as messages."""
from __future__ import annotations

import gzip
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

#: The errors reading an input can raise; :func:`describe` words them for the user.
READ_ERRORS = (OSError, EOFError, zlib.error)


class Prefixed:
    """A binary stream with some bytes already read put back in front."""

    def __init__(self, head: bytes, stream: Any) -> None:
        self.head, self.stream = head, stream

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all that is left when ``size`` is None or negative)."""
        if size is None or size < 0:
            out, self.head = self.head + self.stream.read(), b""
            return out
        if self.head:
            out, self.head = self.head[:size], self.head[size:]
            if len(out) < size:
                out += self.stream.read(size - len(out))
            return out
        return self.stream.read(size)

    def readline(self, limit: int = -1) -> bytes:
        """The next line with its ``\\n`` (at most ``limit`` bytes when ``limit`` >= 0)."""
        if self.head:
            nl = self.head.find(b"\n")
            if nl >= 0 and (limit < 0 or nl < limit):
                out, self.head = self.head[:nl + 1], self.head[nl + 1:]
                return out
            if 0 <= limit <= len(self.head):
                out, self.head = self.head[:limit], self.head[limit:]
                return out
            out, self.head = self.head, b""
            return out + self.stream.readline(-1 if limit < 0 else limit - len(out))
        return self.stream.readline(limit)

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self.readline()
            if not line:
                return
            yield line


def _read_exact(stream: Any, n: int) -> bytes:
    out = b""
    while len(out) < n:
        chunk = stream.read(n - len(out))
        if not chunk:
            break
        out += chunk
    return out


def open_stream(stream: Any) -> Any:
    """``stream``, transparently gunzipped when it starts with the gzip magic number.

    Raises what ``stream.read`` raises (one of :data:`READ_ERRORS` for a file)."""
    head = _read_exact(stream, 2)
    stream = Prefixed(head, stream)
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    return stream


def chain(first: list[bytes], stream: Iterable[bytes]) -> Iterator[bytes]:
    """The lines ``first``, then the lines of ``stream``."""
    yield from first
    yield from stream


def format_ext(path: str) -> str:
    """Lower-case extension that decides the format (``.gz`` removed)."""
    name = os.path.basename(path).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def describe(exc: BaseException, origin: str) -> str:
    """A user message for a read error of ``origin``: what happened and what to do."""
    if isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
        return (f"{origin}: damaged or truncated gzip data ({exc}); "
                "re-download the file or check it with `gzip -t`")
    if isinstance(exc, FileNotFoundError):
        return f"{origin}: no such file or directory; check the path"
    if isinstance(exc, PermissionError):
        return f"{origin}: permission denied; check the file's permissions"
    if isinstance(exc, IsADirectoryError):
        return f"{origin}: is a directory"
    if isinstance(exc, OSError):
        return f"{origin}: cannot read ({exc.strerror or exc}); check the file"
    return f"{origin}: {exc}"


def special_file(path: str) -> str | None:
    """An error message when ``path`` is a device or socket (reading it could never end)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None                      # open() reports it
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        return f"{path}: not a regular file or pipe; give a file, a directory or -"
    return None
