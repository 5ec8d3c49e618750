"""«بيّن» written with its shadda is the verb "explained" (round 20, from blind batch 71).

«كما بيّن وزير الشؤون الخارجية :" لقد أطلقنا …"»: the bare letters «بين» are also «بَيْن»
("between"), so the verb needs a complementizer before a quotation counts
(``NEED_COMP``); the shadda the writer put on the second letter rules the preposition out, and
the quotation after the subject is what he said, as after «قال». Pure function of the raw
token; nothing raises on ordinary input.
"""
from __future__ import annotations

_SHADDA = "\u0651"


def written_bayyana(surface: str, verb: str) -> bool:
    """The cue token ``surface`` (as written) of the verb ``verb`` («بين») carries a shadda
    on its «ي»: «بيّن», «وبيّن»."""
    return verb == "بين" and "ي" + _SHADDA in surface


__all__ = ["written_bayyana"]
