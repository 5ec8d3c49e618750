"""A name after a time adjunct and a title, right after the verb that opened a sentence
(round 17, from blind batch 49): «نفت اليوم الخميس النائبة ألفة السكري الشريف، أحد أعضاء
لجنة المالية …، وجود …» then «وقالت … أنه» — NER found no name, but the words after the title
up to the comma name the subject of «نفت», and the next sentence's verb goes on with her.
Pure function of normalized tokens; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C


def titled_after_time(norms: list[str], region: list[int], skip: int, verb: int) -> list[int]:
    """The token indexes after a title (one or two title words) that follows a time adjunct
    of ``skip`` tokens opening ``region`` right after the verb at ``verb``; [] when ``region``
    does not open with a time adjunct followed by a title word."""
    if not skip or not region or region[0] != verb + 1 or skip >= len(region):
        return []
    r = region[skip:]
    n = 0
    while n < min(len(r), 2) and norms[r[n]] in C.TITLE_WORDS:
        n += 1
    return r[n:] if n and len(r) > n else []


__all__ = ["titled_after_time"]
