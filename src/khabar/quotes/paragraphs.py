"""Line breaks as sentence ends for indirect content (round 16, from blind batch 42).

ANT paragraphs often end without a final stop («… قنوات البي إن سبورتس\nوضمت قائمة …»): the
reported clause ends at the line break. EASC newspaper articles break their lines inside
sentences; an article most of whose line breaks (three or more) follow no final stop is read
as hard-wrapped and its line breaks end nothing. Pure functions of the article view; nothing
here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.marks import Article


def paragraph_break(art: Article, i: int) -> bool:
    """A line break lies between token ``i - 1`` and token ``i`` (ANT paragraphs often end
    without a period: «… قنوات البي إن سبورتس\nوضمت قائمة …»)."""
    return "\n" in art.raw[art.toks[i - 1].end:art.toks[i].start] and not hard_wrapped(art)


def hard_wrapped(art: Article) -> bool:
    """Three line breaks or more, more than half of them after no final stop (the hard line
    breaks inside sentences of EASC newspaper articles): line breaks are no sentence ends."""
    cached = getattr(art, "_hard_wrapped", None)
    if cached is None:
        breaks = [i for i in range(1, art.n)
                  if "\n" in art.raw[art.toks[i - 1].end:art.toks[i].start]]
        open_ = sum(not art.is_end(i - 1) for i in breaks)
        cached = len(breaks) >= 3 and 2 * open_ > len(breaks)
        art._hard_wrapped = cached
    return cached
