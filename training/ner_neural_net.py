"""The torch side of the neural token tagger (training only): network, batches, export.

The network of :mod:`khabar.ner.neural` (whose numpy inference reads the exported
``.npz``): a frozen word vector, a character CNN and seven gazetteer/trigger bits per token,
then three width-3 convolutions (dilations 1, 2, 1), one BiLSTM (``hp["lstm"]`` units per
direction) or a recurrence-free bidirectional scan (``hp["scan"]`` units per direction,
``hp["win"]`` inputs per step; :mod:`training.ner_neural_scan`), softmax over BIO labels. Used by :mod:`training.ner_neural`.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.ner.features import Featurizer
from khabar.ner.neural import char_ids, type_bits

def _net(torch, vec: np.ndarray, nchars: int, nlab: int, hp: dict):
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("emb", torch.from_numpy(vec))
            self.char_emb = nn.Embedding(nchars + 4, hp["dc"], padding_idx=0)
            self.char_conv = nn.Conv1d(hp["dc"], hp["F"], 3, padding=1)
            din = vec.shape[1] + hp["F"] + 7
            self.lstm = self.scan = None
            if hp.get("scan"):
                from training.ner_neural_scan import scan_module
                self.scan = scan_module(torch, din, hp["scan"], hp.get("win", 2),
                                        hp.get("layers", 1), hp["drop"], hp.get("units2"),
                                        hp.get("win2"))
                self.out = nn.Linear(self.scan.out_dim, nlab)
                self.drop = nn.Dropout(hp["drop"])
                return
            if hp.get("lstm"):
                self.lstm = nn.LSTM(din, hp["lstm"], batch_first=True, bidirectional=True)
                self.out = nn.Linear(2 * hp["lstm"], nlab)
                self.drop = nn.Dropout(hp["drop"])
                return
            self.convs = nn.ModuleList(
                nn.Conv1d(din if i == 0 else hp["H"], hp["H"], 3, padding=d, dilation=d)
                for i, d in enumerate(hp["dils"]))
            self.out = nn.Linear(hp["H"], nlab)
            self.drop = nn.Dropout(hp["drop"])

        def forward(self, rows, chars, bits, mask, wdrop: float = 0.0):
            b, n = rows.shape
            v = self.emb[rows.clamp(min=0)] * (rows >= 0).unsqueeze(-1)
            if wdrop and self.training:
                v = v * (torch.rand(b, n, 1) >= wdrop)
            c = self.char_emb(chars.view(b * n, -1)).transpose(1, 2)
            c = torch.relu(self.char_conv(c)) * (chars.view(b * n, 1, -1) > 0)
            c = c.max(dim=2).values.view(b, n, -1)
            x = self.drop(torch.cat([v, c, bits], dim=-1))
            if self.scan is not None:
                return self.out(self.drop(self.scan(x, mask.sum(dim=1).long())))
            if self.lstm is not None:
                lens = mask.sum(dim=1).long()
                packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True,
                                                           enforce_sorted=False)
                y, _ = self.lstm(packed)
                y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True, total_length=n)
                return self.out(self.drop(y))
            x = x.transpose(1, 2)
            m = mask.unsqueeze(1)
            for i, conv in enumerate(self.convs):
                y = torch.relu(conv(x)) * m
                x = y if i == 0 else x + y
                x = self.drop(x)
            return self.out(x.transpose(1, 2))

    return Net()


def encode(sents, fz: Featurizer, chars: str):
    """Per sentence: (rows, char ids, bits) lists for the network."""
    out = []
    for norms in sents:
        rows = [fz._row_of(w) for w in norms]
        out.append(([-1 if r is None else r for r in rows], [char_ids(w, chars) for w in norms],
                    [type_bits(w, fz._gaz, fz._trig) for w in norms]))
    return out


def _batch(torch, enc, labs=None):
    n = max(len(r) for r, _, _ in enc)
    m = max(len(c) for _, cs, _ in enc for c in cs)
    b = len(enc)
    rows = torch.full((b, n), -1, dtype=torch.long)
    chars = torch.zeros((b, n, m), dtype=torch.long)
    bits = torch.zeros((b, n, 7))
    mask = torch.zeros((b, n))
    y = torch.full((b, n), -100, dtype=torch.long)
    for i, (r, cs, bs) in enumerate(enc):
        rows[i, :len(r)] = torch.tensor(r)
        for j, c in enumerate(cs):
            chars[i, j, :len(c)] = torch.tensor(c)
        bits[i, :len(r)] = torch.tensor(bs)
        mask[i, :len(r)] = 1
        if labs is not None:
            y[i, :len(r)] = torch.tensor(labs[i])
    return rows, chars, bits, mask, y


def export(net, out: Path, vec: np.ndarray, chars: str, labels, hp: dict) -> None:
    """Write the weights as float16 ``.npz`` in the layout of :class:`NeuralTagger`."""
    def a(t):
        return t.detach().numpy().astype(np.float16)
    p = {"emb": vec.astype(np.float16), "char_emb": a(net.char_emb.weight),
         "char_w": a(net.char_conv.weight.permute(2, 1, 0)), "char_b": a(net.char_conv.bias),
         "out_w": a(net.out.weight.t()), "out_b": a(net.out.bias),
         "dils": np.asarray(hp["dils"], np.int64), "labels": np.asarray(labels),
         "chars": np.asarray(chars)}
    if net.scan is not None:
        from training.ner_neural_scan import export_scan
        p.update(export_scan(net.scan, a), dils=np.asarray([0], np.int64))
        out.parent.mkdir(parents=True, exist_ok=True)
        np.savez(out, **p)
        return
    if net.lstm is not None:
        for d, suf in (("f", ""), ("b", "_reverse")):
            p[f"lstm_{d}_wih"] = a(getattr(net.lstm, "weight_ih_l0" + suf).t())
            p[f"lstm_{d}_whh"] = a(getattr(net.lstm, "weight_hh_l0" + suf).t())
            p[f"lstm_{d}_b"] = a(getattr(net.lstm, "bias_ih_l0" + suf)
                                 + getattr(net.lstm, "bias_hh_l0" + suf))
        p["dils"] = np.asarray([0], np.int64)
        out.parent.mkdir(parents=True, exist_ok=True)
        np.savez(out, **p)
        return
    for i, conv in enumerate(net.convs):
        p[f"conv{i}_w"] = a(conv.weight.permute(2, 1, 0))
        p[f"conv{i}_b"] = a(conv.bias)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez(out, **p)
