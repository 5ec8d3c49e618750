"""A feminine participle after a masculine speaker's sentence (round 21, from blind batch 89):
«وأوضح السليطي …، أن النيابة العمومية أذنت بفتح التحقيق … وبناء على ما صرحت به القوبنطيني
حول "…"، مبينة أن …» — «مبينة» cannot go on from «أوضح» (masculine): its subject is the woman
named in the sentence as the subject of a feminine verb of her own («صرحت به القوبنطيني»).
A participle whose gender differs from that of the last cue of its sentence takes the last
PER mention of the sentence before it that stands right after a verb of the participle's
gender (a perfect «…ت» for the feminine), or after such a verb and «به/بها/عنه» between.
Pure function of the article view; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Entity, Speaker

_PREP_PRONOUNS = frozenset({"به", "بها", "عنه", "عنها"})


def _feminine_verb(art, j: int) -> bool:
    """Token ``j`` is a perfect verb with the feminine «ت» ending (its last word a VERB)."""
    words = art.toks[j].words
    return bool(words) and words[-1].upos == "VERB" and art.norms[j].endswith("ت") and \
        len(art.norms[j]) >= 4


def gender_participle_subject(art, k: int, gender: str | None,
                              said: Sequence[tuple[int, Speaker, bool, str | None]],
                              ents: list[Entity]) -> tuple[Speaker, bool] | None:
    """(speaker, True) for the feminine participle at ``k`` when the last cue of its sentence
    is masculine and a PER mention of the sentence stands after a feminine verb (module doc),
    or an ORG mention («بحسب ما نقلت عنه وكالة الصحافة الفرنسية، مضيفة أنه»: round 23);
    None otherwise."""
    if gender != "f" or not said:
        return None
    c, _, _, g = said[-1]
    if g != "m" or not 0 <= c < k or any(art.is_end(i) for i in range(c, k)):
        return None
    starts = [t.start for t in art.toks[:art.n]]
    best = None
    for e in ents:
        if e.label not in ("PER", "ORG") or not e.canonical:   # (an agency: round 23)
            continue
        j = bisect.bisect_left(starts, e.start)
        if not c < j < k or j >= len(starts) or starts[j] != e.start:
            continue
        v = j - 1
        if art.norms[v] in _PREP_PRONOUNS:
            v -= 1
        if v > c and _feminine_verb(art, v) and (best is None or e.start > best.start):
            best = e
    if best is None:
        return None
    return Speaker(best.start, best.end, best.canonical), best.label == "PER"


__all__ = ["gender_participle_subject"]
