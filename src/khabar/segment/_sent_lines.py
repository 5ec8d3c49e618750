"""Line breaks inside sentences, for :mod:`khabar.segment.sentences`.

Scraped pages and newspaper text are often hard-wrapped (EASC's Al-Watan and Al-Rai articles
break every ~78 characters, in the middle of sentences). A single line break is *soft* (no
sentence boundary) when the next line opens with punctuation that goes on with the line before
(``والسكر`` / ``. ويبلغ``; ``»``, ``،``), when the line before ends with an opening bracket, or
when the line before has no final punctuation (``. ! ? ؟ ؛ … ۔``, closing quotes after them),
the next line opens no list item (``•``, ``1.``, ``2-``) or dateline
(``القاهرة (رويترز) -``, ``بريزبان (استراليا) 15 - 7 (اف ب) -``), and the line before

* ends mid-clause — with a comma, a preposition, a conjunction or a particle that needs a
  continuation (:func:`khabar.segment._line_breaks.mid_clause`: «في», «أن», «الذي», «و» …) —
  and is at most ``MAX_WRAP`` characters long (a longer paragraph cut there is truncated), or
* is a full line of a hard-wrapped page (:class:`khabar.segment._line_breaks.LineLayout`) whose
  break was not forced: the first word of the next line would not have fitted on it
  (``len(line) + 1 + len(word) >= width - SLACK - slack``, the ``slack`` of a ragged page
  measured by the layout); such a line may end with a colon, which splits no sentence
  inside a line either. A shorter, unterminated line — a headline,
  a dateline, the end of a paragraph without a stop — ends its sentence.

A full line ending with a full stop that closes no sentence (``واجه د.``) is soft too
(:func:`soft_breaks` gives it apart). A blank line is always a boundary. The page layout is
taken over the whole text; the work is one pass over the lines (linear time).
"""
from __future__ import annotations

import re

from khabar.segment._datelines import agency_matches
from khabar.segment._line_breaks import FULL, MAX_WRAP, LineLayout, mid_clause

SLACK = 1  # a break this many characters short of the wrap width still counts as a wrap

_STRIP = (" \t\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
          "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u0085\u200b\u200c\u200d\u200e\u200f"
          "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff")
_FINAL = frozenset(".!?؟؛…۔:")
_CLOSERS = "\"»”’')]›"
_GOES_ON = frozenset(".!?؟؛…۔:،,;»”)]›")  # a line opening with these continues the last one
_BULLETS = frozenset("•●▪◦■□►▶◆◇○*·")
_LIST_NUMBER = re.compile(r"[0-9٠-٩]{1,2}[.)\-]\s")  # not "(3)": often inline
_PARENS = re.compile(r"\([^()\n]{0,40}\)")  # "بريزبان ( استراليا )"
_AGENCY_AFTER = re.compile(r"[^()\d\n]{1,20}\)")  # "اف ب )", not the score "3 - 7 )"
_DATELINE_ENDS = "-–—:("  # "(اف ب) -", "15 - 7 (" (a date before the agency)
_OPENERS = "(«“[‹"


def soft_breaks(text: str) -> tuple[set[int], set[int]]:
    """``(soft, after_stop)``: offsets of the line breaks of ``text`` that fall inside a
    sentence, and of those that do unless the full stop ending the line before ends a
    sentence (it may close an abbreviation: ``واجه د.`` / ``عاطف عبيد``). Never raises."""
    soft: set[int] = set()
    after_stop: set[int] = set()
    if "\n" not in text:
        return soft, after_stop
    lines = text.split("\n")
    layout = LineLayout(text, 0, len(text))
    width, slack = layout.width, layout.slack + SLACK
    pos = len(lines[0])  # offset of the break after lines[0]
    prev = lines[0].strip(_STRIP)
    for i in range(1, len(lines)):
        cur = lines[i].strip(_STRIP)
        if prev and cur:
            at = pos + 1 + len(lines[i]) - len(lines[i].lstrip(_STRIP))
            kind = _kind(text, prev, cur, at, width, slack)
            if kind == "soft":
                soft.add(pos)
            elif kind == "stop":
                after_stop.add(pos)
        pos += 1 + len(lines[i])
        prev = cur
    return soft, after_stop


def _kind(text: str, line: str, nxt: str, nxt_at: int, width: int, slack: int) -> str:
    """How the single break between the stripped lines ``line`` and ``nxt`` (which starts at
    ``nxt_at`` in ``text``) parts them: "soft", "stop" (soft unless the stop ending ``line``
    ends a sentence) or "hard"."""
    if nxt[0] in _GOES_ON or line[-1] in _OPENERS:
        return "soft"
    core = line.rstrip(_CLOSERS + " ")
    if not core or (core[-1] in _FINAL and core[-1] not in ":."):
        return "hard"
    if nxt[0] in _BULLETS:
        return "hard"
    if core[-1] not in ":." and len(line) <= MAX_WRAP and (
            core[-1] in "،," or mid_clause(_last_word(line))):
        return "soft"
    if _LIST_NUMBER.match(nxt[:8] + " ") or _dateline(text, nxt_at):
        return "hard"
    if not width or len(line) < FULL * width:
        return "hard"
    first = nxt.split(None, 1)[0]
    if len(line) + 1 + len(first) < width - slack:
        return "hard"
    return "stop" if core[-1] == "." else "soft"


def _last_word(line: str) -> str:
    words = line.rsplit(None, 1)
    return words[-1].strip(_CLOSERS) if words else ""


def _dateline(text: str, at: int) -> bool:
    """Whether the line at ``at`` in ``text`` opens with a dateline (``القاهرة (رويترز) -``)."""
    hi = min(len(text), at + 60)
    for m in agency_matches(text, at, hi):
        head = text[at:m.start()]
        date = m.group()[:1].isdigit()  # "15 - 7 (": the city alone before it, an agency after
        if date and not _AGENCY_AFTER.match(text, m.end(), min(len(text), m.end() + 24)):
            continue
        words = len(_PARENS.sub(" ", head).split())
        if (words <= (3 if date else 7) and m.group().rstrip()[-1:] in _DATELINE_ENDS
                and not any(c in _FINAL or c in "\n،," for c in head)):
            return True
    return False
