"""Whole sentences of surface tokens for the morph component: tag ids → shared
:class:`~khabar.document.Word` tuples with lemmas, and the lemmatizer's next-word context rules.

A mixin of :class:`~khabar.morph.tagger.Tagger`. Raises nothing itself (the tagger and
lemmatizer are loaded already).
"""
from __future__ import annotations

from itertools import chain

from khabar.document import Word
from khabar.morph._fast_lemmas import lemmas_of

_CACHE_LIMIT = 120_000   # word types (and token analyses) cached; then all are cleared


class SentenceTagging:
    """Mixin: :meth:`analyze`, :meth:`analyze_sentences`."""

    def analyze(self, segs: list[tuple[str, ...]]) -> list[tuple]:
        """The tagged, lemmatized :class:`~khabar.document.Word` tuple of each surface token
        of one sentence, given the tokens' words (:func:`segment_tokens`). Equal to
        :meth:`tag` on the concatenated words with their token indices."""
        return self.analyze_sentences([segs])[0]

    def analyze_sentences(self, sents: list[list[tuple[str, ...]]]) -> list[list[tuple]]:
        """:meth:`analyze` of each sentence (faster than one call per sentence)."""
        out: list[list[tuple]] = []
        with self._lock:
            chunk: list[list[tuple[int, ...]]] = []
            sget = self._seg_ids.get
            for segs in sents:
                if len(self._kform) > _CACHE_LIMIT:
                    if chunk:
                        out += self._run(chunk)
                        chunk = []
                    self._reset_cache()
                    sget = self._seg_ids.get
                chunk.append([sget(s) or self._ids_of(s) for s in segs])
            if chunk:
                out += self._run(chunk)
        return out

    def _run(self, chunk: list[list[tuple[int, ...]]]) -> list[list[tuple]]:
        """Tag a chunk of sentences (token → type ids) and build their Word tuples."""
        if self._pending:
            self._fill()
        sents = []
        for tids in chunk:
            ids: list[int] = []
            for t in tids:
                ids += t
            sents.append(ids)
        ys = self._tag_batch(sents)
        wc, tc = self._wcache, self._tcache
        T = self.T
        keys = [k * T + y for k, y in zip(chain.from_iterable(sents), ys)]
        miss = [key for key in keys if key not in wc]
        if miss:
            self._words(miss)
        res = []
        j = 0
        ctx_ids = self._ctx_ids
        for tids, ids in zip(chunk, sents):
            out = []
            append = out.append
            j0 = j
            for t in tids:
                if len(t) == 1:
                    key = keys[j]
                    r = tc.get(key)
                    if r is None:
                        r = (wc[key],)
                        if len(tc) < _CACHE_LIMIT:
                            tc[key] = r
                    j += 1
                else:
                    n = len(t)
                    r = tuple([wc[key] for key in keys[j:j + n]])
                    j += n
                append(r)
            if ctx_ids and not ctx_ids.isdisjoint(ids):
                out = self._context_lemmas(tids, ids, ys[j0:j], out)
            res.append(out)
        return res

    def _words(self, keys: list[int]) -> None:
        """The shared Word of each (type id * T + tag id) key, lemmas predicted in one batch
        (:func:`~khabar.morph._fast_lemmas.lemmas_of`)."""
        T, kform, tags = self.T, self._kform, self.tags
        keys = list(dict.fromkeys(keys))
        pairs = [(kform[key // T], tags[key % T]) for key in keys]
        lem = self.lemmatizer
        lemmas = lemmas_of(lem, pairs) if lem is not None else [None] * len(pairs)
        wc = self._wcache
        for key, (form, u), lemma in zip(keys, pairs, lemmas):
            wc[key] = Word(form, u, lemma)

    def _context_lemmas(self, tids, ids, ys, out):
        """Apply the lemmatizer's next-word context rules (see Lemmatizer.lemmas)."""
        ctx = self.lemmatizer.context
        tags, ctx_ids, kform = self.tags, self._ctx_ids, self._kform
        n = len(ids)
        j = 0
        for ti, t in enumerate(tids):
            ws = None
            for m, k in enumerate(t):
                i = j + m
                if k in ctx_ids:
                    u = tags[ys[i]]
                    r = ctx.get((kform[k], u, tags[ys[i + 1]] if i + 1 < n else "<E>"))
                    if r is not None:
                        if ws is None:
                            ws = list(out[ti])
                        ws[m] = Word(kform[k], u, r)
            if ws is not None:
                out[ti] = tuple(ws)
            j += len(t)
        return out
