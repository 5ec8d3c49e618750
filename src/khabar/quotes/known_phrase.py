"""A source named earlier, taken up bare after a cue in words with no proper-noun tag (round
22, from blind batch 93): «ذكرت صحيفة خبر ترك أن …» … «وأوضحت خبر ترك أن …» — «خبر ترك»
(«news», «leave») reads as common nouns, so the bare words were kept as an unnamed phrase;
they are the name of the speaker named before, whole or after its head («صحيفة», «وكالة» …).
Pure function of strings; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import MEDIA_HEADS, norm_name


def known_source(words: list[str], earlier: list[str]) -> str | None:
    """The latest of ``earlier`` (canonicals, oldest first) whose words are ``words``
    (normalized) or a head then ``words``; None when none is, or ``words`` is one word."""
    if len(words) < 2:
        return None
    for c in reversed(earlier):
        cw = norm_name(c).split()
        if cw == words or (cw[1:] == words and (cw[0] in MEDIA_HEADS or cw[0] in C.ORG_HEADS)):
            return c
    return None


__all__ = ["known_source"]
