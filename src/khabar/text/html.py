"""HTML to plain text for scraped news pages.

:func:`html_to_text` keeps what a reader sees: script, style, noscript, template, the ``<head>``
(title, meta), comments, declarations and embedded objects (svg, math, iframe, canvas, select,
textarea …) are dropped; entities are decoded; block elements (p, div, br, li, h1–h6, tr, td,
article, section …) become line breaks (paragraph-like blocks a blank line) so headlines and
articles stay apart; runs of ASCII whitespace inside a block collapse to one space (``<pre>``
keeps its whitespace); no-break spaces inside a line are kept.

Why not :class:`html.parser.HTMLParser`: on CPython 3.11.7 it is quadratic on common broken
markup (``"<a " * 40_000`` takes over two minutes; CVE-2025-6069, fixed only in later patch
releases). :mod:`khabar.text._html_tokenizer` tokenizes in one forward pass with precomputed
positions of ``>`` and quotes, so the time is O(n log n) on any input, and
:mod:`khabar.text._html_builder` decodes entities with the same :func:`html.unescape` that
``html.parser`` uses. Tag-soup rules follow HTML5 where it matters: a
``<`` that does not start a complete tag, comment or declaration is text; ``<script>`` and
``<style>`` contents are raw text up to their end tag; an element we skip whose end tag never
comes is not skipped (so a stray ``<svg>`` does not swallow the article).
"""
from __future__ import annotations

from dataclasses import dataclass
from html import unescape

from khabar.text._html_builder import _Builder
from khabar.text._html_sniff import looks_like_html
from khabar.text._html_tokenizer import _RAW, _Tokenizer

__all__ = ["HtmlText", "html_extract", "html_to_text", "looks_like_html"]

# Elements whose content is dropped.
_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "datalist", "textarea", "noembed", "noframes", "audio", "video",
    "button", "map",
})
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


@dataclass(frozen=True, slots=True)
class HtmlText:
    """Visible text of a page and its ``<title>`` (``None`` when absent or blank)."""

    text: str
    title: str | None


def html_extract(markup: str) -> HtmlText:
    """Visible text and title of an HTML page (see :func:`html_to_text`).

    Never raises on any ``str``; broken markup is read as HTML5 tag soup.
    """
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
