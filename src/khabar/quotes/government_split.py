"""Two persons NER ran together after «حكومة» (round 23, from blind batch 108): «نفى وزير
التربية الأسبق في حكومة مهدي جمعة فتحي الجراي ما …» tagged one PER «مهدي جمعة فتحي الجراي»
— the head of government in the genitive, then the minister the title names. A PER mention
of four or five words right after a word for a government or an era («حكومة», «عهد», «نظام»,
«إدارة») that a title governs («وزير … في حكومة»: a title word among the seven tokens before),
where a known given name starts a later word with two words or more on each side,
is two persons split there; the bare surname of the second elsewhere («وأوضح الجراي», given
the joined canonical) takes the second name.

Pure function of the token view and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect
import dataclasses

from khabar.document import Entity, Span
from khabar.lang.given_names import FEMALE_GIVEN
from khabar.quotes.given_surname import _after_title
from khabar.quotes.marks import Article
from khabar.quotes.namewords import first_names, fold
from khabar.text.normalize import normalize

#: Nouns for a government or a ruler's era, before the ruler's name (normalized, with the
#: prepositions glued to them).
GOVERNMENT_OF = frozenset({"حكومه", "بحكومه", "لحكومه", "عهد", "بعهد", "نظام", "اداره"})
#: Words inside a name that join its parts («بن», «عبد»): no split next to them.
_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال", "ولد"})


def _split_at(art: Article, a: int, b: int) -> int | None:
    """The token where a second name starts inside tokens ``a``..``b - 1``, else None."""
    given = first_names() | FEMALE_GIVEN
    cut = [m for m in range(a + 2, b - 1) if fold(art.norms[m]) in given and
           not {art.norms[m - 1], art.norms[m]} & _LINKS]
    return cut[0] if len(cut) == 1 else None


def split_government(art: Article, ents: list[Entity]) -> list[Entity]:
    """``ents`` with a PER mention after a government noun split into its two persons
    (module docstring)."""
    starts = [t.start for t in art.toks]
    out: list[Entity] = []
    joined: dict[str, tuple[str, str]] = {}     # joined canonical → (second canonical, surname)
    for e in ents:
        a = bisect.bisect_left(starts, e.start)
        b = bisect.bisect_left(starts, e.end)
        m = _split_at(art, a, b) if e.label == "PER" and 1 <= a < art.n and \
            starts[a] == e.start and 4 <= b - a <= 5 and \
            art.norms[a - 1] in GOVERNMENT_OF and _after_title(art, a - 1) else None
        if m is None:
            out.append(e)
            continue
        end1, s2 = art.toks[m - 1].end, art.toks[m].start
        first = " ".join(art.doc.repaired(Span(e.start, end1)).split())
        second = " ".join(art.doc.repaired(Span(s2, e.end)).split())
        out += [Entity(e.start, end1, "PER", first), Entity(s2, e.end, "PER", second)]
        joined[e.canonical] = (second, normalize(second.split()[-1]))
    if not joined:
        return ents
    return [dataclasses.replace(x, canonical=joined[x.canonical][0])
            if x.label == "PER" and x.canonical in joined and
            normalize(art.raw[x.start:x.end]) == joined[x.canonical][1] else x for x in out]


__all__ = ["GOVERNMENT_OF", "split_government"]
