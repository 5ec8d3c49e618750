"""Headline scoring of a page for :mod:`khabar.segment.articles`.

:class:`PageScorer` holds the word indexes of one page and scores a candidate headline
``words[i:j]`` (:meth:`PageScorer._score`): restatement in the lede, dateline, line layout,
a lede-opening word after it, punctuation, overlap with the previous story.
:meth:`PageScorer._inline_ends` bounds that score from above so that most inline ends need
not be scored.
"""
from __future__ import annotations

from khabar.segment._article_index import IS_STOP, NORM, STOP, WordIndex
from khabar.segment._article_params import (
    CLOSERS, COMMA_PENALTY, EPS, LEDE_BONUS, LEDE_WINDOW, MAX_WORDS, MIN_WORDS, PREV_WINDOW,
    THRESHOLD, Span,
)
from khabar.segment._datelines import find_datelines
from khabar.segment._line_breaks import hard_breaks, line_words, mid_clause

_STOP = STOP
# What may stand between an inline headline and its lede (a line break in a sentence is soft).
_BETWEEN = " \t\n" + CLOSERS + "!?؟"
_KIND_INLINE = {"page": 0.6, "blank": 1.0, "line": 0.6, "sent": 0.0, "quote": 0.3}
_KIND_WHOLE = {"page": 0.3, "blank": 0.4, "line": 0.2, "sent": -0.9, "quote": -1.5}

# For the score bounds of PageScorer._inline_ends.
_RECUR = MAX_WORDS + LEDE_WINDOW  # a word restated in a lede recurs within this many words
_OV_DEN = [max(4.0, h ** 0.8) for h in range(MAX_WORDS + 1)]
# ``1.6 * ov`` with h content keys of which m restated, ``0.35 * min(b, 4)`` with b pairs,
# and the most their sum can be with at most r restated words.
_OV16 = [[1.6 * (1.8 * m - 0.8 * h) / _OV_DEN[h] for m in range(MAX_WORDS + 1)]
         for h in range(MAX_WORDS + 1)]
_B35 = [0.35 * min(b, 4) for b in range(2 * MAX_WORDS + 1)]
_RESTATE_MAX = [_OV16[r][r] + _B35[r] for r in range(MAX_WORDS + 1)]


