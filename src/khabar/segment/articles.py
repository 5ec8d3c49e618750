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
lede would start mid-clause), and one opening a sentence with «و» + verb or article
(«ويقوم», «والبرنامج») is penalized.

Each candidate is scored (restatement, dateline, line layout, words that open a continuing
body sentence such as «وقال», overlap with the preceding text) and kept when the score
passes a threshold tuned on the dev pages of ``khabar evaluate articles`` and PADT dev.
Cue words live in :mod:`khabar.lang.segment_cues`. A page with no cue stays one article.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import Iterable, Iterator

from khabar.lang import segment_cues as cues
from khabar.segment._article_index import IS_STOP, NORM, STOP, WordIndex, anchored_finditer
from khabar.segment._line_breaks import LineLayout, conjunction_start, mid_clause
from khabar.text.normalize import normalize

Span = tuple[int, int]
ArticleT = tuple[int, int, "Span | None"]

MIN_WORDS = 2          # shortest headline (words)
MAX_WORDS = 24         # longest headline (words)
LEDE_WINDOW = 40       # words after a headline searched for its restatement
PREV_WINDOW = 120      # words before a headline searched for the previous story's words
MIN_GAP = 12           # fewest words between two article starts
THRESHOLD = 2.0
LEDE_BONUS = 1.4       # the word after an inline headline opens ledes («أعلنت», «قال»)
COMMA_PENALTY = 0.8    # an inline headline holding an Arabic comma
CONJ_PENALTY = 2.0     # a headline after a full stop opening with «و» + verb or article

_WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")
_TERMINAL = frozenset(".!?؟؛…۔")
_CLOSERS = "\"»”’')]"
_AFTER_HEAD = re.compile(r"[\"»”’')\]!?؟]+")


def _agency_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    alts = []
    for a in sorted(set(cues.AGENCIES), key=len, reverse=True):
        parts = [re.escape(p) for p in re.split(r"[\s.]+", a) if p]
        alts.append(r"[\s.]*".join(parts))
    ag = "(?:" + "|".join(alts) + ")"
    return re.compile(
        r"\(\s*" + ag + r"\s*\)\s*[-–—:]?"          # (اف ب) -   (رويترز)
        r"|[-–—]\s*[«\"]?" + ag + r"[»\"]?\s*[-–—:]"  # - واس :
        r"|(?<![\w])\d{1,2}\s*[-/]\s*\d{1,2}\s*(?:\(|:)"  # 15 - 7 (   15 - 7 :
    ), re.compile(r"(?<![\w])" + ag + r"\s*[-–—]\s*\w+(?:[ \t]\w+)?\s*:")  # سبق - ينبع:


_AGENCY, _AGENCY_FIRST = _agency_pattern()
_DATE_BEFORE = re.compile(r"\d{1,2}\s*[-/]\s*\d{1,2}\s*$")
_PAREN_BEFORE = re.compile(r"\([^()\n]{0,40}\)\s*$")


_STOP = STOP
_CONT = frozenset(normalize(w) for w in cues.CONTINUATION_STARTERS)
_AFTER_Q = frozenset(normalize(w) for w in cues.AFTER_QUOTE_CONTINUATIONS)
_CITIES = frozenset(normalize(c) for c in cues.CITIES)
_MAX_CITY = max(len(c.split()) for c in cues.CITIES)
_WORD_SPLIT = re.compile("(" + _WORD.pattern + ")")
_QUOTES = re.compile(r"[\"«»“”]")
_DASH_TAIL = re.compile(r"[-–—]\s*\w+(?:[ \t]\w+)?\s*:")  # how an _AGENCY_FIRST match ends
_BETWEEN = " \t" + _CLOSERS + "!?؟"  # what may stand between an inline headline and its lede
_KIND_INLINE = {"page": 0.6, "blank": 1.0, "line": 0.6, "sent": 0.0, "quote": 0.3}
_KIND_WHOLE = {"page": 0.3, "blank": 0.4, "line": 0.2, "sent": -1.2, "quote": -1.5}

# For the score bounds of _Page._inline_ends.
_RECUR = MAX_WORDS + LEDE_WINDOW  # a word restated in a lede recurs within this many words
_EPS = 1e-9  # slack for float rounding
_OV_DEN = [max(4.0, h ** 0.8) for h in range(MAX_WORDS + 1)]
# ``1.6 * ov`` with h content keys of which m restated, ``0.35 * min(b, 4)`` with b pairs,
# and the most their sum can be with at most r restated words.
_OV16 = [[1.6 * (1.8 * m - 0.8 * h) / _OV_DEN[h] for m in range(MAX_WORDS + 1)]
         for h in range(MAX_WORDS + 1)]
_B35 = [0.35 * min(b, 4) for b in range(2 * MAX_WORDS + 1)]
_RESTATE_MAX = [_OV16[r][r] + _B35[r] for r in range(MAX_WORDS + 1)]


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


