"""PostgreSQL full-text search over Khabar's analyzed terms: ``tsvector`` and ``tsquery`` text.

No PostgreSQL text-search parser or dictionary touches the terms: the store writes a
``tsvector`` literal built here from the four aligned fields and the title's stems, and
searches with a ``tsquery`` literal built from the same analysis of the query. Every lexeme is
its field's code, ``|`` and the term (``s|سوريه``, ``t|سوري``, ``T|…`` for the title), and
carries the token's position in the field, so a phrase is ``<->`` between the lexemes of one
field, exactly as FTS5 phrases within one column.

PostgreSQL limits a ``tsvector`` to positions ≤ 16383, 255 positions per lexeme and 1 MB; a
longer document keeps its first positions (later repeats of a lexeme are not positioned, and a
document over 1 MB of lexemes is indexed on its first tokens only) - see :func:`tsvector`.

Ranking reads a second, narrow vector (:func:`rank_tsvector`): the same lexemes and positions
restricted to the stem field and the title (``t|…`` and ``T|…``), about a quarter of the full
vector, so it stays inline in the row instead of being TOASTed. :data:`RANK_VECTOR_SQL` is the
same restriction written in SQL (the schema migration builds the column with it).
"""
from __future__ import annotations

from typing import Sequence

from khabar.corpus.query import Item, Query
from khabar.corpus.terms import FIELDS

CODES = {"surface": "s", "host": "h", "lemma": "l", "stem": "t"}
TITLE = "T"
MAX_POS = 16383
MAX_POSITIONS = 255
#: A safe bound under PostgreSQL's 1 MB ``tsvector`` (lexeme bytes + entry and position bytes).
MAX_BYTES = 900_000


def _lexemes(columns: Sequence[str], title: str, n_tokens: int | None
             ) -> tuple[dict[str, list[int]], int]:
    """Lexeme → positions, in order of first appearance field by field (surface, host,
    lemma, stem, title), and the number of lexemes before the stem field's."""
    lex: dict[str, list[int]] = {}
    before_stem = 0
    for code, col in zip((*(CODES[f] for f in FIELDS), TITLE), (*columns, title)):
        if code == RANK_CODES[0]:
            before_stem = len(lex)
        if not col:
            continue
        terms = col.split(" ")
        if n_tokens is not None and code != TITLE:
            terms = terms[:n_tokens]
        pre = code + "|"
        get = lex.get
        for i, term in enumerate(terms, 1):
            if term:
                key = pre + term
                pos = get(key)
                if pos is None:
                    lex[key] = [i] if i <= MAX_POS else []
                elif len(pos) < MAX_POSITIONS and i <= MAX_POS:
                    pos.append(i)
    return lex, before_stem


def _size(lex: dict[str, list[int]]) -> int:
    return sum(8 + len(k.encode("utf-8")) + 2 * len(v) for k, v in lex.items())


def _size_bound(columns: Sequence[str], title: str) -> int:
    """An upper bound of :func:`_size` (each token a new lexeme of its own bytes + 12)."""
    return sum(len(c.encode("utf-8")) + 12 * (c.count(" ") + 1) for c in (*columns, title))


_POS = [str(i) for i in range(MAX_POS + 1)]


def vectors(columns: Sequence[str], title: str = "") -> tuple[str, str, bool]:
    """The ``tsvector`` literal of a document's four field texts and title stems, its
    ranking vector (what :func:`rank_tsvector` gives) and whether it had to be cut to fit
    PostgreSQL's size limit."""
    n = None
    lex, before_stem = _lexemes(columns, title, n)
    cut = False
    if _size_bound(columns, title) > MAX_BYTES:
        while _size(lex) > MAX_BYTES:
            total = max(len(c.split(" ")) for c in columns) if n is None else n
            n = max(1, int(total * MAX_BYTES / _size(lex) * 0.9))
            lex, before_stem = _lexemes(columns, title, n)
            cut = True
    # Terms hold letters and digits only (terms.clean), so single quotes never need escaping.
    pos = _POS
    entries = ["'" + k + "':" + ",".join([pos[i] for i in v]) if v else "'" + k + "'"
               for k, v in lex.items()]
    return " ".join(entries), " ".join(entries[before_stem:]), cut


def tsvector(columns: Sequence[str], title: str = "") -> tuple[str, bool]:
    """The ``tsvector`` literal of a document's four field texts and title stems, and whether
    it had to be cut to fit PostgreSQL's size limit."""
    tsv, _, cut = vectors(columns, title)
    return tsv, cut


#: Lexeme prefixes kept in the ranking vector: the stem field and the title's stems.
RANK_CODES = (CODES["stem"], TITLE)
#: SQL of the ranking vector of the ``tsvector`` expression ``{tsv}`` (same as
#: :func:`rank_tsvector` on the literal :func:`tsvector` wrote).
RANK_VECTOR_SQL = (
    "coalesce((SELECT string_agg(quote_literal(u.lexeme) || coalesce(':' || "
    "array_to_string(u.positions, ','), ''), ' ') FROM unnest({tsv}) u WHERE "
    + " OR ".join(f"u.lexeme LIKE '{c}|%'" for c in RANK_CODES) + "), '')::tsvector")


def rank_tsvector(tsv: str) -> str:
    """The ranking vector literal: the entries of the :func:`tsvector` literal ``tsv`` whose
    lexeme is a stem or a title stem."""
    keep = tuple(f"'{c}|" for c in RANK_CODES)
    return " ".join(e for e in tsv.split(" ") if e.startswith(keep))


def _phrase(code: str, terms: list[str], phrases: bool) -> str:
    lexemes = [f"'{code}|{t}'" for t in terms if t]
    if len(lexemes) == 1:
        return lexemes[0]
    return "(" + (" <-> " if phrases else " & ").join(lexemes) + ")"


def item_tsquery(it: Item, phrases: bool = True) -> str:
    """One item: its terms (a phrase when several; all of them anywhere in the field when not
    ``phrases``) in any field, or in the title."""
    parts = [_phrase(CODES[f], [getattr(t, f) for t in it.terms], phrases) for f in FIELDS]
    parts.append(_phrase(TITLE, [t.stem for t in it.terms], phrases))
    return "(" + " | ".join(dict.fromkeys(parts)) + ")"


def tsquery(query: Query, relaxed: bool = False, phrases: bool = True) -> str:
    """The ``tsquery`` literal: groups ANDed (ORed when ``relaxed``), minus exclusions.

    ``phrases=False`` gives a looser query (a phrase's words anywhere in one field) that
    matches every document the query matches and that the GIN index answers without reading
    the vectors (phrases need the positions, hence a recheck of each candidate's vector);
    exclusions stay exact."""
    groups = ["(" + " | ".join(item_tsquery(it, phrases) for it in g) + ")"
              for g in query.groups]
    expr = (" | " if relaxed else " & ").join(groups)
    if query.excluded:
        expr = "(" + expr + ")" + "".join(f" & !{item_tsquery(it)}" for it in query.excluded)
    return expr
