"""A body's name stops before a participle that governs the verb's object (round 20, from
blind batch 73).

«وأشار جهاز الأمن السري الأميركي المكلف أمن الرئيس … إلى أنه»: the construct phrase «أمن
الرئيس» is the object of the definite participle «المكلف» ("charged with"), so neither is
part of the body's name — the name is «جهاز الأمن السري الأميركي». Pure function of the token
layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Any, Sequence


def governing_participle(art: Any, i: int) -> bool:
    """Token ``i`` is a definite participle of the «المفعل» shape («المكلف», «المسؤول»,
    «المختصة»): one word tagged ADJ, «الم» + three letters or more, no nisba ending."""
    nm = art.norms[i]
    words = art.toks[i].words
    return len(words) == 1 and words[0].upos == "ADJ" and nm.startswith("الم") and \
        len(nm) >= 6 and nm.isalpha() and not nm.endswith(("ي", "يه", "يون", "يين"))


def cut_before_participle(art: Any, region: Sequence[int], cut: int | None) -> int | None:
    """``cut`` (the index in ``region`` where the verb's object begins) moved back over a
    governing participle right before it (:func:`governing_participle`); unchanged when
    there is none or when the name would keep fewer than two words."""
    if cut is None or cut < 3 or not governing_participle(art, region[cut - 1]):
        return cut
    return cut - 1


__all__ = ["cut_before_participle", "governing_participle"]
