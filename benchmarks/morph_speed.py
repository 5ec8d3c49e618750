"""Morphology speed, whole run (model load + segment + POS + lemma), and an output hash.

    cd /work/main && PYTHONPATH=src python3 benchmarks/morph_speed.py \\
        [--set news|padt-test|padt-dev|papers] [--words 200000] [--docs 300] \\
        [--src SRC_DIR,SRC_DIR2 --repeat 5] [--profile OUT.prof]

Each measurement runs in a fresh process (``--src`` picks the source tree, default this
repository's ``src``), so the model load is cold. The text layer (repair, tokens, sentences,
articles) runs first, outside the timer; the timer covers the morph models' load and the
``morph`` component over every document: the "whole run" of the morphology. The text layer
is timed on its own (CPU): the repair model's load, then the four components over every
document (numpy is imported before either timer). Printed per run:
CPU time (this process) and wall time, load CPU, words/s of the whole run by CPU time, and a
SHA-256 of every token's (words, UPOS, lemma), so two source trees can be checked for identical
output. With several trees and ``--repeat N`` the trees alternate (A B A B …) and the medians
and minima are printed (with two trees, their CPU-time ratio) — speeds on a shared machine are
only comparable within one such run.

Word counts: ``words`` = whitespace-separated words of the raw text (as usual for words/s),
``tokens`` = surface tokens, ``syn`` = syntactic words after clitic segmentation.

Sets: ``news`` = the first ``--words`` words of SaudiNewsNet (one document per article);
``papers`` = the first ``--docs`` articles of the Arabic newspapers corpus; ``padt-test`` /
``padt-dev`` = each gold sentence's raw text as one document (as ``khabar evaluate morph``).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))


def texts(name: str, words: int, docs: int) -> list[str]:
    """The raw documents of one benchmark set."""
    if name in ("padt-test", "padt-dev"):
        from khabar.evaluate.morph import read_gold
        split = name.split("-")[1]
        return read_gold(DATA / "ud_arabic_padt" / f"ar_padt-ud-{split}.tok-upos.conllu")[1]
    fname = "saudinewsnet.txt.gz" if name == "news" else "arabic_newspapers_corpus.txt.gz"
    out: list[str] = []
    n = 0
    with gzip.open(DATA / "raw_news" / fname, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            out.append(line)
            n += len(line.split())
            if (name == "news" and n >= words) or (name == "papers" and len(out) >= docs):
                break
    return out


def worker(args) -> dict:
    """One cold measurement in this process (``args.src`` is already on sys.path)."""
    import numpy  # noqa: F401  (imported outside the timers, whoever imports it first)
    from khabar.pipeline import Pipeline, registry
    from khabar.text.repair import lexicon
    raws = texts(args.set, args.words, args.docs)
    layer = Pipeline(["repair", "tokens", "sentences", "articles"])
    r0 = time.process_time()
    lexicon()
    r1 = time.process_time()
    prepared = [layer(r) for r in raws]
    r2 = time.process_time()
    morph = registry()["morph"].fn
    from khabar.morph import segmenter, tagger  # imports outside the timer, as numpy's
    prof = None
    if args.profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    c0, w0 = time.process_time(), time.perf_counter()
    segmenter._model()
    tagger.get_tagger()
    c1 = time.process_time()
    for d in prepared:
        morph(d)
    c2, w2 = time.process_time(), time.perf_counter()
    if prof is not None:
        prof.disable()
        prof.dump_stats(args.profile)
    h = hashlib.sha256()
    ntok = nsyn = 0
    for d in prepared:
        for t in d.tokens:
            ntok += 1
            nsyn += len(t.words)
            h.update(json.dumps([[w.text, w.upos, w.lemma] for w in t.words],
                                ensure_ascii=False).encode())
    nw = sum(len(r.split()) for r in raws)
    return {"set": args.set, "docs": len(raws), "words": nw, "tokens": ntok, "syn": nsyn,
            "repair_load_cpu": round(r1 - r0, 3), "text_cpu": round(r2 - r1, 3),
            "load_cpu": round(c1 - c0, 3), "cpu": round(c2 - c0, 3), "wall": round(w2 - w0, 3),
            "wps_cpu": round(nw / (c2 - c0)), "wps_wall": round(nw / (w2 - w0)),
            "sha256": h.hexdigest()[:16]}


def spawn(src: str, args) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", "--set", args.set,
           "--words", str(args.words), "--docs", str(args.docs)]
    if args.profile:
        cmd += ["--profile", args.profile]
    env = dict(os.environ, PYTHONPATH=src)
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="news", choices=["news", "papers", "padt-test", "padt-dev"])
    ap.add_argument("--words", type=int, default=200_000, help="news: words to read")
    ap.add_argument("--docs", type=int, default=300, help="papers: articles to read")
    ap.add_argument("--src", default=str(ROOT / "src"),
                    help="comma-separated source trees to compare (alternating)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--profile", help="write a cProfile of the timed part here")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args)))
        return 0
    srcs = args.src.split(",")
    print("uptime:", os.popen("uptime").read().strip(), flush=True)
    runs: dict[str, list[dict]] = {s: [] for s in srcs}
    for k in range(args.repeat):
        for s in srcs:
            r = spawn(s, args)
            runs[s].append(r)
            print(f"run {k + 1} {s}: {json.dumps(r)}", flush=True)
    for s in srcs:
        rs = runs[s]
        cpu = statistics.median(r["cpu"] for r in rs)
        wall = statistics.median(r["wall"] for r in rs)
        r0 = rs[0]
        print(f"median {s}: words={r0['words']} tokens={r0['tokens']} syn={r0['syn']} "
              f"load_cpu={statistics.median(r['load_cpu'] for r in rs):.3f}s cpu={cpu:.3f}s "
              f"wall={wall:.3f}s words/s cpu={r0['words'] / cpu:.0f} wall={r0['words'] / wall:.0f}"
              f" sha256={sorted({r['sha256'] for r in rs})}")
        # the fastest run: the least disturbed by other processes on a shared machine
        cmin = min(r["cpu"] for r in rs)
        print(f"min    {s}: load_cpu={min(r['load_cpu'] for r in rs):.3f}s cpu={cmin:.3f}s "
              f"words/s cpu={r0['words'] / cmin:.0f}")
        print(f"text layer {s}: repair model load cpu median "
              f"{statistics.median(r['repair_load_cpu'] for r in rs):.3f}s min "
              f"{min(r['repair_load_cpu'] for r in rs):.3f}s; repair+tokens+sentences+articles "
              f"cpu median {statistics.median(r['text_cpu'] for r in rs):.3f}s min "
              f"{min(r['text_cpu'] for r in rs):.3f}s")
    if len(srcs) == 2:
        a, b = (statistics.median(r["cpu"] for r in runs[s]) for s in srcs)
        print(f"cpu ratio {srcs[1]} / {srcs[0]}: median {b / a:.3f}, min "
              f"{min(r['cpu'] for r in runs[srcs[1]]) / min(r['cpu'] for r in runs[srcs[0]]):.3f}")
    print("uptime:", os.popen("uptime").read().strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
