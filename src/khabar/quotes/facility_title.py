"""«قال مدير مرفأ "دير" في جنوب إيران إن» (round 19, blind batch 68): a title whose complement
is a facility named in quotation marks (a port, airport, hospital, mosque …) is an unnamed
source, not a person named by the quoted words and not the person who spoke last — unless a
person is named outside the marks («مدير مستشفى "شارل نيكول" الدكتور …»). Pure function of
the article's tokens and entities; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity
from khabar.lang import quote_cues as C

#: Facility heads beside :data:`quote_cues.INSTITUTION_HEADS` (normalized).
_MORE_HEADS = frozenset({"مرفا"})


def titled_facility(art: object, region: Sequence[int], ents: Sequence[Entity]) -> bool:
    """``region`` (a subject from its title head on) is «TITLE FACILITY "NAME" …» with no PER
    mention outside the quotation marks."""
    if len(region) < 4 or art.norms[region[0]] not in C.TITLE_WORDS:
        return False
    head = art.norms[region[1]]
    if head not in C.INSTITUTION_HEADS and head not in _MORE_HEADS or \
            not art.is_quote(region[2]):
        return False
    close = next((i for i in region[3:8] if art.is_quote(i)), None)
    if close is None:
        return False
    inside = (art.toks[region[2]].start, art.toks[close].end)
    return not any(e.label == "PER" and not (inside[0] <= e.start and e.end <= inside[1])
                   for e in ents)
