"""A titled speaker's name set off by commas and written in quotation marks (round 20, from
blind batch 72): «قال عضو لجنة الدفاع والأمن القومي في البرلمان الليبي، "طارق الجروشي"، في
تصريح إعلامي، إنه …». The round-17 quoted name after a title
(:meth:`khabar.quotes.guess.NameGuessRules._quoted_name`) stops at the first preposition or
comma; here the title chain runs on over an adjunct, and the name comes after a comma, alone
between the marks and tagged PER by NER — an apposition to the title, as without the marks.
Pure function of the token view and the mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity

#: How far into the subject region the comma before the marked name may stand.
_REACH = 12


def marked_apposed_name(art, region: list[int], ents: Sequence[Entity]) -> Entity | None:
    """The PER mention that fills «، "NAME"،» (or the closing mark followed by a preposition
    or the end of ``region``) after a title opening ``region``; None otherwise. Only the first
    comma of the region within :data:`_REACH` tokens is read."""
    c = next((n for n, i in enumerate(region[:_REACH]) if n and art.norms[i] in ("،", ",")),
             None)
    if c is None or c + 3 >= len(region) or not art.is_quote(region[c + 1]):
        return None
    close = next((n for n in range(c + 2, min(c + 6, len(region))) if art.is_quote(region[n])),
                 None)
    if close is None or close == c + 2:
        return None
    lo, hi = art.toks[region[c + 2]].start, art.toks[region[close - 1]].end
    found = [e for e in ents if e.label == "PER" and e.start == lo and e.end == hi]
    if not found:
        return None
    after = region[close + 1] if close + 1 < len(region) else None
    if after is not None and art.norms[after] not in ("،", ",") and not art.is_end(after):
        return None
    return found[0]


__all__ = ["marked_apposed_name"]
