"""A participle with a possessed noun as its object before a quotation (round 16, from blind
batch 38): «، مؤكدة دعمها "لأولوية شباب هذه الجهة …"» quotes the object's words as a
noun phrase (as «أكد … تمسكه ب"…"» in the guidelines), it reports no speech. Pure function
of the token view; nothing raises on ordinary input."""
from __future__ import annotations

from khabar.quotes.marks import Article


def possessed_object(art: Article, k: int, i: int) -> bool:
    """The only token between the participle at ``k`` and the opening mark at ``i`` is a noun
    with a possessive pronoun («دعمها», «رفضه»), not a preposition with one («له») nor the
    noun of saying («مضيفة قولها "…"»)."""
    if i != k + 2 or art.norms[k + 1].startswith(("قول", "بقول")):
        return False
    words = art.toks[k + 1].words
    return len(words) == 2 and words[0].upos == "NOUN" and words[1].upos == "PRON"
