"""An indefinite source right before the verb that describes it (round 17, from blind batch
48): «أن تقريرها يستند إلى مصدر موثوق أكد لها أن …» — Arabic joins a clause to an indefinite
noun without a relative pronoun, so «أكد» has «مصدر موثوق» as subject (as the document of
:mod:`khabar.quotes.asyndetic`), an unnamed source of a quote of its own. Pure function of the
token view; nothing raises.
"""
from __future__ import annotations

from typing import Sequence

from khabar.lang import quote_cues as C

#: «له», «لها» …: the one spoken to, after the verb; no subject.
_TO_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لنا", "لي", "لك", "لكم"})


def source_before(art, k: int, region: Sequence[int]) -> tuple[int, int] | None:
    """(first, last) tokens of «مصدر موثوق» right before the verb cue at ``k`` (no و/ف): an
    indefinite source head of :data:`~khabar.lang.quote_cues.SOURCE_HEADS` and at most two
    indefinite adjectives, after a word that is no verb, when the words after the cue
    (``region``) are only «له/لها …»; None otherwise."""
    if art.norms[k][:1] in ("و", "ف") or any(art.norms[i] not in _TO_PRONOUNS for i in region):
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        nm = art.norms[j]
        if art.is_end(j) or art.is_quote(j) or not nm[:1].isalpha() or nm.startswith("ال"):
            return None
        if nm in C.SOURCE_HEADS and j + 1 < k or nm in ("مصدر", "مسؤول", "مصادر"):
            prev = art.toks[j - 1].words if j > 0 else ()
            if prev and prev[-1].upos == "VERB":
                return None     # «قال مصدر أكد …»: the subject of the verb before
            return j, k - 1 if j + 1 < k else j
        words = art.toks[j].words
        if not words or words[-1].upos not in ("ADJ", "NOUN"):
            return None
    return None
