"""HTML to plain text for scraped news pages.

:func:`html_to_text` keeps what a reader sees: script, style, noscript, template, the ``<head>``
(title, meta), comments, declarations and embedded objects (svg, math, iframe, canvas, select,
textarea …) are dropped; entities are decoded; block elements (p, div, br, li, h1–h6, tr, td,
article, section …) become line breaks (paragraph-like blocks a blank line) so headlines and
articles stay apart; runs of ASCII whitespace inside a block collapse to one space (``<pre>``
keeps its whitespace); no-break spaces inside a line are kept.

Why not :class:`html.parser.HTMLParser`: on CPython 3.11.7 it is quadratic on common broken
markup (``"<a " * 40_000`` takes over two minutes; CVE-2025-6069, fixed only in later patch
releases). This module tokenizes in one forward pass with precomputed positions of ``>`` and
quotes, so the time is O(n log n) on any input, and decodes entities with the same
:func:`html.unescape` that ``html.parser`` uses. Tag-soup rules follow HTML5 where it matters: a
``<`` that does not start a complete tag, comment or declaration is text; ``<script>`` and
``<style>`` contents are raw text up to their end tag; an element we skip whose end tag never
comes is not skipped (so a stray ``<svg>`` does not swallow the article).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from html import unescape

__all__ = ["HtmlText", "html_extract", "html_to_text", "looks_like_html"]

# Elements whose content is dropped.
_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "datalist", "textarea", "noembed", "noframes", "audio", "video",
    "button", "map",
})
# Raw text / RCDATA elements: no tags inside, content runs to the matching end tag.
_RAW = frozenset({"script", "style", "noscript", "iframe", "noembed", "noframes", "xmp",
                  "textarea", "title", "plaintext"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "keygen"})
_HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript",
                           "template", "object"})
# Blocks separated by a blank line, and blocks separated by a line break.
_PARA = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "header", "footer", "main",
    "aside", "blockquote", "figure", "table", "ul", "ol", "dl", "pre", "hr", "address", "nav",
    "form", "fieldset", "details", "body", "hgroup", "listing",
})
_LINE = frozenset({
    "div", "li", "tr", "td", "th", "dt", "dd", "caption", "figcaption", "summary", "option",
    "legend", "center", "dir", "menu", "frame", "html", "thead", "tbody", "tfoot", "dialog",
    "title", "xmp", "plaintext", "search",
})

_WS = " \t\n\r\f"
_WS_RUN = re.compile(r"[ \t\n\r\f]+")
_NAME_END = re.compile(r"[\t\n\f\r />\x00]")
_END_RAW: dict[str, re.Pattern[str]] = {}


def _end_raw(name: str) -> re.Pattern[str]:
    pat = _END_RAW.get(name)
    if pat is None:
        pat = _END_RAW[name] = re.compile(r"</" + re.escape(name) + r"(?=[\t\n\f\r />]|\Z)",
                                          re.IGNORECASE)
    return pat


@dataclass(frozen=True, slots=True)
class HtmlText:
    """Visible text of a page and its ``<title>`` (``None`` when absent or blank)."""

    text: str
    title: str | None


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

    def tokens(self):
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
                    if s.startswith(">", j + 4):
                        i = j + 5
                        continue
                    if s.startswith("->", j + 4):
                        i = j + 6
                        continue
                    e = self.comment_end.find(j + 4)
                    e2 = self.comment_end2.find(j + 4)
                    if e < 0 and e2 < 0:
                        # Unclosed comment: per HTML5 it runs to the end; we keep the rest
                        # as text rather than silently dropping a truncated page's tail.
                        yield ("text", "<")
                        i = j + 1
                    elif e2 < 0 or 0 <= e < e2:
                        i = e + 3
                    else:
                        i = e2 + 4
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


class _Builder:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.line: list[str] = []
        self.line_space = True     # the line is empty or ends with a collapsed space
        self.pending = 0           # line breaks owed before the next text
        self.pre = 0

    def text(self, t: str) -> None:
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
        self.flush()
        self.pending = min(2, self.pending + n) if additive else max(self.pending, n)

    def result(self) -> str:
        self.flush()
        return "".join(self.out)


def html_extract(markup: str) -> HtmlText:
    """Visible text and title of an HTML page (see :func:`html_to_text`)."""
    tok = _Tokenizer(markup)
    b = _Builder()
    skip: list[str] = []        # open elements whose content is dropped
    in_head = False
    in_body = False             # seen body content (so a late <title> is ordinary text)
    title: str | None = None

    for t in tok.tokens():
        kind = t[0]
        if kind == "text":
            if skip:
                continue
            if in_head:
                if not t[1].strip():
                    continue
                in_head = False                # text leaves an unclosed <head> (HTML5)
            if t[1].strip():
                in_body = True
            b.text(t[1])
            continue
        name = t[1]
        if kind == "raw":
            if name == "title" and not in_body:
                if title is None:
                    title = " ".join(unescape(t[2]).split()) or None
                continue
            if skip or in_head or name in _SKIP:
                continue
            in_body = True
            if name == "plaintext" or name == "xmp":
                b.pre += 1
                b.text(t[2].replace("&", "&amp;"))   # raw text: no entity decoding
                b.pre -= 1
            else:
                b.text(t[2])
            b.brk(1)
            continue
        if kind == "start":
            selfclosing = t[2]
            if in_head and name not in _HEAD_CONTENT and name != "head":
                in_head = False
            if name == "head":
                if not in_body and not selfclosing:
                    in_head = True
                continue
            if name in _SKIP and name not in _RAW and name not in _VOID and not selfclosing:
                if skip or tok.has_end_tag(name, t[3]):
                    skip.append(name)
                continue
            if skip or in_head:
                continue
            if name == "br":
                b.brk(1, additive=True)
            elif name in _PARA:
                b.brk(2)
                if name in ("pre", "listing") and not selfclosing:
                    b.pre += 1
            elif name in _LINE:
                b.brk(1)
            elif name in ("img", "input", "wbr"):
                pass
            continue
        # end tag
        if name == "head":
            in_head = False
            continue
        if skip:
            if name in skip:
                while skip and skip.pop() != name:
                    pass
            continue
        if in_head:
            continue
        if name == "br":                        # "</br>" acts as <br> in HTML5
            b.brk(1, additive=True)
        elif name in _PARA:
            if name in ("pre", "listing") and b.pre:
                b.brk(2)
                b.pre -= 1
            else:
                b.brk(2)
        elif name in _LINE:
            b.brk(1)
    return HtmlText(b.result(), title)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML page or fragment, blocks separated by newlines.

    Deterministic, never raises on broken markup, O(n log n) in the input length.
    """
    return html_extract(markup).text


