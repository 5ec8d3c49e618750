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


def while_not_stops(art: Any) -> set[int]:
    """Token indexes of each comma that «فيما لم» follows (module docstring)."""
    return {j for j in art.commas if j < art.n - 2
            and art.norms[j + 1] in _WHILE and art.norms[j + 2] == "لم"}


__all__ = ["while_not_stops"]
