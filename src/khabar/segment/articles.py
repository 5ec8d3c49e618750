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

Each candidate is scored (restatement, dateline, line layout, words that open a continuing
body sentence such as «وقال», overlap with the preceding text) and kept when the score
passes a threshold tuned on the dev pages of ``khabar evaluate articles`` and PADT dev.
Cue words live in :mod:`khabar.lang.segment_cues`. A page with no cue stays one article.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from khabar.lang import segment_cues as cues
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


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """A light stem for comparing a headline with its lede: folded, clitics stripped."""
    w = normalize(word)
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    else:
        if len(w) >= 4 and w[0] in "وفبل":
            w = w[1:]
    for s in ("ات", "ين", "ون", "ان", "ها", "هم"):
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[:-len(s)]
            break
    if len(w) >= 4 and w[-1] in "هي":
        w = w[:-1]
    return w


_STOP = frozenset(normalize(w) for w in cues.STOPWORDS)
_CONT = frozenset(normalize(w) for w in cues.CONTINUATION_STARTERS)
_AFTER_Q = frozenset(normalize(w) for w in cues.AFTER_QUOTE_CONTINUATIONS)
_LEDE = frozenset(normalize(w) for w in cues.LEDE_STARTERS)
_CITIES = frozenset(normalize(c) for c in cues.CITIES)
_MAX_CITY = max(len(c.split()) for c in cues.CITIES)


def find_articles(text: str, sentences: list[Span]) -> tuple[list[ArticleT], list[Span]]:
    """Return ``(articles, sentences)`` for sentence spans of ``text``.

    ``articles`` are ``(start, end, headline)`` with ``headline`` a ``(start, end)`` span at
    the article's start or ``None``; ``sentences`` are the input spans split at headline
    edges. Every sentence lies in exactly one article. Never raises for valid spans.
    """
    sentences = sorted((s, e) for s, e in sentences if e > s)
    if not sentences:
        return [], []
    words = [m.span() for m in _WORD.finditer(text, sentences[0][0], sentences[-1][1])]
    if len(words) < MIN_WORDS + 3:
        return [(sentences[0][0], sentences[-1][1], None)], sentences
    page = _Page(text, sentences, words)
    heads = page.detect()
    return page.build(heads)


