"""Subjects written before a verb cue that the older rules miss (round 20, from blind batches
75–76), and :func:`subject_before`, where they enter the speaker choice of
:class:`~khabar.quotes.speakers.Speakers` (kept out of that module so it stays small). Pure
functions of the article's token layer and entities (the hook: of the speaker state); nothing
here raises on ordinary input.

- A subject set off by a comma after an auxiliary «كان» («وكان الناطق الرسمي باسم النيابة
  العمومية … سفيان السليطي، أكد في تصريح … أن»): the person whose mention ends right before
  the comma, when the words from «كان» to it hold no verb nor sentence end —
  :func:`kana_comma_subject`.
- A name glued to a preposition «ل» right before the verb is a genitive, not its subject
  («المرصد السوري … المعارض لبشار الأسد أعلن») — :func:`lam_genitive`.
- «لكنه/لكنها» of the other gender than the last cue of the sentence refers to the subject of
  that cue's «أن» clause («وأضافت "سي.إن.إن" أن المسؤول المطلع … تحدث …، لكنه قال إن») —
  :func:`but_pronoun_subject`.
"""
from __future__ import annotations

from khabar.document import Entity, Speaker
from khabar.quotes.cues import Cue
from khabar.quotes.marks import Article

#: Auxiliaries «كان» opening a clause before its subject.
_KANA = frozenset({"كان", "وكان", "كانت", "وكانت"})


def kana_comma_subject(art: Article, k: int, ents: list[Entity]) -> Entity | None:
    """The PER mention that ends right before a comma at ``k - 1`` before the cue verb ``k``,
    when «كان/وكان/كانت/وكانت» opens its clause at most 16 tokens before the comma with only
    nouns, names and prepositional words between (no verb, no sentence end, no other comma);
    None otherwise."""
    if k < 3 or art.norms[k - 1] not in ("،", ","):
        return None
    end = art.toks[k - 2].end
    ment = next((e for e in ents if e.label == "PER" and e.end == end), None)
    if ment is None:
        return None
    j = k - 2
    while j >= 0 and art.toks[j].start >= ment.start:
        j -= 1
    n = 0
    while j >= 0 and n <= 16:
        if art.norms[j] in _KANA:
            return ment if j + 1 < art.n and art.toks[j + 1].start < ment.start and \
                art.norms[j + 1] != "قد" else None
        if art.is_end(j) or art.norms[j] in ("،", ",", "؛", ":") or art.is_quote(j) or \
                any(w.upos == "VERB" for w in art.toks[j].words):
            return None
        j -= 1
        n += 1
    return None


def lam_genitive(raw: str, start: int) -> bool:
    """The mention starting at ``start`` is glued to a preposition «ل» that opens its word
    («المرصد السوري … المعارض لبشار الأسد أعلن»): a genitive, not the subject of a verb right
    after it."""
    return start >= 2 and raw[start - 1] == "ل" and not raw[start - 2].isalpha()


def _glued_dot(art: Article, j: int) -> bool:
    """Token ``j`` is a dot inside a word («سي.إن.إن»), no sentence end."""
    a, b = art.toks[j].start, art.toks[j].end
    return art.surf[j] == "." and 0 < a and b < len(art.raw) and art.raw[a - 1].isalpha() \
        and art.raw[b].isalpha()


#: «لكنه/لكنها» before a cue: the pronoun's gender.
_BUT_HE = {"لكنه": "m", "ولكنه": "m", "لكنها": "f", "ولكنها": "f"}


def but_pronoun_subject(art: Article, k: int, gender: str | None,
                        said: list[tuple]) -> list[int] | None:
    """Tokens of the subject that «لكنه/لكنها» before the cue verb ``k`` refers to when the
    last cue of the sentence (in ``said``: (index, speaker, person, gender)) is of the other
    gender: the definite noun phrase that opens that cue's «أن» clause, up to its verb
    («وأضافت "سي.إن.إن" أن المسؤول المطلع على الأمر تحدث …، لكنه قال إن»); None
    otherwise."""
    pron = _BUT_HE.get(art.norms[k - 1]) if k else None
    if pron is None or gender not in (None, pron):
        return None
    s = k - 1
    while s > 0 and not (art.is_end(s - 1) and not _glued_dot(art, s - 1)):
        s -= 1
    last = [c for c, _, _, g in said if s <= c < k]
    genders = [g for c, _, _, g in said if s <= c < k]
    if not last or genders[-1] in (None, pron):
        return None
    t = next((j for j in range(last[-1] + 1, min(k - 1, last[-1] + 15))
              if art.norms[j] == "ان" and not art.in_name(j) and
              art.raw[art.toks[j].start - 1].isspace()), None)  # (not «"سي.إن.إن"»)
    if t is None or not art.norms[t + 1].startswith("ال"):
        return None
    region = []
    for j in range(t + 1, min(t + 7, k - 1)):
        if any(w.upos == "VERB" for w in art.toks[j].words):
            return region or None
        if not art.norms[j][:1].isalpha() or art.is_quote(j):
            return None
        region.append(j)
    return None


def subject_before(state, cue: Cue) -> tuple[Speaker | None, bool]:
    """A subject before a verb cue that the older rules miss: a person set off by a comma
    after «كان» («وكان الناطق … سفيان السليطي، أكد»), the subject of the clause that
    «لكنه/لكنها» refers to («أن المسؤول المطلع … تحدث …، لكنه قال»); (None, False)
    otherwise."""
    art = state.art
    k = cue.index
    if cue.kind != "verb":
        return None, False
    kc = kana_comma_subject(art, k, state.ents)
    if kc is not None:
        return Speaker(kc.start, kc.end, kc.canonical), True
    region = but_pronoun_subject(art, k, cue.gender, state.said)
    if region is not None:
        sp, person = state._subject(cue, region)
        return (sp, person) if sp is not None else (state._phrase(region, None), False)
    return None, False


__all__ = ["but_pronoun_subject", "kana_comma_subject", "lam_genitive", "subject_before"]
