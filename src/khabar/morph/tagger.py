"""UPOS tagging and lemmatization of PADT syntactic words.

``tag_words(words, token_index)`` returns ``(UPOS, lemma)`` for each syntactic word of one
sentence. The tagger is a greedy left-to-right averaged perceptron (see
:mod:`khabar.morph.tag_features`) whose score splits into per-type parts that are computed once
per word type and cached, so tagging costs a few numpy operations per word. Lemmas come from
:mod:`khabar.morph.lemmatizer`. The model in ``models/morph_tag`` is loaded on first use.

The morph component calls :meth:`Tagger.analyze_sentences` once per document: the numpy work
of all its sentences is batched, most words' tags are settled without a per-word argmax (see
:meth:`~khabar.morph.tag_decode.Decoder._greedy`), and each (type, tag) maps to one shared ``Word`` (lemma included).
Per-type caches are bounded: at ``_CACHE_LIMIT`` types they are all cleared.
"""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError
from khabar.morph.compiled import TAG_SOURCES, read_compiled
from khabar.morph.compiled_check import code_digest
from khabar.morph.loading import gc_paused, zeros
from khabar.morph.tag_constraints import build_masks, single_tag_masks
from khabar.morph.tag_build import add_tag_bias, greedy_bounds, padded_weights, transition_tables
from khabar.morph.tag_cache import TypeCache
from khabar.morph.tag_decode import Decoder
from khabar.morph.tag_fid import FeatureIndex
from khabar.morph.tag_load import LAYOUT, damaged, parse_sources, weights
from khabar.morph.tag_pairs import PairTables, word_class
from khabar.morph.tag_stack import stack_entries, stack_tables
from khabar.morph.tag_rows import TypeRows
from khabar.morph.tag_sentences import _CACHE_LIMIT, SentenceTagging
from khabar.morph.tag_words import WordTagging

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "morph_tag"
_CACHE_SLACK = 4096      # rows beyond the limit: the types of the sentence that crosses it


