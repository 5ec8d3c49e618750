"""A participle right after a verb and its titled subject (round 20, from blind batch 78):
«… متهمة إياه بالتحرش بها جنسيا، وهو الأمر الذى نفاه المعتمد موضحا … أنّ …» — the
participle goes on from the verb just before it, whose subject is the title phrase between
them («المعتمد»), not the person the sentence named first. The phrase is one to three
definite words, the first a title word, with no punctuation; the word before it is a verb.
Pure function of the article's tokens; nothing here raises on ordinary input."""
from __future__ import annotations

from khabar.lang import quote_cues as C


def titled_before_participle(art: object, k: int) -> list[int] | None:
    """Token indices of the title phrase between a verb and the participle cue at ``k``
    («نفاه المعتمد موضحا» → [the index of «المعتمد»]); None when the words before ``k`` are
    no verb and its titled subject."""
    j = k - 1
    while j >= 0 and k - j <= 3 and art.norms[j].startswith("ال") and \
            art.norms[j][2:3].isalpha() and art.norms[j] not in C.TITLE_WORDS:
        j -= 1      # adjectives after the title word («المعتمد الجهوي»)
    if j < 1 or k - j > 3 or art.norms[j] not in C.TITLE_WORDS or \
            not art.norms[j].startswith("ال"):
        return None
    verb = art.toks[j - 1].words
    if not verb or not any(w.upos == "VERB" for w in verb) or \
            not art.norms[j - 1][:1].isalpha():
        return None
    return list(range(j, k))
