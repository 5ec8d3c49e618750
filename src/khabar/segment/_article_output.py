"""Articles and refined sentences from accepted headlines, for :mod:`khabar.segment.articles`.
"""
from __future__ import annotations

import bisect
import re

from khabar.segment._article_params import ArticleT, Span

_AFTER_HEAD = re.compile(r"[\"»”’')\]!?؟]+")


def head_span(text: str, sents: list[Span], sstart: list[int], wstart: list[int],
              wend: list[int], i: int, j: int) -> Span:
    """The character span of the headline ``words[i:j]``, with the quotes or brackets that
    open it and the closers (and ``!?``) that end it, inside its sentence. Never raises for
    word indexes ``MIN_WORDS <= j - i`` and ``j <= len(wstart)``."""
    k = bisect.bisect_right(sstart, wstart[i]) - 1
    ss, se = sents[k]
    start = wstart[i]
    # Include opening quotes/brackets right before the first word.
    while start > ss and text[start - 1] in "«\"“('[":
        start -= 1
    end = wend[j - 1]
    m = _AFTER_HEAD.match(text, end)
    if m and m.end() <= se:
        end = m.end()
    if j < len(wstart) and wstart[j] >= se:
        end = max(end, se) if se <= (wstart[j]) else end
    return start, end


def build_articles(text: str, sents_in: list[Span], wstart: list[int], wend: list[int],
                   heads: list[tuple[int, int, float]]) -> tuple[list[ArticleT], list[Span]]:
    """``(articles, sentences)`` for the accepted headlines ``heads`` (first word, end word,
    score) over the sorted, non-empty sentences ``sents_in``: the sentences are cut at
    headline edges and trimmed, each article runs from its headline to the next one.
    Never raises."""
    sstart = [s for s, _ in sents_in]
    cuts: set[int] = set()
    art_heads: list[tuple[int, Span]] = []
    for i, j, _ in heads:
        hs, he = head_span(text, sents_in, sstart, wstart, wend, i, j)
        lede = wstart[j] if j < len(wstart) else he
        cuts.add(hs)
        cuts.add(lede)
        art_heads.append((hs, (hs, he)))
    # Refine the sentences at the cuts.
    sents: list[Span] = []
    cut_list = sorted(cuts)
    for s, e in sents_in:
        pts = cut_list[bisect.bisect_right(cut_list, s):bisect.bisect_left(cut_list, e)]
        if not pts and not text[s].isspace() and not text[e - 1].isspace():
            sents.append((s, e))  # nothing to cut or trim
            continue
        prev = s
        for c in pts + [e]:
            a, b = prev, c
            seg = text[a:b]
            a2 = a + len(seg) - len(seg.lstrip())
            b2 = b - (len(seg) - len(seg.rstrip()))
            if b2 > a2:
                sents.append((a2, b2))
            prev = c
    starts = [hs for hs, _ in art_heads]
    if not starts or starts[0] > sents[0][0]:
        starts.insert(0, sents[0][0])
        art_heads.insert(0, (sents[0][0], None))  # type: ignore[arg-type]
    arts: list[ArticleT] = []
    for n, (st, head) in enumerate(art_heads):
        nxt = art_heads[n + 1][0] if n + 1 < len(art_heads) else None
        members = [x for x in sents if x[0] >= st and (nxt is None or x[0] < nxt)]
        if not members:
            continue
        arts.append((st, members[-1][1], head))
    return arts, sents