class Tagger(TypeCache, TypeRows, Decoder, SentenceTagging, WordTagging):
    """A loaded tagger + lemmatizer. Build with :meth:`load`; use :meth:`tag`.

    Its parts: the per-type cache (:mod:`khabar.morph.tag_cache`), per-type score rows
    (:mod:`khabar.morph.tag_rows`, :mod:`khabar.morph.tag_rowprep`), decoding
    (:mod:`khabar.morph.tag_decode`), whole sentences of tokens
    (:mod:`khabar.morph.tag_sentences`), one sentence of words (:mod:`khabar.morph.tag_words`);
    its tables are built by :mod:`khabar.morph.tag_build`."""

    def __init__(self, tags: list[str], features: list[str] | FeatureIndex, W: np.ndarray,
                 trans: np.ndarray, clusters: dict[str, str] | None, lemmatizer=None,
                 two_pass: bool = False, tag_bias: dict[str, float] | None = None,
                 stack: list | None = None, names: dict[str, str] | None = None,
                 news: dict[str, int] | None = None, padded: bool = False,
                 checked: bool = False) -> None:
        """``features``: the feature names in row order, or their index; ``padded``: ``W`` is
        float32 and already ends with the all-zero row for unknown features (it is then used,
        and changed, in place); ``checked``: the fast rows are known to agree with the
        reference for this code and model (compiled.code_digest), so that is not checked
        again. Raises ValueError on weights of the wrong shape."""
        self.tags = tags
        T = self.T = len(tags)
        self.two_pass = two_pass
        self.fid = (features if isinstance(features, FeatureIndex)
                    else FeatureIndex.from_features(features))
        self.W, tr, one_pass = padded_weights(W, trans, T, padded)
        if one_pass:
            self.two_pass = False
        self._zero = len(self.W) - 1
        # a per-tag constant added to both passes' scores (on the always-present feature "b"),
        # chosen on dev (tagger.json "tag_bias"; see training.train_tagger.TAG_BIAS)
        add_tag_bias(self.W, self.fid.get("b"), tags, tag_bias)
        self.trans = transition_tables(tr, T)
        # second pass: a score table per stacking template, indexed by the first-pass tags at
        # its offsets (tag ids 0..T-1, then T = <S>, T+1 = <E>)
        self.stack = self._stack_tables(features, tags, stack)
        self._tix = {t: i for i, t in enumerate(tags)}
        # word-class pair features (agreement): PairTables looks up "pc…" names only, so it
        # gets the names of those templates as one plain dict (test_tag_fid checks the tables)
        self.pairs = PairTables(self.fid.names_of("pc"), self.W)
        # the class of a type for them (the same as PairTables.class_id)
        self._word_class = word_class
        # greedy decoding: per tag, the least and the most any pair of previous tags can add
        self._bounds = greedy_bounds(self.trans)
        self.clusters = clusters
        self.names = names    # normalized word → raw-news name-ness bucket (training.tag_names)
        self.news = news      # raw-news token counts for the paradigm features (or None)
        self.lemmatizer = lemmatizer
        # tag dictionary: form → additive mask (0 for the tags train gave the form, a large
        # negative number for the others) on both passes' own scores; empty = no constraint
        self.tag_masks: dict[str, np.ndarray] = {}
        self._single_masks: set[int] = set()   # ids of masks that allow one tag only
        self._ctx_forms = ({f for f, _, _ in lemmatizer.context} if lemmatizer is not None
                           and lemmatizer.context else set())
        self._lock = threading.Lock()
        self._prepare_rows()
        if not checked and not self._fast_rows_agree():
            self._type_rows = self._type_rows_reference  # type: ignore[method-assign]
        # ≈ 84 MB, touched as types come: own map, no huge pages (loading.zeros)
        self.C = zeros((_CACHE_LIMIT + _CACHE_SLACK, 5 * 2 * T), np.float32)
        self.K = np.zeros(len(self.C), dtype=np.intp)   # type id → word-class index (pairs)
        self._reset_cache()

    def _stack_tables(self, features: list[str] | FeatureIndex, tags: list[str],
                      entries: list | None = None) -> list:
        """Per stacking template: ``(template, table)`` of second-pass scores indexed by the
        first-pass tag ids at its offsets (see :mod:`khabar.morph.tag_stack`); ``entries``:
        :func:`~khabar.morph.tag_stack.stack_entries` of ``features`` if already at hand."""
        if entries is None:
            if isinstance(features, FeatureIndex):
                names = [""] * features.size
                for f in features:
                    names[features.get(f)] = f
                features = names
            entries = stack_entries(features, tags)
        return stack_tables(entries, self.W, self.T)

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR) -> "Tagger":
        """The tagger of ``model_dir``: tables and weights from ``compiled.marshal`` when it
        matches the sources (else parsed from them, weights from the npz file). Raises
        :class:`ResourceError`."""
        from khabar.morph.lemmatizer import Lemmatizer
        t = read_compiled(model_dir, TAG_SOURCES)
        if t is None or t.get("layout") != LAYOUT:
            t = parse_sources(model_dir)
        # self-checks passed when the compiled file was built, for this very code: skip them
        checked = t.get("checked") is not None and t.get("checked") == code_digest()
        try:
            W, trans, padded = weights(model_dir, t)
            lem = Lemmatizer.load(model_dir, t["lem"], checked)
            from khabar.morph.segmenter import _model
            lem.news = _model().res.news    # the segmenter's raw-news counts (shared, not copied)
            lem.spell = _model().res.spell  # and its news spellings of folded keys
            from khabar.morph.lemma_table import read_table
            from khabar.morph.segmenter import MODEL_DIR as SEG_DIR
            lem.set_table(read_table(model_dir, SEG_DIR))  # stored predictions, if current
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ResourceError(damaged(model_dir, e)) from e
        meta = t["meta"]
        try:
            fidx = FeatureIndex.from_tables(t["fidx"])
        except (ValueError, KeyError, TypeError) as e:
            raise ResourceError(damaged(model_dir, e)) from e
        if fidx.size != len(W) - padded:
            raise ResourceError(f"tagger model in {model_dir} is inconsistent; retrain it")
        try:
            tagger = cls(meta["tags"], fidx, W, trans, t["clusters"], lem,
                         bool(meta.get("two_pass")), meta.get("tag_bias"), t["stack"],
                         t.get("names"), lem.news if meta.get("paradigm") else None, padded,
                         checked)
        except ValueError as e:
            raise ResourceError(damaged(model_dir, e)) from e
        tagger.set_allowed(t["allowed"])
        tagger.set_row_memo(t.get("row_memo"), list(t["allowed"]), checked)
        return tagger

    def set_allowed(self, allowed: dict[str, str]) -> None:
        """Restrict the tags of known forms: ``allowed`` maps a form to its comma-joined tags
        (tags outside the model's set are ignored). Clears the per-type cache."""
        masks = build_masks(allowed, self._tix, self.T)
        with self._lock:
            self.tag_masks = masks
            self._single_masks = single_tag_masks(masks)
            self._row_memo = None     # stored for the model's own dictionary only
            self._reset_cache()
            if self.lemmatizer is not None:
                self.lemmatizer.cache.clear()


_TAGGER: Tagger | None = None
_LOAD_LOCK = threading.Lock()


def get_tagger() -> Tagger:
    """The process-wide tagger, loaded on first call. Raises :class:`ResourceError`."""
    global _TAGGER
    if _TAGGER is None:
        with _LOAD_LOCK:
            if _TAGGER is None:
                with gc_paused():
                    _TAGGER = Tagger.load()
    return _TAGGER


def tag_words(words: list[str], token_index: list[int] | None = None) -> list[tuple[str, str | None]]:
    """``(UPOS, lemma)`` for each syntactic word of one sentence, in order.

    ``token_index[i]`` is the surface token word ``i`` belongs to (words of one multiword token
    share it); without it every word is treated as a token of its own.
    """
    if not words:
        return []
    return get_tagger().tag(list(words), token_index)
