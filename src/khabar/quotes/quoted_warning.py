"""Quotations after a cue with no complementizer (round 20, from blind batches 73 and 74):
verbs of warning that report one, and verbs of disclosure whose «عن» object holds one.

«ونبّهت وزارة الاعلام البحرينية في بيان … "وسائل الإعلام كافة إلى ضرورة الالتزام …"»: «نبّه»
counts only with its complementizer since round 16 («منبهين إلى أن»), but like «حذّر» («وحذرت
"من نشر …"», already a cue) it reports a quotation of five words or more that is its object —
a verb of saying with a quoted noun phrase, direct (guidelines, batches 4–10). Data and one
check; nothing here raises.

«وكانت "يونامي" قد أعلنت في شهر فيفري الماضي عن مقتل … في أعمال "الإرهاب والعنف والنزاع
المسلح"»: after «أعلن/كشف … عن» the verb's object is a noun («أعلن عن»: no quote, guidelines);
a quotation later inside that object is a label, not what was said.

«، معتبرا تنظيمها لهذا المؤتمر "زيجة فاشلة …"», «معتبرة هذه الإجراءات "ضرورية …"»: the
participle of «اعتبر» ("to consider X as Y") with words between it and the quotation has them
as its first object, the quotation as the second — a judgement, no report («اعتبر X "…"», no
complementizer: round 6, batches 59, 72 and 74).
"""
from __future__ import annotations

from typing import Any, Sequence

from khabar.lang import quote_cues as C

#: Normalized lemmas of :data:`khabar.quotes.cues.NEED_COMP` verbs that take a quotation too.
QUOTED_WARNING = frozenset({"نبه"})

#: The fewest words of such a quotation (shorter ones are names or labels).
MIN_WORDS = 5


def quotes_object(verb: str, nwords: int) -> bool:
    """A quotation of ``nwords`` words right after ``verb`` (a complementizer-needing verb)
    is what was said (module docstring)."""
    return verb in QUOTED_WARNING and nwords >= MIN_WORDS


#: Verbs of disclosure whose object follows «عن» («أعلن عن», «كشف عن»), normalized lemmas.
ABOUT_OBJECT = frozenset({"اعلن", "كشف"})


def quote_in_object(norms: Sequence[str], k: int, i: int, verb: str) -> bool:
    """The quotation opening at token ``i`` after the cue at ``k`` (of ``verb``) lies inside
    the verb's «عن» object: ``verb`` is in :data:`ABOUT_OBJECT` and «عن» stands between, not
    after a title («النائب عن الجبهة»: the speaker's description)."""
    return verb in ABOUT_OBJECT and any(
        norms[j] == "عن" and norms[j - 1] not in C.TITLE_WORDS and
        norms[j - 1] not in C.SOURCE_HEADS for j in range(k + 1, i))


def considered_object(art: Any, verb: str, k: int, i: int) -> bool:
    """The participle of «اعتبر» at token ``k`` (``art``: the article's token view) has words
    before the quotation opening at token ``i``, the first no preposition or punctuation
    («معتبرا في تصريح "…"» quotes him; module docstring); the caller checks it is a
    participle."""
    if verb != "اعتبر" or i <= k + 1 or not art.norms[k + 1].isalpha():
        return False
    words = art.toks[k + 1].words
    return bool(words) and words[0].upos not in ("ADP", "PUNCT", "SCONJ")


__all__ = ["ABOUT_OBJECT", "MIN_WORDS", "QUOTED_WARNING", "considered_object", "quote_in_object",
           "quotes_object"]
