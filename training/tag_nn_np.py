"""The neural UPOS context model (``training.tag_nn``) in numpy, as run time would compute it.

Per word type (form, clitic code), computed once for all new types of a batch and cached:
the character CNN, the cluster and code embeddings, the tanh projection ``x``, and every
product of ``x``: both directions' gate inputs for the word itself and for it as the
previous word in scan order, and the output layer's part from ``x`` (``ROW`` floats per type).
Per batch of sentences: a gather of those rows, the scan in closed form (chunked, like the
NER helper's ``khabar.ner.neural_scan``: ``c_t = exp(A_t)·Σ_{s≤t} exp(−A_s)·z_s·c̃_s``,
``A_t = Σ_{s≤t} log(1 − z_s)`` floored at −20 per step) for all sentences and both directions
at once, and one product with the output layer. Every product goes through
``khabar.ner.neural_lstm._mm`` (one OpenBLAS thread). Evidence code, not run-time code.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.ner.neural_lstm import _mm
from training.tag_nn_data import MAXC, Vocab

CHUNK = 32
LOG_FLOOR = -20.0
SCAN_DTYPE = np.float64   # float32 needs CHUNK ≤ 4 (exp(−A) ≤ e^80 < float32's e^88)


class NumpyNet:
    """Cached per-type rows + the vectorized scan. ``load`` raises OSError/KeyError."""

    def __init__(self, w: dict[str, np.ndarray], vocab: Vocab) -> None:
        self.w = w
        self.vocab = vocab
        self.u = w["scan.fwd.weight"].shape[0] // 3
        d = w["proj.weight"].shape[0]
        u3 = 3 * self.u
        wf, wb = w["scan.fwd.weight"], w["scan.bwd.weight"]
        # columns: fwd cur | fwd prev | bwd cur | bwd prev | output from x
        self.M = np.ascontiguousarray(np.concatenate(
            [wf[:, :d].T, wf[:, d:].T, wb[:, :d].T, wb[:, d:].T, w["out.weight"][:, 2 * self.u:].T], 1))
        self.Mb = np.concatenate([w["scan.fwd.bias"], np.zeros(u3, np.float32), w["scan.bwd.bias"],
                                  np.zeros(u3, np.float32), w["out.bias"]]).astype(np.float32)
        self.Wo = np.ascontiguousarray(w["out.weight"][:, :2 * self.u].T)
        self.convW = np.ascontiguousarray(w["conv.weight"].transpose(2, 1, 0))   # (3, 24, 64)
        self.projT = np.ascontiguousarray(w["proj.weight"].T)
        self.L2 = self.L2b = None
        if "scan2.fwd.weight" in w:
            f2, b2, h2 = w["scan2.fwd.weight"], w["scan2.bwd.weight"], 2 * self.u
            self.L2 = np.ascontiguousarray(np.concatenate([f2[:, :h2].T, f2[:, h2:].T, b2[:, :h2].T,
                                                           b2[:, h2:].T], 1))
            self.L2b = np.concatenate([w["scan2.fwd.bias"], np.zeros(u3, np.float32),
                                       w["scan2.bwd.bias"], np.zeros(u3, np.float32)])
        self.key_id: dict[tuple[str, str], int] = {}
        self.rows = np.zeros((0, self.M.shape[1]), np.float32)
        self.queue: list[tuple[str, str]] = []   # the types in id order
        self.filled = 0                           # rows computed so far

    @classmethod
    def load(cls, path: Path, clusters: dict[str, str]) -> "NumpyNet":
        z = np.load(path)
        w = {k: z[k] for k in z.files if k not in ("chars", "words")}
        chars = {c: i + 2 for i, c in enumerate(z["chars"].tolist())}
        words = {f: i + 2 for i, f in enumerate(z["words"].tolist())} if "words" in z.files else {}
        return cls(w, Vocab(chars, clusters, words))

    def _type_rows(self, keys: list[tuple[str, str]]) -> np.ndarray:
        """The cached row of each (form, code) type (all computed in one batch)."""
        w = self.w
        parts = [self.vocab.type_inputs(f, c) for f, c in keys]
        ch = np.stack([p[0] for p in parts])
        cl = np.stack([p[1] for p in parts])
        co = np.array([p[2] for p in parts])
        e = w["ch.weight"][ch]                                   # (N, MAXC, 24)
        pad = np.zeros((len(keys), MAXC + 2, e.shape[2]), np.float32)
        pad[:, 1:-1] = e
        conv = w["conv.bias"] + sum(_mm(pad[:, k:k + MAXC].reshape(-1, e.shape[2]), self.convW[k])
                                    .reshape(len(keys), MAXC, -1) for k in range(3))
        conv[ch == 0] = -1e4
        c = np.tanh(conv.max(1))
        feats = [c] + [w[f"cl.{k}.weight"][cl[:, k]] for k in range(3)] + [w["code.weight"][co]]
        if "wd.weight" in w:
            feats.append(w["wd.weight"][np.array([p[3] for p in parts])])
        x = np.tanh(_mm(np.concatenate(feats, 1).astype(np.float32), self.projT) + w["proj.bias"])
        return _mm(x, self.M) + self.Mb

    def ids(self, forms: list[str], codes: list[str]) -> list[int]:
        """Type ids of a sentence's words (new types queued; call :meth:`fill`)."""
        kid = self.key_id
        out = []
        for k in zip(forms, codes):
            i = kid.get(k)
            if i is None:
                i = kid[k] = len(kid)
                self.queue.append(k)
            out.append(i)
        return out

    def fill(self) -> None:
        """Compute the rows of the types queued since the last call."""
        n0, n1 = self.filled, len(self.key_id)
        if n1 > n0:
            keys = self.queue[n0:n1]
            if n1 > len(self.rows):      # grow by doubling (amortized copies)
                grown = np.zeros((max(n1, 2 * len(self.rows), 1024), self.M.shape[1]), np.float32)
                grown[:n0] = self.rows[:n0]
                self.rows = grown
            self.rows[n0:n1] = self._type_rows(keys)
            self.filled = n1

    def logprobs(self, sents: list[list[int]]) -> list[np.ndarray]:
        """Log-probabilities (n, 17) per sentence of type ids (rows filled). No padding: the
        sentences are laid end to end and the scan forgets everything at each sentence's first
        word in scan order (its log(1 − z) set to the floor: e^−20 of the previous sentence
        leaks in)."""
        u3 = 3 * self.u
        lens = np.array([len(s) for s in sents], np.int64)
        total = int(lens.sum())
        flat = np.array([i for s in sents for i in s], np.intp)
        R = self.rows[flat]
        first = np.zeros(total, bool)
        ends = np.cumsum(lens)
        first[ends - lens] = True
        last = np.zeros(total, bool)
        last[ends - 1] = True
        h = _bidirectional(R, first, last, self.u)
        if self.L2 is not None:     # second layer: its inputs are per word, not per type
            h = h + _bidirectional(_mm(h, self.L2) + self.L2b, first, last, self.u)
        z = _mm(h, self.Wo)
        z += R[:, 4 * u3:]
        z -= z.max(1, keepdims=True)
        z -= np.log(np.exp(z).sum(1, keepdims=True))
        return [z[a - k:a] for a, k in zip(ends.tolist(), lens.tolist())]


