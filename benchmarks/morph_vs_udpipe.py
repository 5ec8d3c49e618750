"""Morphology side by side, in one run: Khabar vs UDPipe 1 (trained here on PADT train) on the
PADT test text, and Khabar's clitic segmenter vs the pure-Python ``farasa`` segmenter on the
QCRI WikiNews segmentation test set. See ``benchmarks/README.md`` for the environment.

    /work/benchenv/bin/pip install ufal.udpipe farasa       # benchmark env only
    cd /work/main && PYTHONPATH=src /work/benchenv/bin/python benchmarks/morph_vs_udpipe.py \\
        [--data ../shared/data] [--udpipe-model ../bench_udpipe/padt.udpipe] [--repeat 5]
        [--skip udpipe,farasa] [--tables all|padt|wikinews] [--train-only main|lemma]

Table 1 (PADT test, raw text = each gold sentence's ``# text_tokens``, one document per
sentence, the same strings for every system) scores every system's CoNLL-U with
:mod:`khabar.evaluate.conll18`. Each system runs in a fresh subprocess so that its peak RSS
(``ru_maxrss``) is its own.

UDPipe 1 ("UDPipe 1.2" models, PyPI ``ufal.udpipe``) is trained with its standard
tokenizer + tagger + lemmatizer, parser off. Only ~21% of PADT train sentences have lemmas
(the rest carry ``_``), and UDPipe learns ``_`` as a lemma value (its lemma encoding keeps
``_`` apart from the form), so the lemmatizer is a second UDPipe model trained on the
lemma-bearing train sentences only (``--udpipe-lemma-model``): UDPipe row = tokenizer +
UPOS tagger of the main model, then the lemma model's tagger over the same words, keeping the
main model's UPOS and taking the lemma model's lemma. Both models train only when missing.

Table 2 (QCRI WikiNews, Farasa's segmentation scheme) scores the boundaries both schemes
share; see :func:`shared_boundaries` for the mapping.
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import resource
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_MODEL = ROOT.parent / "bench_udpipe" / "padt.udpipe"
PADT = "ud_arabic_padt"

# UDPipe 1 training options (UDPipe 1 user manual, "Training UDPipe Models"): the standard
# tokenizer and tagger, a lower iteration/epoch budget so training fits in <= 45 min on one
# core; the parser is off (the training file has no heads/deprels).
UDPIPE_TOKENIZER_OPTS = "epochs=40;early_stopping=1"
UDPIPE_TAGGER_OPTS = "models=1;use_lemma=0;provide_lemma=0;iterations=10"
UDPIPE_LEMMA_TAGGER_OPTS = "models=1;iterations=10"


# --------------------------------------------------------------------------- data
def read_text(path: Path) -> str:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return fh.read()
    return path.read_text(encoding="utf-8")


def conllu_blocks(text: str) -> list[str]:
    return [b.strip("\n") + "\n\n" for b in text.split("\n\n") if b.strip()]


# --------------------------------------------------------------------------- UDPipe training
def _udpipe_sentences(text: str):
    import ufal.udpipe as u
    fmt = u.InputFormat.newConlluInputFormat()
    fmt.setText(text)
    sents, err = u.Sentences(), u.ProcessingError()
    s = u.Sentence()
    while fmt.nextSentence(s, err):
        sents.append(s)
        s = u.Sentence()
    if err.occurred():
        raise SystemExit(f"udpipe: cannot read training data: {err.message}")
    return sents


def train_udpipe(data: Path, out: Path, lemma: bool) -> None:
    """Train a UDPipe 1 model on PADT train (dev as heldout) and write it to ``out``.
    ``lemma``: the lemma model (tagger only, lemma-bearing sentences only)."""
    import ufal.udpipe as u
    train = read_text(data / PADT / "ar_padt-ud-train.tok-upos.conllu.gz")
    dev = read_text(data / PADT / "ar_padt-ud-dev.tok-upos.conllu")
    if lemma:
        train = "".join(b for b in conllu_blocks(train) if "# lemma_source" in b)
        dev = "".join(b for b in conllu_blocks(dev) if "# lemma_source" in b)
        tok, tag = "none", UDPIPE_LEMMA_TAGGER_OPTS
    else:
        tok, tag = UDPIPE_TOKENIZER_OPTS, UDPIPE_TAGGER_OPTS
    print(f"udpipe train ({'lemma' if lemma else 'main'}): tokenizer={tok!r} tagger={tag!r} "
          f"parser='none' -> {out}", file=sys.stderr, flush=True)
    err = u.ProcessingError()
    t0 = time.perf_counter()
    model = u.Trainer.train("morphodita_parsito", _udpipe_sentences(train),
                            _udpipe_sentences(dev), tok, tag, "none", err)
    if err.occurred():
        raise SystemExit(f"udpipe training failed: {err.message}")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_bytes(model if isinstance(model, bytes) else model.encode("latin-1"))
    tmp.replace(out)
    print(f"udpipe train done in {time.perf_counter() - t0:.0f}s: {out} "
          f"({out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- systems (workers)
# Every worker runs in its own subprocess: "load" = library import + model load + one
# warm-up sentence (not from any test set); "run" = the test text only.
WARMUP = "وأكد الرئيس بالوفدين لسكانها ."
PROCLITICS = frozenset("وفبلكس")
ENCLITICS = frozenset(["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"])


def padt_raws(data: Path) -> tuple[str, list[str]]:
    from khabar.evaluate.morph import read_gold
    return read_gold(data / PADT / "ar_padt-ud-test.tok-upos.conllu")


def padt_khabar(raws: list[str], args) -> dict:
    # the evaluation's own pipeline run (khabar evaluate morph)
    from khabar.evaluate.morph import _morph_ready, run
    t0 = time.perf_counter()
    segment_only = not _morph_ready()
    run([WARMUP], segment_only, None)
    t1 = time.perf_counter()
    system, _, _ = run(raws, segment_only, None)
    t2 = time.perf_counter()
    return {"conllu": system, "load": t1 - t0, "run": t2 - t1,
            "mode": "segment-only (no tagger available)" if segment_only else
            "pipeline repair,tokens,sentences,articles,morph"}


def padt_udpipe(raws: list[str], args) -> dict:
    t0 = time.perf_counter()
    import ufal.udpipe as u
    main_model = u.Model.load(str(args.udpipe_model))
    lemma_model = u.Model.load(str(args.lemma_model))
    if main_model is None or lemma_model is None:
        raise SystemExit(f"udpipe: cannot load {args.udpipe_model} / {args.lemma_model}")
    tokenizer = main_model.newTokenizer(u.Model.DEFAULT)
    writer = u.OutputFormat.newConlluOutputFormat()
    err = u.ProcessingError()

    def analyse(raw: str) -> str:
        tokenizer.setText(raw)
        out = []
        s = u.Sentence()
        while tokenizer.nextSentence(s, err):
            main_model.tag(s, u.Model.DEFAULT, err)          # UPOS (main model)
            upos = [w.upostag for w in s.words]
            lemma_model.tag(s, u.Model.DEFAULT, err)         # lemma (lemma model)
            for i, p in enumerate(upos):
                s.words[i].upostag = p
            out.append(writer.writeSentence(s))
            s = u.Sentence()
        if err.occurred():
            raise SystemExit(f"udpipe: {err.message}")
        return "".join(out)

    analyse(WARMUP)
    t1 = time.perf_counter()
    system = "".join(analyse(raw) for raw in raws)
    t2 = time.perf_counter()
    return {"conllu": system, "load": t1 - t0, "run": t2 - t1,
            "mode": "UDPipe 1 tokenizer+tagger (main) + tagger (lemma model)"}


def farasa_words(segs: list[str]) -> list[str]:
    """Farasa segments of one token -> PADT syntactic words (see README, "Scheme mapping"):
    leading w/f/b/l/k/s segments are proclitic words, one trailing pronoun segment is an
    enclitic word, everything between (article ال, stem, ة/ات/ون suffixes, verb subject
    markers) is one word; a separate ت segment before the enclitic is written ة as PADT does."""
    i = 0
    while i < len(segs) - 1 and segs[i] in PROCLITICS:
        i += 1
    j = len(segs)
    if j - 1 > i and segs[j - 1] in ENCLITICS:
        j -= 1
    stem = segs[i:j]
    words = list(segs[:i])
    if stem:
        w = "".join(stem)
        if j < len(segs) and len(stem) > 1 and stem[-1] == "ت":
            w = w[:-1] + "ة"
        words.append(w)
    return words + list(segs[j:])


def _farasa_segment():
    from farasa.segmentation import segmentLine

    def seg(token: str) -> list[str]:
        out = segmentLine(token)
        return [s for s in "+".join(out).split("+") if s] or [token]
    return seg


def padt_farasa(raws: list[str], args) -> dict:
    t0 = time.perf_counter()
    seg = _farasa_segment()
    seg(WARMUP)
    t1 = time.perf_counter()
    blocks = []
    for raw in raws:
        lines, wid = [], 1
        for tok in raw.split():
            words = farasa_words(seg(tok))
            if len(words) > 1:
                lines.append(f"{wid}-{wid + len(words) - 1}\t{tok}" + "\t_" * 8)
            else:
                words = [tok]
            for w in words:
                lines.append(f"{wid}\t{w}" + "\t_" * 8)
                wid += 1
        blocks.append("\n".join(lines) + "\n\n")
    t2 = time.perf_counter()
    return {"conllu": "".join(blocks), "load": t1 - t0, "run": t2 - t1,
            "mode": "farasa segmentLine per token, mapped to PADT words; no UPOS/lemma"}


# --------------------------------------------------------------------------- WikiNews (Farasa scheme)
def read_wikinews(data: Path) -> list[tuple[str, list[str], list[str] | None]]:
    """(surface word, gold segments, gold tags or None) per line of WikiNews.pos.ref."""
    out = []
    path = data / "qcri_wikinews_seg_pos" / "WikiNews.pos.ref"
    lines = path.read_text(encoding="utf-8").splitlines()[1:]   # header; CRLF handled
    for line in lines:
        line = line.rstrip("\r")
        if not line.strip():
            continue
        seg, _, tag = line.partition("\t")
        segs = seg.split("+")
        if "" in segs:
            segs = [seg]
        tags = tag.split("+")
        tags = tags if len(tags) == len(segs) else None
        out.append((wikinews_surface(segs), segs, tags))
    return out


def wikinews_surface(segs: list[str]) -> str:
    """The written word of gold segments: ل + ال → لل (ل + ال + ل… → لل…), من + ما → مما,
    من + من → ممن,
    أن + لا → ألا; otherwise the segments concatenated."""
    out = ""
    for k, s in enumerate(segs):
        prev = segs[k - 1] if k else ""
        if s == "ال" and prev == "ل":
            s = "ل"
        elif prev == "ال" and k > 1 and segs[k - 2] == "ل" and s.startswith("ل"):
            s = s[1:]
        elif (prev, s) in {("من", "ما"), ("من", "من"), ("أن", "لا")}:
            out = out[:-1]
        out += s
    return out


def wikinews_chunks(words: list[str], size: int = 60) -> list[list[str]]:
    """Runs of words ending at sentence punctuation or a title mark (at most ``size``)."""
    chunks, cur = [], []
    for w in words:
        if w == "#" and cur:
            chunks.append(cur)
            cur = []
        cur.append(w)
        if w in {".", "!", "?", "؟"} or len(cur) >= size:
            chunks.append(cur)
            cur = []
    if cur:
        chunks.append(cur)
    return chunks


def wn_khabar(words: list[str], args) -> dict:
    t0 = time.perf_counter()
    from khabar.morph.segmenter import segment_tokens
    segment_tokens(WARMUP.split())
    t1 = time.perf_counter()
    out = []
    for chunk in wikinews_chunks(words):
        out.extend(list(ws) for ws in segment_tokens(chunk))
    t2 = time.perf_counter()
    return {"segs": out, "load": t1 - t0, "run": t2 - t1,
            "mode": "khabar.morph.segmenter.segment_tokens, one call per sentence-like run"}


def wn_farasa(words: list[str], args) -> dict:
    t0 = time.perf_counter()
    seg = _farasa_segment()
    seg(WARMUP)
    t1 = time.perf_counter()
    out = [seg(w) for w in words]
    t2 = time.perf_counter()
    return {"segs": out, "load": t1 - t0, "run": t2 - t1,
            "mode": "farasa.segmentation.segmentLine, one call per word"}


# Farasa splits these, PADT keeps them one word (كما 308× whole in PADT train, كذلك 18×,
# لأن 86×): not boundaries of the shared scheme.
LEXICALIZED = frozenset([("ك", "ما"), ("ك", "ذلك"), ("ك", "ذا"), ("ل", "أن")])
# Final ي is a pronoun (PADT splits) or, in Farasa's scheme, often a noun suffix (construct
# plural/dual, nisba; tagged NSUFF) that a tagless segmentation cannot tell apart: left out.
SHARED_ENCLITICS = ENCLITICS - {"ي"}


def shared_boundaries(segs: list[str], tags: list[str] | None = None) -> set[tuple[str, int]]:
    """The clitic boundaries both schemes mark, as (side, offset): ("p", n) after the first n
    characters (proclitics و ف ب ل ك س, each a segment/word of its own, not the last one,
    not in LEXICALIZED); ("s", n) before the last n characters (one pronoun enclitic from
    SHARED_ENCLITICS, not the first segment; in the gold it must be tagged PRON). The article
    ال, ة, plural/dual and verb-subject suffixes are not boundaries in PADT and are ignored.
    لل counts as ل + ال. The same function maps gold, Farasa and Khabar segmentations."""
    b = set()
    off = i = 0
    while (i < len(segs) - 1 and segs[i] in PROCLITICS
           and (segs[i], segs[i + 1]) not in LEXICALIZED):
        off += 1
        b.add(("p", off))
        i += 1
    j = len(segs) - 1
    if j > i and segs[j] in SHARED_ENCLITICS and (tags is None or tags[j] == "PRON"):
        b.add(("s", len(segs[j])))
    return b


def wikinews_excluded(segs: list[str], tags: list[str] | None) -> bool:
    """Gold words whose boundary is undecidable across schemes: a verb + نا/ي tagged PRON
    (subject marker in PADT, not split; Farasa's tag does not tell subject from object)."""
    return bool(tags and "V" in tags[:-1] and tags[-1] == "PRON" and segs[-1] in {"نا", "ي"})


def score_wikinews(gold, systems_segs: list[list[str]]) -> dict:
    tp = fp = fn = correct = n = 0
    for (surface, gsegs, tags), ssegs in zip(gold, systems_segs):
        if wikinews_excluded(gsegs, tags):
            continue
        g, s = shared_boundaries(gsegs, tags), shared_boundaries(ssegs)
        n += 1
        correct += g == s
        tp += len(g & s)
        fp += len(s - g)
        fn += len(g - s)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"words": n, "acc": correct / n if n else 0.0, "p": p, "r": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0}


