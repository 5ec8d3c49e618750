"""A body's name in quotation marks inside a title, then the titled person's name (round 22,
from blind batch 94): «أكد مدير دار نشر"كنوز" محمد صالح معالج في مداخلة … أن …» — the marked
words name the publishing house the title governs, and the person NER tagged right after the
closing mark is the speaker, not the marked name. Pure function of the tokens and the
entities; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.marks import Article


def person_after_mark(art: Article, close: int, ents: list[Entity]) -> bool:
    """A PER mention of ``ents`` starts at the token right after the closing quotation mark
    at token ``close``."""
    nxt = close + 1
    if nxt >= art.n:
        return False
    start = art.toks[nxt].start
    return any(e.label == "PER" and e.start == start for e in ents)


__all__ = ["person_after_mark"]
