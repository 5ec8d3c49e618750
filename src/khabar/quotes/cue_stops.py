"""Where a later cue ends the content of an earlier indirect quote (split out of
:mod:`khabar.quotes.spans` with the code unchanged): :func:`stop_index` is the token that ends
it, :func:`stop_cue` says which later cues cut, :func:`but_subject_stop` finds the subject of
a «لكن …» verb, :func:`relative_cue_stop` ends it at the comma before «، التي/الذي + cue»
(round 20, from blind batches 75–76). Pure functions of the token layer; nothing here raises
on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.and_relative import and_relative_stop
from khabar.quotes.asyndetic import document_subject
from khabar.quotes.clause_links import participle_qawl
from khabar.quotes.cues import FORMS, Cue, cue_form, is_complementizer
from khabar.quotes.lexicon import HOWEVER
from khabar.quotes.marks import Article


def relative_cue_stop(art: Article, k: int, kind: str) -> int | None:
    """The comma before «، التي/الذي/الذين» + the verb cue ``k`` («… مع ليبيا، التي وصف
    الوضع فيها بـ"الدقيق"»): a relative clause with a report of its own ends the content of
    an earlier indirect quote at that comma; None otherwise."""
    if kind != "verb" or k < 2 or art.norms[k - 1] not in ("التي", "الذي", "الذين") or \
            art.norms[k - 2] not in ("،", ","):
        return None
    return k - 2


def stop_index(art: Article, cue: Cue) -> int | None:
    """The token where a later cue ends the content of an earlier indirect quote: the cue
    (:func:`stop_cue`), or the word before a noun cue «بالقول» with no complementizer after it
    («، مستدركا بالقول مطالب …»: round 11); None when it ends nothing."""
    k = cue.index
    if cue.kind == "noun" and art.norms[k] == "بالقول" and cue.trigger == k and k > 0:
        return k - 1 if art.norms[k - 1].isalpha() else k
    if cue.kind == "noun" and participle_qawl(art, k):
        return k - 1    # «…، معلقا بالقول إن "…"»: the participle starts the new quote (round 16)
    if (rel := relative_cue_stop(art, k, cue.kind)) is not None or \
            (rel := and_relative_stop(art, k, cue.kind)) is not None:
        return rel      # «… مع ليبيا، التي وصف الوضع فيها بـ"…"» (round 20)
    return k if stop_cue(art, cue) else None


def stop_cue(art: Article, cue: Cue) -> bool:
    """A later cue that ends the content of an earlier indirect quote."""
    k = cue.index
    nm = art.norms[k]
    if cue.kind == "part":
        return True
    if nm[:1] in "وف" and FORMS.get(nm) is None:
        return True
    if k and art.norms[k - 1] in ("كما", "وكما", "ثم", "و", "لكنه", "لكنها", "ولكنه",
                                  "ولكنها", "لكنهم", "ولكنهم", "لكنهما", "ولكنهما", "بل",
                                  "فيما", "بينما"):
        return True
    return cue.kind == "verb" and document_subject(art, k, cue.gender) is not None  # (round 16)


_BUT_PRONOUNS = frozenset({"لكنه", "لكنها", "ولكنه", "ولكنها", "لكنهم", "ولكنهم", "لكنهما",
                           "ولكنهما"})


def but_subject_stop(art: Article, cue: Cue) -> int | None:
    """«، لكن شرطة كيبيك قالت إن»: a verb cue whose subject (up to four words, no verb,
    pronoun, cue or complementizer) opens after «لكن/ولكن», or right after «ولكنهم …»: that
    token ends an earlier quote (round 10); None otherwise."""
    k = cue.index
    if k and art.norms[k - 1] in _BUT_PRONOUNS:
        return k - 1    # «… ولكنهم قالوا إنهم»: the pronoun form is no part of the quote before
    if cue.kind != "verb" or art.norms[k][:1] in "وف":
        return None
    for j in range(k - 2, max(-1, k - 6), -1):
        if art.norms[j] == "ان" and j > 0 and art.norms[j - 1] in HOWEVER:
            # «…"، إلا أن السلطات الرسمية في الولاية أكدت أن» (round 12)
            words = range(j + 1, k)
            return j - 1 if 0 < len(words) <= 4 and all(
                art.norms[w].isalpha() and cue_form(art.norms[w]) is None and
                not any(x.upos in ("VERB", "PRON") for x in art.toks[w].words)
                for w in words) else None
        if art.is_end(j) or is_complementizer(art.norms[j]) or art.is_quote(j):
            return None
        if art.norms[j] in ("لكن", "ولكن"):
            words = range(j + 1, k)
            if all(art.norms[w].isalpha() and cue_form(art.norms[w]) is None and
                   not any(x.upos in ("VERB", "PRON") for x in art.toks[w].words)
                   for w in words):
                return j
            return None
    return None


__all__ = ["but_subject_stop", "relative_cue_stop", "stop_cue", "stop_index"]
