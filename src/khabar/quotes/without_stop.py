"""The writer's «without …» remark after a partial quotation (round 20, from blind batch 73).

«واكدت انها ستتخذ "إجراءاتها القانونية … وفقا للأحوال"، من دون ان توضح طبيعة الاجراءات»:
after the closing mark of a quotation inside indirect content, a comma and «(من) دون أن» /
«بدون أن» open the writer's remark on what the speaker left unsaid; the quote stops at the
closing mark (batches 11 and 73; as the writer's narration after a closing mark, batches 44,
57 and 67). With no closing mark the literal sentence-end rule keeps such a clause (batches
10 and 67), so this needs the mark. Pure function of the token layer; nothing here raises.
"""
from __future__ import annotations

from typing import Any

from khabar.quotes.cues import is_complementizer

_WITHOUT = frozenset({"دون", "بدون", "ودون"})


def without_stops(art: Any) -> set[int]:
    """Token indexes of the comma after a closing quotation mark that «(من) دون أن» follows
    (module docstring): the content before ends at the mark."""
    closing = {c for c in art.quotes.values() if c is not None}
    out: set[int] = set()
    for c in closing:
        j = c + 1
        if j + 2 >= art.n or art.norms[j] not in ("،", ","):
            continue
        k = j + 1
        if art.norms[k] in ("من", "ومن"):
            k += 1
        if k + 1 < art.n and art.norms[k] in _WITHOUT and is_complementizer(art.norms[k + 1]):
            out.add(j)
    return out


__all__ = ["without_stops"]
