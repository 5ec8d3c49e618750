"""Mentions of the one spoken to, never a speaker: a name glued to the preposition ل
(«في تصريح لـ"الوطن"», «لرويترز»), the ل-word after a noun of speaking («في تصريح للجوهرة
اف ام»), an outlet or reporter with ل before it («لوكالة رويترز», «لمراسل الجوهرة أف أم»),
and an outlet after «مع» («مقابلة مع قناة "RTS"»: the interviewer; round 8); any mention
after «مع», right after it or after a title chain of up to three words («في مداخلة هاتفية مع
"بوليتيكا"», «اثر لقاء جمعه مع رئيس الحكومة يوسف الشاهد»: the one met or spoken with; round 10).

Pure functions of the raw text before a mention; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.lexicon import MEDIA_HEADS, normalize_token

#: Nouns of speaking after which «لـ X» names the one spoken to («في تصريح لـ …»).
STATEMENT_NOUNS = frozenset({"تصريح", "تصريحات", "حديث", "اتصال", "مداخله", "حوار",
                             "مقابله", "لقاء"})
#: Reporters: «لمراسل الجوهرة أف أم», «لموفد …» — the outlet after them is spoken to.
REPORTER_NOUNS = frozenset({"مراسل", "مراسله", "موفد", "موفده", "مبعوث", "مبعوثه"})

_MARKS = ' "«“ـ'
#: «مع» and its kin: the mention after them is the one met or spoken with.
WITH_WORDS = frozenset({"مع", "ومع", "رفقه", "برفقه", "بمعيه"})
#: «مع ذلك» (however), «مع أن» (although): no companion after them.
_NOT_COMPANION = frozenset({"ذلك", "هذا", "ان", "انه", "انها", "العلم", "الاسف", "مرور"})


def companion(raw: str, start: int) -> bool:
    """The mention starting at raw offset ``start`` follows «مع» (or «رفقة», «بمعية»), right
    after it or after up to three words with no punctuation between («مع "بوليتيكا"», «مع
    رئيس الحكومة يوسف الشاهد»): the one met or spoken with, never the speaker."""
    words = raw[max(0, start - 60):start].rstrip(_MARKS).split()[-4:]
    for n in range(len(words) - 1, -1, -1):
        w = words[n]
        if any(ch in w for ch in "،,.:;؛!?؟()"):
            return False
        if normalize_token(w.strip(_MARKS)) in WITH_WORDS:
            after = words[n + 1:n + 2]
            return not (after and normalize_token(after[0].strip(_MARKS)) in _NOT_COMPANION)
    return False


def told(raw: str, start: int) -> bool:
    """The mention starting at raw offset ``start`` belongs to the one spoken to: the
    ل-word after a noun of speaking right before it, a reporter or outlet head with ل right
    before it, an outlet head after «مع», or any mention after «مع» (:func:`companion`)."""
    word = raw[max(0, start - 40):start].rstrip(_MARKS).split()
    if len(word) >= 2 and word[-1].startswith("ل") and len(word[-1]) > 2 and \
            any(normalize_token(w) in STATEMENT_NOUNS for w in word[-3:-1]):
        return True
    if not word:
        return False
    last = normalize_token(word[-1])
    if last.startswith("ل") and last[1:] in REPORTER_NOUNS | MEDIA_HEADS:
        return True
    if len(word) >= 2 and last in MEDIA_HEADS and normalize_token(word[-2]) == "مع":
        return True
    return companion(raw, start)


def addressee(raw: str, start: int) -> bool:
    """The mention starting at ``start`` is glued to ل («في تصريح لـ"الوطن"», «لرويترز»;
    a space and a quotation mark may come between), or :func:`told`."""
    before = raw[max(0, start - 6):start].rstrip(_MARKS)
    if before.endswith("ل") and (len(before) < 2 or not before[-2].isalpha()):
        return True
    return told(raw, start)
