"""Quotation marks of one article: pairing (« », “ ”, straight quotes by their spacing) and
:class:`Article`, the token view the quote extractor works on.

A paragraph break closes nothing (an open quote there is unclosed); an unclosed quote runs to
the sentence end. :func:`articles_tokens` gives the tokens of each article of a document, an
article boundary found inside a sentence merged away. Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect
from operator import attrgetter

from khabar.document import Document, Token
from khabar.lang import quote_cues as C
from khabar.quotes.article_index import ArticleIndex
from khabar.quotes.cues import PUNCT_TRIM, QUOTE_CHARS, SENT_END, cue_form
from khabar.quotes.inner_dot import inner_dots
from khabar.quotes.glued_mark import opens_after_cue, reopens_after_cue
from khabar.quotes.lexicon import in_acronym
from khabar.text.normalize import normalize as normalize_token


def _paragraph_break(raw: str, prev: Token, tok: Token) -> bool:
    """A line break between two tokens that ends a paragraph (not a hard-wrapped line)."""
    gap = raw[prev.end:tok.start]
    if "\n" not in gap:
        return False
    return gap != "\n" or raw[prev.start:prev.end] in SENT_END


def _after_line_break(raw: str, toks: list[Token], starts: list[int]) -> set[int]:
    """Indexes ``i >= 1`` of the tokens with a line break between token ``i - 1`` and them."""
    out: set[int] = set()
    if not toks:
        return out
    p, end = toks[0].end, toks[-1].start
    while (p := raw.find("\n", p, end)) >= 0:
        i = bisect.bisect_right(starts, p)
        if 0 < i < len(toks) and toks[i - 1].end <= p:
            out.add(i)
        p += 1
    return out


def _pair_quotes(raw: str, toks: list[Token], surf: list[str] | None = None,
                 starts: list[int] | None = None) -> dict[int, int | None]:
    """Opening quote token index → closing token index (None: unclosed). ``surf``/``starts``:
    each token's text and raw start, when the caller has them."""
    out: dict[int, int | None] = {}
    stack: list[tuple[int, str]] = []
    n = len(toks)
    if surf is None:
        surf = [raw[t.start:t.end] for t in toks]
    # only quotation marks and tokens after a line break can change anything
    marks = {i for i, s in enumerate(surf) if s in QUOTE_CHARS}
    for i in sorted(marks | _after_line_break(
            raw, toks, starts if starts is not None else [t.start for t in toks])):
        t = toks[i]
        s = surf[i]
        if i and _paragraph_break(raw, toks[i - 1], t):
            for j, _ in stack:
                out[j] = None
            stack.clear()
        if s not in QUOTE_CHARS:
            continue
        if s in C.OPENING:
            stack.append((i, s))
            continue
        if s in C.CLOSING:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][1] != '"':
                    out[stack[k][0]] = i
                    del stack[k:]
                    break
            continue
        # straight quote: decide by the spacing around it
        gap_before = i == 0 or raw[toks[i - 1].end:t.start] != "" or \
            raw[toks[i - 1].start:toks[i - 1].end] in ("ب", "ل", "لـ", "و", "ف", "ك", "(")
        gap_after = i + 1 >= n or raw[t.end:toks[i + 1].start] != "" or \
            raw[toks[i + 1].start:toks[i + 1].end] in PUNCT_TRIM
        open_straight = any(q == '"' for _, q in stack)
        if gap_before and not gap_after:
            stack.append((i, '"'))
        elif gap_after and not gap_before:
            if open_straight and reopens_after_cue(
                    raw, toks, i, next(j for j, q in reversed(stack) if q == '"')):
                _close_straight(stack, out, None)   # (round 20)
                stack.append((i, '"'))
            elif open_straight:
                _close_straight(stack, out, i)
            elif i and raw[toks[i - 1].start:toks[i - 1].end] in ("،", ",", ":"):
                stack.append((i, '"'))  # «جهاد أزعور،" ليس …»: glued to a comma, nothing
                #                          open: an opening mark (round 16; «وتابع:" أريد
                #                          …": a colon, round 20)
            elif opens_after_cue(raw, toks, i):
                stack.append((i, '"'))  # «وأضاف نصر الله" لنفترض …» (round 20)
        else:
            prev = normalize_token(raw[toks[i - 1].start:toks[i - 1].end]) if i else ""
            if open_straight and (prev in (":",) or cue_form(prev) is not None):
                _close_straight(stack, out, None)
                stack.append((i, '"'))
            elif open_straight:
                _close_straight(stack, out, i)
            else:
                stack.append((i, '"'))
    for j, _ in stack:
        out[j] = None
    return out


