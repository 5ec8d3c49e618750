"""Train the neural token tagger of :mod:`khabar.ner.neural` (torch; training only).

Run from the repository root (dev figures of the network alone, argmax decoding):
``PYTHONPATH=src python3 -m training.ner_neural [--fold 9] [--hp '{"lstm": 96}'] [--out FILE]``

Input per token: a frozen 64-d news vector (``training.ner_embed``'s PPMI-SVD vectors,
``--vectors``, built when missing), a character CNN and seven gazetteer/trigger bits; three
width-3 convolutions over the sentence (default ``HP``) or a BiLSTM (``{"lstm": 96}``: the
shipped network, ``train_ner.NEURAL_HP``); softmax over BIO labels
(:mod:`training.ner_neural_net`). Word dropout (a token's vector zeroed with probability
0.2) stands for unseen names. 12 epochs of Adam. Seeded (``torch.manual_seed``, one
thread): the same command gives the same weights. Raises
:class:`~khabar.errors.KhabarError` subclasses only through the code it calls.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from khabar.ner.features import Featurizer
from training.ner_neural_net import _batch, _net, encode, export  # noqa: F401 (re-exported)

VECTORS = Path("/tmp/khabar-ner-emb/embed-64.npy")
HP = {"dc": 24, "F": 48, "H": 128, "dils": (1, 2, 1), "drop": 0.3, "wdrop": 0.2,
      "lr": 2e-3, "batch": 16, "epochs": 12}


def vectors(path: Path = VECTORS, data: Path | None = None) -> np.ndarray:
    """The float32 vector table (NaN rows zeroed), built by ``training.ner_embed`` when
    ``path`` is missing."""
    if not path.exists():
        from training import ner_embed
        args = ["--out", str(path.parent), "--dims", "64"]
        ner_embed.main(args + (["--data", str(data)] if data else []))
    return np.nan_to_num(np.load(path).astype(np.float32))


def charset(items) -> str:
    """Characters of the training words, sorted (the network's character vocabulary)."""
    return "".join(sorted({c for _, toks, _, _ in items for t in toks for c in t.norm}))


def train_net(items, out: Path, vec: np.ndarray, seed: int = 1, hp: dict | None = None,
              log=print) -> Path:
    """Train on ``items`` (``train_ner.prepare`` tuples) and write the ``.npz`` weights."""
    import torch
    hp = dict(HP, **(hp or {}))
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    fz = Featurizer()
    chars = charset(items)
    labels = sorted({lab for _, _, ls, _ in items for lab in ls})
    li = {lab: i for i, lab in enumerate(labels)}
    items = [it for it in items if it[1]]
    enc = encode([[t.norm for t in toks] for _, toks, _, _ in items], fz, chars)
    ys = [[li[lab] for lab in ls] for _, _, ls, _ in items]
    net = _net(torch, vec, len(chars), len(labels), hp)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=hp["lr"])
    gen = torch.Generator().manual_seed(seed)
    t0 = time.time()
    for ep in range(hp["epochs"]):
        net.train()
        order = torch.randperm(len(enc), generator=gen).tolist()
        total = 0.0
        for k in range(0, len(order), hp["batch"]):
            idx = order[k:k + hp["batch"]]
            rows, ch, bits, mask, y = _batch(torch, [enc[i] for i in idx], [ys[i] for i in idx])
            logits = net(rows, ch, bits, mask, hp["wdrop"])
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, len(labels)),
                                                     y.reshape(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        log(f"    epoch {ep + 1}: loss {total / len(enc):.4f} ({time.time() - t0:.0f} s)",
            flush=True)
    export(net, out, vec, chars, labels, hp)
    return out


def argmax_labels(probs, labels) -> list[str]:
    """BIO labels from per-token argmax (an ``I-X`` not after an ``X`` becomes ``B-X``)."""
    out: list[str] = []
    for row in probs:
        lab = labels[int(row.argmax())]
        if lab.startswith("I-") and (not out or out[-1][2:] != lab[2:]):
            lab = "B-" + lab[2:]
        out.append(lab)
    return out


def score_alone(items, path: Path) -> dict:
    """Dev figures of the network alone, scored as ``train_ner.evaluate`` scores the CRF."""
    from khabar.evaluate.ner import score_spans, summarize
    from khabar.ner.consistency import propagate
    from khabar.ner.edges import trim_edges
    from khabar.ner.neural import NeuralTagger
    from khabar.ner.tagger import mention_spans, proclitic_letters
    fz = Featurizer()
    nt = NeuralTagger(path, fz._row_of, fz._gaz, fz._trig)
    counts: dict = {}
    probs = nt.probs([[t.norm for t in toks] for _, toks, _, _ in items])
    for (text, toks, _, gold), pr in zip(items, probs):
        norms = [t.norm for t in toks]
        labels = argmax_labels(pr, nt.labels)
        propagate([norms], [labels], fz)
        trim_edges(toks, labels, None)
        known = frozenset(toks[i].norm for i, lab in enumerate(labels)
                          if lab.startswith("B-") and not proclitic_letters(toks[i].norm, fz))
        score_spans(text, gold, [m[:3] for m in mention_spans(text, toks, labels, fz, known)],
                    counts)
    return summarize(counts)


def dev_network(fit, hp: dict, data: Path | None = None, seed: int = 1):
    """A network trained on ``fit`` (temporary file) as a :class:`NeuralTagger`."""
    import tempfile
    from khabar.ner.neural import NeuralTagger
    path = Path(tempfile.mkdtemp(prefix="khabar-ner-nn-")) / "dev.npz"
    train_net(fit, path, vectors(VECTORS, data), seed, hp)
    fz = Featurizer()
    return NeuralTagger(path, fz._row_of, fz._gaz, fz._trig)


def ship(items, out: Path, mix: float, hp: dict, data: Path | None = None,
         seed: int = 1) -> None:
    """Train the shipped network on ``items`` (``out/neural.npz``) and record it in
    ``out/config.json`` (``neural``, ``neural_mix``, ``neural_hp``)."""
    import json
    train_net(items, out / "neural.npz", vectors(VECTORS, data), seed, hp)
    path = out / "config.json"
    cfg = json.loads(path.read_text(encoding="utf-8"))
    cfg.update({"neural": "neural.npz", "neural_mix": mix, "neural_hp": dict(HP, **hp),
                "neural_seed": seed})
    path.write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")


def split(items, fold: int):
    """``(fit, dev)`` as ``training.ner_harness`` splits train (fold 9: the last 10%)."""
    from training import train_ner as T
    a, b = int(len(items) * fold / 10), int(len(items) * (fold + 1) / 10)
    if fold == 9:
        a, b = int(len(items) * (1 - T.DEV_FRACTION)), len(items)
    return items[:a] + items[b:], items[a:b]


def main(argv=None) -> int:
    import json
    from khabar.evaluate.ner import HEADER, format_row, read_conll
    from training import train_ner as T
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=T.DEFAULT_DATA)
    ap.add_argument("--fold", type=int, default=9)
    ap.add_argument("--hp", default="{}", help="JSON overrides of HP")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--vectors", type=Path, default=VECTORS)
    ap.add_argument("--out", type=Path, default=Path("/tmp/khabar-ner-nn/dev.npz"))
    args = ap.parse_args(argv)
    t0 = time.time()
    fit, dev = split(T.prepare(read_conll(args.data / T.TRAIN)), args.fold)
    train_net(fit, args.out, vectors(args.vectors, args.data), args.seed, json.loads(args.hp))
    print(HEADER)
    print(format_row(f"neural alone fold {args.fold}", score_alone(dev, args.out),
                     f"{time.time() - t0:.0f} s"), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
