"""Sentence splitting (placeholder: to be replaced by the full splitter)."""
from __future__ import annotations

import re

_END = re.compile(r"[^.!?؟\n]+(?:[.!?؟]+|\n|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans over ``text``, trimmed of surrounding whitespace."""
    out = []
    for m in _END.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
