"""A participle after a relative clause of saying (round 20, from blind batch 71).

«ويأتي تصريحه ردا على القيادي المستقيل … محسن حسن، الذي قال … إن الرياحي اتخذ قرار
الانسحاب …، معتبرا أن هذا القرار خطأ …»: the participle goes on from «الذي قال», whose subject is
the relative's head, the person named right before «، الذي» — not from the sentence's opening
cue («وأضاف الرياحي …» before it, with no period between). The round-13 participle rule skips
cues inside a clause («الذين قالت إنه» has its own subject); a relative whose pronoun is the
subject of the cue (the speaker ends right before the pronoun) is read here. Pure function of
the token view; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Speaker

_RELATIVE = frozenset({"الذي", "التي"})


def relative_speaker(art, k: int, gender: str | None,
                     said: Sequence[tuple[int, Speaker, bool, str | None]]
                     ) -> tuple[Speaker, bool] | None:
    """(speaker, is_person) of the last cue before the participle at ``k`` when it is in the
    same sentence, of the same gender, reads «NAME، الذي/التي <cue>» (a comma allowed between)
    and no cue of the sentence follows it; None otherwise. ``said``: (cue index, speaker,
    is_person, gender) of the cues resolved so far, in order."""
    if not said:
        return None
    c, sp, person, g = said[-1]
    if not 1 <= c < k or any(art.is_end(i) for i in range(c, k)):
        return None
    if gender is not None and g is not None and gender != g:
        return None
    if art.norms[c - 1] not in _RELATIVE:
        return None
    j = c - 2
    if j >= 0 and art.norms[j] in ("،", ","):
        j -= 1
    if j < 0 or art.toks[j].end != sp.end:
        return None
    return sp, person


__all__ = ["relative_speaker"]
