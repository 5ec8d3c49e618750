"""Tuning constants of :mod:`khabar.segment.articles` and the span types it returns.

The weights and ``THRESHOLD`` were tuned on the dev pages of ``khabar evaluate articles`` and
PADT dev.
"""
from __future__ import annotations

import re

Span = tuple[int, int]
ArticleT = tuple[int, int, "Span | None"]

MIN_WORDS = 2          # shortest headline (words)
MAX_WORDS = 24         # longest headline (words)
LEDE_WINDOW = 40       # words after a headline searched for its restatement
PREV_WINDOW = 120      # words before a headline searched for the previous story's words
MIN_GAP = 12           # fewest words between two article starts
MIN_TAIL = 8           # fewest words after an inline headline in an unterminated line's sentence
THRESHOLD = 2.0
LEDE_BONUS = 1.4       # the word after an inline headline opens ledes («أعلنت», «قال»)
COMMA_PENALTY = 0.8    # an inline headline holding an Arabic comma
CONJ_PENALTY = 2.0     # a headline after a full stop opening with «و» + verb or article
EPS = 1e-9             # slack for float rounding in the score bounds

WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")
TERMINAL = frozenset(".!?؟؛…۔")
CLOSERS = "\"»”’')]"
