"""Search queries: parsing, analysis into index terms, and highlighting.

Syntax (everything else is free text, analyzed like the documents):

* words are ANDed: ``مفاوضات سوريا``;
* ``"…"`` (or «…», “…”) is a phrase: its words must be adjacent, in order;
* ``OR`` between two items: either one (``غزة OR رفح``);
* ``-item`` or ``NOT item`` excludes documents with the item.

A word that the analyzer splits into several tokens («الأممالمتحدة») is a phrase. Function words
(«في», «من», …) outside phrases are dropped unless the query has nothing else. A malformed query
(an unclosed quote, a dangling ``OR``/``NOT``, only exclusions, no words) raises
:class:`~khabar.errors.InputError` with a message saying what to change.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from khabar.corpus.terms import FIELDS, TokenTerms, analyze_terms
from khabar.errors import InputError

_QUOTES = {'"': '"', "«": "»", "“": "”", "„": "“", "”": "”"}
# FTS5 columns searched for each field's terms, with the title searched by stem.
_TITLE = "title"


@dataclass
class Item:
    """A word or phrase of the query after analysis."""

    text: str
    phrase: bool
    negated: bool = False
    terms: list[TokenTerms] = field(default_factory=list)


@dataclass
class Query:
    """A parsed, analyzed query: groups of alternatives (ANDed), and exclusions."""

    text: str
    groups: list[list[Item]]
    excluded: list[Item]
    explicit_or: bool = False

    @property
    def positives(self) -> list[Item]:
        return [it for g in self.groups for it in g]


def _tokenize(q: str) -> list[tuple[str, str]]:
    """Lexical items: ("word", text), ("phrase", text), ("OR", ""), ("NOT", "")."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
            continue
        neg = False
        if c == "-" and i + 1 < n and not q[i + 1].isspace():
            neg, i = True, i + 1
            c = q[i]
            out.append(("NOT", "-"))
        if c in _QUOTES:
            close = _QUOTES[c]
            j = q.find(close, i + 1)
            if j < 0 and c == "“":
                j = q.find("“", i + 1)
            if j < 0:
                raise InputError(f"query has an unclosed quote {c} (at character {i + 1}); "
                                 f"close the phrase with {close} or remove the quote")
            out.append(("phrase", q[i + 1:j]))
            i = j + 1
            continue
        j = i
        while j < n and not q[j].isspace() and q[j] not in _QUOTES:
            j += 1
        word = q[i:j]
        i = j
        if word in ("OR", "|") and not neg:
            out.append(("OR", word))
        elif word == "NOT" and not neg:
            out.append(("NOT", word))
        elif word == "AND" and not neg:
            continue
        else:
            out.append(("word", word))
    return out


def parse(q: str, function_words: frozenset[str] | None = None) -> Query:
    """Parse and analyze a query string; raises InputError for a malformed one."""
    if not isinstance(q, str):
        raise InputError(f"a query must be a string, got {type(q).__name__}")
    lex = _tokenize(q)
    groups: list[list[Item]] = []
    excluded: list[Item] = []
    pending_or = pending_not = False
    explicit_or = False
    for kind, text in lex:
        if kind == "OR":
            if not groups or pending_or or pending_not:
                raise InputError("OR needs a word or phrase on both sides, as in: غزة OR رفح")
            pending_or = explicit_or = True
            continue
        if kind == "NOT":
            if pending_not:
                raise InputError("NOT twice in a row; write one NOT (or -) before a word")
            if pending_or:
                raise InputError("OR NOT is not supported; use NOT (or -) on its own, as in: "
                                 "غزة -رفح")
            pending_not = True
            continue
        item = Item(text=text, phrase=kind == "phrase", negated=pending_not)
        if pending_not:
            excluded.append(item)
        elif pending_or:
            groups[-1].append(item)
        else:
            groups.append([item])
        pending_or = pending_not = False
    if pending_or:
        raise InputError("the query ends with OR; put a word or phrase after it")
    if pending_not:
        raise InputError("the query ends with NOT (or -); put a word or phrase after it")
    for it in [it for g in groups for it in g] + excluded:
        it.terms = analyze_terms(it.text)
        if len(it.terms) > 1:
            it.phrase = True
    # Function words: drop them outside phrases when other words remain.
    if function_words is None:
        from khabar.lang.stopwords import normalized
        function_words = normalized("function")
    content = [t for g in groups for it in g if not it.phrase for t in it.terms
               if t.surface not in function_words]
    if content or any(it.phrase and it.terms for g in groups for it in g):
        for g in groups:
            for it in g:
                if not it.phrase:
                    it.terms = [t for t in it.terms if t.surface not in function_words]
    groups = [[it for it in g if it.terms] for g in groups]
    groups = [g for g in groups if g]
    excluded = [it for it in excluded if it.terms]
    if not groups:
        if excluded:
            raise InputError("the query only excludes words; add a word or phrase to search "
                             "for, as in: غزة -رفح")
        raise InputError(f"nothing to search for in {q!r}: the query has no words")
    return Query(q, groups, excluded, explicit_or)


def _fts_string(terms: list[str]) -> str:
    # Terms hold letters and digits only (see terms.clean), so quoting is safe.
    return '"' + " ".join(terms) + '"'


def item_expression(it: Item) -> str:
    """FTS5 expression of one item: its terms (or phrase) in any field, or in the title."""
    parts = []
    for f in FIELDS:
        parts.append(f"{f} : {_fts_string([getattr(t, f) for t in it.terms])}")
    parts.append(f"{_TITLE} : {_fts_string([t.stem for t in it.terms])}")
    return "(" + " OR ".join(parts) + ")"


def expression(query: Query, relaxed: bool = False) -> str:
    """The FTS5 MATCH expression: groups ANDed (ORed when ``relaxed``), minus exclusions."""
    groups = ["(" + " OR ".join(item_expression(it) for it in g) + ")" for g in query.groups]
    expr = (" OR " if relaxed else " AND ").join(groups)
    if query.excluded:
        expr = "(" + expr + ")" + "".join(f" NOT {item_expression(it)}" for it in query.excluded)
    return expr


def match_positions(query: Query, fields: dict[str, list[str]]) -> dict[int, int]:
    """Positions (index of word tokens) matched by the query's positive items → item number.

    ``fields`` maps each of FIELDS to the document's term list (aligned).
    """
    out: dict[int, int] = {}
    items = query.positives
    n = min((len(v) for v in fields.values()), default=0)
    index: dict[tuple[str, str], list[int]] = {}
    for f in FIELDS:
        for i, term in enumerate(fields[f][:n]):
            index.setdefault((f, term), []).append(i)
    for k, it in enumerate(items):
        m = len(it.terms)
        for f in FIELDS:
            first = getattr(it.terms[0], f)
            for i in index.get((f, first), ()):
                if i + m <= n and all(fields[f][i + j] == getattr(it.terms[j], f)
                                      for j in range(1, m)):
                    for j in range(m):
                        out.setdefault(i + j, k)
    return out
