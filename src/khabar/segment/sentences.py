"""Sentence splitting for Arabic (and mixed Latin) news text.

Rules, in order of application:

* a blank line is always a boundary; a single line break is one unless it falls inside a
  sentence of hard-wrapped text (:mod:`._sent_lines`: the line before ends mid-clause, or is
  a full line of a wrapped page whose next word would not have fitted on it);
* a run of terminal punctuation ``. ! ? ؟ ؛ … ۔`` (with spaced runs such as ``. . .``) ends a
  sentence, and the closing quotes and brackets right after it belong to the sentence it
  ends (``قال "انتهى." وأضاف`` → ``قال "انتهى."`` | ``وأضاف``);
* a full stop with no space after it still splits before an Arabic letter (``حمص.وقال``);
* a full stop does not split decimals and dates (``2.5``, ``13.02.2014``), URLs and e-mail
  addresses, single-letter abbreviations and initials (``د.``, ``م.``, ``J.``), the
  abbreviations of :mod:`khabar.lang.abbreviations`, list numbers at a line start (``1.``),
  an omission mark ``(...)``, or a stop followed by a lower-case Latin word;
* the Arabic comma ``،`` and the colon never split.

Straight quotation marks are paired per line (a line runs on over soft breaks). Long
quotations that hold several sentences are split at their inner sentence ends (as the Prague
Arabic Dependency Treebank does); the closing quote stays with the last of them. Which stops
end a sentence: :mod:`._sent_stops`.

The hot path is one ``re.finditer`` over candidate punctuation; each candidate is checked in
a bounded window, so the time is linear in the text length and no regex can backtrack.
"""
from __future__ import annotations

import bisect
import re

from khabar.segment._sent_lines import soft_breaks
from khabar.segment._sent_stops import ends_sentence

_TERM = ".!?؟؛…۔"
_CAND = re.compile(r"\n|[.!?؟؛…۔](?:[ \t]*[.!?؟؛…۔])*")
_AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF"
                        r"\uFB50-\uFDFF\uFE70-\uFEFC]")
_WORD = re.compile(r"\w")
_SPACE_IN_LINE = " \t\u00a0\u200f\u200e"
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff"
_HARD_CLOSERS = "»”›"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text``: trimmed, sorted, non-overlapping.

    Never raises for any ``str`` input (an empty or blank text gives ``[]``).
    """
    n = len(text)
    if not n:
        return []
    cuts: list[int] = []
    quotes: list[int] | None = None  # positions of '"' (built lazily)
    newlines: list[int] | None = None  # hard line breaks (built lazily)
    soft, after_stop = soft_breaks(text)
    for m in _CAND.finditer(text):
        ps, pe = m.span()
        if text[ps] == "\n":
            if ps in after_stop and not _stop_cut(text, ps, cuts):
                soft.add(ps)
            if ps not in soft:
                cuts.append(ps)
            continue
        if not ends_sentence(text, ps, pe, n):
            continue
        # Attach closing quotes / brackets that follow the run.
        j = pe
        while j < n:
            k = j
            while k < n and (text[k] in _SPACE_IN_LINE or (text[k] == "\n" and k in soft)):
                k += 1
            if k >= n:
                break
            c = text[k]
            if c in _HARD_CLOSERS:
                j = k + 1
                continue
            if c == '"':
                if quotes is None:
                    quotes = [q.start() for q in re.finditer('"', text)]
                    newlines = [q.start() for q in re.finditer("\n", text)
                                if q.start() not in soft and q.start() not in after_stop]
                if _quote_is_closing(k, quotes, newlines):  # type: ignore[arg-type]
                    j = k + 1
                    continue
                break
            if k == j and c in ")]'’":
                j = k + 1
                continue
            break
        if j < n and not text[j].isspace() and not _split_without_space(text, ps, pe, j):
            continue
        cuts.append(j)
    return _spans(text, cuts, soft)


def _split_without_space(text: str, ps: int, pe: int, j: int) -> bool:
    """A sentence end at ``j`` with no space after it: split only before Arabic or an opener."""
    c = text[j]
    if _AR_LETTER.match(c):
        return True
    if c in "«“(":
        return True
    if text[ps:pe] != "." and c.isalpha():
        return True  # "انتهى؟Then"
    return False


def _stop_cut(text: str, nl: int, cuts: list[int]) -> bool:
    """Whether the full stop ending the line before the break at ``nl`` made a cut."""
    k = text.rfind(".", 0, nl)
    return bool(cuts) and cuts[-1] > k


def _quote_is_closing(k: int, quotes: list[int], newlines: list[int]) -> bool:
    """A straight quote at ``k`` closes a quotation when an odd number precede it on its line."""
    i = bisect.bisect_left(newlines, k)
    line_start = newlines[i - 1] + 1 if i > 0 else 0
    before = bisect.bisect_left(quotes, k) - bisect.bisect_left(quotes, line_start)
    return before % 2 == 1


def _spans(text: str, cuts: list[int], soft: set[int]) -> list[tuple[int, int]]:
    """Trimmed non-empty spans between cuts; punctuation-only pieces join their left neighbour
    unless a hard line break (not in ``soft``) parts them."""
    out: list[tuple[int, int]] = []
    start = 0
    cuts.append(len(text))
    for cut in cuts:
        if cut <= start:
            continue
        seg = text[start:cut]
        s = start + (len(seg) - len(_lstrip(seg)))
        e = cut - (len(seg) - len(_rstrip(seg)))
        if e > s:
            if out and not _WORD.search(text, s, e) and not _hard_break(text, out[-1][1], s, soft):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        start = cut
    return out


def _hard_break(text: str, lo: int, hi: int, soft: set[int]) -> bool:
    """Whether ``text[lo:hi]`` holds a line break that is not in ``soft``."""
    k = text.find("\n", lo, hi)
    while k >= 0:
        if k not in soft:
            return True
        k = text.find("\n", k + 1, hi)
    return False


def _lstrip(seg: str) -> str:
    """Strip leading whitespace and invisible controls."""
    out = seg.lstrip().lstrip(_INVISIBLE)
    while out and (out[0].isspace() or out[0] in _INVISIBLE):
        out = out.lstrip().lstrip(_INVISIBLE)
    return out


def _rstrip(seg: str) -> str:
    """Strip trailing whitespace and invisible controls."""
    out = seg.rstrip().rstrip(_INVISIBLE)
    while out and (out[-1].isspace() or out[-1] in _INVISIBLE):
        out = out.rstrip().rstrip(_INVISIBLE)
    return out
