"""Precomputed per-type weight rows of the UPOS tagger for the forms of its tag dictionary.

Computing a new word type's rows (:meth:`~khabar.morph.tag_rows.TypeRows._type_rows`) is
most of the tagger's cost on text with many distinct words. The forms of the tag dictionary
(``allowed_tags.tsv.gz``: every form PADT train gave tags) are the frequent ones, so
``python -m khabar.morph.compiled`` stores their rows for the position codes ``S`` (a word
alone) and ``E`` (the last word of a split token), which cover most types
(:func:`~khabar.morph.tag_memo_build.memo_tables`). :class:`RowMemo` hands them out instead
of recomputing them: the same rows in the same order, so the float32 sums, and the output,
are unchanged. Stored compactly (issue 3: the model size budget) and expanded with numpy at
load (:func:`_expand`, ≈ 3 ms): row ids as 16 low bits plus bit planes, part lengths as bytes,
and a form's E entry as its S entry (same part lengths) with the few rows that differ.

The raw-news paradigm rows (:func:`~khabar.morph.tag_features.paradigm_features`) depend on
the segmenter's news counts, which are not a source of the tagger's compiled file: they are
not stored, only where they go (or that the type has none); :meth:`RowMemo.extend` inserts
them there, computed as :meth:`_type_rows` computes them. The entries follow the order of the
tag dictionary's keys as read back from the same compiled file (``nforms`` checks the count),
and :meth:`RowMemo.agrees` compares a spread sample with the rows computed now, so a memo left
stale by a change of the feature code is dropped (every type is then computed). Raises what
each function says.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from khabar.morph.compiled_codec import put_ids, split_ids
from khabar.morph.tag_features import BOUNDARY, rule_tag

CODES = "SE"       # the position codes stored: entry = 2 * form index + code index
PARTS = 5          # own part + the four neighbour offsets
NONE = 0xFFFFFFFF  # "no paradigm rows" in ``paradigm``
NO_FIX = 255       # "no tag fixed by rule_tag" in ``kfix``
NO_PG = 255        # "no paradigm rows" in the stored ``pg`` offsets
NO_E = 255         # "E entry not stored" in the stored ``npatch`` counts


def _expand(t: dict, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    """``(rows, part starts, paradigm index, entry ends)`` of the ``2n`` entries stored by
    :func:`~khabar.morph.tag_memo_build.memo_tables`: the S entries' rows, then the E
    entries' (each its form's S rows with the stored patches). Raises ValueError, KeyError
    or TypeError on tables that do not fit ``n`` forms."""
    lens = np.frombuffer(t["lens"], np.uint8).reshape(n, PARTS).astype(np.uint32)
    stored = np.frombuffer(t["npatch"], np.uint8)
    npatch = np.where(stored == NO_E, 0, stored)
    ppos = np.frombuffer(t["ppos"], np.uint8)
    pg = np.frombuffer(t["pg"], np.uint8).astype(np.uint32)
    low, high = split_ids(t["lo"], list(t["hi"]))
    size = lens.sum(axis=1, dtype=np.uint32)
    total = int(size.sum())
    if (len(stored) != n or len(pg) != n or len(ppos) != int(npatch.sum())
            or len(low) != total + len(ppos)):
        raise ValueError("a row memo with a wrong number of rows or patches")
    if (ppos >= np.repeat(size, npatch)).any() or ((pg != NO_PG) & (pg > size)).any():
        raise ValueError("a row memo with offsets beyond their entry")
    rows = np.empty(2 * total, np.int32)
    put_ids(rows[:total], low[:total], None if high is None else high[:total])
    rows[total:] = rows[:total]
    patch = np.empty(len(ppos), np.int32)
    put_ids(patch, low[total:], None if high is None else high[total:])
    first = np.cumsum(size, dtype=np.uint32) - size          # each form's S entry
    rows[np.repeat(first + np.uint32(total), npatch) + ppos] = patch
    base = np.stack([first, first + np.uint32(total)], axis=1)   # (form, code) → start
    starts = (base[:, :, None] + (np.cumsum(lens, axis=1, dtype=np.uint32) - lens)[:, None, :])
    pgi = np.where(pg[:, None] == NO_PG, np.uint32(NONE), base + pg[:, None])
    return rows, starts.reshape(-1), pgi.reshape(-1), (base + size[:, None]).reshape(-1).tolist()


def type_info(tagger, form: str, code: str) -> tuple[int, int]:
    """``(tag id fixed by rule_tag or NO_FIX, word-class id)`` of a type, as the tagger's
    :meth:`~khabar.morph.tag_cache.TypeCache._new` finds them."""
    r = rule_tag(form)
    fix = tagger._tix.get(r) if r is not None else None
    pairs = tagger.pairs
    return (NO_FIX if fix is None else fix,
            pairs.cix.get(tagger._word_class(form, code), pairs.unknown))


class RowMemo:
    """The stored rows of :func:`~khabar.morph.tag_memo_build.memo_tables`, looked up by
    ``(form, code)``."""

    def __init__(self, tables: dict, forms: list[str]) -> None:
        """``forms``: the tag dictionary's keys in order (the stored entries follow them).
        Raises ValueError, KeyError or TypeError on tables that do not fit ``forms``."""
        n = int(tables["nforms"])
        if n != len(forms):
            raise ValueError("a row memo for another tag dictionary")
        rows, starts, paradigm, ends = _expand(tables, n)
        self.rows = memoryview(rows)
        self.starts = memoryview(starts)
        self.paradigm = memoryview(paradigm)
        self.ends = ends
        self.kfix: bytes = tables["kfix"]
        self.kclass: bytes = tables["kclass"]
        if len(self.kfix) != len(CODES) * n or len(self.kclass) != len(CODES) * n:
            raise ValueError("a row memo with a wrong number of entries")
        m = len(CODES) * n
        self.index = dict(zip(forms, range(0, m, len(CODES))))
        self.index.pop(BOUNDARY[0], None)     # the boundary type has rows of its own
        # forms whose E entry is not stored (shaped unlike their S entry): usually none
        self.no_e = {forms[f] for f in np.flatnonzero(
            np.frombuffer(tables["npatch"], np.uint8) == NO_E).tolist()}

    def entry(self, form: str, code: str) -> int | None:
        """The entry of ``(form, code)``, None when the memo does not hold it."""
        e = self.index.get(form)
        if e is None or code == "S":
            return e
        return e + 1 if code == "E" and form not in self.no_e else None

    def fix(self, e: int) -> int | None:
        """The tag id :func:`~khabar.morph.tag_features.rule_tag` fixes for entry ``e``."""
        f = self.kfix[e]
        return None if f == NO_FIX else f

    def extend(self, form: str, code: str, rows: list[int], starts: list[int],
               paradigm: Callable[[str], list[int]] | None) -> bool:
        """Append the rows of ``(form, code)`` and its part starts as ``_type_rows`` does
        (:meth:`extend_entry`); False, appending nothing, when the memo does not hold it."""
        e = self.entry(form, code)
        if e is None:
            return False
        self.extend_entry(e, form, rows, starts, paradigm)
        return True

    def extend_entry(self, e: int, form: str, rows: list[int], starts: list[int],
                     paradigm: Callable[[str], list[int]] | None,
                     zero: int | None = None) -> None:
        """Append the rows of entry ``e`` (of ``form``) and its part starts as
        ``_type_rows`` does, the paradigm rows from ``paradigm(form)`` (None: the tagger has
        no news counts); with a ``zero`` row id, the own part is that row alone."""
        k = PARTS * e
        st = self.starts
        a, b = st[k], self.ends[e]
        if zero is not None:
            c = st[k + 1]
            starts.append(len(rows))
            rows.append(zero)
            d = len(rows) - c
            starts += [x + d for x in st[k + 1:k + PARTS]]
            rows += self.rows[c:b]
            return
        d = len(rows) - a
        p = self.paradigm[e]
        if p == NONE or paradigm is None:
            starts += [x + d for x in st[k:k + PARTS]]
            rows += self.rows[a:b]
            return
        pr = paradigm(form)
        starts.append(a + d)
        d2 = d + len(pr)
        starts += [x + d2 for x in st[k + 1:k + PARTS]]
        rows += self.rows[a:p]
        rows += pr
        rows += self.rows[p:b]

    def agrees(self, tagger, samples: int = 24) -> bool:
        """Do ``samples`` entries spread over the memo (first and last included) equal what
        ``tagger`` computes now (rows, part starts, fixed tag, word class)?"""
        forms = list(self.index)
        if not forms:
            return True
        pg = tagger._paradigm_rows if tagger.news is not None else None
        picks = forms[::max(1, len(forms) // samples)] + [forms[-1]]
        for form in picks:
            for code in CODES:
                a: tuple[list[int], list[int]] = ([], [])
                b: tuple[list[int], list[int]] = ([], [])
                e = self.entry(form, code)
                if e is None:
                    if form in self.no_e:
                        continue
                    return False
                self.extend_entry(e, form, *a, pg)
                tagger._type_rows(form, code, *b)
                if a != b or (self.kfix[e], self.kclass[e]) != type_info(tagger, form, code):
                    return False
        return True
