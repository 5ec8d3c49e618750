"""Sentence openers before the opening verb (round 19, from blind batch 62): «ولكن سرعان ما
اعتذرت فيسبوك عن الخلل، وقالت "…"» — the sentence opens with its verb once «ولكن» /
«لكن» / «ثم» and «(و)سرعان ما» are skipped, so its subject speaks for the later و-cue as in
«واعتذرت فيسبوك …، وقالت». A contrast adjunct set off by a comma before the verb, «في
المقابل، نفى رئيس مركز شرطة …» (round 21, from blind batches 85–86), is skipped likewise, as
the turn opener «من جهته، …» (:func:`skip_contrast`). Pure functions of the normalized
tokens; nothing here raises.
"""
from __future__ import annotations

from collections.abc import Sequence

#: One-token openers before a verb (normalized).
OPENERS = frozenset({"لكن", "ولكن", "ثم"})
#: «(و)سرعان» followed by «ما».
SOON = frozenset({"سرعان", "وسرعان"})


def skip_openers(norms: Sequence[str], j: int, hi: int) -> int:
    """The index of the first token at or after ``j`` (below ``hi``) past the openers of the
    module docstring and a «قد» after them; ``j`` when there is none."""
    k = j
    while k < hi:
        if norms[k] in OPENERS:
            k += 1
        elif norms[k] in SOON and k + 1 < hi and norms[k + 1] == "ما":
            k += 2
        else:
            break
    if k == j:
        return j
    while k < hi and norms[k] in ("قد", "لقد"):
        k += 1
    return k


#: «(و)في المقابل ،», «(و)بالمقابل ،», «في المقابل من ذلك ،» before the opening verb.
_CONTRAST = (("في", "المقابل"), ("وفي", "المقابل"), ("بالمقابل",), ("وبالمقابل",))


def skip_contrast(norms: Sequence[str], j: int, hi: int) -> int:
    """The index after a contrast adjunct and its comma at ``j`` (module docstring); ``j``
    when there is none."""
    for words in _CONTRAST:
        k = j + len(words)
        if k < hi and tuple(norms[j:k]) == words:
            if k + 2 < hi and norms[k] == "من" and norms[k + 1] == "ذلك":
                k += 2
            return k + 1 if norms[k] in ("،", ",") else j
    return j
