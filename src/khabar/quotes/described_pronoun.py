"""«وصف» with an object pronoun, then «بأن…», is a cue (round 23, from blind batch 107): «…
المتفقدين … والذين وصفهم بأنهم "يمثلون نخبة من الخبرات التونسية"», «الذي وصفه بأنه "عار"»
(batch 87), «التي وصفها بأنها "…"» (batch 41). The pronoun is the one described; the subject
of the verb says the rest, as in «ووصف X بأنه» (batches 4–10 of the guidelines). The form with
«بـ"…"» («ما وصفته بـ"الكارثة"») is left out: the gold is inconsistent on it (round 9's «tried
and not kept»; batches 7, 8, 25, 45, 94 leave it unannotated, 38, 52, 87, 98 annotate it).

Pure function of the token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import cue_form

_PRONOUNS = ("هما", "هم", "ها", "ه")
_RELATIVES = frozenset({"الذي", "التي", "الذين"})


def described_with_pronoun(art, k: int) -> tuple[str, str, str] | None:
    """The cue form (verb, gender, kind) of token ``k`` when it is «وصف» with an object
    pronoun followed by «بأن…», not in a relative clause set off by a comma («، الذي وصفه
    بأنه "…"،»: an insertion inside another report); None otherwise."""
    nm = art.norms[k]
    if "وصف" not in nm or k + 2 >= art.n:
        return None
    nxt = art.norms[k + 1]
    if not nxt.startswith("بان") or (k >= 2 and art.norms[k - 1] in _RELATIVES and
                                     art.norms[k - 2] in ("،", ",")):
        return None     # «أن هذا التقرير، الذي وصفه بأنه "عار" …، لا يتضمن»: an insertion
    # inside the content of another report, which the gold keeps whole (batch 87)
    for suf in _PRONOUNS:
        if nm.endswith(suf) and len(nm) > len(suf) + 2:
            hit = cue_form(nm[:-len(suf)])
            if hit is not None and hit[0] == "وصف" and hit[2] == "verb":
                return hit
            return None
    return None


def described_trigger(art, k: int) -> tuple[int, bool] | None:
    """(trigger, direct) of a cue of :func:`described_with_pronoun` followed by «بأن…»: the
    complementizer right after the verb (the passive guard of
    :func:`khabar.quotes.spans.find_trigger` — «عبوة وصفت بأنها» — does not apply: the pronoun
    is the object), direct when a quotation of three words or more opens right after it
    (as for «أن "…"» in :func:`~khabar.quotes.spans.find_trigger`); None when no «بأن…»
    follows."""
    if not art.norms[k + 1].startswith("بان"):
        return None
    j = k + 2
    if art.is_quote(j) and j in art.quotes:
        end = art.quote_end(j)
        return k + 1, art.words_between(j + 1, end + 1) >= 3
    return k + 1, False


__all__ = ["described_trigger", "described_with_pronoun"]