class PageScorer:
    """Word and sentence indexes of one page, and the candidate scoring."""

    def __init__(self, text: str, sentences: list[Span], wstart: list[int], wend: list[int],
                 tokens: list[str]) -> None:
        self.text = text
        self.sents = sentences
        self.wstart = wstart
        self.wend = wend
        self.tokens = tokens
        self.index = ix = WordIndex(tokens, _RECUR)
        self.info = ix.info
        self.keys = ix.keys
        self.content = ix.content
        self.lede_prefix = ix.lede_prefix
        self._hard: list[int] | None = None  # real line breaks (built when first needed)
        self.dateline = find_datelines(text, sentences[0][0], sentences[-1][1], wstart, tokens)

    def _inline_ends(self, i: int, kind: str, cont_pen: float, j_last: int,
                     floor: float = THRESHOLD) -> list[tuple[float, int]]:
        """``(bound, j)`` for the ends ``j`` in ``[i + MIN_WORDS, j_last]`` of inline headlines
        from word ``i`` whose score (:meth:`_score` minus ``cont_pen``) can reach ``floor``.

        ``bound`` is an upper bound of that score: the restatement counts are bounded through
        the same-key links (updated in O(1) per ``j``, no search), the text checks (punctuation
        before the lede, a comma) are exact. Keep it in step with :meth:`_score`; the tests
        compare ``detect()`` with ``detect(prune=False)``.
        """
        j0 = i + MIN_WORDS
        if j_last < j0:
            return []
        ix, dateline, lp = self.index, self.dateline, self.lede_prefix
        rp = ix.recur_pre
        floor -= EPS
        # All ends at once: at most r words recur within _RECUR words (restated keys and
        # restated pairs start at such words).
        r = rp[j_last] - rp[i]
        dl_max = max((v for p, v in dateline.items() if j0 <= p <= j_last), default=0.0)
        base = _KIND_INLINE[kind] - cont_pen
        top = base + 2.2 * dl_max + LEDE_BONUS * (lp[j_last + 1] > lp[j0])
        if top + _RESTATE_MAX[r] < floor:
            return []
        # Each end j: c content words in words[i:j], with h <= len(hset) keys (a key seen
        # first on a stopword there is missed), s of them (at most) seen in the previous
        # story's window; m >= the restated keys: the counted words x in [i, j) whose next
        # same-key word is in [j, j + LEDE_WINDOW) (one per key); restated pairs start with
        # a restated key: at most m, plus one per repeated content word (c - h).
        text, wstart, wend = self.text, self.wstart, self.wend
        content, counted, nxt, prv, info = ix.content, ix.counted, ix.nxt, ix.prv, ix.info
        nw = len(content)
        has_dl = dl_max > 0
        seen_lo = max(0, i - PREV_WINDOW) if kind != "page" else i
        out = []
        h = m = c = s = 0
        for x in range(i, j_last):
            # words[i:x] -> words[i:x + 1]
            if content[x]:
                c += 1
                if prv[x] < i:
                    h += 1
                    if prv[x] >= seen_lo:
                        s += 1
            if counted[x]:
                if prv[x] >= i:
                    m -= 1  # restated at x, which is now in the headline
                if nxt[x] <= x + LEDE_WINDOW:
                    m += 1
            y = x + LEDE_WINDOW
            if y < nw and counted[y] and i <= prv[y] < x:
                m += 1  # restated at y, which is now in the lede window
            j = x + 1
            if j < j0:
                continue
            dl = dateline.get(j, 0.0) if has_dl else 0.0
            if j - i < 3 and not dl:
                continue
            b = m + c - h
            r = rp[j - 1] - rp[i]
            restate = _OV16[h][m] + _B35[r if r < b else b]
            if restate + top < floor:
                continue
            ub = (restate + base + 2.2 * dl + LEDE_BONUS * (lp[j + 1] - lp[j])
                  - 0.6 * (lp[j] - lp[i + 1]) - 1.2 * info[j - 1][IS_STOP] - 0.4 * (j - i == 2))
            if s and ub - s / c < floor and ub - restate + _OV16[h][0] < floor:
                continue  # the previous story's words (when restated at all)
            if ub < floor or c < 2 and not dl:
                continue
            # Exact parts of the score that need the text.
            if not dl and text[wend[j - 1]:wstart[j]].strip(_BETWEEN):
                continue  # _score gives None
            if "،" in text[wstart[i]:wend[j - 1]]:
                ub -= COMMA_PENALTY
                if ub < floor:
                    continue
            out.append((ub, j))
        return out

    def _score(self, i: int, j: int, kind: str, whole: bool, terminated: bool,
               gap_after: str) -> float | None:
        """Score the headline ``words[i:j]``; ``None`` when it cannot be one."""
        text, keys, content = self.text, self.keys, self.content
        wstart, wend = self.wstart, self.wend
        head = [keys[x] for x in range(i, j) if content[x]]
        hset = set(head)
        dl = self.dateline.get(j, 0.0)
        if len(hset) < 2 and not dl:
            return None
        hi = j + LEDE_WINDOW
        m = len(hset.intersection(keys[j:hi]))
        ov = (m - 0.8 * (len(hset) - m)) / max(4.0, len(hset) ** 0.8)
        pairs = {(head[x], head[x + 1]) for x in range(len(head) - 1)}
        # Word pairs (adjacent or one word apart) that start in [j, hi - 1).
        near = set(zip(keys[j:hi - 1], keys[j + 1:hi]))
        near.update(zip(keys[j:hi - 1], keys[j + 2:hi + 1]))
        b = len(pairs & near)
        last_norm = self.info[j - 1][NORM]
        if whole:
            # A line of its own: layout is the main cue, restatement a bonus.
            if "\n" not in gap_after:
                return None
            sc = 2.2 if not terminated else 1.2
            sc += 0.8 * max(ov, -0.6) + 0.2 * min(b, 3)
            if gap_after.count("\n") >= 2:
                sc += 0.3
            sc += _KIND_WHOLE[kind]
            if j - i > 15:
                sc -= 0.08 * (j - i - 15)
            if dl:
                sc += 1.0
            if last_norm in _STOP:
                sc -= 1.0
            nxt = self._line_words(j)
            if nxt < 2 * (j - i) and nxt < 25:
                sc -= 0.8  # the next line is short too: a list, a menu, a caption
        else:
            sc = 1.6 * ov + 0.35 * min(b, 4)
            if dl:
                sc += 2.2 * dl
            sc += _KIND_INLINE[kind]
            between = text[wend[j - 1]:wstart[j]]
            if between.strip(_BETWEEN) and not dl:
                return None  # a comma, colon or dash between headline and lede
            if self.lede_prefix[j + 1] > self.lede_prefix[j]:
                sc += LEDE_BONUS
            if "،" in text[wstart[i]:wend[j - 1]]:
                sc -= COMMA_PENALTY
            if mid_clause(self.tokens[j - 1]):
                return None  # the lede would start mid-clause
            if last_norm in _STOP:
                sc -= 1.2
            inner = self.lede_prefix[j] - self.lede_prefix[i + 1]
            sc -= 0.6 * inner
            if j - i == 2:
                sc -= 0.4
        if m and kind != "page":
            lo = max(0, i - PREV_WINDOW)
            seen = len(hset.intersection(keys[lo:i]))
            sc -= 1.0 * seen / len(hset)
        return sc

    def _line_words(self, j: int) -> int:
        """Number of words from word ``j`` to the next real line break: line breaks inside a
        sentence (hard-wrapped text) are skipped."""
        if self._hard is None:
            self._hard = hard_breaks(self.text, self.sents)
        return line_words(self.text, self.wstart, self._hard, j)
