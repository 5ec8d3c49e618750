"""A news agency named with an adjective before its nationality (round 19, from blind batch
62): «وذكرت وكالة الأنباء المركزية الكورية أن» — «وكالة الأنباء» takes a following nisba of a
place («الفرنسية»), and here a definite adjective («المركزية») stands between; the agency's
name runs over both. Pure function of the token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.marks import Article


def adjective_then_place(art: Article, region: Sequence[int], k: int) -> int:
    """2 when ``region[k]`` is a definite feminine adjective («المركزيه») and ``region[k +
    1]`` a place nisba («الكوريه»), else 0: how many tokens the agency's name goes on by."""
    if k + 1 >= len(region):
        return 0
    adj = art.norms[region[k]]
    if not (adj.startswith("ال") and adj.endswith("يه") and len(adj) > 5) or \
            is_place_adjective(adj):
        return 0
    return 2 if is_place_adjective(art.norms[region[k + 1]]) else 0
