"""Train the neural UPOS context model (session 8 evidence only; nothing shipped).

``PYTHONPATH=src nice -n 10 python3 -m training.tag_nn [--minutes 12] [--out /tmp/tagnn_model.npz]``
from the repo root. Torch (training only, one thread). Per syntactic word (gold
segmentation, PADT train without the export's copy runs, as ``training.train_tagger``):
a character CNN (24-d chars, 64 width-3 filters, max-pooled) + embeddings of its 3 cluster
ids (8/16/24-d) + its clitic position code (4-d) → a tanh projection (128) → one
bidirectional minGRU/QRNN-style layer (gates from the inputs only: the word and the previous
word in scan order; 2 × 96 units) → softmax over the 17 UPOS (from the states and the
projection). Adam, dropout 0.25, batches of 32 sentences of similar length; epochs until the
time box; the epoch with the best dev accuracy (gold segmentation) is exported as float32
``.npz`` (numpy side: ``training.tag_nn_np``). Dev is used for choosing the epoch only;
test is never read.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from training.tag_inputs import default_data, load, load_clusters
from training.tag_nn_data import CLUSTER_SIZES, MAXC, MODEL_TAG, Vocab, encode
from training.tag_nn_scan import scan_module

TAGS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]


def build_model(torch, nchars: int, proj: int = 128, units: int = 96, drop: float = 0.25,
                nwords: int = 0, wdim: int = 64, layers: int = 1):
    """The network (a ``torch.nn.Module``: (chars, clusters, codes, words, lens) → logits);
    ``nwords`` > 0: a ``wdim``-d embedding of the word's form too (id 1 = unknown);
    ``layers`` 2: a second scan layer over the first one's states (added to them)."""
    nn = torch.nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.ch = nn.Embedding(nchars, 24, padding_idx=0)
            self.conv = nn.Conv1d(24, 64, 3, padding=1)
            self.cl = nn.ModuleList(nn.Embedding(k + 1, d) for k, d in zip(CLUSTER_SIZES, (8, 16, 24)))
            self.code = nn.Embedding(4, 4)
            self.wd = nn.Embedding(nwords, wdim) if nwords else None
            self.proj = nn.Linear(64 + 48 + 4 + (wdim if nwords else 0), proj)
            self.scan = scan_module(torch, proj, units)
            self.scan2 = scan_module(torch, 2 * units, units) if layers == 2 else None
            self.out = nn.Linear(2 * units + proj, len(TAGS))
            self.drop = nn.Dropout(drop)

        def type_vec(self, ch, cl, co, wd):
            """Per word type (any leading shape): the projection input (chars, clusters, code)."""
            sh = ch.shape[:-1]
            e = self.ch(ch.reshape(-1, MAXC)).transpose(1, 2)          # (N, 24, MAXC)
            c = self.conv(e).masked_fill((ch.reshape(-1, 1, MAXC) == 0), -1e4).max(2).values
            c = torch.tanh(c).reshape(*sh, 64)
            parts = [c] + [emb(cl[..., k]) for k, emb in enumerate(self.cl)] + [self.code(co)]
            if self.wd is not None:
                parts.append(self.wd(wd))
            return torch.cat(parts, -1)

        def forward(self, ch, cl, co, wd, lens):
            x = torch.tanh(self.proj(self.drop(self.type_vec(ch, cl, co, wd))))
            h = self.scan(self.drop(x), lens)
            if self.scan2 is not None:
                h = h + self.scan2(self.drop(h), lens)
            return self.out(self.drop(torch.cat([h, x], -1)))

    return Net()


