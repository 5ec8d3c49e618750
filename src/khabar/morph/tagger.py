"""UPOS tagging and lemmatization of PADT syntactic words.

``tag_words(words, token_index)`` returns ``(UPOS, lemma)`` for each syntactic word of one
sentence. The tagger is a greedy left-to-right averaged perceptron (see
:mod:`khabar.morph.tag_features`) whose score splits into per-type parts that are computed once
per word type and cached, so tagging costs a few numpy operations per word. Lemmas come from
:mod:`khabar.morph.lemmatizer`. The model in ``models/morph_tag`` is loaded on first use.
"""
from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError
from khabar.morph.tag_features import (BOUNDARY, OFFSETS, clitic_codes, neighbor_features,
                                       own_features, rule_tag)

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "morph_tag"
_CACHE_LIMIT = 400_000


class Tagger:
    """A loaded tagger + lemmatizer. Build with :meth:`load`; use :meth:`tag`."""

    def __init__(self, tags: list[str], features: list[str], W: np.ndarray, trans: np.ndarray,
                 clusters: dict[str, str] | None, lemmatizer=None) -> None:
        self.tags = tags
        T = self.T = len(tags)
        S = T + 1
        self.fid = {f: i for i, f in enumerate(features)}
        # one extra all-zero row: the index of features the model does not know
        self.W = np.vstack([np.asarray(W, dtype=np.float32), np.zeros((1, T), dtype=np.float32)])
        self._zero = len(self.W) - 1
        tr = np.asarray(trans, dtype=np.float32)  # rows: S unigram + S*S bigram
        uni, bi = tr[:S], tr[S:].reshape(S, S, T)
        self.trans = [[bi[p2, p1] + uni[p1] for p1 in range(S)] for p2 in range(S)]
        self.clusters = clusters
        self.lemmatizer = lemmatizer
        self._lock = threading.Lock()
        self._reset_cache()

    def _reset_cache(self) -> None:
        self.key_id: dict[tuple[str, str], int] = {}
        self.C = np.zeros((1024, 5, self.T), dtype=np.float32)
        self._add(BOUNDARY)

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR) -> "Tagger":
        from khabar.morph.lemmatizer import Lemmatizer
        try:
            meta = json.loads((model_dir / "tagger.json").read_text(encoding="utf-8"))
            with gzip.open(model_dir / "tag_features.txt.gz", "rt", encoding="utf-8") as fh:
                feats = fh.read().split("\n")
            if feats and feats[-1] == "":
                feats.pop()
            with np.load(model_dir / "tag_weights.npz", allow_pickle=False) as z:
                W, trans = z["W"], z["trans"]
            clusters = None
            cpath = model_dir / "clusters.tsv.gz"
            if meta.get("clusters"):
                with gzip.open(cpath, "rt", encoding="utf-8") as fh:
                    clusters = dict(line.rstrip("\n").split("\t") for line in fh)
            lem = Lemmatizer.load(model_dir)
        except (OSError, ValueError, KeyError) as e:
            raise ResourceError(
                f"the morphology tagger model in {model_dir} is missing or damaged ({e}); "
                "reinstall khabar or run: PYTHONPATH=src python3 -m training.train_tagger") from e
        if len(feats) != W.shape[0]:
            raise ResourceError(f"tagger model in {model_dir} is inconsistent; retrain it")
        return cls(meta["tags"], feats, W, trans, clusters, lem)

    # -- per-type cache --------------------------------------------------------------------
    def _add(self, key: tuple[str, str]) -> int:
        i = len(self.key_id)
        if i >= len(self.C):
            self.C = np.concatenate([self.C, np.zeros_like(self.C)])
        form, code = key
        cl = self.clusters
        parts = [own_features(form, code, cl) if key != BOUNDARY else []]
        parts += [neighbor_features(form, code, off, cl) for off in OFFSETS]
        get, z = self.fid.get, self._zero
        rows, starts = [], []
        for p in parts:
            starts.append(len(rows))
            rows.extend([get(f, z) for f in p] or [z])
        self.C[i] = np.add.reduceat(self.W[rows], starts, axis=0)
        self.key_id[key] = i
        return i

    # -- tagging ------------------------------------------------------------------------------
    def tag_upos(self, words: list[str], token_index: list[int] | None = None) -> list[str]:
        n = len(words)
        if n == 0:
            return []
        codes = clitic_codes(token_index, n)
        with self._lock:
            if len(self.key_id) > _CACHE_LIMIT:
                self._reset_cache()
            kid = self.key_id
            ids = [kid.get(k) if k in kid else self._add(k) for k in zip(words, codes)]
            C = self.C
            ext = np.array([0, 0] + ids + [0, 0])
            static = (C[ext[2:n + 2], 0] + C[ext[0:n], 1] + C[ext[1:n + 1], 2]
                      + C[ext[3:n + 3], 3] + C[ext[4:n + 4], 4])
        tags = self.tags
        trans = self.trans
        out = []
        p1 = p2 = self.T
        for i in range(n):
            r = rule_tag(words[i])
            if r is not None and r in tags:
                y = tags.index(r)
            else:
                y = int((static[i] + trans[p2][p1]).argmax())
            out.append(tags[y])
            p2, p1 = p1, y
        return out

    def tag(self, words: list[str], token_index: list[int] | None = None) -> list[tuple[str, str | None]]:
        upos = self.tag_upos(words, token_index)
        lem = self.lemmatizer
        if lem is None:
            return [(u, None) for u in upos]
        return [(u, lem.lemma(w, u)) for w, u in zip(words, upos)]


_TAGGER: Tagger | None = None
_LOAD_LOCK = threading.Lock()


def get_tagger() -> Tagger:
    """The process-wide tagger, loaded on first call. Raises :class:`ResourceError`."""
    global _TAGGER
    if _TAGGER is None:
        with _LOAD_LOCK:
            if _TAGGER is None:
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
