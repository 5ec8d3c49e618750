"""Train the NER model (CRFsuite over khabar.ner.features) on ANERcorp (CAMeL Lab train split).

Run from the repository root: ``PYTHONPATH=src python3 -m training.train_ner``
Options: ``--data DIR`` (default ../shared/data), ``--ablation`` (train and score every
feature-group ablation on the dev part), ``--thresholds`` (score the dev model at several
recall-bias thresholds), ``--no-final`` (skip the shipped model), ``--no-dev`` (the shipped
model only), ``--c1/--c2/--iterations``, ``--neural-mix L`` (also train the BiLSTM token
tagger of ``training/ner_neural.py`` and mix it into the decoding, ``neural.npz``; off in the
shipped model), ``--neural-only`` (that network alone, added to an existing model).

Dev part: the last 10% of the train split's sentences (tuning only); the test split is never
read here. The shipped model is trained on the whole train split. Word clusters
(``training/ner_clusters.py``) are built first when ``clusters.tsv`` is missing.
With the induced name lexicon on (``SHIPPED_FEATURES``), each model first trains three
lexicon-free CRFs and tags raw news with them (``training/ner_lexicon.py``, jackknifed).
Deterministic: fixed order, L-BFGS (no sampling). Writes ``src/khabar/models/ner/``
(``ner.crfsuite``, ``lexicon.tsv``, ``config.json``) and prints dev figures for
``MODEL_CARD.md``.
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
#: Recall-biased decoding: a Viterbi ``O`` with marginal below this becomes its best entity
#: label (chosen on dev with ``--thresholds``; ``None`` = plain Viterbi).
O_THRESHOLD: float | None = 0.7
#: Feature switches of the shipped model (``Featurizer`` keyword arguments).
#: ``lexicon="PER"``: the induced name lexicon (``training/ner_lexicon.py``), PER shares only
#: (dev: all labels 80.2, PER only 81.3, PER + neighbour rows 80.3; no lexicon 80.3).
SHIPPED_FEATURES: dict = {"lexicon": "PER"}
SWEEP = (None, 0.9, 0.8, 0.7, 0.6, 0.5)
#: Neural tagger (``training/ner_neural.py``, a BiLSTM) mixed into the recall-biased decoding:
#: marginals ``(1 - mix) · CRF + mix · network`` (``0``: no network, the shipped model; with
#: the current gazetteers mix 0.3 gained only +0.1 / +0.4 dev F1 on the two folds at half the
#: NER speed, see MODEL_CARD.md). ``--neural-mix 0.3`` builds it.
NEURAL_MIX = 0.0
NEURAL_HP: dict = {"lstm": 96}


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


#: Words seen at most this often in the training part lose their identity features there
#: (``0``: none do), so the model learns to tag unseen names from context, clusters, affixes
#: and gazetteers instead of memorizing them.
RARE_DROP = 1
_IDENTITY = ("w=", "c=", "x=", "bg-=", "bg+=")


def forget_rare(norms: list[str], feats: list[list[str]], rare: set[str]) -> None:
    """Drop, in place, the identity features of the ``rare`` words of one sentence: their
    own word/stem/bigram features and the ``±k:w=``/``±k:c=`` features they give their
    neighbours."""
    n = len(norms)
    for i, w in enumerate(norms):
        if w not in rare:
            continue
        feats[i] = [f for f in feats[i] if not f.startswith(_IDENTITY)]
        for o in (-2, -1, 1, 2):
            j = i - o  # token j sees token i at offset o
            if 0 <= j < n:
                pre = (f"{o}:w=", f"{o}:c=")
                feats[j] = [f for f in feats[j] if not f.startswith(pre)
                            and not (f.startswith(("bg-=", "bg+=")) and w in f[4:].split("|"))]


def train(items, feat: Featurizer, path: Path, params: dict, rare_drop: int = RARE_DROP) -> None:
    train_parts([(items, feat)], path, params, rare_drop)


def train_parts(parts, path: Path, params: dict, rare_drop: int = RARE_DROP) -> None:
    """Train one CRF on ``parts``: ``(items, featurizer)`` pairs (jackknifed lexicon tables)."""
    import pycrfsuite
    from collections import Counter
    counts = Counter(t.norm for items, _ in parts for _, toks, _, _ in items for t in toks)
    rare = {w for w, c in counts.items() if c <= rare_drop}
    tr = pycrfsuite.Trainer(verbose=False)
    for items, feat in parts:
        for _, toks, labels, _ in items:
            norms = [t.norm for t in toks]
            feats = feat.sentence(norms, toks, dense=False)
            if rare:
                feats = [list(f) for f in feats]
                forget_rare(norms, feats, rare)
            tr.append(feat.dense_items(norms, feats), labels)
    tr.select("lbfgs")
    tr.set_params({**params, "feature.possible_transitions": True})
    tr.train(str(path))


def evaluate(items, feat: Featurizer, path: Path, consistency: bool = True,
             o_threshold: float | None = O_THRESHOLD, edges=None, neural=None,
             mix: float = 0.0) -> dict:
    """Dev figures as ``khabar evaluate ner`` computes them: each sentence is a document
    (the consistency pass runs within the sentence; ``consistency=False`` skips it;
    ``o_threshold``: the recall-biased decoding of :func:`khabar.ner.tagger.recall_bias`,
    ``None`` for plain Viterbi; ``edges``: the mention-edge rules of
    :func:`khabar.ner.edges.trim_edges`, ``None`` for the runtime's; ``neural``: a
    :class:`khabar.ner.neural.NeuralTagger` mixed into that decoding with weight ``mix``)."""
    import pycrfsuite
    from khabar.ner.consistency import propagate
    from khabar.ner.edges import trim_edges
    from khabar.ner.tagger import mention_spans, proclitic_letters, recall_bias
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    names = tagger.labels()
    counts: dict = {}
    nn = neural.probs([[t.norm for t in x[1]] for x in items]) if neural else [None] * len(items)
    cols = {lab: i for i, lab in enumerate(neural.labels)} if neural else None
    for (text, toks, _, gold), probs in zip(items, nn):
        norms = [t.norm for t in toks]
        labels = []
        if toks:
            tagger.set(feat.sentence(norms, toks))
            labels = tagger.tag()
            if o_threshold is not None:
                recall_bias(tagger, labels, names, o_threshold, probs, mix, cols)
        if consistency:
            propagate([norms], [labels], feat)
        trim_edges(toks, labels, edges)
        known = frozenset(toks[i].norm for i, l in enumerate(labels)
                          if l.startswith("B-") and not proclitic_letters(toks[i].norm, feat))
        pred = [m[:3] for m in mention_spans(text, toks, labels, feat, known)]
        score_spans(text, gold, pred, counts)
    return summarize(counts)


def fit_model(items, cfg: dict, path: Path, params: dict, rare_drop: int, raw):
    """Train a CRF with features ``cfg`` on ``items`` at ``path``; returns the featurizer for
    text outside ``items`` and, with the induced lexicon on, that lexicon's rows (jackknifed
    for the training items: ``training.ner_lexicon.jackknife``)."""
    if not cfg.get("lexicon"):
        feat = Featurizer(**cfg)
        train(items, feat, path, params, rare_drop)
        return feat, None
    import tempfile
    from training.ner_lexicon import jackknife, raw_sentences
    if raw is None:
        raw = raw_sentences(DEFAULT_DATA)
    parts, rows, feat = jackknife(items, raw, Path(tempfile.mkdtemp(prefix="khabar-ner-lex-")),
                                  params, cfg, rare_drop)
    train_parts(parts, path, params, rare_drop)
    return feat, rows


ABLATIONS = {
    "full": {},
    "- recall-biased decoding": {"o_threshold": None},
    "- consistency pass": {"consistency": False},
    "- rare-word forgetting": {"rare_drop": 0},
    "- induced lexicon": {"lexicon": False},
    "+ morphology features": {"morph": True},
    "- clusters": {"clusters": False},
    "- gazetteers/triggers": {"gazetteer": False},
    "- clitic/article stripping": {"clitics": False},
    "- affixes": {"affixes": False},
    "words+shape only": {"clusters": False, "gazetteer": False, "clitics": False,
                         "affixes": False, "lexicon": False},
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=resources.MODEL_DIR)
    ap.add_argument("--ablation", action="store_true")
    ap.add_argument("--no-final", action="store_true")
    ap.add_argument("--no-dev", action="store_true", help="train the shipped model only")
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
    runs = {} if args.no_dev else ABLATIONS if args.ablation else {"full": {}}
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
        threshold = cfg.pop("o_threshold", O_THRESHOLD)
        rare = cfg.pop("rare_drop", RARE_DROP)
        key = json.dumps([cfg, rare], sort_keys=True)
        t1 = time.time()
        path = tmp.with_name(f"dev-{len(trained)}.crfsuite")
        if key in trained:  # same features: reuse the model trained for another row
            feat, path = trained[key]
        else:
            feat = fit_model(fit, dict(SHIPPED_FEATURES, **cfg), path, params, rare, raw)[0]
            trained[key] = (feat, path)
        res = evaluate(dev, feat, path, consistency, threshold)
        print(format_row(name, res, f"dev, {time.time() - t1:.0f} s"), flush=True)
        if name == "full" and mix:
            net = ner_neural.dev_network(fit, NEURAL_HP, args.data)
            res = evaluate(dev, feat, path, consistency, threshold, None, net, mix)
            print(format_row(f"  + neural mix {mix}", res, "dev"), flush=True)
        if args.thresholds and name == "full":
            for tau in SWEEP:
                res = evaluate(dev, feat, path, consistency, tau)
                print(format_row(f"  O threshold {tau}", res, "dev"), flush=True)
    for _, path in trained.values():
        path.unlink(missing_ok=True)
    if not args.no_final:
        feat, rows = fit_model(items, dict(SHIPPED_FEATURES), args.out / "ner.crfsuite",
                               params, RARE_DROP, raw)
        if rows is not None:
            from training.ner_lexicon import write
            write(rows, args.out / "lexicon.tsv")
        (args.out / "config.json").write_text(json.dumps(
            {"model": "ner.crfsuite", "features": feat.config(), "params": params,
             "o_threshold": O_THRESHOLD, "rare_drop": RARE_DROP,
             "labels": list(LABELS), "train": TRAIN}, indent=1) + "\n", encoding="utf-8")
        if mix:
            ner_neural.ship(items, args.out, mix, NEURAL_HP, args.data)
        size = (args.out / "ner.crfsuite").stat().st_size
        print(f"wrote {args.out / 'ner.crfsuite'} ({size / 1e6:.1f} MB) "
              f"in {time.time() - t0:.0f} s total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
