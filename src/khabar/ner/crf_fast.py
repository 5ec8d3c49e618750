"""The NER CRF's Viterbi labels computed in numpy from attribute ids (CRFsuite's own labels).

:class:`FastCrf` gives, for many sentences at once, the labels that
``pycrfsuite.Tagger.set(featurizer.sentence(...))`` + ``tag()`` give, without building the
feature strings of every token: each word type's own and neighbour features
(:mod:`khabar.ner.feat_token`) are turned into model attribute ids once (cached, bounded);
the stacked network's features (:mod:`khabar.ner.neural_stack`) come from its
probabilities as ids directly. A token's state score is the sum of its attributes' weight
rows in the order of its feature list (own, neighbours at −2/−1/+1/+2 or BOS/EOS, word
bigrams, gazetteer and trigger spans, network), added one column at a time over all tokens
(absent attributes add the all-zero row, which changes no sum) — the float64 additions
CRFsuite makes, in its order; unknown attributes are dropped as CRFsuite drops them.
Decoding: :func:`khabar.ner.crf_model.viterbi_many`. Only for string features without
morphology or vectors (the shipped configuration; :meth:`khabar.ner.tagger.NerModel.tag_many`
falls back to CRFsuite otherwise). Raises nothing on ordinary input.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from khabar.ner.crf_model import CrfWeights, viterbi_many
from khabar.ner.feat_context import gazetteer_spans
from khabar.ner.feat_token import OFFSETS, type_core

#: most cached word types before the id cache is emptied (memory stays bounded)
MAX_TYPES = 500_000


class FastCrf:
    """CRF labels for sentences of normalized words under ``featurizer`` (the model's)."""

    def __init__(self, weights: CrfWeights, featurizer) -> None:
        self.w = weights
        self.fz = featurizer
        self._ids: dict[str, tuple] = {}
        get, pad = weights.attrs.get, weights.pad
        self._edge = {-1: get("BOS", pad), 1: get("EOS", pad)}
        #: per offset of OFFSETS: the model's attributes ``"{o}:" + base`` by base
        self._ctx: list[dict[str, int]] = [{} for _ in OFFSETS]
        where = {f"{o}": m for o, m in zip(OFFSETS, self._ctx)}
        for a, i in weights.attrs.items():
            o, sep, base = a.partition(":")
            if sep and o in where:
                where[o][base] = i
        self._bg_left: set[str] = set()
        self._bg_right: set[str] = set()
        for a in weights.attrs:
            if a[:4] in ("bg-=", "bg+="):
                pair = a[4:]
                for i, ch in enumerate(pair):
                    if ch == "|":  # a word may hold "|" itself: every split point counts
                        self._bg_left.add(pair[:i])
                        self._bg_right.add(pair[i + 1:])
        self._stack = None
        if featurizer._neural is not None:
            self._stack = _stack_ids(weights, featurizer._neural.labels)

    def _type_ids(self, w: str) -> tuple:
        """Known attribute ids of a word type's own features and of those it gives its
        neighbour at each of ``OFFSETS``, and whether the word can take part in a
        multi-word gazetteer or trigger feature (:meth:`_spans`) and be the left or right
        word of a known bigram feature (:meth:`_bigrams`), and its ``(core, head)`` keys
        (cached)."""
        hit = self._ids.get(w)
        if hit is not None:
            return hit
        fz = self.fz
        f, spec, (c, r) = type_core(fz, w)
        get = self.w.attrs.get
        last = fz._trig_last
        head, k3, gs, lx, nx, px = spec  # context_bases(spec, o) for each offset, built once
        two = head + gs
        one = head + [k3] if k3 is not None else list(head)
        one += gs
        one += lx
        m2, m1, p1, p2 = self._ctx
        hit = ([x for x in map(get, f) if x is not None],
               [[x for x in map(m2.get, two) if x is not None],
                [x for x in map(m1.get, one + list(nx)) if x is not None],
                [x for x in map(p1.get, one + list(px)) if x is not None],
                [x for x in map(p2.get, two) if x is not None]],
               c in fz._heads or r in fz._heads or w in last or c in last,
               w in self._bg_left, w in self._bg_right, (c, r))
        if len(self._ids) > MAX_TYPES:
            self._ids.clear()
        self._ids[w] = hit
        return hit

    def tag_many(self, sents: Sequence[Sequence[str]], nn: Sequence | None = None
                 ) -> list[list[str]]:
        """BIO labels of every sentence (``nn``: the stacked network's probabilities per
        sentence, computed here when missing)."""
        import numpy as np
        keep = [i for i, s in enumerate(sents) if s]
        out: list[list[str]] = [[] for _ in sents]
        if not keep:
            return out
        ss = [sents[i] for i in keep]
        probs = None
        if self._stack is not None:  # a missing one: that sentence alone, as ``tag`` does
            probs = [nn[i] if nn is not None and nn[i] is not None
                     else self.fz._neural.probs([sents[i]])[0] for i in keep]
        cols = self._columns(ss, probs)
        lens = [len(s) for s in ss]
        table = self.w.state
        scores = np.zeros((sum(lens), table.shape[1]), np.float64)
        for block in cols:
            for c in block:
                scores += table[c]
        names = self.w.labels
        for i, ids in zip(keep, viterbi_many(scores, lens, self.w.trans)):
            out[i] = [names[x] for x in ids]
        return out

    def _columns(self, sents: Sequence[Sequence[str]], probs) -> list[list]:
        """Attribute-id columns (one entry per token of all sentences) in feature order."""
        import numpy as np
        pad = self.w.pad
        types = {w: None for s in sents for w in s}
        for w in types:
            types[w] = self._type_ids(w)
        uniq = list(types.values())
        index = {w: i for i, w in enumerate(types)}
        u = np.asarray([index[w] for s in sents for w in s], np.int64)
        flags = np.asarray([t[2:5] for t in uniq], bool).reshape(-1, 3)[u]
        lens = np.asarray([len(s) for s in sents], np.int64)
        lt = np.repeat(lens, lens)
        pos = np.arange(len(u)) - np.repeat(np.cumsum(lens) - lens, lens)
        nu = len(uniq)
        blocks: list[list] = [list(_padded([t[0] for t in uniq], pad)[u].T)]
        for j, o in enumerate(OFFSETS):
            rows = [t[1][j] for t in uniq] + [[], [self._edge[o]] if o in self._edge else []]
            table = _padded(rows, pad)
            ok = (pos + o >= 0) & (pos + o < lt)
            nb = np.where(ok, u[np.clip(np.arange(len(u)) + o, 0, len(u) - 1)],
                          nu + 1 if o in self._edge else nu)
            blocks.append(list(table[nb].T))
        blocks.append(self._bigrams(sents, flags[:, 1], flags[:, 2], pos + 1 < lt))
        blocks.append(self._spans(sents, flags[:, 0].tolist(), types))
        if probs is not None:
            blocks.append(self._stack_columns(probs, pos, lt))
        return blocks

    def _bigrams(self, sents: Sequence[Sequence[str]], left, right, same) -> list:
        """The ``bg-=`` and ``bg+=`` word-bigram attribute ids of every token; only pairs
        of a possible left and right word (``left``/``right`` per token, ``same``: the
        next token is in the same sentence) can be known."""
        import numpy as np
        get, pad = self.w.attrs.get, self.w.pad
        words = [w for s in sents for w in s]
        n = len(words)
        bg_left = np.full(n, pad, np.int64)
        bg_right = np.full(n, pad, np.int64)
        for i in np.flatnonzero(left[:-1] & right[1:] & same[:-1]).tolist():
            pair = words[i] + "|" + words[i + 1]
            bg_left[i + 1] = get("bg-=" + pair, pad)
            bg_right[i] = get("bg+=" + pair, pad)
        return [bg_left, bg_right]

    def _spans(self, sents: Sequence[Sequence[str]], cand, types: dict) -> list:
        """Multi-word gazetteer and trigger features per token
        (:func:`khabar.ner.feat_context.gazetteer_spans`), as id columns; only sentences
        with a ``cand`` word (per token: a gazetteer head or a trigger's last word) can
        have any (``types``: :meth:`_type_ids` of their words)."""
        import numpy as np
        if not self.fz.use_gaz:
            return []
        get, pad = self.w.attrs.get, self.w.pad
        found: list[tuple[int, list[int]]] = []
        k = 0
        for s in sents:
            if any(cand[k:k + len(s)]):
                extra: defaultdict[int, list[str]] = defaultdict(list)  # tokens with any
                gazetteer_spans(self.fz, s, [types[w][5] for w in s], extra)
                for j, e in extra.items():
                    ids = [x for x in map(get, e) if x is not None]
                    if ids:
                        found.append((k + j, ids))
            k += len(s)
        cols = []
        for c in range(max((len(ids) for _, ids in found), default=0)):
            col = np.full(k, pad, np.int64)
            for j, ids in found:
                if c < len(ids):
                    col[j] = ids[c]
            cols.append(col)
        return cols

    def _stack_columns(self, probs: Sequence, pos, lt) -> list:
        """The network's features per token (as :func:`khabar.ner.neural_stack.
        stack_features` orders them) as id columns, from the same float comparisons."""
        import numpy as np

        from khabar.ner.neural_stack import _TOP, _TYPE
        head, bucket_ids, cols, mass, prev, nxt = self._stack
        p = np.concatenate(probs)
        n = len(p)
        top = p.argmax(axis=1)
        best = p[np.arange(n), top].astype(np.float64)
        bucket = (best[:, None] >= np.asarray(_TOP)).sum(axis=1)
        out = [head[top], bucket_ids[top, bucket]]
        for cs, ids in zip(cols, mass):
            m = p[:, cs[0]].copy()
            for i in cs[1:]:
                m += p[:, i]
            out.append(ids[(m.astype(np.float64)[:, None] >= np.asarray(_TYPE)).sum(axis=1)])
        if self.fz.use_neural == "b":
            last = n - 1
            out.append(np.where(pos > 0, prev[top[np.clip(np.arange(n) - 1, 0, last)]],
                                self.w.pad))
            out.append(np.where(pos + 1 < lt, nxt[top[np.clip(np.arange(n) + 1, 0, last)]],
                                self.w.pad))
        return out


def _padded(rows: Sequence[Sequence[int]], pad: int):
    """``rows`` as an int array, shorter rows padded with ``pad`` (at least one column)."""
    import numpy as np
    from itertools import chain
    lens = np.fromiter(map(len, rows), np.int64, len(rows))
    out = np.full((len(rows), max(1, int(lens.max(initial=0)))), pad, np.int64)
    total = int(lens.sum())
    if total:
        vals = np.fromiter(chain.from_iterable(rows), np.int64, total)
        r = np.repeat(np.arange(len(rows)), lens)
        out[r, np.arange(total) - np.repeat(np.cumsum(lens) - lens, lens)] = vals
    return out


def _stack_ids(weights: CrfWeights, labels: Sequence[str]) -> tuple:
    """Attribute ids of the network's feature strings (:func:`khabar.ner.neural_stack._tables`)
    per network label, top bucket and type mass bucket (mass bucket 0: no feature)."""
    import numpy as np

    from khabar.ner.neural_stack import _tables
    head, cols, mass, prev, nxt = _tables(tuple(labels))
    get, pad = weights.attrs.get, weights.pad
    ids = np.asarray([[[get(s, pad) for s in pair] for pair in h] for h in head], np.int64)
    mass_ids = [np.asarray([pad] + [get(s, pad) for s in m[1:]], np.int64) for m in mass]
    return (ids[:, 0, 0], ids[:, :, 1], cols, mass_ids,
            np.asarray([get(s, pad) for s in prev], np.int64),
            np.asarray([get(s, pad) for s in nxt], np.int64))


__all__ = ["FastCrf", "MAX_TYPES"]
