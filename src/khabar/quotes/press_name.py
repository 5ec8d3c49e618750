"""A newspaper goes by its name (round 20, from blind batch 78): the guidelines write «جريدة
الخبر» → «الخبر»; when NER takes the head into the mention («صحيفة الشروق» + the writer's
«التونسية»), the canonical leaves out the head and a place nisba after the name («صحيفة
الشروق التونسية» → «الشروق», as «صحيفة الغارديان البريطانية» → «الغارديان», round 16). A
bare description («الصحيفة», «صحيفة بلجيكية») is no name and is left alone. Pure function
of strings; nothing here raises on ordinary input."""
from __future__ import annotations

from collections.abc import Callable

from khabar.lang.quote_heads import PAPER_HEADS
from khabar.text.normalize import normalize


def paper_name(words: list[str], place_adjective: Callable[[str], bool]) -> list[str]:
    """``words`` of a canonical without a leading paper head and one place nisba after the
    name («صحيفة الشروق التونسية» → [«الشروق»]); ``words`` unchanged when it opens with no
    head, when the name after the head is a nisba itself («صحيفة بلجيكية»), or when nothing
    would be left."""
    if len(words) < 2 or normalize(words[0]) not in PAPER_HEADS:
        return words
    rest = words[1:]
    if place_adjective(normalize(rest[0])) or normalize(rest[0]).endswith(("يه", "ي")) and \
            not normalize(rest[0]).startswith("ال"):
        return words        # «صحيفة بلجيكية»: a description, not a name
    if len(rest) > 1 and place_adjective(normalize(rest[-1])):
        rest = rest[:-1]
    return rest