class _Page:
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
        self.sstart = [s for s, _ in sentences]
        self.dateline = self._datelines()

    # -- cues ------------------------------------------------------------------------------
    def _agency_matches(self, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """``_AGENCY.finditer(text, lo, hi)``: a match starts at "(", at a dash, or at one of
        the two digits before a "-" or "/" (and spaces)."""
        text = self.text

        def starts() -> Iterator[int]:
            for c in "(-–—/":
                q = text.find(c, lo, hi)
                while q >= 0:
                    if c != "/":
                        yield q
                    if c in "-/":
                        r = q - 1
                        while r >= lo and text[r].isspace():
                            r -= 1
                        yield r
                        yield r - 1
                    q = text.find(c, q + 1, hi)
        return anchored_finditer(_AGENCY, text, lo, hi, starts())

    def _agency_first_matches(self, lo: int, hi: int) -> Iterable[re.Match[str]]:
        """``_AGENCY_FIRST.finditer(text, lo, hi)``, skipped when no dash has its tail."""
        text = self.text
        for c in "-–—":
            q = text.find(c, lo, hi)
            while q >= 0:
                if _DASH_TAIL.match(text, q, hi):
                    return _AGENCY_FIRST.finditer(text, lo, hi)
                q = text.find(c, q + 1, hi)
        return ()

    def _datelines(self) -> dict[int, float]:
        """Word indexes where a dateline starts, with a strength."""
        text, out = self.text, {}
        lo, hi = self.sents[0][0], self.sents[-1][1]
        for m in self._agency_matches(lo, hi):
            a = m.start()
            strong = not m.group().lstrip()[:1].isdigit()
            k = a
            seg = text[max(lo, k - 80):k]
            d = _DATE_BEFORE.search(seg)
            if d and strong:
                seg = seg[:d.start()]
            p = _PAREN_BEFORE.search(seg)
            if p:
                seg = seg[:p.start()]
            end_city = max(lo, k - 80) + len(seg.rstrip())
            wi = bisect.bisect_left(self.wstart, end_city) - 1  # last city word
            if wi < 0:
                continue
            # Longest known city ending at wi, else one word.
            start = wi
            for n in range(min(_MAX_CITY, wi + 1), 0, -1):
                cand = " ".join(normalize(t) for t in self.tokens[wi - n + 1:wi + 1])
                if cand in _CITIES:
                    start = wi - n + 1
                    break
            out[start] = max(out.get(start, 0.0), 1.0 if strong else 0.7)
        for m in self._agency_first_matches(lo, hi):
            wi = bisect.bisect_left(self.wstart, m.start())
            if wi < len(self.wstart) and self.wstart[wi] == m.start():
                out[wi] = max(out.get(wi, 0.0), 0.9)
        return out

    def _starts(self) -> list[tuple[int, str, int]]:
        """Candidate headline starts: (word index, kind, index of the sentence)."""
        text, wstart, out = self.text, self.wstart, []
        nw = len(wstart)
        lo, hi = self.sents[0][0], self.sents[-1][1]
        quotes = [m.start() for m in _QUOTES.finditer(text, lo, hi)]
        layout = LineLayout(text, lo, hi)
        prev_end = None
        for k, (ss, se) in enumerate(self.sents):
            wi = bisect.bisect_left(wstart, ss)
            if wi >= nw or wstart[wi] >= se:
                prev_end = se
                continue
            gap = text[prev_end:ss] if prev_end is not None else ""
            kind = "page" if prev_end is None else (
                "blank" if gap.count("\n") >= 2 else "line" if "\n" in gap else "sent")
            if kind != "line" or not layout.soft_break(prev_end):  # type: ignore[arg-type]
                out.append((wi, kind, k))
            # After a closing quote inside the sentence.
            depth = 0
            for x in range(bisect.bisect_left(quotes, ss), bisect.bisect_left(quotes, se)):
                pos = quotes[x]
                c = text[pos]
                if c in "«“":
                    depth += 1
                    continue
                if c == '"' and depth % 2 == 0 and c != "»":
                    depth += 1
                    continue
                depth = max(0, depth - 1)
                q = pos + 1
                while q < se and text[q] in " \t":
                    q += 1
                if q >= se or q == pos + 1 or not text[q].isalpha():
                    continue
                qi = bisect.bisect_left(wstart, q)
                if qi < nw and wstart[qi] == q:
                    out.append((qi, "quote", k))
            prev_end = se
        return out

    # -- scoring ---------------------------------------------------------------------------
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
            for ub, j in ends:
                if prune and best is not None and ub < best[0] - _EPS:
                    break
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
        floor -= _EPS
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
        """Number of words on the line that starts at word ``j``."""
        text, wstart = self.text, self.wstart
        if j >= len(wstart):
            return 0
        nl = text.find("\n", wstart[j])
        end = len(text) if nl < 0 else nl
        return bisect.bisect_left(wstart, end) - j

    # -- output ----------------------------------------------------------------------------
    def _head_span(self, i: int, j: int) -> Span:
        text, wstart = self.text, self.wstart
        k = bisect.bisect_right(self.sstart, wstart[i]) - 1
        ss, se = self.sents[k]
        start = wstart[i]
        # Include opening quotes/brackets right before the first word.
        while start > ss and text[start - 1] in "«\"“('[":
            start -= 1
        end = self.wend[j - 1]
        m = _AFTER_HEAD.match(text, end)
        if m and m.end() <= se:
            end = m.end()
        if j < len(wstart) and wstart[j] >= se:
            end = max(end, se) if se <= (wstart[j]) else end
        return start, end

    def build(self, heads: list[tuple[int, int, float]]) -> tuple[list[ArticleT], list[Span]]:
        text = self.text
        cuts: set[int] = set()
        art_heads: list[tuple[int, Span]] = []
        for i, j, _ in heads:
            hs, he = self._head_span(i, j)
            lede = self.wstart[j] if j < len(self.wstart) else he
            cuts.add(hs)
            cuts.add(lede)
            art_heads.append((hs, (hs, he)))
        # Refine the sentences at the cuts.
        sents: list[Span] = []
        cut_list = sorted(cuts)
        for s, e in self.sents:
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
