"""The Document: raw text kept as given, plus layers of frozen, raw-anchored spans.

Every span is a pair of code-point offsets ``(start, end)`` into ``Document.raw`` so that
``doc.raw[span.start:span.end]`` is always the surface text. Normalized or repaired forms are
attributes, never substitutes for the raw text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, NamedTuple

from khabar.errors import SchemaError

SCHEMA_VERSION = 1
_START = attrgetter("start")
LAYERS = ("repairs", "articles", "sentences", "tokens", "entities", "quotes", "dates", "numbers")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the raw text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Word:
    """A syntactic word inside a token (a clitic or the stem); its text may restore letters."""

    text: str
    upos: str | None = None
    lemma: str | None = None


class Token(NamedTuple):
    """A surface token: raw span, normalized form of its (repaired) text, and its words.

    Immutable like the other spans; a NamedTuple because documents hold millions of them
    (creating one costs half of a frozen dataclass).
    """

    start: int
    end: int
    norm: str
    words: tuple[Word, ...] = ()


@dataclass(frozen=True, slots=True)
class Repair:
    """A proposed fix of the raw span ``[start, end)``; ``replacement`` is what stages read."""

    start: int
    end: int
    replacement: str
    kind: str  # "split" | "spelling" | "orthography"
    confidence: float


@dataclass(frozen=True, slots=True)
class Article:
    start: int
    end: int
    headline: Span | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    article: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str
    canonical: str


@dataclass(frozen=True, slots=True)
class Speaker:
    start: int
    end: int
    canonical: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: Speaker | None
    cue: Span
    content: Span
    direct: bool


@dataclass(frozen=True, slots=True)
class Value:
    """A date or number mention with its normalized value (ISO string or number).

    ``unit`` is the currency or unit of a number («دولار» → ``"USD"``, «بالمئة» → ``"%"``).
    """

    start: int
    end: int
    value: Any
    unit: str | None = None


@dataclass(slots=True)
class Document:
    """Raw text and its annotation layers (tuples of frozen spans).

    Layers not built yet are empty tuples (``topic`` is ``None``): nothing is invented.
    """

    raw: str
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    repairs: tuple[Repair, ...] = ()
    articles: tuple[Article, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[Value, ...] = ()
    numbers: tuple[Value, ...] = ()
    topic: tuple[str, float] | None = None
    keywords: tuple[str, ...] = ()
    summary: tuple[int, ...] = ()
    view: Any = field(default=None, repr=False, compare=False)
    scratch: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def text(self, span: Any) -> str:
        """The raw surface text of any object with ``start``/``end``."""
        return self.raw[span.start:span.end]

    def repaired(self, span: Any) -> str:
        """The repaired text (what later stages read) of any object with ``start``/``end``."""
        if self.view is None or self.view.identity:
            return self.raw[span.start:span.end]
        a, b = self.view.view_span(span.start, span.end)
        return self.view.text[a:b]

    def char_span(self, start: int, end: int, mode: str = "expand") -> tuple[Token, ...]:
        """Tokens covering ``[start, end)``, like spaCy's ``Doc.char_span``.

        ``mode="strict"`` returns tokens only when the range falls on token boundaries
        (else ``()``), ``"contract"`` keeps tokens wholly inside, ``"expand"`` (default)
        keeps every token that overlaps the range.
        """
        starts = [t.start for t in self.tokens]
        i = bisect.bisect_right(starts, start) - 1
        i = max(i, 0)
        out = []
        for tok in self.tokens[i:]:
            if tok.start >= end and not (tok.start == tok.end == start):
                break
            if tok.end <= start and tok.start != start:
                continue
            inside = tok.start >= start and tok.end <= end
            if mode == "contract" and not inside:
                continue
            out.append(tok)
        if mode == "strict":
            if not out or out[0].start != start or out[-1].end != end:
                return ()
        return tuple(out)

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        """Tokens of sentence ``index`` (raises IndexError for a bad index)."""
        s = self.sentences[index]
        return self.char_span(s.start, s.end, mode="contract")

    def tokens_by_sentence(self) -> list[list[Token]]:
        """Every token assigned to one sentence: the one holding its start, else the
        nearest earlier one (the first, for tokens before any sentence). Loses no token."""
        tokens = self.tokens
        if not self.sentences:
            return [list(tokens)] if tokens else []
        starts = [s.start for s in self.sentences]
        tstarts = list(map(_START, tokens))
        if starts == sorted(starts) and tstarts == sorted(tstarts):
            # Both sorted (always so in a pipeline's output): each group is a slice.
            cuts = [0, *(bisect.bisect_left(tstarts, x) for x in starts[1:]), len(tokens)]
            return [list(tokens[a:b]) for a, b in zip(cuts, cuts[1:])]
        groups: list[list[Token]] = [[] for _ in self.sentences]
        for tok, x in zip(tokens, tstarts):
            groups[max(bisect.bisect_right(starts, x) - 1, 0)].append(tok)
        return groups

    def to_json(self) -> dict[str, Any]:
        """The versioned JSON contract (see README, "JSON contract")."""
        from khabar.io.jsoncodec import document_to_json
        return document_to_json(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | str) -> "Document":
        """Rebuild a Document from :meth:`to_json` output (a dict or a JSON string).

        Raises :class:`SchemaError` when the data does not follow the contract.
        """
        from khabar.io.jsoncodec import document_from_json
        return document_from_json(data)


__all__ = [
    "Article", "Document", "Entity", "LAYERS", "Quote", "Repair", "SCHEMA_VERSION", "SchemaError",
    "Sentence", "Span", "Speaker", "Token", "Value", "Word",
]
