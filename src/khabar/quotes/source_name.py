"""Descriptions that carry their speaker's name (round 17): an indefinite «أحد …» description
with the name in apposition at its end («ويقول أحد خبراء أمراض العيون تمام حسان إن»), and a
title with «السابق» that stood earlier before a name with a nisba between («الرئيس الإيراني
السابق، محمود أحمدي نجاد» … «ولفت الرئيس السابق الى أن», not the «الرئيس الأمريكي» named in
between). Nothing here raises on ordinary input."""
from __future__ import annotations

from typing import Any, Sequence

from khabar.document import Entity, Speaker
from khabar.lang import quote_cues as C


def one_of_named(art: Any, region: list[int], ents: Sequence[Entity]) -> Speaker | None:
    """The PER mention of two words or more that ends the «أحد <plural> <definite noun>»
    description ``region`` (token indices of ``art``) right after a definite noun that is no
    title («أحد سكان الحي محمد …»); None when there is none. A mention after an adjective
    («أحد أبناء الرئيس الراحل …») or a title is the genitive's, not the speaker's."""
    toks = art.toks
    starts = {toks[i].start: i for i in region}
    for e in ents:
        i = starts.get(e.start)
        if e.label != "PER" or i is None or i - 1 <= region[0] + 1 or \
                len(art.doc.raw[e.start:e.end].split()) < 2:
            continue
        prev = art.norms[i - 1]
        words = toks[i - 1].words
        if not prev.startswith("ال") or prev in C.TITLE_WORDS or \
                not words or words[-1].upos != "NOUN":
            continue
        after = [j for j in region if toks[j].start >= e.end]
        if after and art.norms[after[0]] not in ("،", ","):
            continue
        return Speaker(e.start, e.end, e.canonical)
    return None


#: Adjectives of a former office.
FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})


def former_title(spk: Any, region: list[int]) -> Speaker | None:
    """The person named right after (a comma allowed) the last earlier «<head> … <former>»
    title, the head and the «السابق» word of ``region``'s first two tokens, at most two words
    between them; None when ``region`` is no such description or no such title stood before."""
    art = spk.art
    if len(region) < 2 or art.norms[region[1]] not in FORMER or \
            not art.norms[region[0]].startswith("ال"):
        return None
    head, former = art.norms[region[0]], art.norms[region[1]]
    for j in range(region[0] - 1, -1, -1):
        if art.norms[j] != head:
            continue
        f = next((x for x in range(j + 1, min(j + 4, art.n)) if art.norms[x] == former), None)
        if f is None:
            continue
        n = f + 2 if f + 1 < art.n and art.norms[f + 1] in ("،", ",") else f + 1
        if n >= region[0]:
            continue
        start = art.toks[n].start
        per = next((e for e in spk.ents if e.label == "PER" and e.start == start), None)
        if per is not None:
            return Speaker(per.start, per.end, per.canonical)
    return None


__all__ = ["former_title", "one_of_named"]
