"""A party's bureau speaking for the party (round 19, from blind batch 66): «أكد المكتب
السياسي لحزب آفاق تونس، "…"» — the bureau («المكتب/الديوان السياسي», «المكتب التنفيذي»,
«الهيئة السياسية») of a party written after «لحزب/لحركة» speaks under the party's name, even
when the party is missing from the gazetteer. Pure function of the token view; nothing here
raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C

#: Bureau heads and the adjectives that name them (normalized).
BUREAU_HEADS = frozenset({"المكتب", "الديوان", "الهيئه", "المجلس"})
BUREAU_ADJECTIVES = frozenset({"السياسي", "السياسيه", "التنفيذي", "التنفيذيه", "الوطني"})
#: Party heads glued to «لـ» (normalized), as written before the name.
_LAM_PARTIES = {"لحزب": "حزب", "لحركه": "حركة", "لتيار": "تيار"}


def bureau_party(art, start: int) -> tuple[int, str] | None:
    """For a speaker phrase starting at character ``start`` with a bureau head and adjective
    followed by «لحزب/لحركة» + one to three name words (up to punctuation or an adjunct): the
    end of the whole phrase (characters) and the party as written («حزب آفاق تونس»); None
    otherwise."""
    i = art.start_at.get(start)
    if i is None or i + 3 >= art.n or art.norms[i] not in BUREAU_HEADS or \
            art.norms[i + 1] not in BUREAU_ADJECTIVES:
        return None
    head = _LAM_PARTIES.get(art.norms[i + 2])
    if head is None:
        return None
    words: list[int] = []
    for j in range(i + 3, min(i + 6, art.n)):
        if not art.norms[j].isalpha() or art.norms[j] in C.PHRASE_STOPS or art.is_quote(j):
            break
        words.append(j)
    if not words or len(words) == 3 and j + 1 < art.n and art.norms[j + 1].isalpha():
        return None     # a longer run is no clear name
    return art.toks[words[-1]].end, " ".join([head] + [art.surf[j] for j in words])
