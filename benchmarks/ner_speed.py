"""NER step speed, one document at a time vs ``Pipeline.pipe`` batches, and batch equality.

Sets: the dev part of the CAMeL ANERcorp train file (last 10 %, ``training/ner_config.py``;
398 sentences, each sentence one document, as ``khabar evaluate ner`` runs) and the first
``--news`` SaudiNewsNet documents (``raw_news/saudinewsnet.txt.gz``). The layers before NER
(repair tokens sentences articles morph) are computed once, outside the timing. Models: the
shipped CRF (``src/khabar/models/ner``) and, with ``--stacked DIR``, a stacked model dir
(``NerModel.load(DIR)``). Timed: CPU time (``time.process_time``) of the NER step only,
``find_entities`` per document vs ``find_entities_many`` per batch of 32/64/128 documents
(what ``Pipeline.pipe`` runs), same process, ``--rounds`` alternating rounds; the word-type
caches of the featurizer and the network are emptied before every timed run (a fresh
process meets every type as new; ``--warm`` keeps them); the prepared documents and models
are frozen out of the garbage collector (``gc.freeze``), whose full collections over them
otherwise fell into one run or another and made single runs up to 40 % slower. Prints words/s per run and the
median, and ``uptime``'s load average.

``--check`` instead compares, per model and set: the entities of ``pipe`` batches with the
one-document path (documents that differ; type caches emptied before each path), the network's probabilities of the batched call
with one call per document (largest absolute difference, fresh type caches for both) and
the sentences whose stacked CRF features differ (a bucket flipped by float rounding).

Run from the repository root (reads ``$KHABAR_DATA`` or ../shared/data)::

    PYTHONPATH=src python3 benchmarks/ner_speed.py --stacked DIR --rounds 3
    PYTHONPATH=src python3 benchmarks/ner_speed.py --stacked DIR --check
"""
from __future__ import annotations

import argparse
import gc
import gzip
import os
import statistics
import time
from pathlib import Path


def dev_texts(data: Path) -> list[str]:
    from khabar.evaluate.ner import gold_spans, read_conll
    from training.ner_config import DEV_FRACTION, TRAIN
    sents = read_conll(data / TRAIN)
    return [gold_spans(s)[0] for s in sents[int(len(sents) * (1 - DEV_FRACTION)):]]


