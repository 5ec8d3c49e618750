"""A cue verb, its subject's name, then a long adjunct of the speaker's own act (round 18,
from blind batch 58).

«واكد عمر الباهي لدى معاينته عملية تجميع صابة الحبوب وأبرز الإشكاليات، التي تعترض الفلاح
بهذا المركز أنه سيتم …»: after the verb stand a name (one to four words) and «لدى / خلال /
أثناء / عند» + a verbal noun with the subject's pronoun («معاينته», «زيارتها», «لقائه»); the
complementizer may then come after more words than usual (as «في تصريح …», round 17). Pure
function of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Any

_TIME_PREPS = frozenset({"لدي", "خلال", "اثناء", "عند"})


def own_act_adjunct(art: Any, k: int, is_name: Any) -> bool:
    """The cue verb at ``k`` is followed by a name (tokens for which ``is_name(i)`` holds,
    one to four) and then «لدى/خلال/أثناء/عند» + a noun ending with a possessive pronoun
    («لدى معاينته»)."""
    j = k + 1
    while j < art.n and j - k <= 4 and is_name(j):
        j += 1
    if j == k + 1 or j + 1 >= art.n or art.norms[j] not in _TIME_PREPS:
        return False
    nxt = art.norms[j + 1]
    return len(nxt) >= 5 and nxt.isalpha() and nxt.endswith(("ه", "ها", "هم"))


__all__ = ["own_act_adjunct"]
