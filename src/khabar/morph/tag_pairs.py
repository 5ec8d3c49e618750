"""Word-class pair features of the UPOS tagger (agreement), shared by training and tagging.

Adjectives agree with their noun in definiteness and gender; a construct-state noun is
followed by a definite one. Each word gets a coarse class (:func:`word_class`: article,
ending, position inside its surface token) and the classes of adjacent words form features
(:func:`pair_feature_names`), so the tagger sees agreement for any words, seen or not.
At run time :class:`PairTables` turns the model's weights of these features into one dense
table per template, indexed by the two class ids, so a batch costs one gather per template.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import BOUNDARY, normalize, shape

_CHAR_CLASS: dict[str, str] = {}


def char_shape(form: str) -> str:
    """:func:`~khabar.morph.tag_features.shape` with the character classes memoized per
    character instead of a regex per character and an LRU cache per form (the tagger computes
    each type's features once anyway). Same value for every form."""
    out = ""
    last = None
    cc = _CHAR_CLASS
    for ch in form:
        c = cc.get(ch)
        if c is None:
            c = shape.__wrapped__(ch)
            if len(cc) < 20_000:
                cc[ch] = c
        if c != last:
            out += c
            last = c
            if len(out) == 4:
                break
    return out

#: (offset a, offset b) of the two words of each pair template, relative to the tagged word.
PAIRS = ((-1, 0), (0, 1))
_ENDS = ("ات", "ين", "ون", "ان", "ة", "ي", "ا")
_ENDS2 = frozenset(e for e in _ENDS if len(e) == 2)
_ENDS1 = frozenset(e for e in _ENDS if len(e) == 1)

#: Every class :func:`word_class` can return.
CLASSES = (["<B>"] + ["x" + c for c in "adLwp"] + ["s" + c for c in "SBIE"]
           + [d + e + c for d in "DN" for e in _ENDS + ("-",) for c in "SBIE"])


def word_class(form: str, code: str, sh: str | None = None, nm: str | None = None) -> str:
    """A coarse class: ``<B>`` boundary, ``x`` + shape for non-Arabic, ``s`` + position code
    for short (≤ 2 letters) words, else article (``D``/``N``) + ending + position code.
    ``sh`` / ``nm``: :func:`char_shape` / :func:`normalize` of ``form`` if already at hand."""
    if (form, code) == BOUNDARY:
        return "<B>"
    if sh is None:
        sh = char_shape(form)
    if sh != "a":
        return "x" + (sh[:1] or "p")
    if nm is None:
        nm = normalize(form)
    if len(nm) <= 2:
        return "s" + code
    # the first of _ENDS it ends with: the two-letter ones come first, then single letters
    end = nm[-2:]
    if end not in _ENDS2:
        end = nm[-1:]
        if end not in _ENDS1:
            end = "-"
    return ("D" if nm.startswith("ال") else "N") + end + code


def pair_feature_names(classes: list[str], i: int) -> list[str]:
    """Class-pair features of word ``i`` (``classes``: :func:`word_class` of each word)."""
    n = len(classes)
    out = []
    for a, b in PAIRS:
        ja, jb = i + a, i + b
        ca = classes[ja] if 0 <= ja < n else "<B>"
        cb = classes[jb] if 0 <= jb < n else "<B>"
        out.append("pc%+d%+d=%s|%s" % (a, b, ca, cb))
    return out


class PairTables:
    """Dense score tables of a model's pair features; empty when the model has none."""

    def __init__(self, fid: dict[str, int], W: np.ndarray) -> None:
        """``fid``: feature name → row of ``W`` (rows: features, columns: tag scores)."""
        self.cix = {c: i for i, c in enumerate(CLASSES)}
        self.unknown = len(CLASSES)           # any other class: an all-zero row
        nc = self.n = len(CLASSES) + 1
        self.tables: list[tuple[tuple[int, int], np.ndarray]] = []
        cix = self.cix
        for a, b in PAIRS:
            prefix = "pc%+d%+d=" % (a, b)
            # the model's names of this template whose two classes are known (no class holds
            # "|", so a name splits into its two classes one way only)
            cells = []
            n = len(prefix)
            for name, f in fid.items():
                if name.startswith(prefix):
                    ab = name[n:].split("|")
                    if len(ab) == 2 and ab[0] in cix and ab[1] in cix:
                        cells.append((cix[ab[0]] * nc + cix[ab[1]], f))
            if cells:
                tab = np.zeros((nc * nc, W.shape[1]), dtype=np.float32)
                tab[[c for c, _ in cells]] = W[[f for _, f in cells]]
                self.tables.append(((a, b), tab))

    def class_id(self, form: str, code: str) -> int:
        return self.cix.get(word_class(form, code), self.unknown)

    def add_scores(self, full: np.ndarray, cl: np.ndarray) -> None:
        """Add the pair scores to ``full``, whose row ``r`` is the word at layout slot
        ``r + 2``; ``cl`` is the class id of every layout slot (two boundary slots at each end)."""
        N, nc = len(cl), self.n
        for (a, b), tab in self.tables:
            full += tab[cl[2 + a:N - 2 + a] * nc + cl[2 + b:N - 2 + b]]
