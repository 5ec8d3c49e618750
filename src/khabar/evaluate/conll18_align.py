"""Word alignment of the CoNLL 2018 scorer (:mod:`khabar.evaluate.conll18`): equal spans
outside multiword tokens, LCS of the FORMs over the minimal stretch covering them.
"""
from __future__ import annotations

from khabar.evaluate.conll18_read import FORM, UDWord
from khabar.lcs import lcs_pairs


def _beyond_end(words: list[UDWord], i: int, end: int) -> bool:
    """Whether word ``i`` lies past ``end`` (a multiword one once it starts there)."""
    if i >= len(words):
        return True
    w = words[i]
    return w.start >= end if w.multiword else w.end > end


def _extend_end(w: UDWord, end: int) -> int:
    """``end`` pushed to the end of ``w`` when ``w`` is a multiword token's word."""
    return max(end, w.end) if w.multiword else end


def _multiword_span(gold: list[UDWord], system: list[UDWord], gi: int, si: int
                    ) -> tuple[int, int, int, int]:
    """The minimal stretch [gs, gi) × [ss, si) covering the multiword tokens at gi / si, as
    (gs, ss, gi, si). Raises nothing."""
    if gold[gi].multiword:
        end = gold[gi].end
        if not system[si].multiword and system[si].start < gold[gi].start:
            si += 1
    else:
        end = system[si].end
        if not gold[gi].multiword and gold[gi].start < system[si].start:
            gi += 1
    gs, ss = gi, si
    while not _beyond_end(gold, gi, end) or not _beyond_end(system, si, end):
        if gi < len(gold) and (si >= len(system) or gold[gi].start <= system[si].start):
            end = _extend_end(gold[gi], end)
            gi += 1
        else:
            end = _extend_end(system[si], end)
            si += 1
    return gs, ss, gi, si


def _lcs_align(g: list[UDWord], s: list[UDWord]) -> list[tuple[UDWord, UDWord]]:
    """(gold, system) pairs of a longest common subsequence of the lowercased FORMs."""
    a = [w.columns[FORM].lower() for w in g]
    b = [w.columns[FORM].lower() for w in s]
    return [(g[i], s[j]) for i, j in lcs_pairs(a, b)]


def align_words(gold: list[UDWord], system: list[UDWord]) -> list[tuple[UDWord, UDWord]]:
    """Aligned (gold, system) word pairs, as defined in :mod:`khabar.evaluate.conll18`.
    Raises nothing."""
    pairs: list[tuple[UDWord, UDWord]] = []
    gi = si = 0
    while gi < len(gold) and si < len(system):
        if gold[gi].multiword or system[si].multiword:
            gs, ss, gi, si = _multiword_span(gold, system, gi, si)
            if gi > gs and si > ss:
                pairs.extend(_lcs_align(gold[gs:gi], system[ss:si]))
        else:
            g, s = gold[gi], system[si]
            if (g.start, g.end) == (s.start, s.end):
                pairs.append((g, s))
                gi += 1
                si += 1
            elif g.start <= s.start:
                gi += 1
            else:
                si += 1
    return pairs
