"""A nickname in quotation marks right after a person's name (round 19, from blind batch 66):
«قال محمد فريد "ولد العزوزية"، الفائز …» … «وأكد ولد العزوزية أن» — the later speaker named
by the nickname is the person, by their name. Pure functions of the text and the mentions;
nothing here raises on ordinary input.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.document import Entity, Speaker
from khabar.text.normalize import normalize

#: A quoted run of one to four words right after a mention (spaces before it allowed).
_QUOTED = re.compile(r'\s*["«“]([^"»”\n]{2,40})["»”]')


def _key(text: str) -> str:
    return "".join(normalize(text).split())


def nickname_person(raw: str, ents: Sequence[Entity], sp: Speaker) -> Speaker | None:
    """``sp`` (a speaker whose words are the nickname written in quotation marks right after
    an earlier PER mention) with that mention's canonical; None when it is no such
    nickname (or is that person already)."""
    said = _key(raw[sp.start:sp.end])
    if not said:
        return None
    for e in ents:
        if e.label != "PER" or e.start >= sp.start or not e.canonical:
            continue
        m = _QUOTED.match(raw, e.end)
        if m is None or len(m.group(1).split()) > 4 or _key(m.group(1)) != said:
            continue
        if _key(e.canonical) == _key(sp.canonical or ""):
            return None
        return Speaker(sp.start, sp.end, e.canonical)
    return None
