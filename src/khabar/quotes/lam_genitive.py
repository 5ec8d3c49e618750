"""Round 20 (blind batch 82): a body's name goes on over a ل-genitive of an indefinite
verbal noun and its definite object after a nisba («المنظمة التونسية لمناهضة التعذيب», «الهيئة
الوطنية لمكافحة الفساد»), where the definite chain of :meth:`khabar.quotes.chains.ChainRules.
_definite_end` stopped at «لمناهضة» (only «لل…» genitives went on). Nothing here raises on
ordinary input.
"""
from __future__ import annotations

from khabar.quotes.marks import Article


def _noun(art: Article, i: int) -> bool:
    """Token ``i`` is one word tagged NOUN."""
    words = art.toks[i].words
    return len(words) >= 1 and words[-1].upos == "NOUN"


def lam_genitive(art: Article, last: int) -> bool:
    """Token ``last`` is a definite nisba («التونسية», «الوطني») and the two tokens after it
    are «لـ» + an indefinite noun («لمناهضة») and a definite noun («التعذيب») in the same
    sentence: the body's name runs over them."""
    if last + 2 >= art.n or art.is_end(last + 1) or art.is_end(last + 2):
        return False
    nisba, lam, obj = art.norms[last], art.norms[last + 1], art.norms[last + 2]
    return nisba.startswith("ال") and nisba.endswith(("ي", "يه")) and \
        lam.startswith("ل") and not lam.startswith("لل") and len(lam) >= 5 and \
        lam.endswith("ه") and obj.startswith("ال") and len(obj) >= 5 and \
        _noun(art, last + 1) and _noun(art, last + 2)
