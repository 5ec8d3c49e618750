"""A person named at the end of a long title chain (round 20, from blind batch 84): «وأفاد عضو
هيئة الحقيقة والكرامة ورئيس لجنة التحكيم والمصالحة خالد الكريشي … أن» — the PER mention comes
after a definite complement («والمصالحة»), not right after a title word or a comma, so the
round-8 `_titled_person` misses it and the phrase was kept unnamed. The words between the
source head and the mention must all belong to the chain: title words, organisation heads,
definite words, «لل…» complements, each with an optional «و»; a «لل»/«ل» title («للرئيس»)
opens another person's genitive and stops the chain; a mention right after the head («مراسل
الجوهرة اف ام», NER: PER) is its genitive. Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity, Speaker
from khabar.lang import quote_cues as C

_LONGEST = 14   # chain words before the name


def _chain_word(nm: str) -> bool:
    """Normalized token ``nm`` can stand inside a title chain before a name."""
    core = nm[1:] if nm[:1] == "و" and len(nm) > 3 else nm
    if core.startswith("لل") and "ال" + core[2:] in C.TITLE_WORDS:
        return False    # «للرئيس»: the genitive of another title
    if core[:1] == "ل" and core[1:] in C.TITLE_WORDS:
        return False    # «لوزير»
    return core in C.TITLE_WORDS or core in C.ORG_HEADS or core.startswith(("ال", "لل"))


def chained_person(art, region: list[int], ents: list[Entity]) -> Entity | None:
    """The first PER mention of ``ents`` that starts a token of ``region`` after a chain of
    title words (:func:`_chain_word`) from the region's first token, two to fourteen words,
    the last a definite complement that is no title («والمصالحة»; «مراسل الجوهرة اف ام»: a
    mention right after the head is its genitive); None otherwise."""
    starts = art.starts
    for e in ents:
        if e.label != "PER":
            continue
        i = bisect.bisect_left(starts, e.start)
        if i >= art.n or starts[i] != e.start or not region[0] < i <= region[-1] or \
                i - region[0] > _LONGEST:
            continue
        prev = art.norms[i - 1]
        definite = prev.startswith(("ال", "وال", "لل")) and prev not in C.TITLE_WORDS
        if i - region[0] >= 2 and definite and \
                all(_chain_word(art.norms[j]) for j in range(region[0] + 1, i)):
            return e
        return None
    return None


def chained_speaker(rules, region: list[int]) -> Speaker | None:
    """:func:`chained_person` over the mentions of ``region`` (``rules``: the speaker rules
    with ``entities_in``, ``_in_institution`` and ``_addressee``), as a speaker; None when
    the mention is an institution's or an addressee."""
    art = rules.art
    r0, r1 = art.toks[region[0]].start, art.toks[region[-1]].end
    e = chained_person(art, region, rules.entities_in(r0, r1))
    if e is None or rules._in_institution(e) or rules._addressee(e):
        return None
    return Speaker(e.start, e.end, e.canonical)


__all__ = ["chained_person", "chained_speaker"]
