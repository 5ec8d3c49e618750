"""A word glued to the preposition ل that holds a named mention («وقالت الشرطة الماليزية
لرويترز إن …»; round 20): the one spoken to, an adjunct after the subject, never the last
word of a name guessed from the subject's words. Pure function of the token and the mentions;
nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.document import Entity
from khabar.quotes.spoken_to import addressee


def glued_addressee(raw: str, tok_start: int, tok_end: int,
                    entities_in: Callable[[int, int], Sequence[Entity]]) -> bool:
    """The token at raw ``[tok_start, tok_end)`` starts with a lone ل (not «لل») and a PER or
    ORG mention from ``entities_in`` starts inside it, right after the ل («لرويترز»,
    «لـ"الوطن"»): the addressee."""
    word = raw[tok_start:tok_end]
    if not word.startswith("ل") or word.startswith("لل"):
        return False
    return any(tok_start < e.start < tok_end and addressee(raw, e.start)
               for e in entities_in(tok_start + 1, tok_end))
