"""A surname written with one letter too many, too few or another (round 23, from blind batch
108): «من جانبه قال هشام السنوسي …» then «وأضاف السنونسي أن …». NER tags the misspelt
surname as a person of its own, whose canonical is the bare word. A one-word PER mention whose
canonical is itself, six letters or more, one edit (insertion, deletion or substitution) from
the last word of exactly one person of two words or more named before it, is that person.

Pure function of the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

import dataclasses

from khabar.document import Entity
from khabar.text.normalize import normalize


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def surname_variants(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each one-word PER mention that is a one-letter variant of the surname of
    one full name named before it given that full name (module docstring)."""
    full: dict[str, set[str]] = {}     # normalized surname → full canonicals, in order seen
    out: list[Entity] = []
    for e in ents:
        if e.label == "PER":
            words = e.canonical.split()
            surf = normalize(raw[e.start:e.end])
            if len(words) == 1 and normalize(e.canonical) == surf and len(surf) >= 6 and \
                    surf not in full:
                hits = {c for s, cs in full.items() if _one_edit(s, surf) for c in cs}
                if len(hits) == 1:
                    e = dataclasses.replace(e, canonical=hits.pop())
            elif len(words) >= 2:
                full.setdefault(normalize(words[-1]), set()).add(e.canonical)
        out.append(e)
    return out


__all__ = ["surname_variants"]
