"""The UPOS tagger's per-type cache: type ids, their score rows in ``C`` (five parts of
``2T`` scores each, filled in batches by :meth:`TypeCache._fill`) and their word-class ids
in ``K``.

New types take their rows from the tag dictionary's stored rows when it has them
(:mod:`khabar.morph.tag_memo`). A mixin of :class:`~khabar.morph.tagger.Tagger` (reads ``T``,
``W``, ``pairs``, ``tag_masks``,
``_tix``, ``_ctx_forms``, ``_word_class`` (:func:`~khabar.morph.tag_pairs.word_class`) and
:meth:`~khabar.morph.tag_rows.TypeRows._type_rows`). Raises nothing itself.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import BOUNDARY, normalize, rule_tag
from khabar.morph.tag_memo import RowMemo
from khabar.morph.tag_pairs import char_shape
from khabar.morph.tag_sentences import _CACHE_LIMIT


class TypeCache:
    """Mixin: :meth:`_reset_cache`, :meth:`_new`, :meth:`_fill`, :meth:`_ids_of`."""

    C: np.ndarray
    K: np.ndarray
    _row_memo: RowMemo | None = None
    #: a type whose tag is fixed (rule_tag, or a one-tag mask) gets the zero row as its own
    #: part: that part cannot change its tag (same output, less work; False: every part)
    skip_fixed_own = True

    def set_row_memo(self, tables: dict | None, forms: list[str],
                     checked: bool = False) -> None:
        """Use the stored rows ``tables`` (:func:`~khabar.morph.tag_memo.memo_tables` of the
        tag dictionary's keys ``forms``) for new types; None, tables that do not fit, or rows
        that differ from the computed ones (a sample is checked unless ``checked``: verified
        for this code when the file was built) leave every type computed. Raises nothing."""
        memo = None
        if tables is not None:
            try:
                memo = RowMemo(tables, forms)
            except (ValueError, KeyError, TypeError, IndexError, OverflowError):
                memo = None
            if memo is not None and not checked and not memo.agrees(self):
                memo = None
        self._row_memo = memo

    def _reset_cache(self) -> None:
        """Forget every per-type entry (the score rows are overwritten as types come back)."""
        self.key_id: dict[tuple[str, str], int] = {}
        self._kform: list[str] = []          # type id → form
        self._kfix: list[int | None] = []    # type id → tag fixed by rule_tag, if any
        self._ctx_ids: set[int] = set()      # type ids whose form has context lemma rules
        self._seg_ids: dict[tuple[str, ...], tuple[int, ...]] = {}   # token's words → ids
        self._wcache: dict[int, object] = {}     # id * T + tag → Word
        self._tcache: dict[int, tuple] = {}      # id * T + tag → (Word,)
        # id, key, nm, sh (None for a stored type), its tag_memo entry (or None)
        self._pending: list[tuple[int, tuple[str, str], str | None, str | None, int | None]] = []
        self._new(BOUNDARY)
        self._fill()

    def _new(self, key: tuple[str, str]) -> int:
        """A fresh type id for ``key``; its score rows are computed by :meth:`_fill`."""
        i = len(self._kform)
        if i >= len(self.C):  # only a huge sentence overflows the slack
            self.C = np.concatenate([self.C, np.zeros_like(self.C)])
            self.K = np.concatenate([self.K, np.zeros_like(self.K)])
        form = key[0]
        self.key_id[key] = i
        self._kform.append(form)
        pairs = self.pairs
        memo = self._row_memo
        e = memo.entry(form, key[1]) if memo is not None else None
        if e is not None:       # stored (tag_memo): its fixed tag and class too
            self._kfix.append(memo.fix(e))
            if pairs.tables:
                self.K[i] = memo.kclass[e]
            nm = sh = None
        else:
            nm, sh = normalize(form), char_shape(form)     # shared by the class and the rows
            r = rule_tag(form)
            self._kfix.append(self._tix.get(r) if r is not None else None)
            if pairs.tables:
                self.K[i] = pairs.cix.get(self._word_class(form, key[1], sh, nm), pairs.unknown)
        if form in self._ctx_forms:
            self._ctx_ids.add(i)
        self._pending.append((i, key, nm, sh, e))
        return i

    def _fill(self) -> None:
        """Score rows of the pending types: own part, then the parts at OFFSETS, each the
        sum of its features' weight rows (one gather and one reduceat for all of them)."""
        pending = self._pending
        if not pending:
            return
        rows: list[int] = []
        starts: list[int] = []
        type_rows = self._type_rows
        memo = self._row_memo
        extend = memo.extend_entry if memo is not None else None
        pg = self._paradigm_rows if self.news is not None else None
        kfix, single, z = self._kfix, self._single_masks, self._zero
        skip = self.skip_fixed_own
        mget = self.tag_masks.get
        found: list[tuple[int, np.ndarray]] = []    # (pending index, the form's mask)
        for k, (i, (form, code), nm, sh, e) in enumerate(pending):
            m = mget(form)
            if m is not None:
                found.append((k, m))
            if kfix[i] is None and (m is None or id(m) not in single) or not skip:
                if e is None:
                    type_rows(form, code, rows, starts, nm, sh)
                else:   # stored rows of the tag dictionary's forms (tag_memo)
                    extend(e, form, rows, starts, pg)
            # a tag fixed by rule_tag or by a one-tag mask: the own part cannot change it
            # (the decoders keep a fixed tag; BLOCKED dominates), so it is the zero row only
            elif e is None:
                type_rows(form, code, rows, starts, nm, sh)
                a, b = starts[-5], starts[-4]
                del rows[a + 1:b]
                rows[a] = z
                d = b - a - 1
                starts[-4:] = [x - d for x in starts[-4:]]
            else:
                extend(e, form, rows, starts, None, z)
        n = len(pending)
        sums = np.add.reduceat(self.W.take(rows, axis=0), starts, axis=0).reshape(n, -1)
        if found:   # the tag dictionary's masks on the own parts: one fancy-indexed add
            sums[[k for k, _ in found], :2 * self.T] += np.stack([m for _, m in found])
        i0 = pending[0][0]
        if pending[-1][0] == i0 + n - 1:   # new ids are consecutive: one slice
            self.C[i0:i0 + n] = sums
        else:
            self.C[[p[0] for p in pending]] = sums
        self._pending = []

    def _ids_of(self, seg: tuple[str, ...]) -> tuple[int, ...]:
        """Type ids of the words of one surface token (position codes S / B I… E)."""
        n = len(seg)
        get = self.key_id.get
        if n == 1:
            k = (seg[0], "S")
            i = get(k)
            ids: tuple[int, ...] = (self._new(k) if i is None else i,)
        else:
            codes = ("B",) + ("I",) * (n - 2) + ("E",)
            ids = tuple([self._new(k) if (i := get(k)) is None else i for k in zip(seg, codes)])
        if len(self._seg_ids) < _CACHE_LIMIT:
            self._seg_ids[seg] = ids
        return ids
