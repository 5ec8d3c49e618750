"""The shipped perceptron tagger + λ·log p of the neural context model (evidence, dev only).

``PYTHONPATH=src python3 -m training.tag_nn_mix [--model /tmp/tagnn_model.npz] [--passes 2|12]
[--floor F] [--split halves|parity]``:
tags PADT dev (gold segmentation) with the shipped two-pass tagger whose **second pass**
(``--passes 12``: both passes) scores get ``λ·log p_network`` added before its greedy
decoding (``Decoder._greedy`` wrapped in this process only; fixed tags — rules, one-tag
dictionary forms — stay fixed), with and without
the tag dictionary. λ is chosen on one half of dev (``tag_nn_data.halves``) and reported on
the other, both ways round. Never reads test.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from khabar.morph.tag_decode import Decoder
from khabar.morph.tag_features import clitic_codes
from training.tag_inputs import default_data, load, load_clusters
from training.tag_nn_data import MODEL_TAG, halves
from training.tag_nn_np import NumpyNet

LAMBDAS = (0.0, 2.0, 4.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0, 96.0, 128.0)
_orig_greedy = Decoder._greedy


def _greedy(self, static, p, fixed, spans):
    extra = getattr(self, "nn_extra", None)
    if extra is not None and p in self.nn_passes:
        static = static + extra
    return _orig_greedy(self, static, p, fixed, spans)


def install() -> None:
    """Wrap the greedy decoder's scores (this process only): ``tagger.nn_extra`` is added in
    the passes ``tagger.nn_passes`` (0 = first, 1 = second)."""
    Decoder._greedy = _greedy


def network_logp(net: NumpyNet, sents: list, batch: int = 64) -> list[np.ndarray]:
    """Per sentence (GoldWord lists) the network's log-probabilities, batches of sentences."""
    out: list[np.ndarray] = []
    for a in range(0, len(sents), batch):
        part = sents[a:a + batch]
        ids = [net.ids([w.form for w in s], clitic_codes([w.token for w in s], len(s))) for s in part]
        net.fill()
        out.extend(net.logprobs(ids))
    return out


def correct(tagger, sents: list, logp: list[np.ndarray], lam: float, perm: np.ndarray,
            preds: list | None = None) -> np.ndarray:
    """Right tags per sentence with λ·log p added (``perm``: network → tagger order); the
    tags are appended to ``preds`` if given."""
    ok = np.zeros(len(sents), np.int64)
    for k, (s, lp) in enumerate(zip(sents, logp)):
        tagger.nn_extra = (lam * lp[:, perm]).astype(np.float32) if lam else None
        y = tagger.tag_upos([w.form for w in s], [w.token for w in s])
        ok[k] = sum(t == ("X" if w.upos == "_" else w.upos) for t, w in zip(y, s))
        if preds is not None:
            preds.append(y)
    tagger.nn_extra = None
    return ok


def overlap(sents: list, preds: list, logp: list[np.ndarray], tags: list[str]) -> str:
    """How the perceptron's and the network's errors overlap."""
    both = p_only = n_only = 0
    for s, y, lp in zip(sents, preds, logp):
        for w, t, j in zip(s, y, lp.argmax(1).tolist()):
            g = "X" if w.upos == "_" else w.upos
            pe, ne = t != g, tags[j] != g
            both += pe and ne
            p_only += pe and not ne
            n_only += ne and not pe
    return f"errors: both {both}, perceptron only {p_only}, network only {n_only}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=Path("/tmp/tagnn_model.npz"))
    ap.add_argument("--passes", default="2", help="2 (the second pass only) or 12 (both)")
    ap.add_argument("--split", choices=["halves", "parity"], default="halves",
                    help="A/B = first/second half of dev (≈ documents), or even/odd sentences")
    ap.add_argument("--floor", type=float, default=None,
                    help="clip log p from below (a confident wrong network costs at most λ·floor)")
    args = ap.parse_args(argv)
    from khabar.morph.tagger import get_tagger
    from training.tag_nn import TAGS
    _, dev = load(default_data())
    net = NumpyNet.load(args.model, load_clusters(MODEL_TAG / "clusters.tsv.gz"))
    logp = network_logp(net, dev)
    if args.floor is not None:
        logp = [np.maximum(p, args.floor) for p in logp]
    n = np.array([len(s) for s in dev])
    gold = [np.array([TAGS.index("X" if w.upos == "_" else w.upos) for w in s]) for s in dev]
    nn_ok = np.array([int((p.argmax(1) == g).sum()) for p, g in zip(logp, gold)])
    A, B = halves(len(dev))
    if args.split == "parity":   # interleaved: each document on both sides (a noise check)
        A, B = list(range(0, len(dev), 2)), list(range(1, len(dev), 2))
    print(f"network alone (numpy): dev {100 * nn_ok.sum() / n.sum():.2f} "
          f"A {100 * nn_ok[A].sum() / n[A].sum():.2f} B {100 * nn_ok[B].sum() / n[B].sum():.2f}")
    install()
    tagger = get_tagger()
    T = len(tagger.tags)
    inv = np.argsort(np.array([TAGS.index(t) for t in tagger.tags]))   # tagger → network order
    dict_ok = 0
    for s, p, g in zip(dev, logp, gold):
        q = p.copy()
        for i, w in enumerate(s):
            m = tagger.tag_masks.get(w.form)
            if m is not None:
                q[i] += m[:T][inv]
        dict_ok += int((q.argmax(1) == g).sum())
    print(f"network alone with the tag dictionary's masks: dev {100 * dict_ok / n.sum():.2f}")
    tagger.nn_passes = {int(c) - 1 for c in args.passes}
    perm = np.array([TAGS.index(t) for t in tagger.tags])
    for name in ("with tag dictionary", "without tag dictionary"):
        if name.startswith("without"):
            tagger.set_allowed({})
        preds: list = []
        res = {lam: correct(tagger, dev, logp, lam, perm, preds if lam == 0 else None) for lam in LAMBDAS}
        print(f"{name}: " + overlap(dev, preds, logp, TAGS))
        print("  λ  dev  A  B")
        for lam, ok in res.items():
            print(f"  {lam:5.2f} {100 * ok.sum() / n.sum():6.2f} {100 * ok[A].sum() / n[A].sum():6.2f} "
                  f"{100 * ok[B].sum() / n[B].sum():6.2f}")
        la = max(LAMBDAS, key=lambda x: (res[x][A].sum(), -x))
        lb = max(LAMBDAS, key=lambda x: (res[x][B].sum(), -x))
        print(f"  chosen on A: λ={la} → B {100 * res[la][B].sum() / n[B].sum():.2f} "
              f"(λ=0: {100 * res[0.0][B].sum() / n[B].sum():.2f}); chosen on B: λ={lb} → A "
              f"{100 * res[lb][A].sum() / n[A].sum():.2f} (λ=0: {100 * res[0.0][A].sum() / n[A].sum():.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
