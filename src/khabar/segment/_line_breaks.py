"""Soft line breaks: a line break inside a sentence is no headline boundary.

Newspaper text is often hard-wrapped (EASC's Al-Watan and Al-Rai articles: every line about
78 characters, breaking in the middle of sentences). A line that starts after such a break
continues the sentence of the previous line, so :mod:`khabar.segment.articles` does not take
it as a headline start. A break is *soft* when the previous line has no sentence-final
punctuation (nor a colon) and

* is at most ``MAX_WRAP`` characters long and ends mid-clause: with a comma, a preposition,
  a conjunction, a relative pronoun or a particle that needs a continuation («في», «أن»,
  «الذي», «و» …) — a long paragraph cut there is a truncated story, not a wrap — or
* is a full line of a hard-wrapped page: the page has several lines of nearly the same width
  (at most ``MAX_WRAP`` characters), and this line is nearly that wide. A short page is
  wrapped when three lines that end no paragraph (the next line is not blank) are nearly as
  wide as its widest line, itself at most ``MAX_WRAP_FEW`` wide (a list under a long
  paragraph, unpunctuated paragraphs are no wrap).

How ragged a wrapped page is (:attr:`LineLayout.slack`: proportional type cut into lines of
varying length) is measured from its full lines: how much room each left for the next line's
first word (:mod:`._sent_lines` takes a break as a wrap when that word would not have fitted,
give or take this slack).

The line layout of a headline's scoring (:func:`line_words`: how long is the next line?)
skips the line breaks inside sentences (:func:`hard_breaks`), so a wrapped lede counts as
one long line, not as a short one.
"""
from __future__ import annotations

import bisect

from khabar.text.normalize import normalize

MAX_WRAP = 160        # widest line width taken for a hard wrap (characters)
FULL = 0.75           # a line at least this share of the wrap width is full
MIN_FULL_LINES = 3    # fewest full, unterminated lines for a page to be hard-wrapped
MIN_FULL_SHARE = 0.4  # ... and their least share of the page's lines
MIN_FULL_FIT = 3      # ... or this many, ending no paragraph, nearly as wide as the widest line
MAX_WRAP_FEW = 100    # ... which is at most this wide (not unpunctuated paragraphs)
MIN_SLACK_LINES = 5   # fewest full lines to measure how ragged a page is
SLACK_Q = 0.95        # the quantile of the room left at their ends taken as the slack

_TERMINAL = frozenset(".!?؟؛…۔:")
_CLOSERS = "\"»”’')]"
# Words after which a clause cannot end.
_MID_CLAUSE = frozenset(normalize(w) for w in """
و أو او ثم بل لكن لكنه كما وكما أما اما
في من إلى الى عن مع بين حول خلال دون ضد عند لدى نحو منذ حتى عبر ضمن بعد قبل لدي
وفي ومن وإلى والى وعن ومع وبين وحول وخلال ودون وعند ومنذ وحتى وبعد وقبل
الذي التي الذين التى الذى اللذين اللتين اللواتي اللتان اللذان
أن ان إن أنه انه إنه بأن بان لأن لان وأن وان فإن فان كأن
لا لم لن قد لقد وقد فقد ما لما مما عما كان كانت يكون تكون وكان وكانت
هذا هذه هؤلاء هذان هاتان إذا اذا عندما حيث بينما كل بعض غير أي اي
""".split())


# Checked unnormalized: «على» normalizes to the name «علي».
_RAW_MID = frozenset(("على", "وعلى"))


def mid_clause(word: str) -> bool:
    """Whether ``word`` (as written) is one after which a clause cannot end."""
    return word in _RAW_MID or normalize(word) in _MID_CLAUSE


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1].strip(_CLOSERS) if words else ""


def unterminated(line: str) -> bool:
    """Whether ``line`` (stripped) ends without sentence-final punctuation or a colon."""
    s = line.rstrip().rstrip(_CLOSERS + " ")
    return bool(s) and s[-1] not in _TERMINAL


def _full_lines(lines: list[str], width: int) -> int:
    """How many of the stripped ``lines`` are unterminated and nearly ``width`` wide."""
    lo, hi = FULL * width, 1.05 * width
    return sum(1 for ln in lines if lo <= len(ln) <= hi and unterminated(ln))


