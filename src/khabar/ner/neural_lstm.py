"""The BiLSTM of :mod:`khabar.ner.neural` in numpy, and the BLAS-blocked product it uses.

Speed (one-sentence documents, as ``khabar evaluate ner`` runs) is bound by numpy calls, not
arithmetic: both directions and all sentences of a document advance together, one step per
position, in ten numpy calls per step. Every product goes through :func:`_mm`, which keeps
each BLAS call below OpenBLAS's multithreading threshold: on a busy 2-core machine a
two-thread sgemm of a few dozen rows cost ~50x its single-thread time (threads waiting for
a core) and made the network ~6x slower. Needs numpy only; raises nothing on well-formed
weights.
"""
from __future__ import annotations

from typing import Sequence

#: largest m·k·n of one sgemm call that OpenBLAS runs on one thread (65536 × 4); a
#: one-row product is a gemv, threaded from m·n ≥ 9216, so every call gets ≥ 2 rows
_MM_LIMIT = 1 << 18


def _mm(x, w, out=None):
    """``x @ w`` (``x``: ``(..., m, k)``, ``w``: ``(..., k, n)``, same leading dims) computed in
    blocks of 2 or more rows (and, for a wide ``w``, of columns) with m·k·n ≤ ``_MM_LIMIT``
    each, so that OpenBLAS stays on one thread; the same values as ``x @ w`` up to float
    rounding (rows and columns do not interact)."""
    import numpy as np
    m, k, n = x.shape[-2], w.shape[-2], w.shape[-1]
    if out is None:
        out = np.empty(x.shape[:-1] + (n,), np.result_type(x, w))
    if m == 0:
        return out
    if m == 1:
        two = np.concatenate([x, x], axis=-2)
        out[...] = _mm(two, w)[..., :1, :]
        return out
    if m * k * n <= _MM_LIMIT:
        return np.matmul(x, w, out=out)
    cols = min(n, max(32, _MM_LIMIT // (k * min(m, 32))))
    rows = max(2, _MM_LIMIT // (k * cols))
    chunks = -(-m // rows)
    size = -(-m // chunks)
    for a in range(0, m, size):
        b = min(m, a + size)
        lo = a if b - a >= 2 else a - 1  # a last single row: recompute it with the one before
        for j in range(0, n, cols):
            y = np.matmul(x[..., lo:b, :], w[..., j:j + cols])
            out[..., a:b, j:j + cols] = y[..., a - lo:, :]
    return out


def prepare_lstm(w: dict) -> dict:
    """Both directions' weights (torch's layout in ``w``, float32) in the layout of
    :func:`lstm_probs`: gate columns reordered from (i, f, g, o) to (i, f, o, g), the sigmoid
    gates halved so that one tanh gives all four (sigmoid(x) = (tanh(x/2) + 1) / 2), and
    what multiplies ``h`` halved (the loop keeps ``2h``)."""
    import numpy as np
    hd = w["lstm_f_whh"].shape[0]
    order = np.r_[0:2 * hd, 3 * hd:4 * hd, 2 * hd:3 * hd]
    half = np.ones(4 * hd, np.float32)
    half[:3 * hd] = 0.5
    d = {k: np.concatenate([w[f"lstm_f_{k}"][..., order] * half,
                            w[f"lstm_b_{k}"][..., order] * half], axis=-1)
         for k in ("wih", "b")}
    whh = np.stack([w["lstm_f_whh"][..., order], w["lstm_b_whh"][..., order]]) * half * 0.5
    return {"wih": d["wih"], "bias": d["b"], "whh": np.ascontiguousarray(whh),
            "out_w": w["out_w"] * 0.5}


def lstm_probs(net: dict, out_b, sents: Sequence[Sequence]) -> list:
    """Label probabilities ``(len, labels)`` per sentence; ``sents``: per token its cached
    input projection (both directions, bias included; a list of rows or one ``(len, 8H)``
    array per sentence; ``net``: :func:`prepare_lstm`).
    Sentences run longest first, finished ones dropped (never below two rows: a one-row
    product is a threaded gemv). The loop keeps ``u = 2·sigmoid`` for the gates and ``2h``:
    ``c' = (u_f·c + u_i·g) / 2``, ``2h' = u_o·tanh(c')``."""
    import numpy as np
    whh = net["whh"]
    h4 = whh.shape[2]
    hd = h4 // 4
    order = sorted(range(len(sents)), key=lambda i: -len(sents[i]))
    lens = [len(sents[i]) for i in order]
    n = lens[0] if lens else 0
    nb = max(2, len(sents))
    xs = np.zeros((n, 2, nb, h4), np.float32)
    for b, i in enumerate(order):
        k = lens[b]
        if k:
            t = sents[i] if isinstance(sents[i], np.ndarray) else np.stack(sents[i])
            xs[:k, 0, b] = t[:, :h4]
            xs[:k, 1, b] = t[::-1, h4:]
    c = np.zeros((2, nb, hd), np.float32)
    tmp = np.empty_like(c)
    g = np.empty((2, nb, h4), np.float32)
    out = np.zeros((n + 1, 2, nb, hd), np.float32)  # (step, direction, sentence); out[0] = 0
    add, mul, tanh = np.add, np.multiply, np.tanh
    m, prod = nb, None
    for t in range(n):
        if prod is None or (m > 2 and lens[m - 1] <= t):
            while m > 2 and lens[m - 1] <= t:
                m -= 1
            cv, tv, gv = c[:, :m], tmp[:, :m], g[:, :m]
            sig, ui, uf, uo, gg = (gv[..., :3 * hd], gv[..., :hd], gv[..., hd:2 * hd],
                                   gv[..., 2 * hd:3 * hd], gv[..., 3 * hd:])
            prod = np.matmul if m * hd * h4 <= _MM_LIMIT else _mm
        if m == nb:
            hp, hn, xt = out[t], out[t + 1], xs[t]
        else:
            hp, hn, xt = out[t, :, :m], out[t + 1, :, :m], xs[t, :, :m]
        prod(hp, whh, out=gv)
        add(gv, xt, out=gv)
        tanh(gv, out=gv)
        add(sig, 1.0, out=sig)
        mul(cv, uf, out=cv)
        mul(ui, gg, out=tv)
        add(cv, tv, out=cv)
        mul(cv, 0.5, out=cv)
        tanh(cv, out=tv)
        mul(uo, tv, out=hn)  # 2h
    # every token's [forward; backward] state in one (tokens, 2H) matrix, one product
    starts, pos, rows = [], 0, []
    for b in range(len(order)):
        k = lens[b]
        starts.append(pos)
        pos += k
        if k:
            rows.append(np.concatenate([out[1:k + 1, 0, b], out[k:0:-1, 1, b]], axis=1))
    z = (_mm(np.concatenate(rows), net["out_w"]) if rows
         else np.zeros((0, net["out_w"].shape[1]), np.float32))
    z += out_b
    if len(z):
        z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    e /= e.sum(axis=1, keepdims=True)
    res: list = [None] * len(sents)
    for b, i in enumerate(order):
        res[i] = e[starts[b]:starts[b] + lens[b]]
    return res
