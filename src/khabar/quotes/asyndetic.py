"""A report whose verb describes an indefinite document right before it (round 16, batch 40):
«أطلقت النقابة استطلاعا للرأي عبر الانترنيت، بين أن "…"» — Arabic joins a clause to an
indefinite noun without a relative pronoun, so «بين» («showed») has the survey as subject, and
it starts a quote of its own (the one before ends at the comma). Nothing here raises.
"""
from __future__ import annotations

from khabar.quotes.cues import is_complementizer
from khabar.quotes.lexicon import DOC_HEADS
from khabar.quotes.marks import Article


def document_subject(art: Article, k: int, gender: str | None) -> tuple[int, int] | None:
    """(first, last) tokens of the indefinite document noun phrase («استطلاعا للرأي») that the
    verb cue at ``k`` describes: the cue has no و/ف, follows a comma and is followed by its
    complementizer, the noun (of the cue's gender) stands at most six words before the comma;
    None otherwise."""
    if k < 2 or k + 1 >= art.n or art.norms[k - 1] not in ("،", ",") or \
            art.norms[k][:1] in ("و", "ف") or not is_complementizer(art.norms[k + 1]):
        return None
    for j in range(k - 2, max(-1, k - 8), -1):
        nm = art.norms[j]
        if art.is_end(j) or art.is_quote(j) or nm in ("،", ","):
            return None
        if nm.startswith("ال"):
            continue
        bare = nm[:-1] if nm.endswith("ا") and nm[:-1] in DOC_HEADS else nm
        if bare in DOC_HEADS:
            if gender is not None and (gender == "f") != bare.endswith(("ه", "ات")):
                return None
            last = j + 1 if j + 1 < k - 1 and art.norms[j + 1].startswith("لل") else j
            return j, last
    return None
