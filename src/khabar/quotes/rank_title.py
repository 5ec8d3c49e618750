"""A rank title NER tagged as a person (round 22, from blind batch 98): «وأشار حافظ الأمن في
هذا الصدد إلى أنه …» — «حافظ الأمن» is a police rank (:data:`khabar.lang.rank_titles.NAME_LIKE_RANKS`),
not a man named «حافظ»: the mention that is only the rank is dropped (the cue then takes the
person the rank described before, «حافظ الأمن أشرف النايلي»), and a mention that starts with
the rank keeps only the name after it.
Pure function of the raw text and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from khabar.document import Entity, Speaker
from khabar.lang.rank_titles import NAME_LIKE_RANKS
from khabar.text.normalize import normalize


def without_rank_persons(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` without the PER mentions that are a name-like rank (as written or as their
    canonical), and with a PER that starts with one («حافظ الأمن أشرف النايلي») moved past
    it."""
    out: list[Entity] = []
    for e in ents:
        if e.label != "PER":
            out.append(e)
            continue
        if normalize(e.canonical) in NAME_LIKE_RANKS:
            continue    # «حافظ» whose canonical is the rank: no name either
        words = list(re.finditer(r"\S+", raw[e.start:e.end]))
        if len(words) < 2 or \
                normalize(" ".join(w.group() for w in words[:2])) not in NAME_LIKE_RANKS:
            out.append(e)
            continue
        if len(words) >= 4:
            s = e.start + words[2].start()
            canon = e.canonical
            if normalize(canon) == normalize(raw[e.start:e.end]):
                canon = raw[s:e.end]
            out.append(dataclasses.replace(e, start=s, canonical=canon))
    return out




def rank_region(norms: Sequence[str], region: Sequence[int]) -> bool:
    """True when the subject ``region`` (token indexes) starts with a name-like rank."""
    return len(region) >= 2 and f"{norms[region[0]]} {norms[region[1]]}" in NAME_LIKE_RANKS


def rank_antecedent(rules, region: list[int], sp: Speaker | None,
                    person: bool) -> tuple[Speaker | None, bool]:
    """(``sp``, ``person``), or, when ``region`` starts with a name-like rank («وأشار حافظ
    الأمن»), the person named after the same rank before («حافظ الأمن أشرف النايلي») when
    there is one (``rules`` is the speaker state, with ``_antecedent``)."""
    if not region or not rank_region(rules.art.norms, region):
        return sp, person
    back = rules._antecedent(region[:2])
    return back if back is not None and back[1] else (sp, person)


__all__ = ["rank_antecedent", "rank_region", "without_rank_persons"]
