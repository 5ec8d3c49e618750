"""«على حد قوله» ("in his own words") is an attribution tail, no cue (round 23, from blind
batch 107): «… في هذه الفترة التي تميزت على حد قوله "بتداخل النقابي بالتربوي"» made the
quotation after «قوله» a quote of its own. The guidelines keep such tails inside the content
of the quote they close («على حد قوله», «وفق تعبيره»); the dev gold has 74 of them, none a cue.
Pure function of the normalized tokens; nothing here raises.
"""
from __future__ import annotations

from typing import Sequence

#: «قول» with a pronoun suffix, after «على حد».
_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما", "قولهن"})


def own_words_tail(norms: Sequence[str], k: int) -> bool:
    """Token ``k`` is «قوله/قولها …» right after «على حد»."""
    return k >= 2 and norms[k] in _SAYING and norms[k - 1] == "حد" and norms[k - 2] == "علي"


__all__ = ["own_words_tail"]
