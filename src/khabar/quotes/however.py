"""A cue verb in a clause opened by «إلا أن» / «غير أن» (however) is a main clause, not a
report inside a report (round 16, from blind batch 39): «وقال مغردون إنها … . إلا أن لوريمان
الذي التقط الصورة، قال إن "…". وأشار إلى أن …» — the photographer speaks in his own right,
and the «وأشار» after him goes on with him, not with the bloggers before.

Pure functions of the token view; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.lexicon import HOWEVER
from khabar.quotes.marks import Article


def however_clause(art: Article, k: int) -> bool:
    """The nearest «أن» before token ``k`` in its sentence (twelve tokens at most, no
    quotation mark between) comes right after «إلا» / «غير»."""
    for c in range(k - 1, max(-1, k - 12), -1):
        if art.is_end(c) or art.is_quote(c):
            return False
        if art.norms[c] == "ان":
            return c > 0 and art.norms[c - 1] in HOWEVER
    return False


__all__ = ["however_clause"]
