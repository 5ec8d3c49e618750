"""The recurrence-free bidirectional layer of the neural NER tagger (torch; training only).

QRNN "fo-pooling" (Bradbury et al. 2016; minGRU, Feng et al. 2024, without the output
gate): per direction, from the inputs only (the token and, with ``win=2``, its previous
token in that direction),
``z_t = σ(W_z x)``, ``c̃_t = tanh(W_c x)``, ``o_t = σ(W_o x)``,
``c_t = (1 − z_t)·c_{t−1} + z_t·c̃_t``, ``h_t = o_t·c_t`` (``c_{-1} = 0``).
No gate reads ``h``, so inference (:mod:`khabar.ner.neural_scan`) computes the scan for a
whole document at once. Here the scan is a plain loop over positions (exact; few ops per
step). Exported by :func:`export_scan` in the ``.npz`` layout the numpy side reads.
"""
from __future__ import annotations

import numpy as np


def scan_module(torch, din: int, units: int, win: int = 2, layers: int = 1,
                drop: float = 0.0, units2: int | None = None, win2: int | None = None):
    """A ``torch.nn.Module``: ``(x (B, n, din), lens (B,)) → (B, n, 2·units)``; with
    ``layers=2`` a second bidirectional scan (``units2`` units, ``win2`` inputs per step;
    default: as the first) reads the first one's states (dropout ``drop`` between them),
    and the output has ``2·units2`` columns. ``.out_dim``: that width."""
    nn = torch.nn

    class Scan(nn.Module):
        def __init__(self, din: int, units: int, win: int, layers: int) -> None:
            super().__init__()
            self.units, self.win = units, win
            self.fwd = nn.Linear(din * win, 3 * units)
            self.bwd = nn.Linear(din * win, 3 * units)
            self.next = (Scan(2 * units, units2 or units, win2 or win, 1) if layers > 1
                         else None)
            self.out_dim = self.next.out_dim if self.next is not None else 2 * units
            self.drop = nn.Dropout(drop)

        def _dir(self, lin, x):
            if self.win == 2:  # the previous token in scan order (zero before the first)
                prev = torch.cat([torch.zeros_like(x[:, :1]), x[:, :-1]], dim=1)
                x = torch.cat([x, prev], dim=-1)
            g = lin(x)
            u = self.units
            z = torch.sigmoid(g[..., :u])
            cand = torch.tanh(g[..., u:2 * u])
            o = torch.sigmoid(g[..., 2 * u:])
            a, b = 1 - z, z * cand
            c = torch.zeros_like(b[:, 0])
            cs = []
            for t in range(x.shape[1]):
                c = a[:, t] * c + b[:, t]
                cs.append(c)
            return o * torch.stack(cs, dim=1)

        def forward(self, x, lens):
            n = x.shape[1]
            ar = torch.arange(n).unsqueeze(0)
            # reverse each sentence within its length (padding stays at the end, zero)
            rev = torch.where(ar < lens.unsqueeze(1), lens.unsqueeze(1) - 1 - ar, ar)
            idx = rev.unsqueeze(-1).expand(-1, -1, x.shape[2])
            xr = torch.gather(x, 1, idx)
            hf = self._dir(self.fwd, x)
            hb = self._dir(self.bwd, xr)
            hb = torch.gather(hb, 1, rev.unsqueeze(-1).expand(-1, -1, hb.shape[2]))
            h = torch.cat([hf, hb], dim=-1)
            if self.next is None:
                return h
            valid = (ar < lens.unsqueeze(1)).unsqueeze(-1)
            return self.next(self.drop(h) * valid, lens)  # padding stays zero

    return Scan(din, units, win, layers)


def export_scan(scan, a) -> dict:
    """The scan's weights for :class:`khabar.ner.neural.NeuralTagger` (``a``: tensor →
    float16 array): ``scan_w`` ``(din, win·6·units)`` — per input the projections
    [forward: own token, previous token; backward: own, next] — ``scan_b`` (own-token taps
    only), ``scan_win``; the second layer's as ``scan2_w``/``scan2_b``/``scan2_win``."""
    out = {}
    layer, name = scan, "scan"
    while layer is not None:
        out[f"{name}_win"] = np.asarray([layer.win], np.int64)
        din = layer.fwd.weight.shape[1] // layer.win
        ws, bs = [], []
        for lin in (layer.fwd, layer.bwd):
            w = lin.weight.t()  # (din·win, 3u)
            for k in range(layer.win):
                ws.append(a(w[k * din:(k + 1) * din]))
                bs.append(a(lin.bias) if k == 0 else np.zeros(lin.bias.shape[0], np.float16))
        out[f"{name}_w"], out[f"{name}_b"] = np.concatenate(ws, axis=1), np.concatenate(bs)
        layer, name = layer.next, "scan2"
    return out
