"""A state's body by its head and its nationality: «الحكومة الألمانية» (round 18), «الشرطة
الماليزية لرويترز إن» (round 20) — a named speaker (the gold names «الشرطة البريطانية»,
«الرئاسة الفرنسية»), not the last speaker; «السلطات الإيرانية» stays unnamed (a plural).
Pure function of the tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from khabar.document import Entity
from khabar.lang import quote_cues as C
from khabar.quotes.glued_addressee import glued_addressee
from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.marks import Article

#: Definite heads of a state body that the nationality alone names.
NATIONAL_HEADS = frozenset({"الحكومه", "الشرطه", "الرئاسه"})


def national_body(art: Article, region: list[int],
                  entities_in: Callable[[int, int], Sequence[Entity]]) -> bool:
    """``region`` (the tokens after the cue) is a national head and a place adjective
    («الشرطة الماليزية»), alone or followed by an adjunct (a phrase stop) or the one spoken
    to («لرويترز»)."""
    if len(region) < 2 or art.norms[region[0]] not in NATIONAL_HEADS or \
            not is_place_adjective(art.norms[region[1]]):
        return False
    if len(region) == 2:
        return True
    nxt = region[2]
    return art.norms[nxt] in C.PHRASE_STOPS or glued_addressee(
        art.raw, art.toks[nxt].start, art.toks[nxt].end, entities_in)
