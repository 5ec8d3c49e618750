"""A small progress line on stderr: documents done, documents/s, words/s."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, enabled: bool, stream: TextIO | None = None, every: float = 0.2) -> None:
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.docs = self.words = self.failed = 0

    def update(self, words: int, failed: bool = False) -> None:
        self.docs += 1
        self.words += words
        self.failed += failed
        now = time.perf_counter()
        if self.enabled and now - self.last >= self.every:
            self.last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        dt = max(now - self.t0, 1e-9)
        spin = "|/-\\"[self.docs % 4]
        self.stream.write(f"\r{spin} {self.docs:,} docs  {dt:,.1f} s  {self.docs / dt:,.1f} docs/s  "
                          f"{self.words / dt:,.0f} words/s  {self.failed} failed ")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()
