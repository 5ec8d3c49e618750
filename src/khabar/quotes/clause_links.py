"""Where the subject of a cue stands when the cue has none of its own (round 16, from the
errors of the blind batches 43 and 44):

- a noun cue «بالقول» after a participle that is no cue form itself («، معلقا بالقول بأنه»,
  «، مستدركا بالقول إن»): it is read like a participle (the subject of its sentence);
- a verb cue followed by a pronoun that refers back to an event noun («عقد الوزير …، خميس
  الجهيناوي، لقاء صحفيا …، أكد خلاله أنه», «أصدرت الوزارة بيانا قالت فيه»): the subject of the
  nearest verb before it in the sentence.

Pure functions of the token view (:class:`khabar.quotes.marks.Article`); nothing raises on
ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import FORMS
from khabar.quotes.marks import Article

#: Pronouns after a verb cue that refer back to an event noun before it (normalized).
EVENT_PRONOUNS = frozenset({"خلاله", "خلالها", "فيه", "فيها"})
_COMMAS = ("،", ",")


def participle_qawl(art: Article, k: int) -> bool:
    """Token ``k`` is «بالقول» right after an indefinite participle («معلقا», «مستدركة») that
    follows a comma: the noun cue has the participle's subject."""
    if not (1 < k < art.n and art.norms[k] == "بالقول"):
        return False
    p = art.norms[k - 1]
    return len(p) > 3 and p[0] == "م" and p.endswith(("ا", "ه")) and \
        art.norms[k - 2] in _COMMAS and p not in FORMS


def event_verb(art: Article, k: int) -> int | None:
    """The token index of the nearest verb before the cue verb at ``k`` in its sentence, when
    a pronoun for an event noun follows the cue («لقاء صحفيا …، أكد خلاله»); None otherwise
    (no such pronoun, no verb, a quotation mark or another cue form in between)."""
    if k + 1 >= art.n or art.norms[k + 1] not in EVENT_PRONOUNS or art.norms[k][:1] in "وف":
        return None
    i = k - 1
    while i >= 0 and k - i <= 20 and not art.is_end(i):
        if art.is_quote(i) or art.norms[i] in FORMS:
            return None
        words = art.toks[i].words
        if words and words[-1].upos == "VERB":
            return i if i < k - 2 else None
        i -= 1
    return None