def _occurs(positions: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of positions has one in ``[lo, hi)``."""
    x = bisect.bisect_left(positions, lo)
    return x < len(positions) and positions[x] < hi


class _Page:
    """Word and sentence indexes of one page, and the candidate scoring."""

    def __init__(self, text: str, sentences: list[Span], words: list[Span]) -> None:
        self.text = text
        self.sents = sentences
        self.words = words
        self.wstart = [s for s, _ in words]
        self.keys = [_key(text[s:e]) for s, e in words]
        self.norms = [normalize(text[s:e]) for s, e in words]
        self.content = [len(w) >= 2 and w not in _STOP for w in self.norms]
        self.is_lede = [w in _LEDE for w in self.norms]
        self.lede_prefix = [0]
        for f in self.is_lede:
            self.lede_prefix.append(self.lede_prefix[-1] + f)
        self.key_pos: dict[str, list[int]] = {}
        for x, k in enumerate(self.keys):
            self.key_pos.setdefault(k, []).append(x)
        self.pair_pos: dict[tuple[str, str], list[int]] = {}
        ks = self.keys
        for x in range(len(ks) - 1):
            self.pair_pos.setdefault((ks[x], ks[x + 1]), []).append(x)
            if x + 2 < len(ks):
                self.pair_pos.setdefault((ks[x], ks[x + 2]), []).append(x)
        self.sstart = [s for s, _ in sentences]
        self.dateline = self._datelines()

    # -- cues ------------------------------------------------------------------------------
    def _datelines(self) -> dict[int, float]:
        """Word indexes where a dateline starts, with a strength."""
        text, out = self.text, {}
        lo, hi = self.sents[0][0], self.sents[-1][1]
        for m in _AGENCY.finditer(text, lo, hi):
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
                cand = " ".join(normalize(text[s:e]) for s, e in self.words[wi - n + 1:wi + 1])
                if cand in _CITIES:
                    start = wi - n + 1
                    break
            out[start] = max(out.get(start, 0.0), 1.0 if strong else 0.7)
        for m in _AGENCY_FIRST.finditer(text, lo, hi):
            wi = bisect.bisect_left(self.wstart, m.start())
            if wi < len(self.words) and self.words[wi][0] == m.start():
                out[wi] = max(out.get(wi, 0.0), 0.9)
        return out

    def _starts(self) -> list[tuple[int, str, int]]:
        """Candidate headline starts: (word index, kind, index of the sentence)."""
        text, out = self.text, []
        prev_end = None
        for k, (ss, se) in enumerate(self.sents):
            wi = bisect.bisect_left(self.wstart, ss)
            if wi >= len(self.words) or self.words[wi][0] >= se:
                prev_end = se
                continue
            gap = text[prev_end:ss] if prev_end is not None else ""
            kind = "page" if prev_end is None else (
                "blank" if gap.count("\n") >= 2 else "line" if "\n" in gap else "sent")
            out.append((wi, kind, k))
            # After a closing quote inside the sentence.
            depth = 0
            for m in re.finditer(r"[\"«»“”]", text[ss:se]):
                c = m.group()
                pos = ss + m.start()
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
                qi = bisect.bisect_left(self.wstart, q)
                if qi < len(self.words) and self.words[qi][0] == q:
                    out.append((qi, "quote", k))
            prev_end = se
        return out

    # -- scoring ---------------------------------------------------------------------------
    def detect(self) -> list[tuple[int, int, float]]:
        """Accepted headlines as (first word, end word exclusive, score)."""
        text, words = self.text, self.words
        nw = len(words)
        found: list[tuple[float, int, int]] = []
        for i, kind, k in self._starts():
            ss, se = self.sents[k]
            last = i
            while last + 1 < nw and words[last + 1][1] <= se:
                last += 1
            n_in = last - i + 1
            first = self.norms[i]
            cont_pen = 0.0
            if first in _CONT:
                cont_pen = 2.5
            if kind == "quote" and first in _AFTER_Q:
                continue
            terminated = text[se - 1] in _TERMINAL or (
                text[se - 1] in _CLOSERS and any(c in _TERMINAL for c in text[max(ss, se - 3):se]))
            gap_after = text[se:self.sents[k + 1][0]] if k + 1 < len(self.sents) else ""
            best = None
            for j in range(i + MIN_WORDS, min(i + MAX_WORDS, last + 1) + 1):
                whole = j == last + 1
                if whole and k + 1 >= len(self.sents):
                    break
                if whole and terminated and (j - i) > 14:
                    continue
                if not whole and self.dateline.get(j) is None and j - i < 3:
                    continue
                sc = self._score(i, j, kind, whole, terminated, gap_after)
                if sc is None:
                    continue
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

    def _score(self, i: int, j: int, kind: str, whole: bool, terminated: bool,
               gap_after: str) -> float | None:
        """Score the headline ``words[i:j]``; ``None`` when it cannot be one."""
        text, words, keys, content = self.text, self.words, self.keys, self.content
        head = [keys[x] for x in range(i, j) if content[x]]
        hset = set(head)
        dl = self.dateline.get(j, 0.0)
        if len(hset) < 2 and not dl:
            return None
        hi = j + LEDE_WINDOW
        m = sum(1 for h in hset if _occurs(self.key_pos[h], j, hi))
        ov = (m - 0.8 * (len(hset) - m)) / max(4.0, len(hset) ** 0.8)
        pairs = {(head[x], head[x + 1]) for x in range(len(head) - 1)}
        pp = self.pair_pos
        b = sum(1 for pr in pairs if pr in pp and _occurs(pp[pr], j, hi - 1))
        last_norm = self.norms[j - 1]
        if whole:
            # A line of its own: layout is the main cue, restatement a bonus.
            if "\n" not in gap_after:
                return None
            sc = 2.2 if not terminated else 1.2
            sc += 0.8 * max(ov, -0.6) + 0.2 * min(b, 3)
            if gap_after.count("\n") >= 2:
                sc += 0.3
            sc += {"page": 0.3, "blank": 0.4, "line": 0.2, "sent": -1.2, "quote": -1.5}[kind]
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
            sc += {"page": 0.6, "blank": 1.0, "line": 0.6, "sent": 0.0, "quote": 0.3}[kind]
            between = text[words[j - 1][1]:words[j][0]]
            if between.strip(" \t" + _CLOSERS + "!?؟") and not dl:
                return None  # a comma, colon or dash between headline and lede
            if self.is_lede[j]:
                sc += LEDE_BONUS
            if "،" in text[words[i][0]:words[j - 1][1]]:
                sc -= COMMA_PENALTY
            if last_norm in _STOP:
                sc -= 1.2
            inner = self.lede_prefix[j] - self.lede_prefix[i + 1]
            sc -= 0.6 * inner
            if j - i == 2:
                sc -= 0.4
        if m and kind != "page":
            lo = max(0, i - PREV_WINDOW)
            seen = sum(1 for h in hset if _occurs(self.key_pos[h], lo, i))
            sc -= 1.0 * seen / len(hset)
        return sc

    def _line_words(self, j: int) -> int:
        """Number of words on the line that starts at word ``j``."""
        text, words = self.text, self.words
        if j >= len(words):
            return 0
        nl = text.find("\n", words[j][0])
        end = len(text) if nl < 0 else nl
        return bisect.bisect_left(self.wstart, end) - j

    # -- output ----------------------------------------------------------------------------
    def _head_span(self, i: int, j: int) -> Span:
        text, words = self.text, self.words
        k = bisect.bisect_right(self.sstart, words[i][0]) - 1
        ss, se = self.sents[k]
        start = words[i][0]
        # Include opening quotes/brackets right before the first word.
        while start > ss and text[start - 1] in "«\"“('[":
            start -= 1
        end = words[j - 1][1]
        m = _AFTER_HEAD.match(text, end)
        if m and m.end() <= se:
            end = m.end()
        if j < len(words) and words[j][0] >= se:
            end = max(end, se) if se <= (words[j][0]) else end
        return start, end

    def build(self, heads: list[tuple[int, int, float]]) -> tuple[list[ArticleT], list[Span]]:
        text = self.text
        cuts: set[int] = set()
        art_heads: list[tuple[int, Span]] = []
        for i, j, _ in heads:
            hs, he = self._head_span(i, j)
            lede = self.words[j][0] if j < len(self.words) else he
            cuts.add(hs)
            cuts.add(lede)
            art_heads.append((hs, (hs, he)))
        # Refine the sentences at the cuts.
        sents: list[Span] = []
        for s, e in self.sents:
            pts = sorted(c for c in cuts if s < c < e)
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
