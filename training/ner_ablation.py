"""NER ablation on the ANERcorp **test** split, for the final report only (never for tuning).

Run from the repository root:
``PYTHONPATH=src python3 -m training.ner_ablation [--data DIR] [--rows NAME,NAME]``

Each row's features are trained on the whole CAMeL train split with the shipped parameters
(``training.train_ner``) and scored on the test split exactly as ``khabar evaluate ner``
scores (each sentence one document, same scorer; rows with the induced lexicon build it as
``training.train_ner`` does, jackknifed); decoding-only rows (recall-biased
decoding, consistency pass) reuse the full model. The plain-CRF row is
``benchmarks/ner_baseline.py``. Takes one training per feature row (~2-4 min each on a
quiet core). Prints one table row per system.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from khabar.evaluate.ner import HEADER, format_row, read_conll
from khabar.ner.features import Featurizer
from training import train_ner as T

TEST = "anercorp_camel/ANERCorp_CamelLab_test.txt"
ROWS = {
    "full": {},
    "- recall-biased decoding": {"o_threshold": None},
    "- consistency pass": {"consistency": False},
    "- rare-word forgetting": {"rare_drop": 0},
    "- induced lexicon": {"lexicon": False},
    "- gazetteers/triggers": {"gazetteer": False},
    "- clusters": {"clusters": False},
    "words+shape only": {"clusters": False, "gazetteer": False, "clitics": False,
                         "lexicon": False, "affixes": False, "o_threshold": None,
                         "consistency": False, "rare_drop": 0},
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=T.DEFAULT_DATA)
    ap.add_argument("--rows", help="comma-separated row names (default: all)")
    ap.add_argument("--baseline", action="store_true", help="add the plain-CRF row")
    args = ap.parse_args(argv)
    rows = {k: v for k, v in ROWS.items()
            if not args.rows or k in args.rows.split(",")}
    train_items = T.prepare(read_conll(args.data / T.TRAIN))
    test_sents = read_conll(args.data / TEST)
    test_items = T.prepare(test_sents)
    tmp = Path(tempfile.mkdtemp(prefix="khabar-ner-abl-"))
    trained: dict[str, tuple[Featurizer, Path]] = {}
    raw = None
    print(HEADER, flush=True)
    for name, cfg in rows.items():
        cfg = dict(T.SHIPPED_FEATURES, **cfg)
        consistency = cfg.pop("consistency", True)
        threshold = cfg.pop("o_threshold", T.O_THRESHOLD)
        rare = cfg.pop("rare_drop", T.RARE_DROP)
        key = json.dumps([cfg, rare], sort_keys=True)
        t1 = time.time()
        if key not in trained:
            path = tmp / f"m{len(trained)}.crfsuite"
            if cfg.get("lexicon") and raw is None:
                from training.ner_lexicon import raw_sentences
                raw = raw_sentences(args.data)
            feat = T.fit_model(train_items, cfg, path, T.PARAMS, rare, raw)[0]
            trained[key] = (feat, path)
        feat, path = trained[key]
        res = T.evaluate(test_items, feat, path, consistency, threshold)
        print(format_row(name, res, f"test, {time.time() - t1:.0f} s"), flush=True)
    if args.baseline:
        from benchmarks.ner_baseline import run_baseline
        res, speed = run_baseline(read_conll(args.data / T.TRAIN), test_sents)
        print(format_row("plain CRF (baseline)", res, f"test, {speed:,.0f} words/s"))
    for _, path in trained.values():
        path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
