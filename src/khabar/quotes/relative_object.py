"""A name that ends a relative clause right before the verb is no subject (round 23, from
blind batch 106): in «الفحوصات العديدة التي أجريت على ماريو أظهرت أنه …» the name «ماريو» is
the object of «على» inside the clause «التي أجريت على ماريو»; the verb's subject is the noun
that the relative pronoun refers to, the phrase that opens the sentence («الفحوصات العديدة
التي أجريت على ماريو», an unnamed source). The relative pronoun must agree with the verb in
gender («التي» … «أظهرت»).

Pure function of the tokens; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.marks import Article

#: prepositions written apart whose object cannot be the subject of the verb after it
PREPS = frozenset({"علي", "عن", "مع", "الي", "في", "من", "لدي", "بين"})
#: relative pronouns with their gender
RELATIVES = {"التي": "f", "الذي": "m"}


def _opens(art: Article, s: int) -> bool:
    """Token ``s`` opens a sentence (after its end, or after a closing mark that follows it)."""
    return s == 0 or art.is_end(s - 1) or \
        (art.is_quote(s - 1) and (s == 1 or art.is_end(s - 2)))


def relative_object_head(art: Article, k: int, gender: str | None) -> tuple[int, int] | None:
    """``(first, last)`` token indices of the sentence-opening phrase «X التي … على NAME»
    before verb ``k`` whose last word (token ``k - 1``) is the object of a preposition inside
    the relative clause; None when the pattern does not hold."""
    j = k - 1
    p = j - 1
    while p > 0 and p >= j - 3 and art.norms[p] not in PREPS:
        p -= 1      # «على ماريو», «على الطفل ماريو»: up to three words after the preposition
    if p <= 0 or art.norms[p] not in PREPS:
        return None
    r = p - 2       # at least one word (the clause's verb) between the pronoun and «على»
    while r > 0 and r >= p - 4 and art.norms[r] not in RELATIVES:
        if art.is_end(r) or art.norms[r] in ("،", ","):
            return None
        r -= 1
    if r <= 0 or RELATIVES.get(art.norms[r]) != gender:
        return None
    s = r - 1
    while s > 0 and r - s < 3 and not _opens(art, s):
        s -= 1
    if not _opens(art, s) or not art.norms[s].startswith("ال"):
        return None     # the head must open the sentence («الفحوصات العديدة التي …»)
    if any(art.is_end(x) or art.norms[x] in ("،", ",") or art.is_quote(x) for x in range(s, k)):
        return None
    return s, j


__all__ = ["relative_object_head", "PREPS", "RELATIVES"]