def _bidirectional(R: np.ndarray, first: np.ndarray, last: np.ndarray, u: int) -> np.ndarray:
    """(N, 2u) states [forward, backward] of one scan layer; ``R`` (N, ≥ 12u): per word the
    gate inputs fwd cur | fwd prev | bwd cur | bwd prev; ``first``/``last``: sentence ends."""
    u3 = 3 * u
    g = np.empty((2, len(R), u3), np.float32)
    g[0] = R[:, :u3]
    g[0, 1:] += np.where(first[1:, None], 0.0, R[:-1, u3:2 * u3])
    Rr, lr = R[::-1], last[::-1]                      # backward: the reversed sequence
    g[1] = Rr[:, 2 * u3:3 * u3]
    g[1, 1:] += np.where(lr[1:, None], 0.0, Rr[:-1, 3 * u3:4 * u3])
    h = scan_states(g, u, np.stack([first, lr]))
    return np.concatenate([h[0], h[1, ::-1]], axis=1)


def scan_states(g: np.ndarray, u: int, reset: np.ndarray) -> np.ndarray:
    """``h`` (2, N, u) of the scan over axis 1 for gate pre-activations (2, N, 3u); ``reset``
    (2, N): positions that start a sentence in scan order."""
    z = g[..., :u].astype(SCAN_DTYPE)
    la = -(np.log1p(np.exp(-np.abs(z))) + np.maximum(z, 0.0))     # log(1 − σ(z))
    b = np.exp(z + la) * np.tanh(g[..., u:2 * u])                  # σ(z)·c̃
    np.maximum(la, LOG_FLOOR, out=la)
    la[reset] = LOG_FLOOR
    n = g.shape[1]
    c = np.empty(b.shape, SCAN_DTYPE)
    carry = None
    for a in range(0, n, CHUNK):
        e = min(n, a + CHUNK)
        acc = np.cumsum(la[:, a:e], axis=1)
        s = np.exp(-acc) * b[:, a:e]
        np.cumsum(s, axis=1, out=s)
        if carry is not None:
            s += carry
        c[:, a:e] = np.exp(acc) * s
        carry = c[:, e - 1:e]
    o = 0.5 * (np.tanh(0.5 * g[..., 2 * u:]) + 1.0)
    return (o * c).astype(np.float32)
