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
  (at most ``MAX_WRAP`` characters), and this line is nearly that wide.
"""
from __future__ import annotations

from khabar.text.normalize import normalize

MAX_WRAP = 160        # widest line width taken for a hard wrap (characters)
FULL = 0.75           # a line at least this share of the wrap width is full
MIN_FULL_LINES = 3    # fewest full, unterminated lines for a page to be hard-wrapped
MIN_FULL_SHARE = 0.4  # ... and their least share of the page's lines

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


class LineLayout:
    """The line layout of ``text[lo:hi]``: its wrap width, if hard-wrapped. Never raises."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo = text, lo
        lines = [ln.strip() for ln in text[lo:hi].split("\n")]
        lens = sorted(len(ln) for ln in lines if ln)
        self.width = 0
        if len(lens) < MIN_FULL_LINES:
            return
        w = lens[int(0.9 * (len(lens) - 1))]
        if w > MAX_WRAP:
            return
        full = sum(1 for ln in lines if FULL * w <= len(ln) <= w * 1.05 and unterminated(ln))
        if full >= max(MIN_FULL_LINES, MIN_FULL_SHARE * len(lens)):
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


def conjunction_start(word: str) -> bool:
    """Whether the normalized ``word`` opens with the conjunction «و» before an imperfect verb
    («ويقوم») or the article («والبرنامج»): a body sentence's start, not a headline's."""
    if len(word) < 5 or word[0] != "و":
        return False
    return word[1] in "يتن" or (word.startswith("وال") and len(word) >= 6)