_START = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(?:<\?xml[^<>]{0,200}>|<!--)?")
_TAG = re.compile(r"</?(?:p|div|br|span|a|li|ul|ol|h[1-6]|table|tr|td|img|script|style|meta|"
                  r"link|body|head|title|article|section|strong|em|b|i|font|header|footer|nav)"
                  r"(?=[\s/>])[^<>]{0,300}>", re.IGNORECASE)
_CLOSE = re.compile(r"</(?:p|div|span|a|li|ul|ol|h[1-6]|table|tr|td|script|style|body|head|"
                    r"title|article|section|strong|em|b|i|font|header|footer|nav)\s*>",
                    re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than plain text.

    Yes if it starts (after an XML declaration or comments) with ``<!doctype html``, ``<html``,
    ``<head`` or ``<body``; otherwise if its first 64 KiB hold at least two closing tags of
    common elements and at least four common tags, or one common tag per 100 characters.
    """
    sample = text[:65536].lstrip("\ufeff")
    head, k = sample[:4096], 0
    while True:                                  # skip an XML declaration and comments
        m = _PROLOGUE.match(head, k)
        k = m.end()
        if m.group().endswith("<!--"):
            e = head.find("-->", k)
            if e < 0:
                break
            k = e + 3
        elif not m.group().strip():
            break
    if _START.match(head, k):
        return True
    tags = _TAG.findall(sample)
    if not tags:
        return False
    closes = len(_CLOSE.findall(sample))
    return (closes >= 2 and len(tags) >= 4) or len(tags) * 100 >= len(sample.strip())