# --------------------------------------------------------------------------- orchestration
PADT_SYSTEMS = {"khabar": padt_khabar, "udpipe": padt_udpipe, "farasa": padt_farasa}
WN_SYSTEMS = {"khabar": wn_khabar, "farasa": wn_farasa}


def worker(args) -> int:
    """Run one system on one test set in this (fresh) process; write a JSON result."""
    table, name = args.worker.split(":")
    if table == "padt":
        _, raws = padt_raws(args.data)
        res = PADT_SYSTEMS[name](raws, args)
    else:
        words = [w for w, _, _ in read_wikinews(args.data)]
        res = WN_SYSTEMS[name](words, args)
    res["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    Path(args.result).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    return 0


def spawn(args, what: str, tmp: Path) -> dict:
    """Run one worker ``args.repeat`` times, each in a fresh process; the output and peak RSS
    of the first run, the fastest load and run times of all (the machine is shared)."""
    results = [_spawn_once(args, what, tmp) for _ in range(max(1, args.repeat))]
    res = results[0]
    res["load"] = min(r["load"] for r in results)
    res["run"] = min(r["run"] for r in results)
    res["maxrss_mb"] = max(r["maxrss_mb"] for r in results)
    return res


def _spawn_once(args, what: str, tmp: Path) -> dict:
    out = tmp / (what.replace(":", "_") + ".json")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", what, "--result", str(out),
           "--data", str(args.data), "--udpipe-model", str(args.udpipe_model),
           "--udpipe-lemma-model", str(args.lemma_model)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    print(f"  running {what} ...", file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, env=env)
    return json.loads(out.read_text(encoding="utf-8"))


def size_mb(*paths: Path) -> float:
    total = 0
    for p in paths:
        if p.is_dir():
            total += sum(f.stat().st_size for f in p.rglob("*")
                         if f.is_file() and f.suffix not in {".md", ".py", ".pyc"})
        elif p.exists():
            total += p.stat().st_size
    return total / 1e6


def model_sizes(args) -> dict[str, tuple[float, str]]:
    models = ROOT / "src" / "khabar" / "models"
    ksize = size_mb(models / "morph_seg", models / "morph_tag")
    rsize = size_mb(models / "repair")
    import importlib.util
    spec = importlib.util.find_spec("farasa")
    fpath = Path(spec.origin).parent / "pickles" if spec and spec.origin else None
    knote = (f"morph_seg+morph_tag {ksize:.1f} MB (the row also loads the text layer's repair "
             f"model, {rsize:.1f} MB)")
    unote = (f"{args.udpipe_model.name} {size_mb(args.udpipe_model):.1f} MB + "
             f"{args.lemma_model.name} {size_mb(args.lemma_model):.1f} MB")
    fnote = ("farasa/pickles (lexicons, incl. a 99k-word cache of segmentations, "
             "hmSeenBefore)")
    return {
        "khabar": (ksize, knote),
        "udpipe": (size_mb(args.udpipe_model, args.lemma_model), unote),
        "farasa": (size_mb(fpath) if fpath else float("nan"), fnote),
    }


def gold_counts(gold_text: str) -> tuple[int, int]:
    from khabar.evaluate.conll18 import load_conllu
    g = load_conllu(gold_text, "gold")
    return len(g.tokens), len(g.words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    ap.add_argument("--udpipe-model", type=Path, default=DEFAULT_MODEL,
                    help="UDPipe main model (tokenizer+tagger); trained here if missing")
    ap.add_argument("--udpipe-lemma-model", type=Path,
                    help="UDPipe lemma model (default: <udpipe-model stem>-lemma.udpipe)")
    ap.add_argument("--train-only", choices=["main", "lemma"], help="train one UDPipe model, exit")
    ap.add_argument("--repeat", type=int, default=1,
                    help="run each system N times (fresh processes); report the fastest times")
    ap.add_argument("--skip", default="", help="comma-separated rows to skip, e.g. udpipe")
    ap.add_argument("--tables", choices=["all", "padt", "wikinews"], default="all",
                    help="which tables to run (wikinews: segmentation only, PADT test untouched)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.lemma_model = args.udpipe_lemma_model or args.udpipe_model.with_name(
        args.udpipe_model.stem + "-lemma.udpipe")
    if args.worker:
        return worker(args)
    if args.train_only:
        train_udpipe(args.data, args.lemma_model if args.train_only == "lemma"
                     else args.udpipe_model, args.train_only == "lemma")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from khabar.evaluate.conll18 import evaluate

    skip = set(filter(None, args.skip.split(",")))
    started = datetime.datetime.now().astimezone()
    print(f"# khabar morphology benchmark, {started:%Y-%m-%d %H:%M %Z}")
    print(f"# command: cd {ROOT} && PYTHONPATH=src {shlex.join([sys.executable] + sys.argv)}")
    print(f"# python {sys.version.split()[0]}; {os.cpu_count()} CPUs on the machine, each "
          f"system in its own subprocess, one after the other, {args.repeat}x (fastest "
          f"times reported); load average at start "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if "udpipe" not in skip:
        for path, kind in ((args.udpipe_model, "main"), (args.lemma_model, "lemma")):
            if not path.exists():
                print(f"# UDPipe {kind} model missing: training it -> {path}", flush=True)
                subprocess.run([sys.executable, str(Path(__file__).resolve()), "--train-only",
                                kind, "--data", str(args.data), "--udpipe-model",
                                str(args.udpipe_model), "--udpipe-lemma-model",
                                str(args.lemma_model)], check=True)
    import tempfile
    sizes = model_sizes(args)
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        # ---------------------------------------------------------------- table 1
        if args.tables != "wikinews":
            gold_text, raws = padt_raws(args.data)
            ntok, nwords = gold_counts(gold_text)
            print(f"\n## Table 1: UD Arabic-PADT test from raw text ({len(raws)} sentences, "
                  f"{ntok} tokens, {nwords} words)")
            print("# raw text: each gold sentence's '# text_tokens' line (space-joined surface "
                  "tokens; PADT's original spacing is not available), one document per sentence, "
                  "identical for every system; scored by khabar.evaluate.conll18 (CoNLL 2018 "
                  "definition). Lemma columns: over words with a gold lemma (152 sentences).")
            print("# words/s = gold syntactic words / seconds; 'run' excludes imports+model load "
                  "(+1 warm-up sentence), 'total' includes them. Peak RSS = ru_maxrss of the "
                  "system's own subprocess.")
            head = (f"{'system':8s} {'Tokens':>7s} {'Words':>7s} {'UPOS':>7s} {'Lemma':>7s} "
                    f"{'LemNoDi':>7s} {'w/s run':>9s} {'w/s total':>9s} {'load s':>7s} "
                    f"{'peakMB':>7s} {'modelMB':>7s}")
            print(head)
            print("-" * len(head))
            notes = []
            for name in ("khabar", "udpipe", "farasa"):
                if name in skip:
                    continue
                res = spawn(args, f"padt:{name}", tmp)
                sc = evaluate(gold_text, res["conllu"])
                has_tags = name != "farasa"
                cols = [sc["Tokens"].f1, sc["Words"].f1] + (
                    [sc["UPOS"].f1, sc["LemmasGold"].f1, sc["LemmasGoldNoDiac"].f1]
                    if has_tags else [None] * 3)
                f = " ".join(f"{100 * c:7.2f}" if c is not None else f"{'—':>7s}" for c in cols)
                run, load = res["run"], res["load"]
                print(f"{name:8s} {f} {nwords / run:9,.0f} {nwords / (run + load):9,.0f} "
                      f"{load:7.1f} {res['maxrss_mb']:7.0f} {sizes[name][0]:7.1f}", flush=True)
                notes.append(f"#   {name}: {res['mode']}; model: {sizes[name][1]}")
            print("\n".join(notes))
            print(f"# UDPipe training options: tokenizer={UDPIPE_TOKENIZER_OPTS!r}, "
                  f"tagger={UDPIPE_TAGGER_OPTS!r}, parser='none'; lemma model: tokenizer='none', "
                  f"tagger={UDPIPE_LEMMA_TAGGER_OPTS!r}, parser='none', trained on the 1,272 "
                  f"lemma-bearing train sentences (dev: its 165)")

        # ---------------------------------------------------------------- table 2
        gold = read_wikinews(args.data)
        nexcl = sum(wikinews_excluded(s, t) for _, s, t in gold)
        print(f"\n## Table 2: clitic segmentation on QCRI WikiNews (Farasa's scheme; "
              f"{len(gold)} words)")
        print("# shared boundaries only: proclitics و ف ب ل ك س (لل = ل + ال) and one pronoun "
              "enclitic (ه ها هم هما هن ك كم كما كن ني نا; not ي: pronoun or noun suffix); "
              "not ك+ما, ك+ذلك, ك+ذا, ل+أن (one word in PADT); the article ال, ة, plural/dual "
              f"and verb-subject suffixes are ignored; {nexcl} gold words (verb + نا/ي "
              "tagged PRON: subject or object) are excluded.")
        print("# Acc = words whose shared boundaries are all right; P/R/F1 over boundaries; "
              "words/s over all words.")
        head = (f"{'system':8s} {'Acc':>7s} {'P':>7s} {'R':>7s} {'F1':>7s} {'w/s run':>9s} "
                f"{'w/s total':>9s} {'load s':>7s} {'peakMB':>7s}")
        print(head)
        print("-" * len(head))
        notes = []
        for name in ("khabar", "farasa"):
            if name in skip or args.tables == "padt":
                continue
            res = spawn(args, f"wn:{name}", tmp)
            sc = score_wikinews(gold, res["segs"])
            run, load = res["run"], res["load"]
            print(f"{name:8s} {100 * sc['acc']:7.2f} {100 * sc['p']:7.2f} {100 * sc['r']:7.2f} "
                  f"{100 * sc['f1']:7.2f} {len(gold) / run:9,.0f} "
                  f"{len(gold) / (run + load):9,.0f} {load:7.1f} {res['maxrss_mb']:7.0f}",
                  flush=True)
            notes.append(f"#   {name}: {res['mode']}")
        print("\n".join(notes))
    print(f"# finished {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
