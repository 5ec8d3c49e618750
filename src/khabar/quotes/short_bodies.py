"""A body's short name after its full name spoke (round 17, from blind batch 48):
«أفادت النقابة الوطنية للصحفيين التونسيين بأن …» … «وأعتبرت نقابة الصحفيين … أن» — the
short name keeps the head and the genitive of the full name and leaves out the adjectives
between («الاتحاد العام التونسي للشغل» → «اتحاد الشغل»), so it names the same body, and the
guidelines ask for the full name as canonical. Pure function of strings; nothing raises.
"""
from __future__ import annotations

from typing import Sequence

from khabar.lang import quote_cues as C
from khabar.text.normalize import normalize


def _bare(word: str) -> str:
    """A normalized word without its article or a glued ل/ب + article («للصحفيين» →
    «صحفيين»)."""
    for pre in ("لل", "بال", "وال", "ال"):
        if word.startswith(pre) and len(word) - len(pre) >= 3:
            return word[len(pre):]
    return word


def short_body(name: str, earlier: Sequence[str]) -> str:
    """The full name of a body that spoke before (the latest first) when ``name`` is its head
    and its last genitive with words left out between («نقابة الصحفيين» for «النقابة
    الوطنية للصحفيين التونسيين»): both names start with the same organisation head, every word
    of ``name`` (two or three) is a word of the longer name in order, and they are not
    contiguous from its start (not «الأمم المتحدة» for «الأمم المتحدة للطفولة»); else
    ``name``."""
    words = [normalize(w) for w in name.split()]
    if not 2 <= len(words) <= 3 or words[0] not in C.ORG_HEADS:
        return name
    bare = [_bare(w) for w in words]
    for c in reversed(earlier):
        cw = [_bare(normalize(w)) for w in c.split()]
        if len(cw) <= len(words) or cw[0] != bare[0] or cw[:len(bare)] == bare:
            continue
        k = 1
        for w in cw[1:]:
            if k < len(bare) and w == bare[k]:
                k += 1
        if k == len(bare):
            return c
    return name