def _slack(lines: list[str], width: int) -> int:
    """How much shorter than ``width`` a wrapped line of these stripped ``lines`` can end
    before a word that would have fitted on it: 0 on a page cut at one width, more on a
    ragged one (proportional type cut into lines). The ``SLACK_Q`` quantile of that room over
    the full, unterminated lines followed by a line, at most a quarter of ``width``."""
    ds = sorted(width - len(a) - 1 - len(b.split(None, 1)[0])
                for a, b in zip(lines, lines[1:])
                if a and b and len(a) >= FULL * width and unterminated(a))
    if len(ds) < MIN_SLACK_LINES:
        return 0
    return max(0, min(ds[int(SLACK_Q * (len(ds) - 1))], int((1 - FULL) * width)))


class LineLayout:
    """The line layout of ``text[lo:hi]``: its wrap ``width`` (0 unless hard-wrapped) and
    ``slack`` (0 unless ragged, :func:`_slack`). Never raises."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo = text, lo
        raw = [ln.strip() for ln in text[lo:hi].split("\n")]
        lines = [ln for ln in raw if ln]
        lens = sorted(map(len, lines))
        self.width = self.slack = 0
        if len(lens) < MIN_FULL_LINES:
            return
        w = lens[int(0.9 * (len(lens) - 1))]
        if w <= MAX_WRAP and _full_lines(lines, w) >= max(
                MIN_FULL_LINES, MIN_FULL_SHARE * len(lens)):
            self.width, self.slack = w, _slack(raw, w)
            return
        # A short page (too few lines near its 90th percentile width): full lines that end
        # no paragraph, as wide as its widest line (a list under a long paragraph is no
        # wrap). Fewer than three would take a headline above a subheadline for a wrap.
        w = lens[-1]
        inner = [a for a, b in zip(raw, raw[1:]) if a and b]
        if w <= MAX_WRAP_FEW and _full_lines(inner, w) >= max(
                MIN_FULL_FIT, MIN_FULL_SHARE * len(lens)):
            self.width = w

    def soft_break(self, end: int) -> bool:
        """Whether the line break right after ``text[:end]`` (the end of a sentence, before a
        single line break) falls inside a sentence."""
        text = self.text
        start = text.rfind("\n", self.lo, end) + 1
        if start <= 0:
            start = self.lo
        line = text[start:end].strip()
        if not unterminated(line):
            return False
        if len(line) <= MAX_WRAP and (line.endswith(("،", ",")) or mid_clause(_last_word(line))):
            return True  # (a long paragraph cut mid-clause is a truncated story)
        return self.width > 0 and len(line) >= FULL * self.width


def hard_breaks(text: str, sents: list[tuple[int, int]]) -> list[int]:
    """Sorted offsets of the line breaks of ``text`` that lie between the sorted,
    non-overlapping spans ``sents`` or after the last: the real ones. A break inside a sentence
    is soft (:mod:`._sent_lines`: hard-wrapped text). Never raises."""
    out: list[int] = []
    for k, (_, e) in enumerate(sents):
        hi = sents[k + 1][0] if k + 1 < len(sents) else len(text)
        nl = text.find("\n", e, hi)
        while nl >= 0:
            out.append(nl)
            nl = text.find("\n", nl + 1, hi)
    return out


def line_words(text: str, wstart: list[int], hard: list[int], j: int) -> int:
    """Number of words from word ``j`` (word start offsets ``wstart``) to the next real line
    break (``hard``, :func:`hard_breaks`) or the end of ``text``; 0 past the last word."""
    if j >= len(wstart):
        return 0
    k = bisect.bisect_left(hard, wstart[j])
    end = hard[k] if k < len(hard) else len(text)
    return bisect.bisect_left(wstart, end) - j


def conjunction_start(word: str) -> bool:
    """Whether the normalized ``word`` opens with the conjunction «و» before an imperfect verb
    («ويقوم») or the article («والبرنامج»): a body sentence's start, not a headline's."""
    if len(word) < 5 or word[0] != "و":
        return False
    return word[1] in "يتن" or (word.startswith("وال") and len(word) >= 6)
