"""The bidirectional minGRU/QRNN-style layer of the neural UPOS model (torch; training only).

Per direction, gates from the inputs only (the word and the previous word in scan order):
``z = σ(W_z x)``, ``c̃ = tanh(W_c x)``, ``o = σ(W_o x)``, ``c_t = (1 − z_t)·c_{t−1} + z_t·c̃_t``,
``h_t = o_t·c_t``. No gate reads ``h``, so at run time the scan has a closed form computed
for all sentences at once (``training.tag_nn_np``). Here the scan is an exact loop over
positions (the same design as the NER helper's ``training.ner_neural_scan``).
"""
from __future__ import annotations


def scan_module(torch, din: int, units: int):
    """A ``torch.nn.Module``: ``(x (B, n, din), lens (B,)) → (B, n, 2·units)``."""
    nn = torch.nn

    class Scan(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.units = units
            self.fwd = nn.Linear(2 * din, 3 * units)
            self.bwd = nn.Linear(2 * din, 3 * units)

        def _dir(self, lin, x):
            prev = torch.cat([torch.zeros_like(x[:, :1]), x[:, :-1]], dim=1)
            g = lin(torch.cat([x, prev], dim=-1))
            u = self.units
            z = torch.sigmoid(g[..., :u])
            b = z * torch.tanh(g[..., u:2 * u])
            a = 1 - z
            c = torch.zeros_like(b[:, 0])
            cs = []
            for t in range(x.shape[1]):
                c = a[:, t] * c + b[:, t]
                cs.append(c)
            return torch.sigmoid(g[..., 2 * u:]) * torch.stack(cs, dim=1)

        def forward(self, x, lens):
            n = x.shape[1]
            ar = torch.arange(n).unsqueeze(0)
            L = lens.unsqueeze(1)
            rev = torch.where(ar < L, L - 1 - ar, ar)   # each sentence reversed in place
            idx = rev.unsqueeze(-1).expand(-1, -1, x.shape[2])
            hf = self._dir(self.fwd, x)
            hb = self._dir(self.bwd, torch.gather(x, 1, idx))
            hb = torch.gather(hb, 1, rev.unsqueeze(-1).expand(-1, -1, hb.shape[2]))
            return torch.cat([hf, hb], dim=-1)

    return Scan()
