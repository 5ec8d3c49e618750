"""The writer taking the floor back inside a sentence (round 18, from blind batch 58).

«… مشددة على أن اللحمة الأوروبية هي لصالح واشنطن، وحذرت الوزيرة ترامب من تحويل …»: after a
comma, «و» + a past verb of stance («حذر», «رفض», «انتقد» …) whose subject is a definite title («الوزيرة», «الرئيس») names the
speaker again: the writer narrates the speaker's next act, so an indirect quote before it
ends there (as a later cue does). Pure function of the token layer; nothing here raises on
ordinary input.
"""
from __future__ import annotations

from typing import Any

from khabar.lang import quote_cues as C

#: Verbs of a stance the writer narrates («وحذرت الوزيرة ترامب من», «ورفض النائب الكشف»),
#: normalized past forms without «و» (masculine; the feminine adds ت).
_STANCE_VERBS = frozenset({"حذر", "رفض", "انتقد", "دعا", "طالب", "اعرب", "ندد", "استنكر",
                           "جدد", "اتهم", "هاجم", "نفي", "شدد",
                           "عزا"})     # «، وعزا هذا الخبير سبب … إلى» (round 20)


def writer_turn_stops(art: Any) -> set[int]:
    """Token indexes of «، و<verb> <definite title>» verbs (module docstring)."""
    out: set[int] = set()
    for c in art.commas:
        j = c + 1
        if j >= art.n - 1:
            break
        nm = art.norms[j]
        if not nm.startswith("و") or len(nm) < 4:
            continue
        verb = nm[1:-1] if nm.endswith("ت") and nm[1:-1] in _STANCE_VERBS else nm[1:]
        if verb == "دعت":
            verb = "دعا"
        nxt = art.norms[j + 1]
        if nxt in ("هذا", "هذه") and j + 2 < art.n:
            nxt = art.norms[j + 2]  # «وعزا هذا الخبير»: a demonstrative before (round 20)
        if verb in _STANCE_VERBS and nxt.startswith("ال") and nxt in C.TITLE_WORDS:
            out.add(j)
    return out


__all__ = ["writer_turn_stops"]
