"""The writer's background clause inside a sentence (round 20, from blind batch 84): «…، مؤكدة
أن الهجوم ليس إرهابيا وكان تنظيم "داعش" الإرهابي قد أعلن مباشرة بعد الهجوم …» — «و» + «كان»
with a subject of its own and «قد» (the pluperfect of an earlier event) opens the writer's
account of what happened before, so an indirect quote before it ends there (as a later cue
does). Pure function of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Any

_KANA = frozenset({"وكان", "وكانت"})
_LONGEST = 6    # subject tokens (quotation marks included) between «وكان» and «قد»


def background_stops(art: Any) -> set[int]:
    """Token indexes of «وكان(ت) SUBJECT قد» inside a sentence: a subject of one to six
    tokens with no comma, complementizer-free, after a word of the same sentence (not the
    sentence's first token)."""
    out: set[int] = set()
    for j in range(1, art.n - 2):
        if art.norms[j] not in _KANA or art.is_end(j - 1) or art.norms[j - 1] in ("،", ","):
            continue
        if "أ" in art.surf[j]:
            continue    # «وكأن الشاهد قد حكم»: «كأنّ» (as if), folded to «كان» by normalizing
        for q in range(j + 2, min(art.n, j + _LONGEST + 2)):
            nm = art.norms[q]
            if nm == "قد":
                out.add(j)
                break
            if art.is_end(q) or nm in ("،", ",", "ان", "انه", "انها"):
                break
    return out


__all__ = ["background_stops"]
