"""A relative «الذي/التي قال إنه …» inside a person's indirect quote, whose antecedent is a
thing («وأضاف أن … تشكل بوادر إيجابية لمزيد دفع التعاون الثنائي، الذي قال إنه لم يرتق بعد
…»; round 20, blind batch 69): the relative is the subject of the clause after «إنه» (the
resumptive pronoun), not of «قال»; the one who says it is the person whose quote it sits in.
Pure function of the tokens and the sentence's cues; nothing here raises on ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import is_complementizer
from khabar.quotes.marks import Article

#: Complementizers with the resumptive pronoun of «الذي»; «التي قالت إنها» is left out: a
#: feminine antecedent is most often a body that speaks itself («عمادة المحامين التي قالت
#: إنها شكلت لجنة»).
_RESUMPTIVE = {"الذي": ("انه", "بانه")}


def thread_speaker(art: Article, j: int, k: int, found: tuple[Speaker | None, bool],
                   said: Sequence[tuple[int, Speaker, bool, str | None]]
                   ) -> tuple[Speaker, bool] | None:
    """Relative ``j`` before cue ``k``, whose antecedent gave ``found`` (speaker, is_person):
    when ``found`` is an unnamed thing (no body, source or title head) set off by a comma, the
    cue is followed by «إنه» and an earlier cue of the same sentence with a person speaker
    («وأضاف», ``said`` entries (index, speaker, is_person, gender)) has its «أن» before the
    relative, that person; None otherwise."""
    sp, person = found
    if sp is None or sp.canonical is not None or person or k + 1 >= art.n or \
            art.norms[k + 1] not in _RESUMPTIVE.get(art.norms[j], ()):
        return None
    if j < 2 or art.norms[j - 1] not in ("،", ","):
        return None     # a restrictive relative («الطالب ذاته الذي أكد أنه»): its noun speaks
    h = art.norms[j - 2]
    bare = h[2:] if h.startswith("ال") else h
    if any(w in words for w in (h, bare) for words in (C.ORG_HEADS, C.SOURCE_HEADS,
                                                       C.TITLE_WORDS, C.ANAPHORIC_SOURCES)):
        return None     # «الاتحاد، الذي قال إنه», «الوزير، الذي …»: a body or a person speaks
    s = j - 1
    while s >= 0 and not art.is_end(s):
        s -= 1
    for c, speaker, is_person, _ in reversed(said):
        if s < c < j and is_person and speaker.canonical and \
                any(is_complementizer(art.norms[x]) for x in range(c + 1, j)):
            return speaker, True
    return None
