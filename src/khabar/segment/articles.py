"""Split a page into articles and find their headlines, including headlines run inline.

Scraped pages often run several wire stories together, each headline glued to the end of
the previous story with no punctuation (``examples/geneva2-page.txt``). A headline is found
as a span ``[i, j)`` of words that

* starts where a clause can start: the page start, a sentence start, a line start, or just
  after a closing quote (``... منه" الأمم المتحدة تعترف ...``);
* has no sentence-final punctuation inside;
* is followed by a lede that restates it (most of its content words, and some of its word
  pairs, recur in the next 40 words), or by a dateline (``موسكو 15 - 7 (اف ب) -``,
  ``القاهرة (رويترز) -``), or stands alone on a short line without final punctuation.

A line break inside a sentence (hard-wrapped newspaper text, :mod:`._line_breaks`) is no
candidate start, an inline headline cannot end on a preposition, conjunction or «أن» (its
lede would start mid-clause) nor fewer than ``MIN_TAIL`` words before the end of its sentence
when that sentence ends without final punctuation at a line break (a lede is no line
fragment: ``... . سقوط أربعة جرحى في إطلاق نار بمدينة مالمو السويدية`` ending its line is
one headline), and one opening a sentence with «و» + verb or article («ويقوم», «والبرنامج») is
penalized.

Each candidate is scored (restatement, dateline, line layout, words that open a continuing
body sentence such as «وقال», overlap with the preceding text) and kept when the score
passes a threshold tuned on the dev pages of ``khabar evaluate articles`` and PADT dev.
Cue words live in :mod:`khabar.lang.segment_cues`. A page with no cue stays one article.

The parts: tuning constants in :mod:`._article_params`, the word index in
:mod:`._article_index`, datelines in :mod:`._datelines`, candidate starts in
:mod:`._article_starts`, scoring in :mod:`._article_score`, articles and refined sentences in
:mod:`._article_output`. This module selects the headlines.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate

from khabar.lang import segment_cues as cues
from khabar.segment._article_index import NORM
from khabar.segment._article_output import build_articles
from khabar.segment._article_params import (  # noqa: F401  (public names of this module)
    COMMA_PENALTY, CONJ_PENALTY, EPS, LEDE_BONUS, LEDE_WINDOW, MAX_WORDS, MIN_GAP, MIN_TAIL,
    MIN_WORDS, PREV_WINDOW, THRESHOLD, ArticleT, Span,
)
from khabar.segment._article_params import CLOSERS as _CLOSERS
from khabar.segment._article_params import TERMINAL as _TERMINAL
from khabar.segment._article_params import WORD as _WORD
from khabar.segment._article_score import PageScorer
from khabar.segment._article_starts import candidate_starts
from khabar.segment._line_breaks import conjunction_start
from khabar.text.normalize import normalize

_CONT = frozenset(normalize(w) for w in cues.CONTINUATION_STARTERS)
_AFTER_Q = frozenset(normalize(w) for w in cues.AFTER_QUOTE_CONTINUATIONS)
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")


def find_articles(text: str, sentences: list[Span]) -> tuple[list[ArticleT], list[Span]]:
    """Return ``(articles, sentences)`` for sentence spans of ``text``.

    ``articles`` are ``(start, end, headline)`` with ``headline`` a ``(start, end)`` span at
    the article's start or ``None``; ``sentences`` are the input spans split at headline
    edges. Every sentence lies in exactly one article. Never raises for valid spans.
    """
    sentences = sorted((s, e) for s, e in sentences if e > s)
    if not sentences:
        return [], []
    page = _page(text, sentences)
    if page is None:
        return [(sentences[0][0], sentences[-1][1], None)], sentences
    heads = page.detect()
    return page.build(heads)


def _page(text: str, sentences: list[Span]) -> _Page | None:
    """The page over sorted, non-empty ``sentences``; ``None`` when it has too few words."""
    lo = sentences[0][0]
    # The words of text[lo:hi] split out: [gap, word, gap, word, ..., gap].
    pieces = _WORD_SPLIT.split(text[lo:sentences[-1][1]])
    if len(pieces) < 2 * (MIN_WORDS + 3) + 1:
        return None
    offsets = list(accumulate(map(len, pieces), initial=lo))
    return _Page(text, sentences, offsets[1::2], offsets[2::2], pieces[1::2])


class _Page(PageScorer):
    """A page: its indexes and scoring (:class:`PageScorer`), headline selection, output."""

    def _starts(self) -> list[tuple[int, str, int]]:
        """Candidate headline starts: (word index, kind, index of the sentence)."""
        return candidate_starts(self.text, self.sents, self.wstart)

    # -- selection -------------------------------------------------------------------------
    def detect(self, prune: bool = True) -> list[tuple[int, int, float]]:
        """Accepted headlines as (first word, end word exclusive, score).

        With ``prune``, inline candidates whose score bound (:meth:`_inline_ends`) is below
        ``THRESHOLD`` are not scored; the result is the same as without.
        """
        text, wend, sents, info = self.text, self.wend, self.sents, self.info
        found: list[tuple[float, int, int]] = []
        for i, kind, k in self._starts():
            ss, se = sents[k]
            # The last word of the sentence (at least i).
            t = bisect.bisect_left(self.wstart, se)
            last = t - 1 if wend[t - 1] <= se else t - 2
            if last < i:
                last = i
            first = info[i][NORM]
            cont_pen = 0.0
            if first in _CONT:
                cont_pen = 2.5
            elif kind == "sent" and conjunction_start(first):
                cont_pen = CONJ_PENALTY
            if kind == "quote" and first in _AFTER_Q:
                continue
            terminated = text[se - 1] in _TERMINAL or (
                text[se - 1] in _CLOSERS and any(c in _TERMINAL for c in text[max(ss, se - 3):se]))
            gap_after = text[se:sents[k + 1][0]] if k + 1 < len(sents) else ""
            best = None
            j_end = min(i + MAX_WORDS, last + 1)
            # Ends inside the sentence (j <= last), then the whole sentence (j == last + 1).
            # The best score wins, the first end among equals.
            if prune:
                # Highest bound first, until no bound reaches the best score.
                ends = self._inline_ends(i, kind, cont_pen, min(j_end, last))
                ends.sort(reverse=True)
            else:
                ends = [(0.0, j) for j in range(i + MIN_WORDS, min(j_end, last) + 1)
                        if j - i >= 3 or self.dateline.get(j) is not None]
            # A lede is no line fragment: the sentence ending unterminated at a line break
            # a few words after the headline is a headline as a whole (or no headline).
            tail_at = last + 1 - MIN_TAIL if not terminated and "\n" in gap_after else None
            for ub, j in ends:
                if prune and best is not None and ub < best[0] - EPS:
                    break
                if tail_at is not None and j > tail_at:
                    continue
                sc = self._score(i, j, kind, False, terminated, gap_after)
                if sc is None:
                    continue
                sc -= cont_pen
                if best is None or sc > best[0] or (sc == best[0] and j < best[2]):
                    best = (sc, i, j)
            j = last + 1
            if (i + MIN_WORDS <= j <= j_end and k + 1 < len(sents)
                    and not (terminated and (j - i) > 14) and "\n" in gap_after):
                sc = self._score(i, j, kind, True, terminated, gap_after)
                if sc is not None:
                    sc -= cont_pen
                    if best is None or sc > best[0]:
                        best = (sc, i, j)
            if best is not None and best[0] >= THRESHOLD:
                found.append(best)
        # Keep the best-scoring, non-overlapping, well separated candidates.
        found.sort(key=lambda x: -x[0])
        kept: list[tuple[int, int, float]] = []
        for sc, i, j in found:
            if any(not (j + MIN_GAP <= ki or kj + MIN_GAP <= i) for ki, kj, _ in kept):
                continue
            kept.append((i, j, sc))
        kept.sort()
        return kept

    # -- output ----------------------------------------------------------------------------
    def build(self, heads: list[tuple[int, int, float]]) -> tuple[list[ArticleT], list[Span]]:
        """``(articles, sentences)`` for the accepted ``heads`` (:meth:`detect`)."""
        return build_articles(self.text, self.sents, self.wstart, self.wend, heads)
