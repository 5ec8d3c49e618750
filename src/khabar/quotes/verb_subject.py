"""A named person right after the verb that opens a sentence is its subject (VSO): «وطالب
أحمدي نجاد، ترامب باصلاح النظام الانتخابي …، وقال "…"», «كما طالب احمدي نجاد في رسالته،
الرئيس الامريكي باحترام النساء …، وكتب ان» — the later cue with no subject of its own is his,
not the addressee's named after the comma (round 17, from the 400 unannotated articles).
Nothing here raises on ordinary input."""
from __future__ import annotations

from typing import Any

from khabar.document import Speaker


def opening_person(spk: Any, region: list[int]) -> Speaker | None:
    """The PER mention that starts ``region`` (the tokens after the opening verb, up to the
    first comma) when it belongs to no institution and the comma or an adjunct «في …» comes
    right after it (the object then follows the comma); None otherwise."""
    if not region:
        return None
    art = spk.art
    start = art.toks[region[0]].start
    per = next((e for e in spk.ents if e.label == "PER" and e.start == start), None)
    if per is None or spk._in_institution(per):
        return None
    rest = [i for i in region if art.toks[i].start >= per.end]
    if rest and art.norms[rest[0]] not in ("في", "خلال"):
        return None
    return Speaker(per.start, per.end, per.canonical)


__all__ = ["opening_person"]
