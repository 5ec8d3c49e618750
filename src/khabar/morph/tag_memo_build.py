"""Building the tagger's row memo (:mod:`khabar.morph.tag_memo`) when the compiled file is
written (``python -m khabar.morph.compiled``): :func:`memo_tables`. Raises what it says.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.compiled_codec import pack_ids
from khabar.morph.tag_memo import CODES, NO_E, NO_PG, NONE, PARTS, type_info

_MARK = -1         # a paradigm row while the memo is built (no real row is negative)


class _Marks(dict):
    """A paradigm-row cache that holds five marks for every form (for :func:`memo_tables`)."""

    def get(self, key, default=None):  # noqa: D102
        return [_MARK] * 5


def memo_tables(tagger, forms: list[str]) -> dict:
    """What the compiled file stores for ``forms`` (the tag dictionary's keys, in order), from
    ``tagger`` (a loaded :class:`~khabar.morph.tagger.Tagger` of the same model):
    every entry's rows without its paradigm rows (for each form and code of :data:`CODES`),
    their :data:`PARTS` part starts and where the paradigm rows go, stored by :func:`compact`;
    and each entry's fixed tag (``kfix``, :data:`~khabar.morph.tag_memo.NO_FIX` for none) and
    word class (``kclass``), one byte each. Every entry is checked against the reference
    rows. Raises ValueError when an entry cannot be stored, or when ``tagger`` computes rows
    by the reference path (no paradigm rows to leave out)."""
    if "_type_rows" in vars(tagger):
        raise ValueError("the tagger computes rows by the reference path: nothing to store")
    rows: list[int] = []
    starts: list[int] = []
    paradigm: list[int] = []
    kfix: list[int] = []
    kclass: list[int] = []
    for form in forms:
        for code in CODES:
            r, s = _marked_rows(tagger, form, code)
            ref: tuple[list[int], list[int]] = ([], [])
            tagger._type_rows_reference(form, code, *ref)
            p = r.index(_MARK) if _MARK in r else -1
            n = r.count(_MARK)
            if len(s) != PARTS or (n and not (n == 5 and r[p:p + 5] == [_MARK] * 5
                                               and s[0] <= p and p + 5 <= s[1])):
                raise ValueError(f"{form!r} {code}: rows the memo cannot store")
            if n:
                del r[p:p + 5]
                s = s[:1] + [x - 5 for x in s[1:]]
                pg = tagger._prepare_paradigm(form, tagger.news)
                real = (r[:p] + pg + r[p:], s[:1] + [x + len(pg) for x in s[1:]])
            else:
                real = (r, s)
            if real != ref:
                raise ValueError(f"{form!r} {code}: fast rows differ from the reference")
            base = len(rows)
            fix, cls = type_info(tagger, form, code)
            kfix.append(fix)
            kclass.append(cls)
            paradigm.append(base + p if n else NONE)
            starts += [base + x for x in s]
            rows += r
    return dict(compact(len(forms), rows, starts, paradigm), kfix=bytes(kfix),
                kclass=bytes(kclass))


def compact(n: int, rows: list[int], starts: list[int], paradigm: list[int]) -> dict:
    """The stored form of ``2n`` entries (S then E of each form; ``starts``: :data:`PARTS`
    per entry, an entry ends where the next starts; ``paradigm``: index into ``rows`` or
    :data:`NONE`): ``lens`` (each form's part lengths, one byte each), ``pg`` (where its
    paradigm rows go in the entry, :data:`NO_PG` for none), the S entries' rows then the E
    entries' patches (``npatch`` per form, their offsets ``ppos``) as :func:`pack_ids`
    (``lo``, ``hi``); :data:`~khabar.morph.tag_memo.NO_E` patches: the E entry is not stored
    (its part lengths or paradigm place differ from the S entry's, or too many rows do).
    Raises ValueError when an S entry is too long to address with a byte."""
    st = np.asarray(starts + [len(rows)], dtype=np.int64)
    r = np.asarray(rows, dtype=np.int64)
    lens = np.diff(st).reshape(n, len(CODES), PARTS)
    b = st[:-1:PARTS].reshape(n, len(CODES))
    pg = np.asarray(paradigm, dtype=np.int64).reshape(n, len(CODES))
    pgo = np.where(pg == NONE, NO_PG, pg - b)
    size = lens[:, 0].sum(axis=1)
    if len(size) and size.max() >= NO_PG:
        raise ValueError("an entry too long for byte offsets")
    alike = (lens[:, 0] == lens[:, 1]).all(axis=1) & (pgo[:, 0] == pgo[:, 1])
    s_rows, npatch, ppos, pvals = [], [], [], []
    for f in range(n):
        a, e = r[b[f, 0]:b[f, 0] + size[f]], r[b[f, 1]:b[f, 1] + size[f]]
        diff = np.flatnonzero(a != e) if alike[f] else ()
        s_rows.append(a)
        if len(diff) >= NO_E or not alike[f]:     # E shaped unlike S: not stored
            npatch.append(NO_E)
            continue
        npatch.append(len(diff))
        ppos.append(diff)
        pvals.append(e[diff])
    lo, hi = pack_ids(np.concatenate(s_rows + pvals) if n else np.zeros(0, np.int64))
    cat = (lambda xs: np.concatenate(xs) if xs else np.zeros(0, np.int64))
    return {"nforms": n, "lens": lens[:, 0].astype(np.uint8).tobytes(),
            "pg": pgo[:, 0].astype(np.uint8).tobytes(), "lo": lo, "hi": hi,
            "npatch": bytes(npatch), "ppos": cat(ppos).astype(np.uint8).tobytes()}


def _marked_rows(tagger, form: str, code: str) -> tuple[list[int], list[int]]:
    """``tagger._type_rows`` of a type with its paradigm rows as five :data:`_MARK` rows."""
    saved = tagger._pg_cache, tagger._pg_news
    tagger._pg_cache, tagger._pg_news = _Marks(), tagger.news
    try:
        r: list[int] = []
        s: list[int] = []
        tagger._type_rows(form, code, r, s)
    finally:
        tagger._pg_cache, tagger._pg_news = saved
    return r, s
