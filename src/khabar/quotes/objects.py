"""A person named inside the object of the sentence's verb (round 16, batch 40): in «كما انتقد
أيضا دعوة رئيس الجمهورية الباجي قائد السبسي كتلة النداء …، مشيرا إلى أن» the president is
the genitive of «دعوة» (through his title), not the subject, so a participle later in the
sentence does not take him. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import TIME_WORDS
from khabar.quotes.marks import Article


def title_chain_object(art: Article, i: int) -> bool:
    """The PER mention starting at token ``i`` ends a title chain («رئيس الجمهورية») that
    follows an indefinite common noun («دعوة», «تصريحات», «قرار»): a genitive inside an
    object."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 3 and art.norms[j].startswith("ال") and \
            art.norms[j] not in C.TITLE_WORDS:
        j -= 1      # the title's definite complements («رئيس الجمهورية»)
        steps += 1
    if j < 1 or art.norms[j] not in C.TITLE_WORDS:
        return False
    nm = art.norms[j - 1]
    words = art.toks[j - 1].words
    return bool(words) and words[-1].upos == "NOUN" and nm.isalpha() and len(nm) > 2 and \
        not nm.startswith(("ال", "و")) and nm not in C.TITLE_WORDS and \
        nm not in C.ANAPHORIC_SOURCES and nm not in C.SOURCE_HEADS and nm not in TIME_WORDS
