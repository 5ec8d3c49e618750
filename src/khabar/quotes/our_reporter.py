"""«موفدنا», «مراسلنا», «مراسلتنا»: the outlet's own reporter (round 23, from blind batch 105).
NER sometimes tags the word PER (and gives it a stray canonical: «وواكب موفدنا»); it is a
description, not a name. After a cue («وأضاف موفدنا … أنه») it refers to the reporter the
article named with a reporter word («أفاد مبعوث "الجوهرة أف أم"، زهير الجيس، …»), else it is
an unnamed source with its own phrase (batch 100's never-named «مراسلتنا»); a name after it
(«وأضاف مراسلنا، رفيق العيادي، أن») is left to the other rules.

Pure functions of the tokens and mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Entity
from khabar.quotes.marks import Article
from khabar.text.normalize import normalize

#: reporter words (normalized) that an outlet puts before its reporter's name
REPORTERS = frozenset({"مراسل", "مراسله", "موفد", "موفده", "مبعوث", "مبعوثه"})


def _reporter(nm: str) -> bool:
    """``nm`` is a reporter word, a proclitic و/ل/ب allowed («ومراسل»)."""
    return nm in REPORTERS or (nm[:1] in "ولب" and nm[1:] in REPORTERS)


def our_reporter(nm: str) -> bool:
    """``nm`` (normalized) is a reporter word with «نا» («موفدنا», «مراسلتنا»)."""
    if not nm.endswith("نا") or len(nm) < 6:
        return False
    base = nm[:-2]
    base = base[1:] if base[:1] == "و" and base not in REPORTERS else base
    return base in REPORTERS or (base.endswith("ت") and base[:-1] + "ه" in REPORTERS)


def without_our_reporter(raw: str, ents: Sequence[Entity]) -> list[Entity]:
    """``ents`` without PER mentions that are «موفدنا» alone."""
    return [e for e in ents if not (e.label == "PER" and " " not in raw[e.start:e.end].strip()
                                    and our_reporter(normalize(raw[e.start:e.end])))]


def named_after(art: Article, ents: Sequence[Entity], i: int) -> bool:
    """A PER mention starts right after token ``i``, a comma between allowed («مراسلنا، رفيق
    العيادي،»)."""
    j = i + 1
    if j < art.n and art.norms[j] in ("،", ","):
        j += 1
    return j < art.n and any(e.label == "PER" and e.start == art.toks[j].start for e in ents)


def named_reporter(art: Article, ents: Sequence[Entity], k: int) -> Entity | None:
    """The last PER mention before token ``k`` with a reporter word two to eight tokens before
    it in its sentence («مبعوث "الجوهرة أف أم"، زهير الجيس»; not right before it: «مراسل
    الجوهرة أف أم» is the outlet, tagged PER at times); None when there is none."""
    starts = [t.start for t in art.toks[:art.n]]
    best = None
    for e in ents:
        if e.label != "PER" or e.start >= art.toks[k].start:
            continue
        j = bisect.bisect_left(starts, e.start)
        for i in range(j - 2, max(-1, j - 9), -1):
            if art.is_end(i):
                break
            if _reporter(art.norms[i]):
                best = e
                break
    return best


__all__ = ["named_after", "named_reporter", "our_reporter", "without_our_reporter",
           "REPORTERS"]
