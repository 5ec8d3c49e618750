"""HTML or plain text? The test behind :func:`khabar.text.html.looks_like_html`."""
from __future__ import annotations

import re

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
    Never raises; reads at most the first 65,536 characters.
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
