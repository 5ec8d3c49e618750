"""A local body's name goes on over «لـ» + a town head + the town (round 22, from blind
batch 96).

«وأوضح المجلس البلدي لمدينة ترهونة في بيان …»: the definite chain of
:meth:`khabar.quotes.chains.ChainRules._definite_end` stopped at «البلدي» (only «لل…» genitives
and the round-20 «لمناهضة التعذيب» go on), so the council was named «المجلس البلدي». After a
definite nisba, «لمدينة/لولاية/لبلدية …» and a place (tagged LOC or in the place gazetteer)
belong to the body's name: the guidelines name a body with its place as written.

Pure function of the token view and the mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Iterable

from khabar.quotes.lexicon import places

#: Heads of a town or region written with «لـ» after a local body («لمدينة», «لولاية»).
LAM_TOWN_HEADS = frozenset({"لمدينه", "لولايه", "لبلديه", "لمحافظه", "لمعتمديه", "لقريه",
                            "لجزيره", "لمنطقه"})


def lam_town(art, last: int, ents: Iterable) -> int:
    """The index of the town's last token when token ``last`` is a definite nisba followed in
    the same sentence by «لـ» + a town head (:data:`LAM_TOWN_HEADS`) and a place; ``last``
    otherwise."""
    if last + 2 >= art.n or art.is_end(last + 1) or art.is_end(last + 2):
        return last
    nisba = art.norms[last]
    if not (nisba.startswith("ال") and nisba.endswith(("ي", "يه"))) or \
            art.norms[last + 1] not in LAM_TOWN_HEADS:
        return last
    tok = art.toks[last + 2]
    loc = next((e for e in ents if e.label == "LOC" and e.start == tok.start), None)
    if loc is not None:
        end = last + 2
        while end + 1 < art.n and art.toks[end + 1].end <= loc.end:
            end += 1
        return end
    return last + 2 if art.norms[last + 2] in places() else last


__all__ = ["LAM_TOWN_HEADS", "lam_town"]
