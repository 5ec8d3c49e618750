"""Helpers shared by the quote tests: quotes of a text with hand-set entities, find a quote by
the start of its content, and the normalized canonical name of its speaker."""
from __future__ import annotations

import dataclasses

from khabar.text.normalize import normalize


def quotes_with(text: str, mentions: list[tuple[str, str, str]]):
    """(document, quotes) of ``text`` with the entity layer set by hand: one entity per
    (mention, label, canonical), at the mention's first occurrence or, written «mention#n», its
    n-th — the spans a NER would give, so tests check the quote rules, not a NER model."""
    import khabar
    from khabar.document import Entity
    from khabar.quotes import find_quotes
    doc = khabar.analyze(text)
    ents = []
    for mention, label, canonical in mentions:
        mention, _, nth = mention.partition("#")
        i = -1
        for _ in range(int(nth or 1)):
            i = text.index(mention, i + 1)
        ents.append(Entity(i, i + len(mention), label, canonical))
    doc = dataclasses.replace(doc, entities=tuple(ents))
    return doc, find_quotes(doc)


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
