"""A title phrase inside what a named person says is someone else (round 23, from blind batch
106): in «وأضاف الحداد أن … معبرا عن غضبه من تصريحات وزير التشغيل التي قال فيها إن …» the
nested report's speaker «وزير التشغيل» stands inside the content of a quote of «طارق الحداد»,
so the naming of title phrases by the article's only named person
(:func:`khabar.quotes.titled.name_titled`) must not give it his name: one does not report
oneself under a title.

Pure function of the quotes; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Quote, Speaker


def inside_quote_of(quotes: Sequence[Quote], sp: Speaker, name: str) -> bool:
    """Speaker span ``sp`` lies inside the content of a quote whose speaker is ``name``."""
    return any(q.speaker is not None and q.speaker.canonical == name and
               q.content.start <= sp.start and sp.end <= q.content.end for q in quotes)


__all__ = ["inside_quote_of"]
