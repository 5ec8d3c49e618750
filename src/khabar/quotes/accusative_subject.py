"""The noun of «أنّ» (adversative) as the subject of a coordinated cue with no subject of its own: «غير أنّ
صحفيا بوكالة "أسوشيتد برس" كشف سرّ هذا الزرّ و بيّن أن …» (round 20, blind batch 69) — an
indefinite person noun in the accusative (ـًا) after «أنّ», with its complement up to its
verb, is an unnamed source; the outlet inside its complement is no speaker. Pure function of
the tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.marks import Article

#: Person nouns that are no source heads or titles of the cue lists («صحفيا», «ناشطا»).
_PERSON_NOUNS = frozenset({"صحفي", "صحافي", "اعلامي", "ناشط", "مغرد", "مدون", "محلل"})
#: Quantity heads of the source lists: «أن عددا من …» is no person noun.
_QUANTITIES = frozenset({"عدد", "بعض", "جميع", "كل", "معظم", "اغلب", "مجموع"})
#: Words that make «أنّ» adversative (however), no complementizer of a cue before it.
_ADVERSATIVE = frozenset({"غير", "الا", "بيد", "لكن", "ولكن"})
#: Tokens from the accusative noun to its verb, at most.
_MAX_PHRASE = 8


def _person_accusative(norm: str) -> bool:
    """``norm`` is an indefinite person noun with the accusative alef («صحفيا», «مسؤولا»)."""
    if not norm.endswith("ا") or norm.startswith("ال") or len(norm) < 4:
        return False
    stem = norm[:-1]
    if stem in _QUANTITIES:
        return False
    return stem in _PERSON_NOUNS or stem in C.SOURCE_HEADS or stem in C.TITLE_WORDS


def _agrees(verb: str, gender: str | None) -> bool:
    """Past verb ``verb`` (normalized) is singular and of cue gender ``gender`` («كشف» with
    «بيّن», «كشفت» with «بيّنت»; not «قدموا»)."""
    if verb.endswith(("وا", "ون", "ين", "تا", "ا")):
        return False
    return gender is None or (gender == "f") == verb.endswith("ت")


def accusative_subject(art: Article, k: int, gender: str | None) -> tuple[int, int] | None:
    """For cue ``k`` (gender ``gender``) coordinated by «و» with the verb before it, the
    tokens ``(first, last)`` of the noun phrase after a bare «أنّ» that opens its sentence
    or follows «غير/إلا/لكن» (not a cue's complementizer) and is that verb's subject, the
    verb agreeing with the cue («صحفيا بوكالة "أسوشيتد برس"»); None otherwise."""
    if not (art.norms[k - 1] == "و" or art.norms[k][:1] == "و"):
        return None
    s = k - 1
    while s >= 0 and not art.is_end(s):
        s -= 1
    for t in range(s + 1, k - 2):
        if art.norms[t] != "ان" or not _person_accusative(art.norms[t + 1]) or \
                not (t == s + 1 or art.norms[t - 1] in _ADVERSATIVE):
            continue
        for v in range(t + 2, min(k, t + 2 + _MAX_PHRASE)):
            if art.norms[v] in ("،", ",") or art.is_end(v):
                break
            words = art.toks[v].words
            if not art.is_quote(v) and words and words[0].upos == "VERB":
                return (t + 1, v - 1) if _agrees(art.norms[v], gender) else None
        return None
    return None
