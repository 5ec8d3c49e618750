"""Train the NER model (CRFsuite over khabar.ner.features) on ANERcorp (CAMeL Lab train split).

Run from the repository root: ``PYTHONPATH=src python3 -m training.train_ner``
Options: ``--data DIR`` (default ../shared/data), ``--ablation`` (train and score every
feature-group ablation on the dev part), ``--no-final`` (skip the shipped model),
``--c1/--c2/--iterations``.

Dev part: the last 10% of the train split's sentences (tuning only); the test split is never
read here. The shipped model is trained on the whole train split. Word clusters
(``training/ner_clusters.py``) are built first when ``clusters.tsv`` is missing.
Deterministic: fixed order, L-BFGS (no sampling). Writes ``src/khabar/models/ner/``
(``ner.crfsuite``, ``config.json``) and prints dev figures for ``MODEL_CARD.md``.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.evaluate.ner import (LABELS, format_row, gold_spans, read_conll, score_spans,
                                 summarize, HEADER)
from khabar.ner import resources
from khabar.ner.features import Featurizer

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TRAIN = "anercorp_camel/ANERCorp_CamelLab_train.txt"
DEV_FRACTION = 0.10
PARAMS = {"c1": 0.05, "c2": 0.1, "max_iterations": 250}


def prepare(sents):
    """Per sentence: (text, pipeline tokens, projected BIO labels, gold spans)."""
    from khabar.pipeline import Pipeline
    pipe = Pipeline(["repair", "tokens", "sentences", "morph"])
    out = []
    for sent in sents:
        text, gold, gtoks = gold_spans(sent)
        doc = pipe(text)
        labels = []
        gi = 0
        prev_kind, prev_gold = "", -1
        for t in doc.tokens:
            while gi + 1 < len(gtoks) and gtoks[gi][1] <= t.start:
                gi += 1
            s, e, tag = gtoks[gi]
            kind = tag[2:] if tag != "O" else ""
            if not kind:
                labels.append("O")
            elif tag.startswith("B-") and t.start <= s + 1 and gi != prev_gold:
                labels.append("B-" + kind)
            elif prev_kind == kind:
                labels.append("I-" + kind)
            else:
                labels.append("B-" + kind)
            prev_kind, prev_gold = kind, gi
        out.append((text, doc.tokens, labels, gold))
    return out


def train(items, feat: Featurizer, path: Path, params: dict) -> None:
    import pycrfsuite
    tr = pycrfsuite.Trainer(verbose=False)
    for _, toks, labels, _ in items:
        tr.append(feat.sentence([t.norm for t in toks], toks), labels)
    tr.select("lbfgs")
    tr.set_params({**params, "feature.possible_transitions": True})
    tr.train(str(path))


def evaluate(items, feat: Featurizer, path: Path, consistency: bool = True) -> dict:
    """Dev figures as ``khabar evaluate ner`` computes them: each sentence is a document
    (the consistency pass runs within the sentence; ``consistency=False`` skips it)."""
    import pycrfsuite
    from khabar.ner.consistency import propagate
    from khabar.ner.tagger import mention_spans, proclitic_letters
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    counts: dict = {}
    for text, toks, _, gold in items:
        norms = [t.norm for t in toks]
        labels = tagger.tag(feat.sentence(norms, toks)) if toks else []
        if consistency:
            propagate([norms], [labels], feat)
        known = frozenset(toks[i].norm for i, l in enumerate(labels)
                          if l.startswith("B-") and not proclitic_letters(toks[i].norm, feat))
        pred = [m[:3] for m in mention_spans(text, toks, labels, feat, known)]
        score_spans(text, gold, pred, counts)
    return summarize(counts)


ABLATIONS = {
    "full": {},
    "- consistency pass": {"consistency": False},
    "+ morphology features": {"morph": True},
    "- clusters": {"clusters": False},
    "- gazetteers/triggers": {"gazetteer": False},
    "- clitic/article stripping": {"clitics": False},
    "- affixes": {"affixes": False},
    "words+shape only": {"clusters": False, "gazetteer": False, "clitics": False,
                         "affixes": False},
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=resources.MODEL_DIR)
    ap.add_argument("--ablation", action="store_true")
    ap.add_argument("--no-final", action="store_true")
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
    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="khabar-ner-")) / "dev.crfsuite"
    runs = ABLATIONS if args.ablation else {"full": {}}
    print(HEADER)
    trained: dict[str, tuple[Featurizer, Path]] = {}
    for name, cfg in runs.items():
        cfg = dict(cfg)
        consistency = cfg.pop("consistency", True)
        key = json.dumps(cfg, sort_keys=True)
        t1 = time.time()
        feat = Featurizer(**cfg)
        path = tmp.with_name(f"dev-{len(trained)}.crfsuite")
        if key in trained:  # same features: reuse the model trained for another row
            feat, path = trained[key]
        else:
            train(fit, feat, path, params)
            trained[key] = (feat, path)
        res = evaluate(dev, feat, path, consistency)
        print(format_row(name, res, f"dev, {time.time() - t1:.0f} s"), flush=True)
    for _, path in trained.values():
        path.unlink(missing_ok=True)
    if not args.no_final:
        feat = Featurizer()
        train(items, feat, args.out / "ner.crfsuite", params)
        (args.out / "config.json").write_text(json.dumps(
            {"model": "ner.crfsuite", "features": feat.config(), "params": params,
             "labels": list(LABELS), "train": TRAIN}, indent=1) + "\n", encoding="utf-8")
        size = (args.out / "ner.crfsuite").stat().st_size
        print(f"wrote {args.out / 'ner.crfsuite'} ({size / 1e6:.1f} MB) "
              f"in {time.time() - t0:.0f} s total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
