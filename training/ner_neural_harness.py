"""Dev harness: the neural tagger (``training.ner_neural``) stacked into / mixed with the CRF.

Run from the repository root:
``PYTHONPATH=src python3 -m training.ner_neural_harness [--fold 9] [--cache DIR]
[--nn-cache DIR] [--hp JSON] [--mode b ...] [--mix 0.3 ...] [--keep DIR]``
(``--hp '{"scan": 96}'``: the recurrence-free scan instead of the BiLSTM; ``--keep DIR``:
keep the stacked dev model as a loadable model folder, ``NerModel.load(DIR)``).

Splits train and reads the jackknifed lexicons exactly as ``training.ner_harness`` (same
``--cache``). Trains three networks (cached under ``--nn-cache``): on each half of the fit
part and on all of it. ``--mode M``: the CRF with the network's probabilities as features
(:func:`khabar.ner.neural_stack.stack_features`), the training halves seeing the network trained on
the other half (jackknifed, as the lexicon), dev the network trained on all of it.
``--mix L``: no retraining; the shipped-configuration dev CRF (``--crf``, kept by
``ner_harness --keep``) with its marginals mixed with the network's, ``(1-L)·CRF + L·NN``, in
the recall-biased decoding. Also prints the network alone. The test split is never read.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from khabar.evaluate.ner import HEADER, format_row, read_conll
from khabar.ner.features import Featurizer
from training import ner_harness as H
from training import ner_neural as N
from training import train_ner as T


def networks(fit, cache: Path, vec, seed: int, hp: dict, halves: bool = True) -> list[Path]:
    """The three jackknife networks (first half, second half, all), trained when missing
    (``halves=False``: only the one on all of ``fit``)."""
    h = len(fit) // 2
    paths = [cache / f"nn-{i}.npz" for i in range(3)]
    for i, part in enumerate((fit[:h], fit[h:], fit)):
        if not paths[i].exists() and (halves or i == 2):
            t0 = time.time()
            N.train_net(part, paths[i], vec, seed, hp, log=lambda *a, **k: None)
            print(f"  network {i + 1}/3 ({time.time() - t0:.0f} s)", flush=True)
    return paths


def tagger(path: Path):
    from khabar.ner.neural import NeuralTagger
    fz = Featurizer()
    return NeuralTagger(path, fz._row_of, fz._gaz, fz._trig)


def stacked(fit, dev, rows, nets, mode: str, params: dict, rare: int, taus, cfg: dict):
    """Train the CRF with network features (jackknifed); dev figures per threshold."""
    from training.ner_lexicon import table
    labels = cfg.pop("lexicon", "PER")
    h = len(fit) // 2

    def feat(r, net):
        return Featurizer(**cfg, lexicon=labels, lexicon_table=table(r, labels), neural=mode,
                          neural_model=tagger(net))
    parts = [(fit[:h], feat(rows[1], nets[1])), (fit[h:], feat(rows[0], nets[0]))]
    path = Path(tempfile.mkdtemp(prefix="khabar-nernn-")) / "dev.crfsuite"
    T.train_parts(parts, path, params, rare)
    dfeat = feat(rows[2], nets[2])
    return [T.evaluate(dev, dfeat, path, True, tau) for tau in taus], path


def mixed(dev, rows, crf: Path, net: Path, lam: float, tau: float, cfg: dict) -> dict:
    """Dev figures of the kept CRF with recall-biased decoding over mixed marginals."""
    from training.ner_lexicon import table
    labels = cfg.pop("lexicon", "PER")
    feat = Featurizer(**cfg, lexicon=labels, lexicon_table=table(rows[2], labels))
    return T.evaluate(dev, feat, crf, True, tau, None, tagger(net), lam)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=T.DEFAULT_DATA)
    ap.add_argument("--fold", type=int, default=9)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/khabar-ner-harness"))
    ap.add_argument("--nn-cache", type=Path, default=Path("/tmp/khabar-ner-nn-f9"))
    ap.add_argument("--hp", default="{}", help="JSON overrides of ner_neural.HP")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mode", action="append", default=[])
    ap.add_argument("--mix", type=float, action="append", default=[])
    ap.add_argument("--crf", type=Path, help="kept dev CRF folder (ner_harness --keep)")
    ap.add_argument("--keep", type=Path, help="keep the (last) stacked dev model here")
    ap.add_argument("--tau", type=lambda x: None if x == "none" else float(x), nargs="*",
                    default=[T.O_THRESHOLD], help="recall-bias thresholds (mix: the first)")
    args = ap.parse_args(argv)
    t0 = time.time()
    fit, dev = N.split(T.prepare(read_conll(args.data / T.TRAIN)), args.fold)
    rows = H.lexicon_rows(fit, args.data, args.cache, dict(T.PARAMS), T.RARE_DROP)
    nets = networks(fit, args.nn_cache, N.vectors(data=args.data), args.seed,
                    json.loads(args.hp), bool(args.mode))
    print(HEADER)
    print(format_row("network alone", N.score_alone(dev, nets[2]),
                     f"{time.time() - t0:.0f} s"), flush=True)
    for lam in args.mix:
        res = mixed(dev, rows, args.crf / "dev.crfsuite", nets[2], lam, args.tau[0],
                    dict(T.SHIPPED_FEATURES))
        print(format_row(f"mix {lam} tau={args.tau[0]}", res), flush=True)
    for mode in args.mode:
        t1 = time.time()
        res, path = stacked(fit, dev, rows, nets, mode, dict(T.PARAMS), T.RARE_DROP, args.tau,
                            dict(T.SHIPPED_FEATURES))
        for tau, r in zip(args.tau, res):
            print(format_row(f"stacked {mode} tau={tau}", r,
                             f"{time.time() - t1:.0f} s, {path.stat().st_size / 1e6:.1f} MB"),
                  flush=True)
        if args.keep:
            keep(args.keep, path, nets[2], mode, rows[2])
        path.unlink(missing_ok=True)
    return 0


def keep(out: Path, crf: Path, net: Path, mode: str, rows) -> None:
    """A model folder for ``NerModel.load(out)``: the stacked dev CRF, its network and lexicon
    (plain Viterbi, as ``train_ner --stack`` ships it)."""
    import shutil
    from khabar.ner import resources
    from training.ner_lexicon import write
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(crf, out / "ner.crfsuite")
    shutil.copy(net, out / "neural.npz")
    write(rows, out / "lexicon.tsv")
    cfg = json.loads((resources.MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    cfg["features"]["neural"] = mode
    cfg.update(o_threshold=T.STACKED_O_THRESHOLD, neural="neural.npz")
    (out / "config.json").write_text(json.dumps(cfg, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
