"""A small neural token tagger (numpy inference) whose label probabilities feed the NER CRF.

Per word type: a frozen news word vector (the PPMI-SVD vectors of ``training.ner_embed``,
looked up as the cluster features are: word, proclitic-stripped rest, core with/without the
article), a character CNN over the word (max-pooled), and seven gazetteer/trigger bits. Over
the sentence: a BiLSTM, a recurrence-free bidirectional scan (QRNN fo-pooling, the whole
document at once: :mod:`khabar.ner.neural_scan`; chosen by the weight file's keys) or three
width-3 convolutions (dilations 1, 2, 1; ReLU; the last two residual), then a softmax over
the BIO labels. Trained with torch by
``training.ner_neural`` and exported as ``.npz`` (float16); this module needs numpy only.
The first layer's input projections are computed once per word type (new types of a
document in one batch) and cached; the rest runs batched over all sentences of a document.
Every matrix product goes through :func:`khabar.ner.neural_lstm._mm`, which keeps each BLAS
call below OpenBLAS's multithreading threshold (the BiLSTM itself: that module).
The shipped model stacks the BiLSTM's probabilities as CRF features
(:mod:`khabar.ner.neural_stack`). Raises :class:`~khabar.errors.ResourceError` when the
weight file is missing or malformed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from khabar.errors import ResourceError
from khabar.ner.clitics import core_of
from khabar.ner.neural_lstm import _mm, lstm_probs, prepare_lstm
from khabar.ner.neural_scan import prepare_scan, scan_probs

MAX_CHARS = 20
#: gazetteer tags (single-word key) and single-word triggers given to the network
GAZ_BITS = ("PER", "LOC", "ORG", "PER.first")
TRIG_BITS = ("PER", "LOC", "ORG")


def type_bits(w: str, gaz: dict, trig: dict) -> list[float]:
    """The seven 0/1 gazetteer/trigger inputs of word ``w``."""
    g = gaz.get((core_of(w),), ())
    t = trig.get((w,), ())
    return [1.0 if b in g else 0.0 for b in GAZ_BITS] + [1.0 if b in t else 0.0 for b in TRIG_BITS]


def char_ids(w: str, chars: str) -> list[int]:
    """Character ids of ``w`` with begin/end marks (1 = begin, 2 = end, 3 = unknown)."""
    index = {c: i + 4 for i, c in enumerate(chars)}
    return [1] + [index.get(c, 3) for c in w[:MAX_CHARS]] + [2]


class NeuralTagger:
    """Label probabilities per token; ``row_of(word)`` gives the vector row or ``None``."""

    def __init__(self, path: Path, row_of: Callable[[str], int | None], gaz: dict,
                 trig: dict) -> None:
        import numpy as np
        try:
            with np.load(path, allow_pickle=False) as z:
                p = {k: z[k] for k in z.files}
            self.labels = [str(x) for x in p.pop("labels")]
            self.chars = str(p.pop("chars"))
        except (OSError, KeyError, ValueError) as exc:
            raise ResourceError(f"NER neural weights {path} unreadable ({exc}); rebuild with "
                                f"'PYTHONPATH=src python3 -m training.train_ner'") from None
        self._np = np
        self.w = {k: v.astype(np.float32) for k, v in p.items()}
        self.dils = [int(d) for d in self.w.pop("dils")]
        self._index = {c: i + 4 for i, c in enumerate(self.chars)}
        self._row_of, self._gaz, self._trig = row_of, gaz, trig
        self._cache: dict[str, object] = {}
        self.lstm = "lstm_f_wih" in self.w
        self.scan = "scan_w" in self.w
        if self.scan:
            self.w = prepare_scan(self.w)
        # character vectors times each convolution tap, once (row 0, the padding, stays 0)
        self._char_taps = [_mm(self.w["char_emb"], k) for k in self.w["char_w"]]
        self._lstm: dict = {}
        if self.lstm:
            self._lstm = prepare_lstm(self.w)

    def _types(self, words: Sequence[str]) -> None:
        """Cache the network's first-layer input projections of every new word type (one
        batch): the convolution's three taps ``(3, H)`` or both LSTM directions' ``(8H,)``."""
        np, p = self._np, self.w
        if len(self._cache) > 300_000:
            self._cache.clear()
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if not new:
            return
        mat = self._char_matrix(new)
        t0, t1, t2 = self._char_taps  # each character's contribution through each tap
        c = t0[mat[:, :-2]]
        c += t1[mat[:, 1:-1]]
        c += t2[mat[:, 2:]]
        c += p["char_b"]
        c = np.maximum(c, 0) * (mat[:, 1:-1] > 0)[:, :, None]
        emb = p["emb"]
        vec = np.zeros((len(new), emb.shape[1]), np.float32)
        at, rows = [], []
        for i, w in enumerate(new):
            r = self._row_of(w)
            if r is not None and r < len(emb):
                at.append(i)
                rows.append(r)
        if at:
            vec[at] = emb[rows]
        bits = np.zeros((len(new), len(GAZ_BITS) + len(TRIG_BITS)), np.float32)
        gaz, trig = self._gaz, self._trig
        for i, w in enumerate(new):
            if gaz.get((core_of(w),)) or trig.get((w,)):  # else all seven are 0
                bits[i] = type_bits(w, gaz, trig)
        x = np.concatenate([vec, c.max(axis=1), bits], axis=1)
        if self.lstm:
            taps = _mm(x, self._lstm["wih"])
            taps += self._lstm["bias"]
        elif self.scan:
            taps = _mm(x, p["scan_w"])
            taps += p["scan_b"]
        else:
            taps = np.einsum("td,kdh->tkh", x, p["conv0_w"])
        self._cache.update(zip(new, taps))

    def _char_matrix(self, words: Sequence[str]):
        """Character ids of ``words`` (:func:`char_ids`, at most ``MAX_CHARS`` characters
        between the begin and end marks), one row each, after a 0 column and padded with 0
        to two more columns than the longest."""
        from itertools import chain, repeat
        np, index = self._np, self._index
        lens = np.fromiter((min(len(w), MAX_CHARS) for w in words), np.int64, len(words))
        mat = np.zeros((len(words), int(lens.max()) + 4), np.int64)
        total = int(lens.sum())
        if total:
            chars = np.fromiter(chain.from_iterable(map(index.get, w[:MAX_CHARS], repeat(3))
                                                    for w in words), np.int64, total)
            row = np.repeat(np.arange(len(words)), lens)
            mat[row, np.arange(total) - np.repeat(np.cumsum(lens) - lens, lens) + 2] = chars
        mat[np.arange(len(words)), 1] = 1
        mat[np.arange(len(words)), lens + 2] = 2
        return mat

    def probs(self, sents: Sequence[Sequence[str]]) -> list:
        """One ``(len, n_labels)`` probability array per sentence (empty ones included),
        computed in one batch over all tokens."""
        self._types([w for s in sents for w in s])
        if self.scan:
            return scan_probs(self.w, [[self._cache[w] for w in s] for s in sents])
        if self.lstm:
            # one array of the sentences' types (np.array: half np.stack's time), then each
            # sentence's rows by index (copies)
            index: dict[str, int] = {}
            ids = [[index.setdefault(w, len(index)) for w in s] for s in sents]
            table = self._np.array([self._cache[w] for w in index]) if index else None
            return lstm_probs(self._lstm, self.w["out_b"],
                              [table[i] if i else [] for i in ids])
        np, p = self._np, self.w
        gap = max(self.dils)
        rows, mask, starts = [], [], []
        h = p["conv0_b"].shape[0]
        pos = gap
        zero = np.zeros((3, h), np.float32)
        for s in [[]] + list(sents):
            starts.append(pos)
            rows.extend(self._cache[w] for w in s)
            rows.extend([zero] * gap)
            pos += len(s) + gap
        starts = starts[1:]
        taps = np.stack([zero] * gap + rows)  # (T, 3, H)
        n = len(taps)
        mask = np.zeros((n, 1), np.float32)
        for st, s in zip(starts, sents):
            mask[st:st + len(s)] = 1.0
        x = np.zeros((n, h), np.float32)
        x[1:] += taps[:-1, 0]
        x += taps[:, 1]
        x[:-1] += taps[1:, 2]
        x = np.maximum(x + p["conv0_b"], 0) * mask
        for i, d in enumerate(self.dils[1:], 1):
            k = p[f"conv{i}_w"]
            y = _mm(x, k[1]) + p[f"conv{i}_b"]
            y[d:] += _mm(x[:-d], k[0])
            y[:-d] += _mm(x[d:], k[2])
            x = (x + np.maximum(y, 0)) * mask
        z = _mm(x, p["out_w"]) + p["out_b"]
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        e /= e.sum(axis=1, keepdims=True)
        return [e[st:st + len(s)] for st, s in zip(starts, sents)]

