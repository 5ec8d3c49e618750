"""Train the NER model (CRFsuite over khabar.ner.features) on ANERcorp (CAMeL Lab train split).

Run from the repository root: ``PYTHONPATH=src python3 -m training.train_ner``
By default only the shipped model is built (its dev figures come from the dev harnesses,
``training.ner_harness`` / ``training.ner_neural_harness``, which build the same dev model
from cached lexicons). Options: ``--data DIR`` (default ../shared/data), ``--dev`` (also
train the dev model on the first 90% and score it on the last 10%), ``--ablation`` (train and
score every feature-group ablation on the dev part), ``--thresholds`` (score the dev model at
several recall-bias thresholds), ``--no-final`` (skip the shipped model; implies ``--dev``),
``--no-dev`` (the shipped model only: the default), ``--c1/--c2/--iterations``,
``--stack [lstm|scan|scan2]`` (the default: the BiLSTM token tagger of ``training/ner_neural.py``,
or a recurrence-free bidirectional scan, QRNN fo-pooling, one or two layers, ``STACK_NETS``:
trained three times per CRF, on each half of its training data and on all of it, ``ner_stack.py``;
its probabilities become CRF features, ``neural.npz`` is the network trained on all of train,
decoding plain Viterbi; shipped since session 10, MODEL_CARD.md), ``--no-stack`` (the CRF
alone, shipped until session 9),
``--neural-mix L`` (mix a BiLSTM into the decoding instead; not shipped), ``--neural-only``
(that network alone, added to an existing model).

Dev part: the last 10% of the train split's sentences (tuning only); the test split is never
read here. The shipped model is trained on the whole train split. Word clusters
(``training/ner_clusters.py``) are built first when ``clusters.tsv`` is missing.
With the induced name lexicon on (``SHIPPED_FEATURES``), each model first trains three
lexicon-free CRFs and tags raw news with them (``training/ner_lexicon.py``, jackknifed).
Deterministic: fixed order, L-BFGS (no sampling). Writes ``src/khabar/models/ner/``
(``ner.crfsuite``, ``lexicon.tsv``, ``config.json``, ``neural.npz``) and prints dev figures for
``MODEL_CARD.md``.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.evaluate.ner import LABELS, HEADER, format_row, read_conll
from khabar.ner import resources
from khabar.ner.features import Featurizer
from training.ner_config import (_IDENTITY, ABLATIONS, DEFAULT_DATA, DEV_FRACTION, NEURAL_HP,
                                 NEURAL_MIX, NEURAL_STACK, O_THRESHOLD, PARAMS, RARE_DROP,
                                 SHIPPED_FEATURES, STACK_NETS, STACKED_O_THRESHOLD, SWEEP,
                                 TRAIN)
from training.ner_steps import (evaluate, fit_model, forget_rare, prepare, train,
                                train_parts)

__all__ = ["ABLATIONS", "DEFAULT_DATA", "DEV_FRACTION", "NEURAL_HP", "NEURAL_MIX",
           "NEURAL_STACK", "O_THRESHOLD", "STACK_NETS", "STACKED_O_THRESHOLD",
           "PARAMS", "RARE_DROP", "SHIPPED_FEATURES", "SWEEP", "TRAIN", "_IDENTITY", "evaluate",
           "fit_model", "forget_rare", "main", "prepare", "train", "train_parts"]


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` (see the module docstring), train and report; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=resources.MODEL_DIR)
    ap.add_argument("--ablation", action="store_true")
    ap.add_argument("--no-final", action="store_true")
    ap.add_argument("--no-dev", action="store_true", help="train the shipped model only (default)")
    ap.add_argument("--dev", action="store_true", help="also train and score the dev model")
    ap.add_argument("--stack", nargs="?", const="lstm", default="lstm",
                    choices=sorted(STACK_NETS),
                    help="stack a network's probabilities as CRF features: the BiLSTM "
                         "(the default, shipped since session 10) or the recurrence-free "
                         "scan ('--stack scan')")
    ap.add_argument("--no-stack", dest="stack", action="store_const", const=None,
                    help="the CRF alone (the model shipped until session 9)")
    ap.add_argument("--thresholds", action="store_true",
                    help="score the dev model at several recall-bias thresholds (O marginal)")
    ap.add_argument("--neural-mix", type=float, default=NEURAL_MIX,
                    help="mix a neural tagger into the decoding with this weight (0: none)")
    ap.add_argument("--neural-only", action="store_true",
                    help="train only the neural tagger on all of train (neural.npz) and add it "
                         "to the existing config.json (the CRF is left as it is; needs "
                         "--neural-mix)")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    args = ap.parse_args(argv)
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    t0 = time.time()
    if not (resources.MODEL_DIR / "clusters.tsv").exists():
        from training.ner_clusters import build
        build(args.data, resources.MODEL_DIR)
    args.out.mkdir(parents=True, exist_ok=True)
    sents = read_conll(args.data / TRAIN)
    items = prepare(sents)
    cut = int(len(items) * (1 - DEV_FRACTION))
    fit, dev = items[:cut], items[cut:]
    print(f"train {len(fit)} sentences, dev {len(dev)} (last {DEV_FRACTION:.0%}); params {params}"
          f" ({time.time() - t0:.0f} s)")
    from training import ner_neural
    mix = args.neural_mix
    if args.neural_only:
        if not mix:
            ap.error("--neural-only needs --neural-mix > 0")
        ner_neural.ship(items, args.out, mix, NEURAL_HP, args.data)
        print(f"wrote {args.out / 'neural.npz'} ({time.time() - t0:.0f} s)")
        return 0
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="khabar-ner-")) / "dev.crfsuite"
    stack = NEURAL_STACK if args.stack and not args.neural_mix else None
    stack_hp = STACK_NETS[args.stack or "lstm"]
    tau = STACKED_O_THRESHOLD if stack else O_THRESHOLD
    want_dev = args.dev or args.ablation or args.thresholds or args.no_final
    runs = {} if args.no_dev or not want_dev else ABLATIONS if args.ablation else {"full": {}}
    raw = None
    if SHIPPED_FEATURES.get("lexicon"):
        from training.ner_lexicon import raw_sentences
        raw = raw_sentences(args.data)
        print(f"raw news for the lexicon: {sum(map(len, raw)):,} tokens "
              f"({time.time() - t0:.0f} s)", flush=True)
    print(HEADER)
    trained: dict[str, tuple[Featurizer, Path]] = {}
    for name, cfg in runs.items():
        cfg = dict(cfg)
        consistency = cfg.pop("consistency", True)
        threshold = cfg.pop("o_threshold", tau)
        rare = cfg.pop("rare_drop", RARE_DROP)
        key = json.dumps([cfg, rare], sort_keys=True)
        t1 = time.time()
        path = tmp.with_name(f"dev-{len(trained)}.crfsuite")
        if key in trained:  # same features: reuse the model trained for another row
            feat, path = trained[key]
        else:
            feat = fit_model(fit, dict(SHIPPED_FEATURES, **cfg), path, params, rare, raw,
                             stack if cfg.get("lexicon", True) else None, stack_hp,
                             None, args.data)[0]
            trained[key] = (feat, path)
        res = evaluate(dev, feat, path, consistency, threshold)
        print(format_row(name, res, f"dev, {time.time() - t1:.0f} s"), flush=True)
        if name == "full" and mix:
            net = ner_neural.dev_network(fit, NEURAL_HP, args.data)
            res = evaluate(dev, feat, path, consistency, threshold, None, net, mix)
            print(format_row(f"  + neural mix {mix}", res, "dev"), flush=True)
        if args.thresholds and name == "full":
            for t in SWEEP:
                res = evaluate(dev, feat, path, consistency, t)
                print(format_row(f"  O threshold {t}", res, "dev"), flush=True)
    for _, path in trained.values():
        path.unlink(missing_ok=True)
    if not args.no_final:
        t1 = time.time()
        feat, rows = fit_model(items, dict(SHIPPED_FEATURES), args.out / "ner.crfsuite",
                               params, RARE_DROP, raw, stack, stack_hp,
                               args.out / "neural.npz", args.data)
        if rows is not None:
            from training.ner_lexicon import write
            write(rows, args.out / "lexicon.tsv")
        (args.out / "config.json").write_text(json.dumps(
            {"model": "ner.crfsuite", "features": feat.config(), "params": params,
             "o_threshold": tau, "rare_drop": RARE_DROP, "labels": list(LABELS),
             "train": TRAIN, **({"neural": "neural.npz", "neural_hp": dict(
                 ner_neural.HP, **stack_hp), "neural_seed": 1} if stack else {})},
            indent=1) + "\n", encoding="utf-8")
        if not stack:
            (args.out / "neural.npz").unlink(missing_ok=True)
        if mix:
            ner_neural.ship(items, args.out, mix, NEURAL_HP, args.data)
        size = (args.out / "ner.crfsuite").stat().st_size
        print(f"wrote {args.out / 'ner.crfsuite'} ({size / 1e6:.1f} MB; shipped model "
              f"{time.time() - t1:.0f} s) in {time.time() - t0:.0f} s total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
