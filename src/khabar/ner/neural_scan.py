"""The recurrence-free bidirectional scan of :mod:`khabar.ner.neural` in numpy.

The layer (trained by ``training.ner_neural_scan``; QRNN fo-pooling): per direction, gates
from the inputs only (each token's cached projection plus, with ``win=2``, the previous
token's in that direction), ``z = σ(·)``, ``c̃ = tanh(·)``, ``o = σ(·)``,
``c_t = (1 − z_t)·c_{t−1} + z_t·c̃_t``, ``h_t = o_t·c_t``. Since no gate reads ``h``, the scan
has a closed form (:func:`scan_states`: a cumulative product and a cumulative sum). It is
computed for all sentences of a document at once (padded, both directions together), in
chunks of ``CHUNK`` positions (float64), the running ``c`` carried from chunk to chunk; the
update gate's pre-activation is cut at ``Z_MAX``, so nothing overflows and a step keeps at
least 2e-9 of ``c`` (the exact recurrence differs by less than that). A handful of numpy
calls per chunk instead of ten per position (the BiLSTM of :mod:`khabar.ner.neural_lstm`). Needs numpy only; raises nothing on
well-formed weights.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from khabar.ner.neural_lstm import _mm

CHUNK = 32
#: gate pre-activations are cut at this value: σ(20) = 1 − 2e-9, so a step keeps at least
#: 2e-9 of ``c`` (exactly: 0)
Z_MAX = 20.0


def prepare_scan(w: dict) -> dict:
    """The weights in the layout :func:`scan_probs` reads: the output gate's columns halved
    (``σ(o) = (tanh(o/2) + 1) / 2``) and what reads ``h`` halved (the states are kept as
    ``2h = (tanh(o/2) + 1)·c``)."""
    import numpy as np
    out = dict(w)
    for name in ("scan", "scan2"):
        if f"{name}_w" not in w:
            continue
        u3 = w[f"{name}_w"].shape[1] // (2 * _win(w, name))
        half = np.ones(w[f"{name}_w"].shape[1], np.float32)
        half[(np.arange(len(half)) % u3) >= 2 * u3 // 3] = 0.5
        out[f"{name}_w"] = w[f"{name}_w"] * half
        out[f"{name}_b"] = w[f"{name}_b"] * half
    if "scan2_w" in out:
        out["scan2_w"] = out["scan2_w"] * 0.5
    out["out_w"] = w["out_w"] * 0.5
    return out


def _win(w: dict, name: str) -> int:
    """Inputs per step of layer ``name`` (``scan2_win`` absent: as the first layer)."""
    return int(w.get(f"{name}_win", w["scan_win"])[0])


@lru_cache(maxsize=None)
def _tri(n: int):
    """The ``(n, n)`` lower-triangular matrix of ones (cumulative sums as one product)."""
    import numpy as np
    return np.tril(np.ones((n, n), np.float64))


def scan_states(g, units: int):
    """``2h`` ``(..., n, units)`` (float32) of the scan over axis −2 for gate
    pre-activations ``g`` ``(..., n, 3·units)`` (order z, c̃, o/2; positions after a
    sentence's end may hold anything: they never reach earlier positions).

    With ``L = log(1 + e^z)`` (so ``1 − σ(z) = e^−L``) and ``P_t = Σ_{s≤t} L_s`` (per
    chunk, from its start; a product with a lower-triangular matrix, as are the other
    sums): ``e^{P_t}·c_t = carry + Σ_{s≤t} e^{P_s}·σ(z_s)·c̃_s`` (float64;
    ``P ≤ 20·CHUNK = 640``)."""
    import numpy as np
    u = units
    z = np.minimum(g[..., :u], Z_MAX)
    e = np.exp(z)
    lg = np.log1p(e).astype(np.float64)
    e /= e + 1.0  # σ(z)
    e *= np.tanh(g[..., u:2 * u])
    n = g.shape[-2]
    c = np.empty(lg.shape, np.float64)
    carry = None
    for a in range(0, n, CHUNK):
        b = min(n, a + CHUNK)
        tri = _tri(b - a)
        q = np.exp(np.matmul(tri, lg[..., a:b, :]))
        d = np.matmul(tri, q * e[..., a:b, :])
        if carry is not None:
            d += carry
        np.divide(d, q, out=c[..., a:b, :])
        carry = c[..., b - 1:b, :]
    h = np.tanh(g[..., 2 * u:])
    h += 1.0
    h *= c
    return h


def _bidirectional(t, lens, starts, win: int):
    """``(tokens, 2u)`` states [forward; backward] of one scan layer, tokens in sentence order;
    ``t``: per token its projections (``win·6u`` columns) plus a last all-zero row."""
    import numpy as np
    u3 = t.shape[1] // (2 * win)
    total = len(t) - 1
    if len(lens) == 1:  # one sentence: slices instead of index arrays
        g = np.empty((2, total, u3), np.float32)
        g[0] = t[:total, :u3]
        g[1] = t[total - 1::-1, win * u3:win * u3 + u3]
        if win == 2:
            g[0, 1:] += t[:total - 1, u3:2 * u3]
            g[1, 1:] += t[total - 1:0:-1, 3 * u3:]
        h = scan_states(g, u3 // 3)
        return np.concatenate([h[0], h[1, ::-1]], axis=1)
    n = int(lens.max())
    pos = np.arange(n)[None, :]
    ln = lens[:, None]
    valid = pos < ln
    g = np.empty((2, len(lens), n, u3), np.float32)
    g[0] = t[np.where(valid, starts + pos, total), :u3]
    g[1] = t[np.where(valid, starts + ln - 1 - pos, total), win * u3:win * u3 + u3]
    if win == 2:
        inner = valid & (pos > 0)
        g[0] += t[np.where(inner, starts + pos - 1, total), u3:2 * u3]
        g[1] += t[np.where(inner, starts + ln - pos, total), 3 * u3:]
    h = scan_states(g, u3 // 3)
    bi = np.repeat(np.arange(len(lens)), lens)
    fp = np.arange(total) - np.repeat(starts[:, 0], lens)
    return np.concatenate([h[0][bi, fp], h[1][bi, lens[bi] - 1 - fp]], axis=1)


def scan_probs(w: dict, sents: Sequence[Sequence]) -> list:
    """Label probabilities ``(len, labels)`` per sentence; ``sents``: per token its cached
    projection (``scan_w`` columns, bias included; ``w``: the network's float32 weights
    after :func:`prepare_scan`; ``scan2_w``/``scan2_b``: a second layer over the first
    one's states)."""
    import numpy as np
    win = _win(w, "scan")
    lens = np.asarray([len(s) for s in sents], np.int64)
    total = int(lens.sum())
    if not total:
        return [np.zeros((0, w["out_w"].shape[1]), np.float32) for _ in sents]
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])[:, None]
    rows = [r for s in sents for r in s]
    rows.append(np.zeros_like(rows[0]))
    x = _bidirectional(np.stack(rows), lens, starts, win)
    if "scan2_w" in w:
        t = np.zeros((total + 1, w["scan2_w"].shape[1]), np.float32)
        _mm(x, w["scan2_w"], out=t[:total])
        t[:total] += w["scan2_b"]
        x = _bidirectional(t, lens, starts, _win(w, "scan2"))
    z = _mm(x, w["out_w"])
    z += w["out_b"]
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    e /= e.sum(axis=1, keepdims=True)
    ends = np.cumsum(lens)
    return [e[a - k:a] for a, k in zip(ends.tolist(), lens.tolist())]
