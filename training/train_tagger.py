"""Train Khabar's UPOS tagger and lemmatizer on UD Arabic-PADT train (gold segmentation).

Run from the repo root: ``PYTHONPATH=src python3 -m training.train_tagger [--data DIR]``.
Writes ``src/khabar/models/morph_tag/`` (see its MODEL_CARD.md). Deterministic (seeded).
Uses PADT train for training, dev for reporting during training; never test. The export's
sentence-final copy runs (:mod:`training.tag_artefacts`) are cut from the tagger's (and tag
dictionary's) training data; the lemmatizer keeps them (``--drop-artefacts all`` cuts them
there too, ``none`` nowhere: the model before 2026-11-29's issue-3 round; MODEL_CARD.md).
``--dense S`` (experiments, not the shipped model): word vectors as dense inputs of both
passes (:mod:`training.tag_dense`, :mod:`training.tag_dense_run`; MODEL_CARD "Tried, not kept", eighth round).
``--learner maxent --l2 C [--mix A]`` (experiments, not the shipped model): both passes as
L2 log-linear models, optionally mixed with the perceptron (:mod:`training.tag_maxent_run`;
MODEL_CARD "Tried, not kept", ninth round).
"""
from __future__ import annotations

import time
from pathlib import Path  # noqa: F401  (re-exported: training.tag_cv uses tt.Path)

import numpy as np

from khabar.morph.compiled import compile_tag
from khabar.morph.tag_features import (BOUNDARY, OFFSETS, clitic_codes, neighbor_features, own_features,
                                       read_tagdict)
from khabar.morph.tag_pairs import pair_feature_names, word_class
from khabar.morph.tag_constraints import read_plurals
from khabar.morph.tagger import MODEL_DIR  # noqa: F401  (re-exported)
from training.tag_artefacts import drop_artefacts
from training.tag_allowed import build_allowed, write_allowed
from training.tag_args import build_parser
from training.tag_config import (EPOCHS, EPOCHS2, FOLDS, MIN_COUNT, SEED, SEEDS,  # noqa: F401
                                 TAG_BIAS)
from training.tag_featidx import FeatIndex, add_stack, decode_all
from training.tag_inputs import ROOT, default_data, fix_tag, load, load_clusters, load_news  # noqa: F401
from training.tag_pass import cut_rare, decode, evaluate, extend_rows, train_avg, train_pass  # noqa: F401
from training.tag_plurals import write_plurals
from training.tag_write import write_weights
from training.tag_lemma import (context_entries, eval_lemmas, lemma_entries, train_lemmatizer,
                               write_lemmatizer)

# The switches below are set by main() (and training.tag_cv sets NEWS, NAMES and
# neighbor_features here): the feature code that reads them stays in this module.
PAIR_FEATURES = True
# Start the second pass from the first pass's weights (zero for the stacking features)?
# Off: 5-fold CV on train by sentence liked it (pass 2 96.53 -> 96.58, 7 epochs 96.61) but
# dev did not (gold segmentation 97.00 -> 96.95 / 96.87; MODEL_CARD "Tried, not kept").
INIT2 = False
NAMES: dict | None = None   # name-ness table (training.tag_names), set by main()
NEWS: dict | None = None    # raw-news token counts for the paradigm features, set by main()


def sentence_fids(sent, fi: FeatIndex, grow: bool, clusters, cache: dict,
                  tagdict=None) -> list[np.ndarray]:
    forms = [w.form for w in sent]
    codes = clitic_codes([w.token for w in sent], len(sent))
    keys = list(zip(forms, codes))
    n = len(keys)
    classes = [word_class(f, c) for f, c in keys] if PAIR_FEATURES else []
    out = []
    for i in range(n):
        fl = []
        fl.extend(_own(keys[i], fi, grow, clusters, cache, tagdict))
        for off in OFFSETS:
            j = i + off
            k = keys[j] if 0 <= j < n else BOUNDARY
            fl.extend(_nb(k, off, fi, grow, clusters, cache, tagdict))
        if PAIR_FEATURES:
            fl.extend(fi.get(f, grow) for f in pair_feature_names(classes, i))
        arr = np.array([x for x in fl if x >= 0], dtype=np.int32)
        out.append(arr)
    return out


