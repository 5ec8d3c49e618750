"""Evaluate the UPOS tagger and lemmatizer on gold segmentation of a CoNLL-U file.

``python -m khabar.morph.tag_eval [FILE.conllu ...] [--test]`` (default: PADT dev from the shared
data folder, ``$KHABAR_DATA`` or ``../shared/data``; PADT test only with ``--test``, which is for
the final report — never for choosing). Prints per file: words, UPOS accuracy,
lemma accuracy exact and with diacritics removed on both sides (over words with a gold lemma),
and tagging speed in words/s (a warm-up pass fills the per-type caches first; both figures
are printed).
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from khabar.morph.tag_data import read_conllu
from khabar.morph.tag_features import strip_diacritics


def _default_files(test: bool = False) -> list[Path]:
    data = Path(os.environ.get("KHABAR_DATA", Path(__file__).resolve().parents[4] / "shared" / "data"))
    d = data / "ud_arabic_padt"
    files = [d / "ar_padt-ud-dev.tok-upos.conllu"]
    return files + [d / "ar_padt-ud-test.tok-upos.conllu"] if test else files


def evaluate_file(path: Path) -> dict:
    from khabar.morph.tagger import get_tagger, tag_words
    sents = list(read_conllu(path))
    get_tagger()
    t0 = time.perf_counter()
    preds = [tag_words([w.form for w in s], [w.token for w in s]) for s in sents]
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for s in sents:
        tag_words([w.form for w in s], [w.token for w in s])
    warm = time.perf_counter() - t0
    n = ok = nl = okl = okd = 0
    for s, p in zip(sents, preds):
        for w, (u, lem) in zip(s, p):
            if w.upos != "_":
                n += 1
                ok += u == w.upos
            if w.lemma is not None and w.upos != "_":
                nl += 1
                okl += lem == w.lemma
                okd += strip_diacritics(lem or "") == strip_diacritics(w.lemma)
    nw = sum(len(s) for s in sents)
    return {"file": str(path), "words": n, "upos": ok / max(n, 1), "lemma_words": nl,
            "lemma_exact": okl / max(nl, 1), "lemma_dediac": okd / max(nl, 1),
            "wps_first": nw / cold, "wps_warm": nw / warm}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Gold-segmentation UPOS/lemma accuracy of Khabar's tagger.")
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--test", action="store_true",
                    help="also score PADT test (for the final report only; the default is dev)")
    args = ap.parse_args(argv)
    files = args.files or _default_files(args.test)
    print(f"{'file':40} {'words':>7} {'UPOS':>7} {'lemmas':>7} {'exact':>7} {'dediac':>7} {'w/s 1st':>9} {'w/s warm':>9}")
    for f in files:
        if not f.exists():
            print(f"{f}: not found")
            return 1
        r = evaluate_file(f)
        print(f"{f.name[:40]:40} {r['words']:7d} {100 * r['upos']:7.2f} {r['lemma_words']:7d} "
              f"{100 * r['lemma_exact']:7.2f} {100 * r['lemma_dediac']:7.2f} {r['wps_first']:9.0f} {r['wps_warm']:9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