def batches(data: list, size: int, rng: np.random.Generator | None):
    """Index batches of sentences of similar length (shuffled by ``rng`` if given)."""
    order = sorted(range(len(data)), key=lambda i: len(data[i][3]))
    bs = [order[i:i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(bs)
    return bs


def collate(torch, data: list, idx: list[int], wdrop: float = 0.0, rng=None):
    """Padded tensors (chars, clusters, codes, words, tags (−100 padding), lens) of a batch;
    ``wdrop``: share of known word ids replaced by the unknown id (training)."""
    n = max(len(data[i][3]) for i in idx)
    B = len(idx)
    ch = np.zeros((B, n, MAXC), np.int64)
    cl = np.zeros((B, n, 3), np.int64)
    co = np.zeros((B, n), np.int64)
    y = np.full((B, n), -100, np.int64)
    wd = np.zeros((B, n), np.int64)
    for b, i in enumerate(idx):
        c, k, o, t, w = data[i]
        m = len(t)
        ch[b, :m], cl[b, :m], co[b, :m], y[b, :m], wd[b, :m] = c, k, o, t, w
    if wdrop and rng is not None:
        wd[(rng.random(wd.shape) < wdrop) & (wd > 1)] = 1
    lens = np.array([len(data[i][3]) for i in idx], np.int64)
    return tuple(torch.from_numpy(a) for a in (ch, cl, co, wd, y, lens))


def predict(torch, net, data: list, size: int = 64) -> list[np.ndarray]:
    """Log-probabilities (n, 17) per sentence of ``data``."""
    net.eval()
    out: list = [None] * len(data)
    with torch.no_grad():
        for idx in batches(data, size, None):
            ch, cl, co, wd, _, lens = collate(torch, data, idx)
            lp = torch.log_softmax(net(ch, cl, co, wd, lens), -1).numpy()
            for b, i in enumerate(idx):
                out[i] = lp[b, :len(data[i][3])]
    return out


def accuracy(logp: list[np.ndarray], data: list) -> float:
    ok = sum(int((p.argmax(1) == d[3]).sum()) for p, d in zip(logp, data))
    return ok / sum(len(d[3]) for d in data)


def export(net, vocab: Vocab, path: Path) -> None:
    """Float32 weights + the vocabularies (``chars``, ``words``: in id order from 2)."""
    arrs = {k: v.detach().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    inv = sorted(vocab.chars, key=vocab.chars.get)
    winv = sorted(vocab.words, key=vocab.words.get)
    np.savez(path, chars=np.array(inv), words=np.array(winv, dtype=str), **arrs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=12.0)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("/tmp/tagnn_model.npz"))
    ap.add_argument("--min-word", type=int, default=0,
                    help="embed forms seen at least this often in train (0: no word embedding)")
    ap.add_argument("--wdrop", type=float, default=0.1)
    ap.add_argument("--units", type=int, default=96)
    ap.add_argument("--proj", type=int, default=128)
    ap.add_argument("--layers", type=int, default=1, choices=[1, 2])
    args = ap.parse_args(argv)
    import torch
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    train, dev = load(default_data())
    vocab = Vocab.build(train, load_clusters(MODEL_TAG / "clusters.tsv.gz"), args.min_word)
    tix = {t: i for i, t in enumerate(TAGS)}
    tr, dv = encode(train, vocab, tix), encode(dev, vocab, tix)
    net = build_model(torch, len(vocab.chars) + 2, args.proj, args.units,
                      nwords=len(vocab.words) + 2 if vocab.words else 0, layers=args.layers)
    print(f"{len(vocab.words)} embedded words; {sum(p.numel() for p in net.parameters())} parameters")
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    lossf = torch.nn.CrossEntropyLoss(ignore_index=-100)
    t0 = time.process_time()
    w0 = time.time()
    best = -1.0
    for ep in range(1, args.epochs + 1):
        net.train()
        tot = 0.0
        for idx in batches(tr, 32, rng):
            ch, cl, co, wd, y, lens = collate(torch, tr, idx, args.wdrop, rng)
            loss = lossf(net(ch, cl, co, wd, lens).reshape(-1, len(TAGS)), y.reshape(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            tot += float(loss.detach())
        acc = accuracy(predict(torch, net, dv), dv)
        mark = ""
        if acc > best:
            best, mark = acc, " *"
            export(net, vocab, args.out)
        print(f"epoch {ep}: loss {tot:.1f} dev UPOS {100 * acc:.2f}{mark} "
              f"(cpu {time.process_time() - t0:.0f}s, wall {time.time() - w0:.0f}s)", flush=True)
        for g in opt.param_groups:
            g["lr"] *= 0.8
        if (time.time() - w0) * (ep + 1) / ep > 60 * args.minutes:   # no room for one more
            break
    print(f"best dev UPOS {100 * best:.2f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
