"""Set phrases right after a cue verb that are its object, not its subject (round 16, from
blind batch 38): «ولفت الانتباه بعد قوله … إنه» (drew attention after saying that …) — the
noun after «لفت» is what the verb took, so the speaker is found before the cue or in the
sentence, as for a cue with no subject of its own («وكان تشوي قد عمل …، ولفت الانتباه
بعد قوله إنه» → «تشوي»); «ما بين X إلى Y» is "between", not «ما بيّن» (what X explained),
so it is no attribution to X unless an attribution word opens it («حسب ما بين …»); a cue
right after «بعد أن» / «قبل أن» opens a temporal clause with no subject of its own, like one
after «بعدما» (round 15). Pure functions of the token view; nothing raises."""
from __future__ import annotations

from collections.abc import Sequence

from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import AFTER_WORDS
from khabar.quotes.marks import Article
from khabar.quotes.triggers import preposition_bayna

#: cue verb → nouns that, right after it, are its object in an idiom («لفت الانتباه/النظر»).
IDIOM_OBJECTS: dict[str, frozenset[str]] = {
    "لفت": frozenset({"الانتباه", "انتباه", "النظر", "نظر", "الانظار", "انظار"}),
}


def idiom_object(verb: str, norms: Sequence[str], region: Sequence[int]) -> bool:
    """The first token of ``region`` (the words after a cue of ``verb``) is the object of an
    idiom of that verb («لفت الانتباه»), so the region holds no subject."""
    return bool(region) and norms[region[0]] in IDIOM_OBJECTS.get(verb, frozenset())


def between_after_ma(art: Article, k: int) -> bool:
    """Token ``k`` after «ما» is the preposition «بين» («ينصح بتناول ما بين كوبين إلى 3
    أكواب»), with no attribution word before «ما»: no attribution to the words after it."""
    return preposition_bayna(art, k) and (k < 2 or art.norms[k - 2] not in C.ATTRIBUTION_WORDS)


def after_clause(norms: Sequence[str], k: int) -> bool:
    """The cue at ``k`` opens a temporal clause with no subject of its own: right after
    «بعدما», «عندما» … (:data:`~khabar.quotes.lexicon.AFTER_WORDS`, round 15) or after «بعد
    أن» / «قبل أن» («أكدت دراسة بريطانية ضرورة … بعد أن توصلت إلى أن»: round 16)."""
    return k > 0 and norms[k - 1] in AFTER_WORDS or k > 1 and norms[k - 1] == "ان" and \
        norms[k - 2] in ("بعد", "وبعد", "قبل", "وقبل")
