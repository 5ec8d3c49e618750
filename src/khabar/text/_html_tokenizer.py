"""One-pass HTML tokenizer behind :mod:`khabar.text.html` (O(n log n) on any input).

Positions of ``>`` and quotes are precomputed, so broken markup never makes the scan quadratic.
Tag-soup rules follow HTML5 where it matters: a ``<`` that does not start a complete tag,
comment or declaration is text; raw-text elements (``<script>``, ``<style>`` …) run to their end
tag. Nothing here raises on any ``str`` input.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

# Raw text / RCDATA elements: no tags inside, content runs to the matching end tag.
_RAW = frozenset({"script", "style", "noscript", "iframe", "noembed", "noframes", "xmp",
                  "textarea", "title", "plaintext"})

_WS = " \t\n\r\f"
_NAME_END = re.compile(r"[\t\n\f\r />\x00]")
_END_RAW: dict[str, re.Pattern[str]] = {}

# ("text", str) | ("start", name, selfclosing, pos) | ("end", name) | ("raw", name, content)
Token = tuple


def _end_raw(name: str) -> re.Pattern[str]:
    """Pattern of the end tag ``</name`` (case-insensitive), compiled once per name."""
    pat = _END_RAW.get(name)
    if pat is None:
        pat = _END_RAW[name] = re.compile(r"</" + re.escape(name) + r"(?=[\t\n\f\r />]|\Z)",
                                          re.IGNORECASE)
    return pat


class _Positions:
    """Sorted positions of one character, answering "next occurrence at or after p"."""

    __slots__ = ("pos",)

    def __init__(self, s: str, ch: str) -> None:
        self.pos = [m.start() for m in re.finditer(re.escape(ch), s)]

    def next(self, p: int) -> int:
        i = bisect.bisect_left(self.pos, p)
        return self.pos[i] if i < len(self.pos) else -1


class _Finder:
    """``s.find(needle, p)`` for non-decreasing ``p``, remembering the last answer."""

    __slots__ = ("s", "needle", "start", "found")

    def __init__(self, s: str, needle: str) -> None:
        self.s, self.needle, self.start, self.found = s, needle, -1, -1

    def find(self, p: int) -> int:
        if self.start >= 0 and p >= self.start and (self.found < 0 or p <= self.found):
            return self.found
        self.start, self.found = p, self.s.find(self.needle, p)
        return self.found


class _Tokenizer:
    """Splits markup into events: ``("text", str)``, ``("start", name, selfclosing, pos)``,
    ``("end", name)`` and ``("raw", name, content)`` for raw-text elements."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.gt = _Positions(s, ">")
        self.dq = _Positions(s, '"')
        self.sq = _Positions(s, "'")
        self.name_end = [m.start() for m in _NAME_END.finditer(s)]
        self.comment_end = _Finder(s, "-->")
        self.comment_end2 = _Finder(s, "--!>")
        self.doomed: set[int] = set()      # quote positions from which a tag never closes
        self.last_end: dict[str, int] = {}  # last position of "</name" for skipped elements

    def has_end_tag(self, name: str, after: int) -> bool:
        """True when an end tag ``</name`` starts at or after position ``after``."""
        last = self.last_end.get(name)
        if last is None:
            last = -1
            for m in _end_raw(name).finditer(self.s):
                last = m.start()
            self.last_end[name] = last
        return last >= after

    def _name_end(self, p: int) -> int:
        i = bisect.bisect_left(self.name_end, p)
        return self.name_end[i] if i < len(self.name_end) else len(self.s)

    def _tag_end(self, k: int) -> int:
        """Index of the ``>`` closing a tag whose attributes start at ``k``, or -1."""
        s = self.s
        visited: list[int] = []
        while True:
            g = self.gt.next(k)
            if g < 0:
                break
            d, q1 = self.dq.next(k), self.sq.next(k)
            q = min(x for x in (d, q1, g) if x >= 0)
            if q == g:
                return g
            if q in self.doomed:
                break
            visited.append(q)
            # A quote opens an attribute value only after "=" (spaces allowed between).
            b = q - 1
            while b >= k and b > q - 16 and s[b] in _WS:
                b -= 1
            if b >= k and s[b] == "=":
                close = (self.dq if s[q] == '"' else self.sq).next(q + 1)
                if close < 0:
                    break
                k = close + 1
            else:
                k = q + 1
        self.doomed.update(visited)
        return -1

    def tokens(self) -> Iterator[Token]:
        """Yield the events of the whole input in order (see the class docstring)."""
        s, n, i = self.s, len(self.s), 0
        while i < n:
            j = s.find("<", i)
            if j < 0:
                yield ("text", s[i:])
                return
            if j > i:
                yield ("text", s[i:j])
            c = s[j + 1:j + 2]
            if c.isascii() and c.isalpha():
                name_end = self._name_end(j + 1)
                end = self._tag_end(name_end)
                if end < 0:
                    yield ("text", "<")
                    i = j + 1
                    continue
                name = s[j + 1:name_end].lower()
                selfclosing = s[end - 1] == "/" and end - 1 >= name_end
                yield ("start", name, selfclosing, end + 1)
                i = end + 1
                if name in _RAW and not selfclosing:
                    if name == "plaintext":
                        yield ("raw", name, s[i:])
                        return
                    r = _end_raw(name).search(s, i)
                    stop = r.start() if r else n
                    yield ("raw", name, s[i:stop])
                    i = stop
                continue
            if c == "/":
                c2 = s[j + 2:j + 3]
                g = self.gt.next(j + 2)
                if g < 0:
                    yield ("text", "<")
                    i = j + 1
                    continue
                if c2.isascii() and c2.isalpha():
                    yield ("end", s[j + 2:min(self._name_end(j + 2), g)].lower())
                i = g + 1                  # "</>" and "</ bogus>" are dropped like comments
                continue
            if c == "!":
                if s.startswith("<!--", j):
                    i = self._comment(j)
                    if i == j + 1:
                        yield ("text", "<")
                    continue
                g = self.gt.next(j + 2)
                if g < 0:
                    yield ("text", "<")
                    i = j + 1
                    continue
                i = g + 1                  # doctype, CDATA, bogus comment
                continue
            if c == "?":
                g = self.gt.next(j + 2)
                if g < 0:
                    yield ("text", "<")
                    i = j + 1
                    continue
                i = g + 1
                continue
            yield ("text", "<")
            i = j + 1

    def _comment(self, j: int) -> int:
        """Position after the comment starting with ``<!--`` at ``j``; ``j + 1`` if unclosed."""
        s = self.s
        if s.startswith(">", j + 4):
            return j + 5
        if s.startswith("->", j + 4):
            return j + 6
        e = self.comment_end.find(j + 4)
        e2 = self.comment_end2.find(j + 4)
        if e < 0 and e2 < 0:
            # Unclosed comment: per HTML5 it runs to the end; we keep the rest
            # as text rather than silently dropping a truncated page's tail.
            return j + 1
        if e2 < 0 or 0 <= e < e2:
            return e + 3
        return e2 + 4
