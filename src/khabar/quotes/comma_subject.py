"""A name set off by commas right before a bare verb cue is its subject (round 20, blind batch
79): «رغم أن رئيس معسكر الخروج في المملكة المتحدة، ماثيو إليوت، قال إن …» — the description,
then the name between two commas, then the verb (SVO order with an apposition), so the speaker
is that name, not the subject of the main clause («وتوقع … شولتز، أن …»). Pure function of the
token view and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from khabar.document import Entity, Speaker
from khabar.quotes.marks import Article

_COMMAS = ("،", ",")


def comma_apposed_subject(art: Article, k: int,
                          entities_in: Callable[[int, int], Iterable[Entity]]) -> Speaker | None:
    """The PER mention between two commas right before the verb cue at token ``k`` (written
    with no «و/ف»: the caller checks the form), with a word before the first comma in the same
    sentence; None otherwise."""
    j = k - 1
    if j < 3 or art.norms[j] not in _COMMAS:
        return None
    prev = art.toks[j - 1]
    for e in entities_in(art.toks[max(0, j - 6)].start, prev.end):
        if e.label != "PER" or e.end != prev.end:
            continue
        i = next((i for i in range(j - 1, max(0, j - 7), -1) if art.toks[i].start == e.start),
                 None)
        if i is None or i < 2 or art.norms[i - 1] not in _COMMAS or art.is_end(i - 2) or \
                not art.norms[i - 2][:1].isalpha():
            return None
        return Speaker(e.start, e.end, e.canonical)
    return None
