"""«تشتبه السلطات في أن»: suspicion with a subject of its own is a cue (round 20, from blind
batch 74).

«وتشتبه السلطات الألمانية في أن التونسي يقوم بعمليات تجنيد …» is annotated as a verb of
opinion with its complementizer (guidelines, batches 4–10: «يعتقدون أن»), an unnamed source.
The verb is no cue of the lexicon because its usual use is impersonal — «رجل يشتبه بأنه ألقى»,
«ويشتبه بأن عامري …» (passive: "suspected of"; batches 1–75, no quote) — so it counts only with
a definite subject of one to four words between the verb and «في أن» / «بأن», as
:func:`khabar.quotes.cue_readings.opinion_with_subject` does for «ويرجح باحثون أن». Pure
function of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Any, Sequence

from khabar.quotes.cues import is_complementizer

#: Active forms of «اشتبه» (normalized, without «و/ف») → gender of the subject.
_FORMS = {"يشتبه": "m", "تشتبه": "f", "اشتبه": "m", "اشتبهت": "f"}


def suspicion_with_subject(art: Any, k: int) -> tuple[str, str | None, str] | None:
    """``("اشتبه", gender, "verb")`` when token ``k`` is an active form of «اشتبه» followed by a
    definite subject (one to four words, no verb, no punctuation) and then «في أن» or «بأن»;
    None otherwise (module docstring)."""
    nm = art.norms[k]
    form = nm[1:] if nm[:1] in "وف" and nm[1:] in _FORMS else nm
    if form not in _FORMS or k + 1 >= art.n or not art.norms[k + 1].startswith("ال"):
        return None
    for j in range(k + 1, min(k + 6, art.n - 1)):
        w = art.norms[j]
        if j > k + 1 and w == "في" and is_complementizer(art.norms[j + 1]):
            return "اشتبه", _FORMS[form], "verb"
        if j > k + 1 and is_complementizer(w) and w.startswith("ب"):
            return "اشتبه", _FORMS[form], "verb"
        if not w.isalpha() or is_complementizer(w) or any(
                x.upos in ("VERB", "ADP", "PRON") for x in art.toks[j].words):
            return None
    return None


def may_have_suspicion(norms: Sequence[str]) -> bool:
    """Some word of ``norms`` is a form of «اشتبه» (with or without «و/ف») that
    :func:`suspicion_with_subject` may take (a cheap test that lets a scan skip the call)."""
    return "شتبه" in " ".join(norms) and any(
        nm in _FORMS or (nm[:1] in "وف" and nm[1:] in _FORMS) for nm in norms)


__all__ = ["may_have_suspicion", "suspicion_with_subject"]
