"""The opening verb of a sentence past a fronted time adjunct, and its subject past a pronoun
prepositional phrase (round 20, from blind batch 84).

«وقبل يومين تحدَّث مصوِّر هذه الصورة عن كواليسها، قائلاً إن …» and «بعد جدل من أيام، حول
الصورة التي التُقطت لها …، خرجت الفتاة المحجبة عن صمتها وقالت إنها …»: the sentence opens with
a time adjunct, then its verb, whose subject speaks for a participle or a و-cue later in the
sentence as when the verb comes first. «وردَّ عليه عدد كبير من متابعيه، معتبرين أن …»: a
pronoun prepositional phrase («عليه», «لها») stands between the verb and its subject. A day
word ends a body's description («الشرطة الفلبينية الجمعة»: :data:`DAY_WORDS`).
Pure functions of the tokens; nothing here raises on ordinary input.
"""
from __future__ import annotations

#: Time prepositions that open a fronted adjunct (normalized, also after «و»).
TIME_HEADS = frozenset({"قبل", "بعد", "عقب", "منذ", "خلال", "اثر", "اثناء"})
#: Words after a time preposition that open a clause, not a noun phrase («بعد أن قال»).
_CLAUSAL = frozenset({"ان", "ما", "ا"})
#: Relative pronouns: a verb after one belongs to a relative clause inside the adjunct.
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
#: A preposition with a pronoun suffix, before a post-verbal subject («ردّ عليه عدد …»).
PRONOUN_PPS = frozenset({
    "عليه", "عليها", "عليهم", "له", "لها", "لهم", "اليه", "اليها", "اليهم", "منه", "منها",
    "عنه", "عنها", "فيه", "فيها", "معه", "معها",
})
#: Day words NER or a description may glue onto a body («قالت الشرطة الفلبينية الجمعة إنها»).
DAY_WORDS = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
                       "اليوم", "الليله", "البارحه"})
_COMMAS = ("،", ",")
_NEAR = 3       # a verb this close to the preposition follows its noun phrase
_FAR = 30       # the longest adjunct searched


def _verb(art, p: int) -> bool:
    """Token ``p`` ends with a verb word."""
    words = art.toks[p].words
    return bool(words) and words[-1].upos == "VERB"


def past_time_adjunct(art, j: int, hi: int) -> int:
    """The index of the verb after a time adjunct opening at token ``j`` («(و)قبل/بعد/خلال
    …»): within three tokens with no comma between and no relative pronoun before it
    («وقبل يومين تحدث»), or right after a comma («بعد جدل من أيام، حول …، خرجت»); ``j``
    when ``j`` opens no such adjunct or no verb is found before ``hi``, a sentence end or a
    quotation mark."""
    if j + 1 >= hi:
        return j
    nm = art.norms[j]
    bare = nm[1:] if nm[:1] == "و" and nm[1:] in TIME_HEADS else nm
    if bare not in TIME_HEADS or art.norms[j + 1] in _CLAUSAL:
        return j
    comma = False
    for p in range(j + 1, min(hi, j + _FAR)):
        if art.is_end(p) or art.is_quote(p):
            return j
        if art.norms[p] in _COMMAS:
            comma = True
            continue
        near = p - j <= _NEAR and not comma and art.norms[p - 1] not in _RELATIVES
        if (near or art.norms[p - 1] in _COMMAS) and _verb(art, p):
            return p
    return j


def past_pronoun_pp(art, region: list[int]) -> list[int]:
    """``region`` (the words after a verb) without a leading pronoun prepositional phrase
    («عليه عدد كبير من متابعيه» → «عدد كبير …») when a word follows it; unchanged
    otherwise."""
    if len(region) > 1 and art.norms[region[0]] in PRONOUN_PPS:
        return region[1:]
    return region


__all__ = ["DAY_WORDS", "PRONOUN_PPS", "TIME_HEADS", "past_pronoun_pp", "past_time_adjunct"]
