"""The source of a parenthetical attribution does not carry the thread (round 23, from blind
batch 102): «وجاءت تصريحات سلال، بحسب ما نقلته جريدة القدس العربي، أول أمس، خلال تجمع
نسوي … خاطب فيه الحاضرات قائلا: "…"» — the outlet between commas only says where the
sentence comes from; a later cue with no subject of its own goes on with the person the
sentence is about, not with the outlet (:func:`aside_source`).

Pure function of the token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from khabar.document import Entity
from khabar.quotes.marks import Article

#: Words (normalized) that open an attribution «حسب ما …», «وفق ما …».
ACCORDING = frozenset({"حسب", "بحسب", "وحسب", "وفق", "وفقا", "طبقا"})

#: Outlet heads (normalized) that may stand between the verb and the name.
OUTLET_HEADS = frozenset({"جريده", "صحيفه", "وكاله", "موقع", "قناه", "اذاعه", "مجله",
                          "تلفزيون"})


def aside_source(art: Article, i: int) -> bool:
    """The mention that starts at token ``i`` is the source of an attribution set off by a
    comma inside its sentence: «، بحسب ما نقلته [جريدة] NAME» or «، نقلا عن NAME»."""
    j = i - 1
    while j >= 0 and i - j <= 2 and art.norms[j] in OUTLET_HEADS:
        j -= 1
    if j >= 1 and art.norms[j] == "عن" and art.norms[j - 1] == "نقلا":
        return j >= 2 and art.norms[j - 2] in ("،", ",")
    if j >= 2 and art.norms[j - 1] in ("حسبما", "بحسبما", "وفقما"):
        return art.norms[j - 2] in ("،", ",")     # «، حسبما أوردته NAME»
    # «بحسب ما نقلته»: attribution word, «ما», a verb
    if j < 3 or art.norms[j - 1] != "ما" or art.norms[j - 2] not in ACCORDING:
        return False
    return art.norms[j - 3] in ("،", ",")


def aside_mention(art: Article, ents: list[Entity], i: int) -> bool:
    """Mention ``ents[i]`` (sorted by start) is the source of a parenthetical attribution
    (:func:`aside_source`) after an earlier mention ``ents[i - 1]`` of its own sentence."""
    if i == 0:
        return False
    k = bisect.bisect_left(art.toks, ents[i].start, key=lambda t: t.start)
    if k >= art.n or not aside_source(art, k):
        return False
    p = bisect.bisect_left(art.toks, ents[i - 1].start, key=lambda t: t.start)
    return not any(art.is_end(j) for j in range(p, k))


__all__ = ["ACCORDING", "OUTLET_HEADS", "aside_mention", "aside_source"]
