"""Tagging one sentence of syntactic words: a mixin of :class:`~khabar.morph.tagger.Tagger`.

It reads ``tags``, ``key_id``, ``lemmatizer`` and ``_lock`` and calls the cache's ``_new``,
``_fill`` and ``_reset_cache`` and the decoder's ``_tag_ids``. Raises nothing itself.
"""
from __future__ import annotations

from khabar.morph.tag_features import clitic_codes
from khabar.morph.tag_sentences import _CACHE_LIMIT


class WordTagging:
    """``tag_upos`` and ``tag`` of :class:`~khabar.morph.tagger.Tagger`."""

    def tag_upos(self, words: list[str], token_index: list[int] | None = None) -> list[str]:
        """The UPOS of each word of one sentence (``token_index``: as for :meth:`tag`)."""
        n = len(words)
        if n == 0:
            return []
        codes = clitic_codes(token_index, n)
        with self._lock:
            if len(self.key_id) > _CACHE_LIMIT:
                self._reset_cache()
            kid = self.key_id
            ids = [kid[k] if k in kid else self._new(k) for k in zip(words, codes)]
            self._fill()
            y = self._tag_ids(ids)
        tags = self.tags
        return [tags[t] for t in y]

    def tag(self, words: list[str],
            token_index: list[int] | None = None) -> list[tuple[str, str | None]]:
        """``(UPOS, lemma)`` for each word of one sentence (lemma None without a lemmatizer);
        ``token_index[i]``: the surface token of word ``i``."""
        upos = self.tag_upos(words, token_index)
        lem = self.lemmatizer
        if lem is None:
            return [(u, None) for u in upos]
        return list(zip(upos, lem.lemmas(words, upos)))
