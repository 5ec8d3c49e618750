"""A two-word name NER tagged as its first word only, whose second word the article then uses
alone as a name (round 23, from blind batch 104): «ونقلت صحيفة "ميرور" عن كواك سيونغ، …»
is tagged «كواك», and later «وقال كواك …», «ووصف سيونغ …» are tagged one word each. When a
one-word PER mention is followed (one space) by an untagged word that is itself a one-word PER
mention elsewhere, and neither word was used alone before, the two are one name written in
full: the mention takes the second word, and every one-word mention of either word takes the
full name as its canonical. Two surnames of different persons run together («لوبان ماكرون»)
are left alone: there each mention already has a longer canonical.

Pure function of the article and its mentions, one pass; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Entity
from khabar.quotes.lexicon import norm_name
from khabar.quotes.marks import Article


def joined_name_parts(art: Article, ents: Sequence[Entity]) -> list[Entity]:
    """``ents`` with «كواك» + «سيونغ» joined as described in the module docstring."""
    single: dict[str, int] = {}     # one-word mention → the start of its first mention
    for e in ents:
        text = norm_name(art.raw[e.start:e.end])
        if e.label == "PER" and " " not in text and norm_name(e.canonical) == text:
            single[text] = min(single.get(text, e.start), e.start)
    if len(single) < 2:
        return list(ents)
    starts = [t.start for t in art.toks[:art.n]]
    tagged = {e.start for e in ents}
    full: dict[str, str] = {}       # part → full name
    grown: dict[int, int] = {}      # mention start → its new end
    for e in ents:
        text = norm_name(art.raw[e.start:e.end])
        if e.label != "PER" or single.get(text) != e.start or text in full:
            continue
        i = bisect.bisect_left(starts, e.end)
        if i >= len(starts) or art.raw[e.end:starts[i]] != " " or starts[i] in tagged:
            continue
        w = art.norms[i]
        if w == text or single.get(w, -1) <= e.start or w in full:
            continue
        name = art.raw[e.start:art.toks[i].end]
        full[text] = full[w] = name
        grown[e.start] = art.toks[i].end
    if not full:
        return list(ents)
    out = []
    for e in ents:
        text = norm_name(art.raw[e.start:e.end])
        if e.label == "PER" and text in full and norm_name(e.canonical) == text:
            e = Entity(e.start, grown.get(e.start, e.end), e.label, full[text])
        out.append(e)
    return out


__all__ = ["joined_name_parts"]
