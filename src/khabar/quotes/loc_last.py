"""A place NER tagged at the end of a subject, after «في» or a town head, is no person's name
(round 22, from blind batch 96).

«وأوضح المجلس البلدي لمدينة ترهونة في بيان صحفي …، أن …»: with no person mention, the round-9
guess (:meth:`khabar.quotes.guess.GuessRules._guess_name`) reads the last name-like words of the
subject as a name and took «لمدينة ترهونة»; «أعلنت الشرطة في بنغلادش أنها …» gave «بنغلادش»
(:meth:`khabar.quotes.relatives.RelativeRules._tail_name`). The gazetteer lacks these
spellings, but NER tagged the word as a place (LOC) and the word before it is «في», a town
head («لمدينة», «بولاية») or a place head («مطار قرطاج»), so it ends no name. A LOC tag alone
is not enough: NER reads the given name «رياض» as Riyadh («عضو مجلس نواب الشعب رياض الموخر»).

Pure function of the token view and the mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Iterable

from khabar.lang import quote_cues as C
from khabar.quotes.lam_town import LAM_TOWN_HEADS

#: Words before a place: «في», the town heads with «ل» or «ب», and the heads of a place built
#: on a place name («مطار قرطاج», «ميناء …»).
_BEFORE_PLACE = frozenset({"في"} | LAM_TOWN_HEADS | {"ب" + h[1:] for h in LAM_TOWN_HEADS} |
                          C.INSTITUTION_HEADS)


def tagged_place(art, i: int, ents: Iterable) -> bool:
    """Token ``i`` is a whole one-token LOC mention of ``ents`` right after «في», a town head
    with «ل/ب» or a place head («مطار») (:data:`_BEFORE_PLACE`)."""
    if i < 1 or art.norms[i - 1] not in _BEFORE_PLACE:
        return False
    tok = art.toks[i]
    return any(e.label == "LOC" and e.start == tok.start and e.end == tok.end for e in ents)


__all__ = ["tagged_place"]
