"""A surname that begins with ل or ب, read by the tagger as a preposition + word (round 17,
from blind batch 49): «والمديرة العامة لتيسير …، ريم لمتي، بالمقر …» then «اعتبرت ريم لمتي
هذه الاتفاقية» — NER tags the given name «ريم» alone both times. A one-word given name of
the gazetteer followed (one space) by the same ل/ب-word at two places of the article or more
is a full name: the mention goes on over that word. Pure function of the token layer;
nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from collections import Counter
from typing import Sequence

from khabar.document import Entity, Span, Token
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form, is_complementizer

#: ل/ب-words that are particles or pronoun forms, never a surname (normalized).
_PARTICLES = frozenset({"لهما", "لكم", "لكن", "لدي", "لان", "لقد", "لكي", "لماذا", "ليس",
                        "ليست", "لذلك", "لهذا", "لهذه", "لهم", "لها", "لنا", "لهن", "بها",
                        "بهم", "بعد", "بين", "بدون", "بسبب", "بينما", "بل", "لم", "لن"})


def repeated_lam_surname(doc, toks: Sequence[Token], norms: Sequence[str],
                         ents: list[Entity], given: frozenset[str]) -> list[Entity]:
    """``ents`` with one-token PER mentions of a given name (folded forms in ``given``)
    extended over the next word when it begins with ل/ب (not «لل»/«بال»), is no particle, and
    follows the same given name at another place of the article too; the canonical is the
    two words as written (every mention of that pair)."""
    from khabar.quotes.namewords import fold
    starts = [t.start for t in toks]
    pairs: Counter | None = None     # each pair of adjacent words → its count (on first need)
    out = []
    for e in ents:
        i = bisect.bisect_left(starts, e.start)
        j = i + 1
        if e.label == "PER" and j < len(toks) and toks[i].start == e.start and \
                toks[i].end == e.end and fold(norms[i]) in given and \
                doc.raw[toks[i].end:toks[j].start] == " " and norms[j][:1] in "لب" and \
                not norms[j].startswith(("لل", "بال")) and len(norms[j]) >= 4 and \
                norms[j] not in _PARTICLES and norms[j] not in C.PHRASE_STOPS and \
                cue_form(norms[j]) is None and not is_complementizer(norms[j]):
            if pairs is None:
                pairs = Counter(zip(norms, norms[1:]))
            if pairs[(norms[i], norms[j])] < 2:
                out.append(e)
                continue
            e = Entity(e.start, toks[j].end, e.label,
                       " ".join(doc.repaired(Span(e.start, toks[j].end)).split()))
        out.append(e)
    return out


__all__ = ["repeated_lam_surname"]
