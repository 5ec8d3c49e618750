"""A full name right after a source description in construct (round 21, from blind batch 89):
«وقال شاهد العيان دارين زاميت لوبي وهو مصور من رويترز …: "…"» — «شاهد العيان» (a source head
and its definite genitive) describes the person named right after it, who speaks; the gold
names him, as after a title. Pure function; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Speaker


def name_after_description(art, region: list[int], ents: list[Entity]) -> Speaker | None:
    """The PER mention of two words or more (with a canonical) that starts at the third token
    of ``region`` when the second is a definite genitive («العيان»); None otherwise."""
    if len(region) < 4 or not art.norms[region[1]].startswith("ال"):
        return None
    start = art.toks[region[2]].start
    for e in ents:
        if e.label == "PER" and e.start == start and e.canonical and \
                len(e.canonical.split()) >= 2 and e.end <= art.toks[region[-1]].end:
            return Speaker(e.start, e.end, e.canonical)
    return None


__all__ = ["name_after_description"]
