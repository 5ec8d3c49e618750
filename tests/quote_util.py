"""Helpers shared by the quote tests: find a quote by the start of its content, and the
normalized canonical name of its speaker."""
from __future__ import annotations

from khabar.text.normalize import normalize


def by_content(doc, quotes, start: str):
    """The first quote whose content starts with ``start``; AssertionError listing the
    contents when there is none."""
    for q in quotes:
        if doc.raw[q.content.start:q.content.end].startswith(start):
            return q
    raise AssertionError(f"no quote starting {start!r}: "
                         f"{[doc.raw[q.content.start:q.content.end][:30] for q in quotes]}")


def canon(q) -> str | None:
    """The speaker's canonical name, normalized (None without a speaker or canonical)."""
    return None if q.speaker is None or q.speaker.canonical is None else \
        normalize(q.speaker.canonical)
