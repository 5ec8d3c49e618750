"""Whose statements a relative «التي قال فيها» points to (round 23, from blind batch 106):
«معبرا عن غضبه من تصريحات وزير التشغيل التي قال فيها إن …» — the speaker is the owner of the
statements, the description right after the noun of speaking («وزير التشغيل»), not the person
named last in the sentence («طارق الحداد», the one angry at them: the round-17 rule of
:mod:`khabar.quotes.relative_fiha`). Only when a title word opens that description and no PER
mention stands in it (a named owner is the round-17 case).

Pure function of the tokens; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.marks import Article

#: nouns of speaking whose owner follows them in a genitive
SPEECH_NOUNS = frozenset({"تصريحات", "تصريح", "كلمه", "خطاب", "حوار", "مقابله", "تدوينه",
                          "رساله", "مداخله", "كلام", "اقوال", "حديث", "ندوه"})
_RELATIVES = frozenset({"التي", "والتي", "الذي", "والذي"})
_IN_IT = frozenset({"فيها", "فيه"})


def _speech(nm: str) -> bool:
    """``nm`` is a noun of speaking, a proclitic ل/ب/و allowed («لتصريحات»)."""
    return nm in SPEECH_NOUNS or (nm[:1] in "لبو" and nm[1:] in SPEECH_NOUNS)


def statement_owner(art: Article, k: int) -> list[int] | None:
    """Token indices of the description owning the statements before «التي قال فيها» at verb
    ``k`` («وزير التشغيل»); None when the pattern does not hold."""
    if k < 3 or k + 1 >= art.n or art.norms[k - 1] not in _RELATIVES or \
            art.norms[k + 1] not in _IN_IT:
        return None
    r = k - 1
    n = r - 1
    while n > 0 and r - n <= 4 and not _speech(art.norms[n]):
        if art.is_end(n) or art.norms[n] in ("،", ",") or art.is_quote(n):
            return None
        n -= 1
    if n < 0 or not _speech(art.norms[n]) or n + 1 >= r:
        return None
    owner = list(range(n + 1, r))
    first = art.norms[owner[0]]
    if first not in C.TITLE_WORDS and first[2:] not in C.TITLE_WORDS:
        return None
    return owner


__all__ = ["statement_owner", "SPEECH_NOUNS"]
