"""A cue verb whose object is a pronoun after «ب» reports nothing (round 20, blind batch 79):
«جاءت على خلفية أزمة أقر بها الجميع وتم صياغة خارطة … كان عليها أن تترجم …» — «أقر بها»
("acknowledged it", a relative clause on «أزمة») has its complement filled by the pronoun, so
no «أن» further on is what was acknowledged («أقر بأن …» stays a cue). Pure function of the
token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

#: «ب» + an object pronoun (normalized), written as one word after the verb.
BI_PRONOUNS = frozenset({"به", "بها", "بهم", "بهما", "بهن"})


def bi_pronoun_object(art, k: int) -> bool:
    """The verb cue at token ``k`` is followed at once by «به/بها/بهم…»."""
    return k + 1 < art.n and art.norms[k + 1] in BI_PRONOUNS
