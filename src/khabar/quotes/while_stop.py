"""The writer's «، فيما لم …» remark after indirect content (round 21, from blind batch 90).

«وقالت إن فرقها التقنية تعمل جاهدة من أجل إصلاح نظام التشغيل الإلكتروني لديها، فيما لم تحدد
حتى الآن سبب العطل التقني»: a comma then «فيما لم» (“while … has not yet …”) opens the writer's
remark on what the speaker left unsaid, like «، من دون أن توضح» (round 20) and «فيما لم يذكر
بيان …» (batch 83 of the gold): the quote ends at the comma. Pure function of the token layer;
nothing here raises on ordinary input.
"""
from __future__ import annotations

from typing import Any

_WHILE = frozenset({"فيما", "وفيما"})
#: «فيما», «بينما» (with «و») before a verb.
_WHILE_VERB = frozenset({"فيما", "وفيما", "بينما", "وبينما"})
#: Verbs of saying or opinion (cue lemmas) after «فيما» that end the content before it (not
#: «بينما وجدت 20 جثة», «فيما تواصل وحدات الحماية»: the writer's narration goes on).
_SAYING = frozenset({"قال", "اعتبر", "اكد", "اضاف", "اوضح", "راي", "اشار", "لفت", "شدد",
                     "ذكر", "دعا", "نفي", "حذر", "رجح", "اعرب", "صرح", "افاد", "بين"})


def while_not_stops(art: Any) -> set[int]:
    """Token indexes of each comma that «فيما لم» follows (module docstring)."""
    return {j for j in art.commas if j < art.n - 2
            and art.norms[j + 1] in _WHILE and art.norms[j + 2] == "لم"}


def while_verb_stops(art: Any) -> set[int]:
    """Token indexes of each «فيما/بينما» followed by a verb of saying or opinion
    (:data:`_SAYING`), a cue or not («قال … إن الجميع رضي بمنهجية التوافق في العراق فيما اعتبر ميزانية الدولة …
    تشغيلية»: the second verb, with no complementizer, is no cue, yet the content ends before
    «فيما», as it does before a cue after «فيما»; round 23, from blind batch 108)."""
    from khabar.quotes.cues import cue_form
    out = set()
    for j in range(art.n - 1):
        if art.norms[j] in _WHILE_VERB:
            hit = cue_form(art.norms[j + 1])
            if hit is not None and hit[2] == "verb" and hit[0] in _SAYING:
                out.add(j)
    return out


__all__ = ["while_not_stops", "while_verb_stops"]