def _own(key, fi, grow, clusters, cache, tagdict=None):
    ck = ("o", key, grow)
    r = cache.get(ck)
    if r is None:
        fs = own_features(key[0], key[1], clusters, tagdict, NAMES, NEWS)
        r = cache[ck] = [fi.get(f, grow) for f in fs]
    return r


def _nb(key, off, fi, grow, clusters, cache, tagdict=None):
    ck = (off, key, grow)
    r = cache.get(ck)
    if r is None:
        r = cache[ck] = [fi.get(f, grow) for f in neighbor_features(key[0], key[1], off, clusters, tagdict, NAMES)]
    return r


def train_tagger(train, dev, clusters, epochs=EPOCHS, epochs2=EPOCHS2, folds=FOLDS, seed=SEED, log=print,
                 tagdict=None, seeds=1, dense=None, learner=None):
    """``(W1, W2, fi, tags, F1)``; with ``dense`` (:class:`training.tag_dense.Dense`) both
    passes also read the word vectors, whose weights ``dense`` keeps (``Wd1``, ``Wd2``); with
    ``learner`` (:class:`training.tag_maxent_run.Maxent`) both passes are fitted by it."""
    tags = sorted({fix_tag(w.upos) for s in train for w in s})
    T = len(tags)
    tix = {t: i for i, t in enumerate(tags)}
    fi = FeatIndex()
    cache: dict = {}
    X = [sentence_fids(s, fi, True, clusters, cache, tagdict) for s in train]
    Y = [np.array([tix[fix_tag(w.upos)] for w in s], dtype=np.int64) for s in train]
    F1 = len(fi.counts)
    log(f"tagger: {F1} static features, {T} tags")
    dev_cache: dict = {}
    Xd = [sentence_fids(s, fi, False, clusters, dev_cache, tagdict) for s in dev]
    Yd = [np.array([tix[fix_tag(w.upos)] for w in s]) for s in dev]
    if learner is not None:
        return learner.train(X, Y, Xd, Yd, tags, fi, F1, folds, log, epochs, epochs2, seed, seeds)
    if dense is not None:
        return dense.train(X, Y, Xd, Yd, train, dev, tags, fi, F1, epochs, epochs2, folds, seed,
                           seeds, log)
    W1 = train_avg(X, Y, T, F1, epochs, seed, seeds, Xd, Yd, log, "pass 1")
    if not folds:
        return W1, None, fi, tags, F1
    # jackknifed first-pass tags of train: fold k tagged by a model trained on the other folds
    preds: list = [None] * len(X)
    for k in range(folds):
        tr = [i for i in range(len(X)) if i % folds != k]
        Wk = train_pass([X[i] for i in tr], [Y[i] for i in tr], T, F1, epochs, seed + k + 1, log=log)
        for i in range(k, len(X), folds):
            preds[i] = decode(Wk, F1, T + 1, T, X[i])
        log(f"fold {k + 1}/{folds} tagged")
    X2 = add_stack(X, preds, tags, fi, True)
    F2 = len(fi.counts)
    Xd2 = add_stack(Xd, decode_all(W1, F1, T, Xd), tags, fi, False)
    log(f"pass 2: {F2 - F1} stacking features")
    init = extend_rows(W1, F1, F2) if INIT2 else None
    W2 = train_avg(X2, Y, T, F2, epochs2, seed, seeds, Xd2, Yd, log, "pass 2", init)
    return W1, W2, fi, tags, F1


