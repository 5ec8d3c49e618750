"""A party's parliamentary bloc named by its definite head (round 18, from blind batch 59):
«ندّدت الكتلة النيابية لحركة نداء تونس …. وأعلنت الكتلة النيابية أنها» — the bloc speaks
for the party written after «لـ» at its first full mention (the rule of round 13 for
«كتلة الجبهة الشعبية» reads only an indefinite head with the party right after it). Pure
functions of the tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.namewords import org_names
from khabar.text.normalize import normalize

#: Bloc heads (normalized) and the adjectives that may follow them.
BLOC_FORMS = frozenset({"الكتله", "كتله"})
BLOC_ADJECTIVES = frozenset({"النيابيه", "البرلمانيه", "البرلماني", "النيابي"})
#: Party heads written before a known party name («حركة نداء تونس»).
PARTY_HEADS = frozenset({"حركه", "حزب", "الحزب", "الحركه", "جبهه", "الجبهه", "تيار"})


def _party_after(art, m: int) -> str | None:
    """The party named from token ``m`` on, glued to «لـ» («لحركة نداء تونس», «للجبهة
    الشعبية»): the written name (head included), or None."""
    nm, surf = art.norms[m], art.surf[m]
    if nm.startswith("لل") and len(nm) > 4:
        words, first = ["ال" + nm[2:]], "ال" + surf[2:]
    elif nm.startswith("ل") and len(nm) > 3:
        words, first = [nm[1:]], surf[1:]
    else:
        return None
    words += [art.norms[j] for j in range(m + 1, min(m + 4, art.n))]
    written = [first] + [art.surf[j] for j in range(m + 1, min(m + 4, art.n))]
    names = org_names()
    for k in range(len(words), 0, -1):
        joined = "".join(normalize(w) for w in words[:k])
        if (k > 1 or len(words[0]) > 3) and joined in names:
            return " ".join(written[:k])
        if k > 1 and words[0] in PARTY_HEADS and \
                "".join(normalize(w) for w in words[1:k]) in names:
            return " ".join(written[:k])
    return None


def bloc_party_before(art, start: int) -> str | None:
    """The party of the bloc phrase starting at character ``start`` («الكتلة النيابية»):
    the party after «لـ» in that phrase or in an earlier mention of a bloc head; None when
    the phrase opens with no bloc head or no party is written."""
    i = art.start_at.get(start)
    if i is None or art.norms[i] not in BLOC_FORMS:
        return None
    for j in range(i, -1, -1):
        if art.norms[j] not in BLOC_FORMS:
            continue
        m = j + 1
        while m < art.n and art.norms[m] in BLOC_ADJECTIVES:
            m += 1
        if m < art.n:
            party = _party_after(art, m)
            if party is not None:
                return party
    return None
