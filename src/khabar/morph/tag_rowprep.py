"""Lookups the tagger's fast per-type rows (:mod:`khabar.morph.tag_rows`) prepare once: each
template's ``dict.get``, the rows of names that do not depend on the word (``b``, ``ln=…``,
``c=S`` …), the word table's rows as a matrix, and per position code, cluster path and name
bucket the rows they add; the
paradigm rows (:func:`~khabar.morph.tag_features.paradigm_features`) per form.

A mixin of :class:`~khabar.morph.tagger.Tagger` (reads ``fid``, ``_zero``). Every row here is
``fid.get(name, zero row)`` of the very name :func:`~khabar.morph.tag_features.own_features`
or :func:`~khabar.morph.tag_features.neighbor_features` would build. Raises nothing itself.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from khabar.morph.tag_features import paradigm_features
from khabar.morph.tag_fid import CODES, WORD_GROUP, FeatureIndex

Getter = Callable[[str, int], int]
_LIMIT = 200_000    # entries per lazy table; then it is emptied
_NEAR = ("-1", "+1")
_ALL = ("-2", "-1", "+1", "+2")


class RowPrep:
    """Mixin: :meth:`_prepare_rows` (call once the feature index is set) and the lazily
    filled per-code, per-cluster-path and per-name-bucket tables."""

    fid: FeatureIndex
    _zero: int
    news: dict[str, int] | None

    def _prepare_rows(self) -> None:
        """The template getters and constant rows; empties the lazy tables."""
        fx, get, z = self.fid.template, self.fid.get, self._zero
        affix = []
        for k in range(1, 5):
            affix += [fx("p%d=" % k).get, fx("s%d=" % k).get]
        self._getters: tuple[Getter, ...] = (
            fx("w=").get, fx("sh=").get, *affix, fx("ps=").get, fx("al=").get,
            fx("-1s2=").get, fx("-1p2=").get, fx("+1s2=").get, fx("+1p2=").get,
            fx("-1sh=").get, fx("+1sh=").get)
        # the word table (tag_fid.WORD_GROUP): one lookup of the normalized form gives its
        # rows of n=, -2w=, -1w=, +1w=, +2w=, then cn=, -1cw=, +1cw= for each code
        m, size = self.fid.matrix, self.fid.size
        if size != z:      # the table marks a name the model lacks by ``size``: use the zero row
            m = np.where(m == size, z, m)
        self._word_get = self.fid.words.get
        self._word_rows = m
        self._word_none = [z] * len(WORD_GROUP)
        self._b_row = get("b", z)
        self._ln_rows = [get("ln=%d" % k, z) for k in range(10)]
        self._knone_row = get("k=none", z)
        self._boundary_rows = [get(o + "w=<B>", z) for o in _ALL]
        self._pg_get = self.fid.names_of("pg").get    # paradigm names (a miss: in full)
        self._pg_cache: dict[str, list[int]] = {}
        self._pg_news: dict[str, int] | None = None
        self._code_rows: dict[str, tuple] = {}
        self._cluster_cache: dict[str, tuple] = {}
        self._name_cache: dict[tuple[str, str | None], tuple] = {}

    def _prepare_code(self, code: str) -> tuple:
        """Rows, getters and word-table columns of a position code: ``c=``, the coded own
        templates, and ``c=`` / ``cw=`` at -1 and +1; ``()`` for a code other than S/B/I/E
        (its types take the reference path)."""
        if len(code) != 1 or code not in CODES:
            r: tuple = ()
        else:
            fx, get, z = self.fid.template, self.fid.get, self._zero
            col = WORD_GROUP.index
            r = (get("c=" + code, z), col("cn=" + code), fx("csh=" + code).get,
                 fx("cs2=" + code).get, fx("cnb=" + code).get,
                 get("-1c=" + code, z), col("-1cw=" + code),
                 get("+1c=" + code, z), col("+1cw=" + code))
        self._code_rows[code] = r
        return r

    def _prepare_cluster(self, path: str) -> tuple:
        """``(own rows, (row at -2, -1, +1, +2))`` of a cluster path ``a|b|c``: ``k0=a``,
        ``k1=b`` … on the word, ``k=a`` at each offset."""
        get, z = self.fid.get, self._zero
        parts = path.split("|")
        own = [get("k%d=%s" % (j, c), z) for j, c in enumerate(parts)]
        near = tuple(get(o + "k=" + parts[0], z) for o in _ALL)
        r = (own, near)
        if len(self._cluster_cache) < _LIMIT:
            self._cluster_cache[path] = r
        return r

    def _prepare_name(self, code: str, nb: str | None, g_cnb: Getter) -> tuple:
        """``(nb=…, cnb=…, -1nb=…, +1nb=…)`` rows of a name bucket (``none`` when the word has
        none; then no rows at ±1)."""
        get, z = self.fid.get, self._zero
        v = nb or "none"
        if nb is None:
            r: tuple = (get("nb=" + v, z), g_cnb(v, z), None, None)
        else:
            r = (get("nb=" + v, z), g_cnb(v, z)) + tuple(get(o + "nb=" + nb, z) for o in _NEAR)
        self._name_cache[(code, nb)] = r
        return r

    def _paradigm_rows(self, form: str) -> list[int]:
        """The paradigm rows of ``form`` with the tagger's news counts (cached per form), as
        :meth:`~khabar.morph.tag_rows.TypeRows._type_rows` adds them."""
        news = self.news
        pr = self._pg_cache.get(form) if self._pg_news is news else None
        return pr if pr is not None else self._prepare_paradigm(form, news)

    def _prepare_paradigm(self, form: str, news: dict[str, int]) -> list[int]:
        """The rows of :func:`~khabar.morph.tag_features.paradigm_features` of ``form`` given
        the raw-news counts ``news`` (kept per form while ``news`` is the same object)."""
        if self._pg_news is not news or len(self._pg_cache) >= _LIMIT:
            self._pg_cache = {}
            self._pg_news = news
        pg, get, z = self._pg_get, self.fid.get, self._zero
        out = []
        for f in paradigm_features(form, news):
            r = pg(f)
            out.append(r if r is not None else get(f, z))
        self._pg_cache[form] = out
        return out
