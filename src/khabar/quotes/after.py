"""Attribution after the quotation: «"…"، قال الوزير», «"…" ذلك ما أكده فلان».

:func:`post_quote_cue` turns a cue verb that follows a closed quotation (three words or more,
at the start of a sentence or paragraph, not a title) into a direct-speech :class:`Cue` whose
content is the quotation and whose subject region is the words after the verb up to a comma
or the sentence end. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import Cue, is_complementizer
from khabar.quotes.marks import Article

#: Words between the closing mark and «ما» + cue: «"…" ذلك ما أكده», «"…"، وهو ما قاله».
_POINTERS = frozenset({"ذلك", "هذا", "وذلك", "وهذا", "هو", "وهو", "هكذا", "وهكذا"})
_SUBJECT_MAX = 12


def _closing(art: Article) -> dict[int, int]:
    """Closing mark index → its opening mark index."""
    return {c: o for o, c in art.quotes.items() if c is not None}


def _starts_sentence(art: Article, o: int) -> bool:
    if o == 0 or art.is_end(o - 1) or art.norms[o - 1] in (":",):
        return True
    return "\n" in art.raw[art.toks[o - 1].end:art.toks[o].start]


def post_quote_cue(art: Article, k: int, hit: tuple[str, str | None, str],
                   closing: dict[int, int] | None = None) -> Cue | None:
    """The cue at ``k`` (``hit`` = ``cue_form`` of it) as an attribution of the quotation
    right before it, or None when no such quotation is there."""
    verb, gender, kind = hit
    if kind == "noun":
        return None
    closing = _closing(art) if closing is None else closing
    j = k - 1
    if j >= 0 and art.norms[j] == "ما":
        j -= 1
        if j < 0 or art.norms[j] not in _POINTERS:
            return None
        j -= 1
    if j >= 0 and art.norms[j] in ("،", ","):
        j -= 1
    if j < 0 or j not in closing:
        return None
    o = closing[j]
    if art.words_between(o + 1, j) < 3 or art.naming_quote(o) or not _starts_sentence(art, o):
        return None
    t = k + 1
    while t < art.n and t - k <= _SUBJECT_MAX and not art.is_end(t) and \
            art.norms[t] not in ("،", ",", ":") and not art.is_quote(t) and \
            not is_complementizer(art.norms[t]):
        t += 1
    return Cue(k, verb, gender, kind, t, True, content=(o + 1, j - 1))


__all__ = ["post_quote_cue"]
