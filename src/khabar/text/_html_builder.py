"""Text assembly for :mod:`khabar.text.html`: whitespace collapsing and block line breaks."""
from __future__ import annotations

import re
from html import unescape

from khabar.text._html_tokenizer import _WS

_WS_RUN = re.compile(r"[ \t\n\r\f]+")


class _Builder:
    """Collects visible text line by line; block boundaries owe line breaks to the next text.

    Inside ``<pre>`` (``pre > 0``) whitespace is kept; elsewhere ASCII whitespace runs become
    one space and lines are stripped. Never raises.
    """

    def __init__(self) -> None:
        self.out: list[str] = []
        self.line: list[str] = []
        self.line_space = True     # the line is empty or ends with a collapsed space
        self.pending = 0           # line breaks owed before the next text
        self.pre = 0

    def text(self, t: str) -> None:
        """Append text to the current line, decoding entities."""
        if not t:
            return
        t = unescape(t) if "&" in t else t
        if self.pre:
            self.line.append(t)
            self.line_space = False
            return
        t = _WS_RUN.sub(" ", t)
        if self.line_space and t.startswith(" "):
            t = t[1:]
        if t:
            self.line.append(t)
            self.line_space = t.endswith(" ")

    def flush(self) -> None:
        """End the current line (dropped when blank), after the line breaks owed."""
        if not self.line:
            return
        s = "".join(self.line)
        self.line = []
        self.line_space = True
        if not s.strip():
            return
        s = s.strip(_WS) if self.pre else s.strip()
        if self.out:
            self.out.append("\n" * max(self.pending, 1))
        self.out.append(s)
        self.pending = 0

    def brk(self, n: int, additive: bool = False) -> None:
        """A block boundary worth ``n`` line breaks (``<br>`` adds up, to at most 2)."""
        self.flush()
        self.pending = min(2, self.pending + n) if additive else max(self.pending, n)

    def result(self) -> str:
        """The text so far, lines joined by their line breaks."""
        self.flush()
        return "".join(self.out)
