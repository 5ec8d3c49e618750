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
from khabar.morph.tag_features import (BOUNDARY, END_TAG, OFFSETS, STACK_TEMPLATES, START_TAG,
                                       clitic_codes, neighbor_features, own_features, rule_tag)

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "morph_tag"
_CACHE_LIMIT = 400_000


class Tagger:
    """A loaded tagger + lemmatizer. Build with :meth:`load`; use :meth:`tag`."""

    def __init__(self, tags: list[str], features: list[str], W: np.ndarray, trans: np.ndarray,
                 clusters: dict[str, str] | None, lemmatizer=None, two_pass: bool = False) -> None:
        self.tags = tags
        T = self.T = len(tags)
        S = T + 1
        self.two_pass = two_pass
        self.fid = {f: i for i, f in enumerate(features)}
        W = np.asarray(W, dtype=np.float32)
        tr = np.asarray(trans, dtype=np.float32)  # rows: S unigram + S*S bigram
        if W.shape[1] == T:  # a one-pass model
            W = np.hstack([W, np.zeros_like(W)])
            tr = np.hstack([tr, np.zeros_like(tr)])
            self.two_pass = False
        # one extra all-zero row: the index of features the model does not know
        self.W = np.vstack([W, np.zeros((1, 2 * T), dtype=np.float32)])
        self._zero = len(self.W) - 1
        self.trans = []
        for p in range(2):
            t = tr[:, p * T:(p + 1) * T]
            uni, bi = t[:S], t[S:].reshape(S, S, T)
            self.trans.append([[bi[p2, p1] + uni[p1] for p1 in range(S)] for p2 in range(S)])
        # second pass: a score table per stacking template, indexed by the first-pass tags at
        # its offsets (tag ids 0..T-1, then T = <S>, T+1 = <E>)
        names = tags + [START_TAG, END_TAG]
        self.stack = []
        for tpl in STACK_TEMPLATES:
            k = len(tpl)
            tab = np.zeros(((T + 2) ** k, T), dtype=np.float32)
            prefix = "st" + ",".join("%+d" % o for o in tpl) + "="
            for code in range((T + 2) ** k):
                ids, c = [], code
                for _ in range(k):
                    ids.append(c % (T + 2))
                    c //= T + 2
                f = self.fid.get(prefix + "|".join(names[j] for j in reversed(ids)))
                if f is not None:
                    tab[code] = self.W[f, T:]
            self.stack.append((tpl, tab))
        self._tix = {t: i for i, t in enumerate(tags)}
        self.clusters = clusters
        self.lemmatizer = lemmatizer
        self._lock = threading.Lock()
        self._reset_cache()

    def _reset_cache(self) -> None:
        self.key_id: dict[tuple[str, str], int] = {}
        self.C = np.zeros((1024, 5, 2 * self.T), dtype=np.float32)
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
        return cls(meta["tags"], feats, W, trans, clusters, lem, bool(meta.get("two_pass")))

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
        T = self.T
        rules = [rule_tag(w) for w in words]
        tix = self._tix
        fixed = [tix.get(r) if r is not None else None for r in rules]
        y1 = self._greedy(static[:, :T], self.trans[0], fixed)
        if self.two_pass:
            # stacking: the first-pass tags on both sides of each word
            pad = np.array([T] * 2 + y1 + [T + 1] * 2)
            s2 = static[:, T:].copy()
            base = np.arange(2, n + 2)
            for tpl, tab in self.stack:
                idx = np.zeros(n, dtype=np.int64)
                for o in tpl:
                    idx = idx * (T + 2) + pad[base + o]
                s2 += tab[idx]
            y1 = self._greedy(s2, self.trans[1], fixed)
        tags = self.tags
        return [tags[y] for y in y1]

    def _greedy(self, static: np.ndarray, trans, fixed: list[int | None]) -> list[int]:
        out = []
        p1 = p2 = self.T
        for i in range(len(static)):
            y = fixed[i]
            if y is None:
                y = int((static[i] + trans[p2][p1]).argmax())
            out.append(y)
            p2, p1 = p1, y
        return out

    def tag(self, words: list[str], token_index: list[int] | None = None) -> list[tuple[str, str | None]]:
        upos = self.tag_upos(words, token_index)
        lem = self.lemmatizer
        if lem is None:
            return [(u, None) for u in upos]
        return list(zip(upos, lem.lemmas(words, upos)))


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
