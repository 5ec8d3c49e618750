"""Article splitting (placeholder: one article for the whole page)."""
from __future__ import annotations


def find_articles(text: str, sentences: list[tuple[int, int]]):
    """Return ``(articles, sentences)``: articles as ``(start, end, headline|None)``."""
    if not sentences:
        return [], sentences
    return [(sentences[0][0], sentences[-1][1], None)], sentences
