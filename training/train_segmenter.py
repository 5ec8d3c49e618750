"""Train the clitic segmenter (UD PADT scheme) and write it to src/khabar/models/morph_seg/.

    PYTHONPATH=src python3 -m training.train_segmenter [--data DIR] [--out DIR] [--epochs N]

Data: UD Arabic-PADT train (model), dev (the figures printed at the end; used for tuning),
raw news (host/token frequencies and hamza spellings). The test split is never read here.
The shared PADT files write every sentence-final multiword token as one whole copy of its
surface per word («بمصر بمصر» for ب + مصر; :func:`training.seg_padt.final_run`): the
memorization and lexicon tables leave those runs out; figures are printed with and without
them.

Steps:
1. align every PADT multiword token's words to pieces of its surface form, giving its
   analysis (proclitics, host piece, enclitic, ل+ال flag) and the host's restored word text;
2. count, from train: the most frequent analysis per surface form (the memorization table),
   tokens left whole, host pieces and host words, and the piece → word-text rewrite table;
3. count folded word keys in raw news, with the most frequent spelling per key;
4. train an averaged perceptron ranking candidate analyses, on train tokens whose form is
   unseen in the other folds of a 5-fold jackknife (so that the PADT-lexicon features look as
   they will for unseen words at run time);
5. write ``model.json.gz`` (weights, tables) and ``news.tsv.gz`` (key, count, spelling);
6. train the إن/أن context model (:mod:`khabar.morph.seg_hamza`) on every train token with
   one of those words and write ``an.json`` (``--an-only``: this step alone, seconds).
Deterministic: fixed seed, sorted iteration, no clock-dependent choices.

Modules: :mod:`training.seg_padt` (reading, gold analyses), :mod:`training.seg_tables` and
:mod:`training.seg_memo` (lexicon, memorization and context tables), :mod:`training.seg_rank`
(ranking perceptron, model dict), :mod:`training.seg_an` (إن/أن model),
:mod:`training.seg_eval` (Words F1, ``--cv``); their public names are re-exported here.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from khabar.morph.compiled import compile_seg
from khabar.morph.seg_text import strip
from training.seg_an import AN_EPOCHS, train_an, write_an
from training.seg_eval import cross_validate, lcs, words_f1
from training.seg_memo import NEAR, context_table, make_resources, memo_table
from training.seg_padt import (FOLDS, SEED, Sent, decompose, drop_final_runs, fits,
                               read_padt)
from training.seg_rank import AvgPerceptron, build_examples, build_model, train
from training.seg_tables import host_spellings, news_counts, padt_stats

__all__ = ["AN_EPOCHS", "FOLDS", "NEAR", "NEWS_MIN", "SEED", "AvgPerceptron", "Sent",
           "build_examples", "build_model", "context_table", "cross_validate", "data_dir",
           "decompose", "fits", "host_spellings", "lcs", "main", "make_resources",
           "memo_table", "news_counts", "padt_stats", "read_padt", "train", "train_an",
           "words_f1", "write_an"]

NEWS_MIN = 2


def data_dir(arg: str | None) -> Path:
    """``arg`` as a path, else the shared data folder (:func:`khabar.evaluate.data_dir`).
    Raises nothing."""
    if arg:
        return Path(arg)
    from khabar.evaluate import data_dir as _shared
    return _shared()


def main(argv: list[str] | None = None) -> int:
    """Train (or ``--cv``/``--an-only``, see the module docstring); 0 on success. Raises
    OSError when a data file is missing or unreadable, SystemExit on bad arguments."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="shared data folder (default $KHABAR_DATA or the shared/data "
                                   "folder beside the checkout)")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1]
                                         / "src" / "khabar" / "models" / "morph_seg"))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--news-min", type=int, default=NEWS_MIN)
    ap.add_argument("--an-only", action="store_true",
                    help="only (re)train the إن/أن context model (an.json)")
    ap.add_argument("--cv", action="store_true",
                    help="5-fold cross-validation over PADT train (Words F1, gold tokens); "
                         "writes nothing")
    args = ap.parse_args(argv)
    t0 = time.time()
    data = data_dir(args.data)
    padt = data / "ud_arabic_padt"
    train_s = read_padt(padt / "ar_padt-ud-train.tok-upos.conllu.gz")
    if args.an_only:
        write_an(train_s, Path(args.out))
        print(f"wrote {compile_seg(Path(args.out))}", file=sys.stderr)
        return 0
    dev_s = read_padt(padt / "ar_padt-ud-dev.tok-upos.conllu")
    print(f"PADT train {len(train_s)} sents, dev {len(dev_s)} ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    news, spell = news_counts(data)
    news = {k: c for k, c in news.items() if c >= args.news_min}
    spell = {k: w for k, w in spell.items() if k in news and w != k}
    print(f"news keys {len(news)}, respellings {len(spell)} ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    if args.cv:
        scores, clean = cross_validate(train_s, news, spell, args.epochs)
        for name, xs in (("Words F1 on gold tokens", scores),
                         ("the same without export artefacts", clean)):
            print(f"5-fold CV over PADT train, {name}: " + " ".join(f"{x:.3f}" for x in xs)
                  + f"  mean {sum(xs) / len(xs):.3f}")
        print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
        return 0
    model, memo = build_model(train_s, news, spell, args.epochs)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out / "model.json.gz", "wb", mtime=0) as fh:
        fh.write(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    with gzip.GzipFile(out / "news.tsv.gz", "wb", mtime=0) as fh:
        lines = (f"{k}\t{c}\t{spell.get(k, '')}" for k, c in sorted(news.items()))
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    write_an(train_s, out)
    compile_seg(out)    # the fast-loading tables (khabar.morph.compiled)
    print(f"wrote {out} ({time.time() - t0:.0f}s)", file=sys.stderr)

    # Dev figures (gold tokens): memorization baseline vs the shipped segmenter.
    from khabar.morph import segmenter
    segmenter.reload(out)
    seen = set(memo)

    print(f"context entries: {sum(len(v) for v in model['context'].values())}", file=sys.stderr)

    def memo_only(forms):
        return [memo.get(strip(f), (f,)) for f in forms]

    unseen_dev = [[(f, w) for f, w in s if strip(f) not in seen] for s in dev_s]
    for name, fn in (("memorization", memo_only), ("khabar", segmenter.segment_tokens)):
        f1, acc = words_f1(dev_s, fn)
        uf1, uacc = words_f1([s for s in unseen_dev if s], fn)
        cf1 = words_f1(drop_final_runs(dev_s), fn)[0]
        print(f"dev {name:13s} Words F1 {f1:.2f}  token acc {acc:.2f}  | unseen types: "
              f"Words F1 {uf1:.2f} acc {uacc:.2f}  | without export artefacts: {cf1:.2f}")
    print(f"total {time.time() - t0:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
