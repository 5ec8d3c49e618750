"""A small neural token tagger (numpy inference) whose label probabilities feed the NER CRF.

Per word type: a frozen news word vector (the PPMI-SVD vectors of ``training.ner_embed``,
looked up as the cluster features are: word, proclitic-stripped rest, core with/without the
article), a character CNN over the word (max-pooled), and seven gazetteer/trigger bits. Over
the sentence: a BiLSTM (the shipped network) or three width-3 convolutions (dilations 1, 2,
1; ReLU; the last two residual), then a softmax over the BIO labels. Trained with torch by
``training.ner_neural`` and exported as ``.npz`` (float16); this module needs numpy only.
The first layer's input projections are computed once per word type (new types of a
document in one batch) and cached; the rest runs batched over all sentences of a document.
The shipped model mixes the probabilities into the CRF's recall-biased decoding
(:mod:`khabar.ner.decode`); as CRF features (:mod:`khabar.ner.neural_stack`) they lost on dev. Raises :class:`~khabar.errors.ResourceError` when the weight file is missing or
malformed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from khabar.errors import ResourceError
from khabar.ner.clitics import core_of

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
        if self.lstm:  # halve the input/forget/output gate columns (sigmoid via one tanh)
            import numpy as np
            w = self.w
            hd = w["lstm_f_whh"].shape[0]
            half = np.ones(4 * hd, np.float32)
            half[:2 * hd] = half[3 * hd:] = 0.5
            for d in ("f", "b"):
                for k in ("wih", "whh", "b"):
                    w[f"lstm_{d}_{k}"] = w[f"lstm_{d}_{k}"] * half
            self._whh = np.stack([w["lstm_f_whh"], w["lstm_b_whh"]])
            self._bias = np.stack([w["lstm_f_b"], w["lstm_b_b"]])[:, None, None, :]

    def _types(self, words: Sequence[str]) -> None:
        """Cache the network's first-layer input projections of every new word type (one
        batch): the convolution's three taps ``(3, H)`` or both LSTM directions' ``(8H,)``."""
        np, p = self._np, self.w
        if len(self._cache) > 300_000:
            self._cache.clear()
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if not new:
            return
        ids = [[1] + [self._index.get(c, 3) for c in w[:MAX_CHARS]] + [2] for w in new]
        mat = np.zeros((len(new), max(map(len, ids)) + 2), np.int64)
        for i, x in enumerate(ids):
            mat[i, 1:len(x) + 1] = x
        e = p["char_emb"][mat]  # row 0 (padding) is zero
        ck = p["char_w"]
        c = e[:, :-2] @ ck[0] + e[:, 1:-1] @ ck[1] + e[:, 2:] @ ck[2] + p["char_b"]
        c = np.maximum(c, 0) * (mat[:, 1:-1] > 0)[:, :, None]
        emb = p["emb"]
        rows = [self._row_of(w) for w in new]
        vec = np.zeros((len(new), emb.shape[1]), np.float32)
        for i, r in enumerate(rows):
            if r is not None and r < len(emb):
                vec[i] = emb[r]
        bits = np.asarray([type_bits(w, self._gaz, self._trig) for w in new], np.float32)
        x = np.concatenate([vec, c.max(axis=1), bits], axis=1)
        if self.lstm:
            taps = x @ np.concatenate([p["lstm_f_wih"], p["lstm_b_wih"]], axis=1)
        else:
            taps = np.einsum("td,kdh->tkh", x, p["conv0_w"])
        self._cache.update(zip(new, taps))

    def probs(self, sents: Sequence[Sequence[str]]) -> list:
        """One ``(len, n_labels)`` probability array per sentence (empty ones included),
        computed in one batch over all tokens."""
        self._types([w for s in sents for w in s])
        if self.lstm:
            return self._lstm_probs(sents)
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
            y = x @ k[1] + p[f"conv{i}_b"]
            y[d:] += x[:-d] @ k[0]
            y[:-d] += x[d:] @ k[2]
            x = (x + np.maximum(y, 0)) * mask
        z = x @ p["out_w"] + p["out_b"]
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        e /= e.sum(axis=1, keepdims=True)
        return [e[st:st + len(s)] for st, s in zip(starts, sents)]

    def _lstm_probs(self, sents: Sequence[Sequence[str]]) -> list:
        """:meth:`probs` of a BiLSTM network: both directions and all sentences (longest
        first, finished ones dropped) advance together, one step per position."""
        np, p = self._np, self.w
        h4 = p["lstm_f_wih"].shape[1]
        hd = h4 // 4
        order = sorted(range(len(sents)), key=lambda i: -len(sents[i]))
        lens = [len(sents[i]) for i in order]
        n = lens[0] if lens else 0
        xs = np.zeros((2, len(sents), n, h4), np.float32)
        for b, i in enumerate(order):
            if lens[b]:
                t = np.stack([self._cache[w] for w in sents[i]])
                xs[0, b, :lens[b]] = t[:, :h4]
                xs[1, b, :lens[b]] = t[::-1, h4:]
        xs = np.ascontiguousarray((xs + self._bias).transpose(2, 0, 1, 3))  # (n, 2, B, 4H)
        whh = self._whh
        h = np.zeros((2, len(sents), hd), np.float32)
        c = np.zeros_like(h)
        out = np.zeros((2, len(sents), n, hd), np.float32)
        nb = len(sents)
        for t in range(n):
            if lens[nb - 1] <= t:
                while lens[nb - 1] <= t:
                    nb -= 1
                h, c = h[:, :nb], c[:, :nb]
            g = h @ whh
            g += xs[t, :, :nb]
            g = np.tanh(g, out=g)  # i, f, o columns were halved: sigmoid = tanh/2 + 1/2
            s = g * 0.5
            s += 0.5
            c = s[..., hd:2 * hd] * c + s[..., :hd] * g[..., 2 * hd:3 * hd]
            h = s[..., 3 * hd:] * np.tanh(c)
            out[:, :nb, t] = h
        res: list = [None] * len(sents)
        for b, i in enumerate(order):
            k = lens[b]
            z = np.concatenate([out[0, b, :k], out[1, b, :k][::-1]], axis=1)
            z = z @ p["out_w"] + p["out_b"]
            if k:
                z -= z.max(axis=1, keepdims=True)
            e = np.exp(z)
            res[i] = e / e.sum(axis=1, keepdims=True)
        return res
