"""Bodies named in a short form (round 19, from blind batches 63–64). Pure functions of the
token layer; nothing here raises on ordinary input.

- A party or movement named by its short name alone («واعتبر المسار أن») is the one the
  article wrote before in full («دعا حزب المسار الديمقراطي الإجتماعي»): the head, the name
  and the nisba adjectives after it, as written — :func:`party_short`.
- A channel named by its number («القناة الاسرائيلية الـ 10», «القناة العاشرة») is a named
  outlet, not an unnamed phrase — :func:`numbered_channel`.
"""
from __future__ import annotations

#: Heads of a party's or movement's full name (normalized, no proclitic).
PARTY_HEADS = frozenset({"حزب", "حركه", "تيار", "جبهه"})


def party_short(art, region: list[int], k: int) -> tuple[int, int, str] | None:
    """``(start, end, canonical)`` of a subject that is one definite word alone, written
    before the cue ``k`` right after a party head («حزب/حركة/تيار/جبهة», any proclitic); the
    canonical is that head, the word and the definite nisba adjectives after it; None
    otherwise."""
    if len(region) != 1:
        return None
    first = region[0]
    word = art.norms[first]
    if not word.startswith("ال") or len(word) < 5:
        return None
    for j in range(k - 1):
        nm = art.norms[j]
        if art.norms[j + 1] != word or not any(
                nm == h or (nm.endswith(h) and len(nm) - len(h) <= 2) for h in PARTY_HEADS):
            continue
        head = next(h for h in PARTY_HEADS if nm.endswith(h))
        words = [art.surf[j][len(art.surf[j]) - len(head):], art.surf[j + 1]]
        n = j + 2
        while n < k and art.norms[n].startswith("ال") and art.norms[n].endswith(("ي", "يه")):
            words.append(art.surf[n])
            n += 1
        return art.toks[first].start, art.toks[first].end, " ".join(words)
    return None


#: Ordinals that name a television channel («القناة العاشرة», «القناة الثانية»).
_ORDINALS = frozenset({"الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه",
                       "السابعه", "الثامنه", "التاسعه", "العاشره"})


def numbered_channel(norm_words: list[str]) -> bool:
    """The normalized words of a speaker phrase name a channel by its number: «القناة
    الاسرائيلية الـ 10», «القناة العاشرة», «القناة 12» (head «القناة/قناة», a number or an
    ordinal among the next three words) — a named outlet, not an unnamed phrase."""
    if len(norm_words) < 2 or norm_words[0] not in ("القناه", "قناه"):
        return False
    return any(w.isdigit() or w in _ORDINALS for w in norm_words[1:4])


__all__ = ["PARTY_HEADS", "numbered_channel", "party_short"]
