"""Words after a cue verb that are no subject (round 23, from blind batches 104 and 106):

- an aside between dashes, a space before the first and after the second («وقال كواك –وهذا
  اسمه غير الحقيقي- إن»): the writer's remark, dropped from the subject region (a hyphenated
  name has no space at its hyphen);
- a participle of saying right after the verb («ويقول واصفاً شعوره: "…"», «فقال قائلا»): the
  words after it are its object, so the verb has no subject there (the speaker is implicit).

Pure function of the tokens; nothing raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import cue_form
from khabar.quotes.marks import Article

#: dash characters that open or close an aside
DASHES = frozenset("-–—")


def _dash(art: Article, i: int) -> bool:
    """Token ``i`` is a lone dash."""
    s = art.surf[i]
    return len(s) == 1 and s in DASHES


def without_asides(art: Article, k: int, region: list[int]) -> list[int]:
    """``region`` (the tokens between cue verb ``k`` and its complement) without a dash aside,
    or empty when a participle of saying opens it right after the verb."""
    if not region:
        return region
    if region[0] <= k + 2 and k + 1 < art.n and len(art.toks[k + 1].words) == 1 and \
            (form := cue_form(art.norms[k + 1])) is not None and form[2] == "part":
        return []
    for p, i in enumerate(region):
        if p == 0 or not _dash(art, i) or art.raw[art.toks[i].start - 1:art.toks[i].start] != " ":
            continue
        for j in region[p + 1:]:
            if _dash(art, j) and art.raw[art.toks[j].end:art.toks[j].end + 1] == " ":
                return [x for x in region if x < i or x > j]
        break
    return region


__all__ = ["without_asides"]