def news_texts(data: Path, n: int) -> list[str]:
    out = []
    with gzip.open(data / "raw_news" / "saudinewsnet.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            out.append(line.rstrip("\n"))
            if len(out) >= n:
                break
    return out


def pre_docs(texts: list[str]) -> list:
    from khabar.pipeline import Pipeline
    pre = Pipeline(["repair", "tokens", "sentences", "articles", "morph"])
    return list(pre.pipe(texts))


def clear_caches(model) -> None:
    model.featurizer._cache.clear()
    model.featurizer._rest.clear()
    if model.neural is not None:
        model.neural._cache.clear()


def run(model, docs: list, batch: int) -> tuple[float, int]:
    """CPU seconds of the NER step over ``docs`` (``batch`` 0: one document at a time)."""
    from khabar.ner import find_entities, find_entities_many
    t0 = time.process_time()
    if batch == 0:
        n = sum(len(find_entities(d, model)) for d in docs)
    else:
        n = sum(len(e) for a in range(0, len(docs), batch)
                for e in find_entities_many(docs[a:a + batch], model))
    return time.process_time() - t0, n


def speed(models: dict, sets: dict, batches: list[int], rounds: int, warm: bool) -> None:
    res: dict = {}
    for r in range(rounds):
        print(f"round {r + 1}  load {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}", flush=True)
        for sname, (docs, words) in sets.items():
            for mname, model in models.items():
                for b in [0] + batches:
                    if not warm:
                        clear_caches(model)
                    sec, n = run(model, docs, b)
                    res.setdefault((sname, mname, b), []).append(words / sec)
                    print(f"  {sname:5} {mname:8} {'doc' if b == 0 else f'pipe {b}':8} "
                          f"{words / sec:9,.0f} words/s  ({n} entities)", flush=True)
    print(f"medians over {rounds} rounds (load now {os.getloadavg()[0]:.2f})")
    for (sname, mname, b), v in res.items():
        print(f"  {sname:5} {mname:8} {'doc' if b == 0 else f'pipe {b}':8} "
              f"{statistics.median(v):9,.0f}  (min {min(v):,.0f}, max {max(v):,.0f})")


def check(models: dict, sets: dict, texts: dict, batches: list[int]) -> None:
    import numpy as np

    import khabar.ner.tagger as tagger
    from khabar.ner import find_entities, find_entities_many
    from khabar.ner.batch import network_probs
    from khabar.ner.neural_stack import stack_features
    from khabar.pipeline import Pipeline
    for mname, model in models.items():
        for sname, (docs, _) in sets.items():
            clear_caches(model)
            one = [find_entities(d, model) for d in docs]
            for b in batches:
                clear_caches(model)
                many = [e for a in range(0, len(docs), b)
                        for e in find_entities_many(docs[a:a + b], model)]
                diff = sum(x != y for x, y in zip(one, many))
                print(f"{mname:8} {sname:5} pipe {b:3}: {diff} of {len(docs)} documents differ "
                      f"({sum(map(len, one))} entities one by one, {sum(map(len, many))} batched)")
            if model.neural is None:
                continue
            per_doc = [[[t.norm for t in g] for g in d.tokens_by_sentence() if g] for d in docs]
            clear_caches(model)
            alone = [p for ns in per_doc for p in model.neural_probs(ns)]
            for b in batches:
                clear_caches(model)
                together = []
                for a in range(0, len(per_doc), b):
                    flat = [ns for d in per_doc[a:a + b] for ns in d]
                    together.extend(network_probs(model, flat))
                dmax = max((float(np.abs(x - y).max()) for x, y in zip(alone, together)
                            if len(x)), default=0.0)
                labels = model.neural.labels
                flips = sum(stack_features(x, labels) != stack_features(y, labels)
                            for x, y in zip(alone, together))
                print(f"{mname:8} {sname:5} pipe {b:3}: network max |Δp| {dmax:.2e}; "
                      f"{flips} of {len(alone)} sentences with other stacked features")
        # the whole default pipeline with this model: pipe(texts) vs one call per text
        saved = tagger.default_model
        tagger.default_model = lambda m=model: m
        try:
            full = Pipeline()
            for sname, ts in texts.items():
                clear_caches(model)
                a = [d.entities for d in (full(t) for t in ts)]
                clear_caches(model)
                b = [d.entities for d in full.pipe(ts, batch_size=64)]
                print(f"{mname:8} {sname:5} full pipeline, pipe 64 vs per text: "
                      f"{sum(x != y for x, y in zip(a, b))} of {len(ts)} documents differ")
        finally:
            tagger.default_model = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stacked", type=Path, help="a stacked NER model dir")
    ap.add_argument("--news", type=int, default=200, help="SaudiNewsNet documents (0: none)")
    ap.add_argument("--batches", default="32,64,128")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--warm", action="store_true", help="keep the type caches between runs")
    ap.add_argument("--check", action="store_true", help="equality check instead of timing")
    args = ap.parse_args()
    from khabar.evaluate import data_dir
    from khabar.ner.tagger import NerModel
    data = data_dir()
    texts = {"dev": dev_texts(data)}
    if args.news:
        texts["news"] = news_texts(data, args.news)
    sets = {}
    for name, ts in texts.items():
        docs = pre_docs(ts)
        sets[name] = (docs, sum(len(d.tokens) for d in docs))
        print(f"{name}: {len(docs)} documents, {sets[name][1]:,} tokens")
    models = {"crf": NerModel.load()}
    if args.stacked:
        models["stacked"] = NerModel.load(args.stacked)
    # the documents and models stay for the whole run: out of the collector's way, so that a
    # full collection over them does not land in whichever run happens to trigger it
    gc.collect()
    gc.freeze()
    batches = [int(b) for b in args.batches.split(",")]
    if args.check:
        check(models, sets, texts, batches)
    else:
        speed(models, sets, batches, args.rounds, args.warm)


if __name__ == "__main__":
    main()