def write_tagger(W1, W2, fi, tags, F1, use_clusters: bool, out: Path, keep: float = 0.01,
                 extra: dict | None = None, tag_bias: dict | None = None) -> None:
    """:func:`training.tag_write.write_weights` with this module's ``NAMES`` and ``NEWS``."""
    write_weights(W1, W2, fi, tags, F1, use_clusters, out, keep, NAMES, NEWS, extra, tag_bias)


def set_init2(on: bool) -> None:
    global INIT2
    INIT2 = on


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` (:mod:`training.tag_args`), train and write the model; returns 0."""
    ap = build_parser(__doc__, INIT2)
    args = ap.parse_args(argv)
    global PAIR_FEATURES
    set_init2(bool(args.init2))
    PAIR_FEATURES = not args.no_pairs
    t0 = time.time()
    full, dev = load(args.data, drop=False)
    train = full if args.drop_artefacts == "none" else drop_artefacts(full)
    lemma_train = train if args.drop_artefacts == "all" else full
    clusters = None
    if not args.no_clusters:
        cpath = args.out / "clusters.tsv.gz"
        if not (args.reuse_clusters and cpath.exists()):
            from training.tag_clusters import build_clusters, write_clusters
            args.out.mkdir(parents=True, exist_ok=True)
            write_clusters(build_clusters(args.data), cpath)
        clusters = load_clusters(cpath)
    tagdict = read_tagdict(args.autotag) if args.autotag else None
    global NAMES, NEWS
    if not args.no_paradigm:
        NEWS = load_news()
    if not args.no_names:   # raw-news name-ness of words (training.tag_names)
        from training.tag_names import build as build_names, read as read_names, write as write_names
        npath = args.names or args.out / "names.tsv.gz"
        if not npath.exists():
            args.out.mkdir(parents=True, exist_ok=True)
            write_names(build_names(), npath)
        NAMES = read_names(npath)
    dense = None
    if args.dense:    # word vectors as dense inputs (training.tag_dense), baked into the rows
        from training.tag_dense_run import Dense
        dense = Dense.build(args.data, args.dense, args.dense_vocab, args.dense_dims, args.vectors)
        dense.pass2 = not args.dense_pass1
    from training.tag_maxent_run import Maxent   # --learner maxent: L2 log-linear passes
    learner = Maxent.from_args(args) if args.learner == "maxent" else None
    W1, W2, fi, tags, F1 = train_tagger(train, dev, clusters, epochs=args.epochs,
                                        epochs2=args.epochs2, folds=args.folds, tagdict=tagdict,
                                        seeds=args.seeds, dense=dense, learner=learner)
    print(f"tagger trained ({time.time() - t0:.0f}s)")
    args.out.mkdir(parents=True, exist_ok=True)
    extra = None if dense is None else dense.extra(args, train, (W1, W2, fi, tags, F1))
    write_tagger(W1, W2, fi, tags, F1, clusters is not None, args.out, extra=extra,
                 tag_bias=None if learner is None else learner.tag_bias())
    allowed = build_allowed(train, tags)
    write_allowed(allowed, args.out / "allowed_tags.tsv.gz")
    print(f"tag dictionary: {len(allowed)} forms")
    if not args.tagger_only:
        entries = lemma_entries(lemma_train)
        lem, parts = train_lemmatizer(entries, context=context_entries(lemma_train, entries))
        write_lemmatizer(parts, entries, args.out)
        print(f"plural templates: {write_plurals(entries, args.out)}")
        lem.set_plurals(read_plurals(args.out / "lemma_plurals.tsv"))
        lem.news = load_news()
        from khabar.morph.segmenter import _model
        lem.spell = _model().res.spell
        print(f"lemmatizer trained; dev lemma acc (gold UPOS) exact/dediacritized/n: {eval_lemmas(lem, dev)}")
    print(f"wrote {compile_tag(args.out)}")   # the fast-loading tables (khabar.morph.compiled)
    print(f"done in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
