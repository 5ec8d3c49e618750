"""The outlet's correspondent named as «our correspondent» (round 20, blind batch 79, as batch
70 was annotated): «أكد مراسل "الجوهرة اف أم" في صفاقس أن …» … «لمراسلنا عبد المجيد الخروبي»,
«أفاد مراسل "الجوهرة أف أم" بجندوبة بأن …» … «وأضاف مراسلنا، رفيق العيادي، أن» — the
radio's articles call their own reporter «مراسلنا» by name, so the unnamed «مراسل» of the
outlet is that person (cataphora: the span stays the description, the canonical is the name).
With no name after «مراسلنا», or two different ones, the description stays unnamed. Pure
function of the token view and the mentions; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Speaker
from khabar.quotes.marks import Article
from khabar.text.normalize import normalize

#: Heads of a reporter's description (normalized).
REPORTER_HEADS = frozenset({"مراسل", "مراسله", "موفد", "موفده"})

#: «Our correspondent», with a proclitic (normalized).
OUR_REPORTER = frozenset({"مراسلنا", "لمراسلنا", "ومراسلنا", "مراسلتنا", "لمراسلتنا",
                          "ومراسلتنا"})


def our_correspondent(art: Article, sp: Speaker, ents: list[Entity]) -> Speaker | None:
    """``sp`` (an unnamed phrase) with the canonical of the one person the article names
    right after «مراسلنا» (a comma between allowed), when ``sp`` opens with a reporter head;
    None otherwise."""
    words = normalize(art.raw[sp.start:sp.end]).split()
    if not words or words[0] not in REPORTER_HEADS:
        return None
    names: set[str] = set()
    for i in range(art.n - 1):
        if art.norms[i] not in OUR_REPORTER:
            continue
        j = i + 2 if art.norms[i + 1] in ("،", ",") and i + 2 < art.n else i + 1
        start = art.toks[j].start
        names |= {e.canonical for e in ents if e.label == "PER" and e.start == start and
                  e.canonical}
    if len(names) != 1:
        return None
    return Speaker(sp.start, sp.end, names.pop())
