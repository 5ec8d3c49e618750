"""Mentions split at the particle «فإن» inside them (round 17, from blind batch 51).

NER sometimes runs one mention over the particle that opens a main clause: «بخصوص عدم التحاق
اللاعب بفريق الشبيبة الرياضية القيروانية فإن النادي الإفريقي يؤكد أن …» is tagged as one
ORG «الشبيبة الرياضية القيروانية فإن النادي الإفريقي». «فإن» (and «فإنه», «فإنها», «فإنهم»)
never stands inside a name: the mention becomes the two mentions on either side of it, each
with its own words as canonical. Pure function of the token layer; nothing here raises on
ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Span

#: Normalized forms of «فإن» and its pronoun forms (no name holds them).
FA_INNA = frozenset({"فان", "فانه", "فانها", "فانهم", "فانهما"})


def split_at_fa_inna(doc, toks, norms: list[str], ents: list[Entity]) -> list[Entity]:
    """``ents`` with each PER/ORG mention that holds «فإن» between two words split into
    the mentions before and after it (module docstring)."""
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    out: list[Entity] = []
    for e in ents:
        a = bisect.bisect_left(starts, e.start)
        inner = [i for i in range(a + 1, bisect.bisect_left(ends, e.end))
                 if norms[i] in FA_INNA] if e.label in ("PER", "ORG") else []
        if not inner:
            out.append(e)
            continue
        pieces, s = [], e.start
        for i in inner:
            if i > 0 and toks[i - 1].end > s:
                pieces.append((s, toks[i - 1].end))
            s = toks[i + 1].start
        pieces.append((s, e.end))
        for s, t in pieces:
            out.append(Entity(s, t, e.label, " ".join(doc.repaired(Span(s, t)).split())))
    return out


__all__ = ["FA_INNA", "split_at_fa_inna"]
