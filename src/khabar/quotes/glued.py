"""Person names split or glued by the writer (round 16, batch 40): «جان-ايف لو دريان» tagged
as two PER mentions around the hyphen («جان», «ايف لو دريان») is one person, and a later
«لودريان» (the last words written together) is the same person. Nothing here raises.
"""
from __future__ import annotations

from khabar.document import Entity
from khabar.quotes.lexicon import norm_name

#: Joiners of a compound given name («جان-ايف», «جان‐بيير»), written with no space.
HYPHENS = ("-", "\u2010", "\u2011")


def join_hyphenated(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with two PER mentions joined by a hyphen alone merged into one, canonical as
    written; a mention whose canonical was the second part's takes the merged one."""
    ents = sorted(ents, key=lambda e: (e.start, e.end))
    out: list[Entity] = []
    renamed: dict[str, str] = {}
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "PER" and e.label == "PER" and \
                raw[prev.end:e.start] in HYPHENS and " " not in prev.canonical.strip():
            merged = " ".join(raw[prev.start:e.end].split())
            renamed[e.canonical] = merged
            out[-1] = Entity(prev.start, e.end, "PER", merged)
            continue
        out.append(e)
    if not renamed:
        return out
    return [Entity(e.start, e.end, e.label, renamed[e.canonical])
            if e.label == "PER" and e.canonical in renamed else e for e in out]


def _letters(s: str) -> str:
    """Normalized letters of ``s`` with no space or hyphen."""
    t = norm_name(s)
    for h in HYPHENS + (" ",):
        t = t.replace(h, "")
    return t


def glued_person(word: str, persons: list[str]) -> str | None:
    """The one person whose last two or more name words written together are ``word``
    («لودريان» → «جان-ايف لو دريان»); None when none or several."""
    w = _letters(word)
    if len(w) < 5:
        return None
    found = set()
    for c in persons:
        parts = norm_name(c).split()
        if any(_letters(" ".join(parts[-m:])) == w for m in range(2, len(parts) + 1)):
            found.add(c)
    return found.pop() if len(found) == 1 else None
