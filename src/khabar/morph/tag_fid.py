"""The tagger's feature index by template: feature name → weight row, split in two lookups.

A feature name is a template prefix plus a value (:func:`split_feature`: up to its first
``=``, and for the templates in :data:`CODED` the one-letter position code after it), e.g.
``"cn=S" + "الوزير"``, ``"-1w=" + "الوزير"``. :class:`FeatureIndex` keeps one dict per
template, value → row, so the tagger looks a value up in each template's dict without building
the name. The templates of :data:`WORD_GROUP`, whose value is a word's normalized form, share
one table instead: form → its row in an int32 matrix with one column per template (the row
count ``size`` where the model lacks the name), so a word costs one lookup for all of them.
``index.get(name)`` looks a whole name up (split, then two lookups): it finds a name exactly
when the name was in the feature list, since a name is its prefix plus its value. What
:meth:`FeatureIndex.tables` returns is what ``compiled.marshal`` stores (no list of 112k names
to split and hash at load). Raises nothing itself.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import numpy as np

#: Templates whose value starts with the word's one-letter position code (S/B/I/E): the code
#: is taken into the prefix, so the value is the bare form, suffix, shape or name bucket.
CODED = frozenset({"cn=", "csh=", "cs2=", "cnb=", "-1cw=", "+1cw="})
CODES = "SBIE"
#: Templates valued by the normalized form, stored as one table (see the module docstring).
WORD_GROUP = (("n=", "-2w=", "-1w=", "+1w=", "+2w=")
              + tuple(p + c for p in ("cn=", "-1cw=", "+1cw=") for c in CODES))
_EMPTY: dict[str, int] = {}


def split_feature(name: str) -> tuple[str, str]:
    """``(prefix, value)`` of a feature name, ``prefix + value == name``: the prefix runs to
    the first ``=`` (the whole name if there is none), plus one character for a template in
    :data:`CODED` followed by something."""
    i = name.find("=")
    if i < 0:
        return name, ""
    p = name[:i + 1]
    if p in CODED and len(name) > i + 1:
        p = name[:i + 2]
    return p, name[len(p):]


def _pack(group: list[dict[str, int]], size: int) -> tuple[dict[str, int], np.ndarray]:
    """The word table of the templates ``group`` (in :data:`WORD_GROUP` order): value →
    matrix row (in order of first appearance), and the matrix (``size`` where absent)."""
    words: dict[str, int] = {}
    for d in group:
        for v in d:
            if v not in words:
                words[v] = len(words)
    matrix = np.full((len(words), len(WORD_GROUP)), size, dtype=np.int32)
    for c, d in enumerate(group):
        for v, r in d.items():
            matrix[words[v], c] = r
    return words, matrix


class FeatureIndex:
    """Feature name → weight row: ``{prefix: {value: row}}`` plus the word table."""

    def __init__(self, templates: dict[str, dict[str, int]], size: int,
                 words: dict[str, int] | None = None, matrix: np.ndarray | None = None) -> None:
        """``templates``: value → row per template (those of :data:`WORD_GROUP` excluded when
        ``words`` is given); ``size``: the number of feature rows (names, duplicates
        included); ``words``: form → row of ``matrix`` (int32, a column per template of
        :data:`WORD_GROUP`, ``size`` for a name the model lacks). Raises ValueError on a
        matrix of the wrong shape."""
        if words is None:     # the word templates are moved from ``templates`` to the table
            templates = dict(templates)
            words, matrix = _pack([templates.pop(p, _EMPTY) for p in WORD_GROUP], size)
        self.templates = templates
        self.size = size
        if matrix is None or matrix.shape != (len(words), len(WORD_GROUP)):
            raise ValueError("a word table whose matrix does not match its words")
        self.words, self.matrix = words, matrix
        self._col = {p: c for c, p in enumerate(WORD_GROUP)}
        self._built: dict[str, dict[str, int]] = {}

    @classmethod
    def from_features(cls, features: Iterable[str]) -> "FeatureIndex":
        """The index of a feature list (row = position; a repeated name keeps its last row,
        as ``dict(zip(features, range(n)))`` would)."""
        out: dict[str, dict[str, int]] = {}
        n = 0
        for i, f in enumerate(features):
            p, v = split_feature(f)
            d = out.get(p)
            if d is None:
                d = out[p] = {}
            d[v] = i
            n = i + 1
        return cls(out, n)

    def tables(self) -> dict:
        """What the compiled file stores: ``{"templates", "size", "nwords", "words",
        "matrix"}`` (the words joined by newlines, the matrix as little-endian int32 bytes).
        Raises ValueError on a word holding a newline."""
        if any("\n" in w for w in self.words):
            raise ValueError("a feature value with a newline cannot be stored")
        return {"templates": self.templates, "size": self.size, "nwords": len(self.words),
                "words": "\n".join(self.words), "matrix": self.matrix.astype("<i4").tobytes()}

    @classmethod
    def from_tables(cls, t: dict) -> "FeatureIndex":
        """The index of :meth:`tables`. Raises ValueError, KeyError or TypeError on damaged
        tables."""
        n = int(t["nwords"])
        words = t["words"].split("\n") if n else []
        if len(words) != n:
            raise ValueError("a word table with a wrong number of words")
        matrix = np.frombuffer(t["matrix"], dtype="<i4").reshape(n, len(WORD_GROUP))
        return cls(t["templates"], int(t["size"]), dict(zip(words, range(n))), matrix)

    def template(self, prefix: str) -> dict[str, int]:
        """Value → row of one template (an empty dict for a template the model lacks; do not
        modify it). A template of the word table is built on first use."""
        d = self.templates.get(prefix)
        if d is not None:
            return d
        c = self._col.get(prefix)
        if c is None:
            return _EMPTY
        d = self._built.get(prefix)
        if d is None:
            col = self.matrix[:, c].tolist()
            d = self._built[prefix] = {v: col[j] for v, j in self.words.items()
                                       if col[j] != self.size}
        return d

    def names_of(self, start: str) -> dict[str, int]:
        """Name → row of the templates whose prefix starts with ``start`` (for a ``start``
        without ``=``, every known name starting with ``start``)."""
        prefixes = [p for p in list(self.templates) + list(WORD_GROUP) if p.startswith(start)]
        return {p + v: r for p in prefixes for v, r in self.template(p).items()}

    def get(self, name: str, default: int | None = None) -> int | None:
        """The row of a feature name, else ``default``."""
        p, v = split_feature(name)
        d = self.templates.get(p)
        if d is not None:
            return d.get(v, default)
        c = self._col.get(p)
        if c is None:
            return default
        j = self.words.get(v)
        if j is None:
            return default
        r = int(self.matrix[j, c])
        return default if r == self.size else r

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __len__(self) -> int:
        return (sum(len(d) for d in self.templates.values())
                + int((self.matrix != self.size).sum()))

    def __iter__(self) -> Iterator[str]:
        """Every known feature name (template by template)."""
        for p, d in self.templates.items():
            for v in d:
                yield p + v
        for p in WORD_GROUP:
            for v in self.template(p):
                yield p + v