class Article(ArticleIndex):
    """One article's tokens with the helpers the extractor needs (and the per-article
    look-up tables of :class:`~khabar.quotes.article_index.ArticleIndex`)."""

    def __init__(self, doc: Document, toks: list[Token]) -> None:
        self.doc = doc
        self.raw = doc.raw
        self.toks = toks
        self.norms = list(map(attrgetter("norm"), toks))
        self.starts = list(map(attrgetter("start"), toks))   # raw start of each token
        raw = doc.raw
        self.surf = [raw[t.start:t.end] for t in toks]
        self.quotes = _pair_quotes(raw, toks, self.surf, self.starts)
        self.n = len(toks)
        self._inner_dots = inner_dots(doc.raw, toks, self.surf)  # «(إس.إن.سي.بي)» (r23)

    def in_name(self, i: int) -> bool:
        """Token ``i`` is part of a name, not a complementizer: «بان كي مون» (not «بأن»),
        «إن» in an acronym spelled in letter names («سي إن إن», «إن بي سي»; round 15) or with
        dots («إس.إن.سي.بي»; round 23)."""
        if self.norms[i] == "بان":
            return i + 1 < self.n and self.norms[i + 1] == "كي"
        return in_acronym(self.norms[:self.n], i) or \
            (i - 1 in self._inner_dots or i + 1 in self._inner_dots)  # «إس.إن.سي» (r23)

    def is_end(self, i: int) -> bool:
        """Token ``i`` ends a sentence."""
        return self.surf[i] in SENT_END and i not in self._inner_dots

    def is_quote(self, i: int) -> bool:
        """Token ``i`` is a quotation mark."""
        return self.surf[i] in QUOTE_CHARS

    def words_between(self, a: int, b: int) -> int:
        """Tokens in ``[a, b)`` that begin with a letter or a digit."""
        return sum(1 for k in range(a, b) if self.norms[k][:1].isalnum())

    def spaced(self, i: int) -> bool:
        """Token ``i`` has white space on both sides."""
        t = self.toks[i]
        return (i == 0 or self.toks[i - 1].end < t.start) and \
            (i + 1 >= self.n or self.toks[i + 1].start > t.end)

    def quote_end(self, i: int, stops: frozenset[int] | set[int] = frozenset()) -> int:
        """Last token index inside the quote opened at ``i`` (unclosed: to the sentence end
        or a cue in ``stops``)."""
        close = self.quotes.get(i)
        if close is not None:
            return close - 1
        k = i + 1
        while k < self.n and not self.is_end(k) and k not in stops:
            k += 1
        return k - 1

    def naming_quote(self, i: int) -> bool:
        """A quotation mark that names a thing («برنامج "بوليتيكا"», «ب"إعادة …"»)."""
        if i == 0:
            return False
        prev = self.norms[i - 1]
        if prev in C.NAMING_WORDS or prev in ("ب", "ل", "لـ", "لل") or prev in TITLE_NOUNS:
            return True
        if prev == ":" and i > 1 and self.norms[i - 2] in C.NAMING_WORDS:
            return True     # «تحت عنوان: "دستور تونس …"»: a title after a colon (round 20)
        if prev == "حول" and self.quotes.get(i) is not None:
            # «ندوة دولية حول "الخطة الاستراتيجية …"»: a closed quotation is a topic (round 16;
            # an unclosed one may run on into the report)
            return True
        if prev.startswith("ل") and prev in C.PHRASE_STOPS:
            return True     # «لمراسل "الجوهرة أف أم"», «لصحيفة "…"»: the outlet's name
        if prev.startswith("و") and prev[1:] in C.NAMING_WORDS:
            return True
        return False


#: Nouns before a quoted title, on top of :data:`khabar.lang.quote_cues.NAMING_WORDS`
#: («اللقاء … الذي تناول موضوع "أي إستراتيجية طاقية …"», «ندوة "…"»).
TITLE_NOUNS = frozenset({"موضوع", "ندوه", "ورشه", "ملتقي", "مؤتمر", "تظاهره", "حمله", "روايه",
                         "معرض", "جائزه", "مسابقه"})


def _close_straight(stack: list, out: dict, value: int | None) -> None:
    """Pair the innermost open straight quote with ``value`` (None: left unpaired) and drop
    it and everything opened after it."""
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][1] == '"':
            out[stack[k][0]] = value
            del stack[k:]
            return


def articles_tokens(doc: Document) -> list[list[Token]]:
    """The tokens of each article (all tokens when the document has no articles); an article
    that starts inside a sentence of the one before, or with «و» and a verb (no headline
    does), is merged into it."""
    toks = list(doc.tokens)
    if not doc.articles:
        return [toks]
    out: list[list[Token]] = []
    starts = [t.start for t in toks]
    for a in doc.articles:
        i = bisect.bisect_left(starts, a.start)
        j = bisect.bisect_left(starts, a.end)
        if out and out[-1] and i < len(toks) and (
                _mid_sentence(doc.raw, out[-1][-1].end) or _continues(toks[i])):
            # a boundary inside a sentence, or before «و» + verb («… للنزل. وكشف المدير»), is
            # no story end
            out[-1] = out[-1] + toks[i:j]
        else:
            out.append(toks[i:j])
    return out


def _continues(tok: Token) -> bool:
    """Token ``tok`` is «و» + a verb («وكشف»): a sentence that goes on with the story."""
    words = tok.words
    return len(words) >= 2 and words[0].upos == "CCONJ" and words[1].upos == "VERB"


def _mid_sentence(raw: str, end: int) -> bool:
    """The text before ``end`` stops on a letter or digit, or on a closing quotation mark after
    at most three quoted words: no sentence end there, so the article segmenter's boundary
    («… ترجح المنظمة أن⏎يكون …», «تنظيم "أنصار الشريعة" المحظور …») is an inline headline
    found by mistake."""
    k = end
    while k > 0 and raw[k - 1].isspace():
        k -= 1
    if k > 0 and raw[k - 1] in '"”»':
        # a name in quotation marks («تنظيم "أنصار الشريعة"») does not end a sentence
        opening = max(raw.rfind(c, 0, k - 1) for c in '"“«')
        return opening >= 0 and "\n" not in raw[opening:k] and \
            len(raw[opening + 1:k - 1].split()) <= 3
    return k > 0 and raw[k - 1].isalnum()
