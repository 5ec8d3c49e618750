"""The first state of a list after «كل من» (round 19, from blind batch 65): «وقد أعلنت كل من
الجزائر ومصر أن …» — the guidelines give a multi-speaker quote to the first member; a place
mention opening the list and followed by «و» is that speaker, by its name (round 18 dropped
«كل من» but read a list of bare place names as one unnamed phrase). Pure function of the token
view and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Entity, Speaker


def first_listed_place(art, ents: Sequence[Entity], region: Sequence[int]) -> Speaker | None:
    """The LOC mention that starts ``region`` (the words after «كل من») when the next word
    after it opens with «و» («الجزائر ومصر»); None otherwise."""
    if len(region) < 2:
        return None
    start = art.toks[region[0]].start
    e = next((e for e in ents if e.label == "LOC" and e.start == start and e.canonical), None)
    if e is None:
        return None
    nxt = next((i for i in region if art.toks[i].start >= e.end), None)
    if nxt is None or not art.norms[nxt].startswith("و") or len(art.norms[nxt]) < 3:
        return None
    return Speaker(e.start, e.end, e.canonical)
