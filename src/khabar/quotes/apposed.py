"""A description that stood earlier in apposition after a name (round 16, from blind batch
38): «وقال الدكتور كوان فونغ، العالم الأسترالي المتخصص في الأغذية …» … «ويشير العالم المتخصص
في الأغذية إلى أن» → «كوان فونغ» (the mirror of a title in front of a name,
:meth:`~khabar.quotes.described.DescribedRules._titled_earlier`). Pure function of the token
view and the mentions; nothing raises on ordinary input."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from khabar.document import Entity, Speaker
from khabar.quotes.marks import Article


def apposed_earlier(art: Article, k: int,
                    entities_in: Callable[[int, int], Iterable[Entity]]) -> Speaker | None:
    """The person whose name stood earlier right before «، » and the definite head word at
    token ``k`` («كوان فونغ، العالم …»), the nearest such; None when there is none."""
    head = art.norms[k]
    if not head.startswith("ال") or len(head) < 5:
        return None
    for j in range(k - 1, 1, -1):
        if art.norms[j] != head or art.norms[j - 1] not in ("،", ","):
            continue
        found = person_before_comma(art, j, entities_in)
        if found is not None:
            return found
    return None


def person_before_comma(art: Article, j: int,
                        entities_in: Callable[[int, int], Iterable[Entity]]) -> Speaker | None:
    """The PER mention that ends right before the comma at token ``j - 1`` («كوان فونغ، …»);
    None when none ends there."""
    prev = art.toks[j - 2]
    for e in entities_in(art.toks[max(0, j - 6)].start, prev.end):
        if e.label == "PER" and e.end == prev.end:
            return Speaker(e.start, e.end, e.canonical)
    return None
