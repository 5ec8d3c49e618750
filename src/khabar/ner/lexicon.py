"""The induced name lexicon: how often raw-news words were tagged as names by a CRF.

``training/ner_lexicon.py`` tags raw news with a CRF trained without this lexicon and counts,
per word, its occurrences and how many of them fell inside a PER/LOC/ORG mention (and, for
PER, how many started one). Two keys per word: the word without proclitics, article kept
(kind ``w``: ``السورية`` and ``سورية`` stay apart), and its core without the article
(kind ``c``). The counts become coarse CRF features (:func:`features_of`), so a name never
seen in ANERcorp but tagged consistently across many news documents carries that evidence;
the CRF weighs it against context (they are features, never hard labels).

File ``lexicon.tsv`` in the model directory, one row per key:
``kind<TAB>key<TAB>n<TAB>per<TAB>loc<TAB>org<TAB>per_first``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

#: Fewer occurrences than this in the tagged news: no lexicon feature.
MIN_COUNT = 3
COLUMNS = ("kind", "key", "n", "per", "loc", "org", "per_first")
_LABELS = ("PER", "LOC", "ORG")
#: Row kinds about a word's neighbours: ``n`` (a mention starts after it), ``p`` (one ends
#: before it).
CONTEXT_KINDS = ("n", "p")


def _bucket(r: float) -> str | None:
    if r >= 0.8:
        return "8"
    if r >= 0.5:
        return "5"
    if r >= 0.2:
        return "2"
    if r >= 0.05:
        return "0"
    return None


def features_of(kind: str, n: int, per: int, loc: int, org: int, per_first: int
                ) -> tuple[str, ...]:
    """CRF features of one lexicon row: the share of each label in buckets (``LwPER8``:
    ≥ 80% of the word's occurrences were in a PER mention), ``LwO`` when no label reaches 5%,
    and for persons whether the word mostly starts (``LwPb``) or continues (``LwPi``) a name.
    Context kinds ``n``/``p`` count the mentions that start right after / end right before
    the word (``LnPER5``: half the words after it start a PER mention)."""
    if n < MIN_COUNT:
        return ()
    out = []
    for lab, c in zip(_LABELS, (per, loc, org)):
        b = _bucket(c / n)
        if b is not None:
            out.append(f"L{kind}{lab}{b}")
    if kind in CONTEXT_KINDS:
        return tuple(out)
    if not out:
        return (f"L{kind}O" + ("f" if n >= 50 else ""),)
    if per >= MIN_COUNT and per >= 0.2 * n:
        share = per_first / per
        out.append(f"L{kind}P" + ("b" if share >= 0.7 else "i" if share <= 0.3 else "m"))
    return tuple(out)


def table_from_rows(rows: Iterable[tuple[str, str, int, int, int, int, int]],
                    labels: bool | str = True) -> dict[tuple[str, str], tuple[str, ...]]:
    """``(kind, key) -> features`` for rows ``(kind, key, n, per, loc, org, per_first)``.

    ``labels``: ``True`` for all, or a ``+``-joined subset such as ``"PER"``: the share
    features of the other labels are left out (``LwO`` and the PER position stay)."""
    keep = set(_LABELS) if labels is True else set(str(labels).split("+"))
    drop = tuple(lab for lab in _LABELS if lab not in keep)
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for kind, key, n, per, loc, org, first in rows:
        f = features_of(kind, n, per, loc, org, first)
        if drop:
            f = tuple(x for x in f if not any(lab in x for lab in drop))
        if f:
            out[(kind, key)] = f
    return out


def read_rows(path: Path) -> list[tuple[str, str, int, int, int, int, int]]:
    """Rows of a ``lexicon.tsv`` file (header skipped). Raises ``OSError`` when unreadable
    and ``ValueError`` on a malformed count."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        p = line.split("\t")
        if len(p) == 7:
            rows.append((p[0], p[1], int(p[2]), int(p[3]), int(p[4]), int(p[5]), int(p[6])))
    return rows
