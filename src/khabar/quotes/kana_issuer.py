"""The issuer of a statement named before its verb (round 20, from blind batch 72).

«وكانت سفارة المملكة المتحدة بتونس قد نشرت أمس بلاغا ذكرت فيه أن …»: the round-18 frame
«أصدر/نشر X بيانا … قال فيه» (:func:`khabar.quotes.subject_frames.issuer_range`) reads the
issuer after the issuing verb; with «(و)كان(ت) X قد نشر(ت)» the subject stands between «كان»
and «قد», and the words after the verb are an adjunct («أمس»), not the issuer. Pure function of
the token view; nothing raises on ordinary input.
"""
from __future__ import annotations

_KANA = frozenset({"كان", "وكان", "كانت", "وكانت"})


def kana_issuer(art, verb: int) -> tuple[int, int] | None:
    """The token range (inclusive) between «(و)كان(ت)» and «قد» when the issuing verb at
    ``verb`` reads «كان(ت) X قد <verb>» in one sentence (at most 12 tokens of X, no quotation
    mark); None otherwise."""
    q = verb - 1
    if q < 2 or art.norms[q] != "قد":
        return None
    i = q - 1
    while i >= 0 and q - i <= 13 and not art.is_end(i) and not art.is_quote(i):
        if art.norms[i] in _KANA:
            return (i + 1, q - 1) if q - 1 >= i + 1 else None
        i -= 1
    return None


__all__ = ["kana_issuer"]
