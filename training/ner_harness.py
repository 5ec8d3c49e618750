"""Fast dev harness for NER experiments (same dev model as ``training.train_ner --no-final``).

Run from the repository root:
``PYTHONPATH=src python3 -m training.ner_harness [--cache DIR] [--cfg JSON ...] [--tau ...]``

``training.train_ner`` spends most of a dev run building the jackknifed lexicons: three
lexicon-free CRFs (on each half of the first 90% of train and on all of it) each tag 3.9 M
raw-news tokens. Those CRFs use the default features, which an experiment with other
feature switches for the lexicon CRF (``--cfg``), another lexicon encoding (``--cfg
'{"lexicon": ...}'``) or another decoding (``--tau``) leaves unchanged. So the harness builds
the three lexicons once, saves them under ``--cache`` (``rows-0/1/2.tsv``, every row with
≥ 2 occurrences) and then trains only the dev CRF per experiment. For the shipped
configuration this is the repository command's dev model: 81.0 / 81.6 / 81.3 dev, digit for
digit the figure of ``train_ner --no-final``. ``--max-tokens N`` / ``--full`` build a new
cache (use a new ``--cache`` folder) from more raw news / with raw news tagged as at run time
(recall-biased decoding and the consistency pass per document). ``--keep DIR`` keeps the
last dev model; ``--model DIR`` scores such a kept model again without training (e.g. with
other ``--edges``: mention-edge rules of :mod:`khabar.ner.edges` applied to the dev
predictions, one comma-separated set per option, ``none`` or ``all``; default: the runtime's
``RULES``). The test split is never read.
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


def _save(rows, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")


def _load(path: Path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        out.append((p[0], p[1], *map(int, p[2:])))
    return out


def raw_docs(data: Path, max_tokens: int) -> list[list[list[str]]]:
    """:func:`training.ner_lexicon.raw_sentences`, grouped by document (same sentences)."""
    import gzip
    from khabar.pipeline import Pipeline
    from training.ner_lexicon import ANC_SHARE, FILES, MAX_LEN
    pipe = Pipeline(["repair", "tokens", "sentences"])
    docs: list[list[list[str]]] = []
    ntok = 0
    for name, limit in zip(FILES, (max_tokens * ANC_SHARE, max_tokens)):
        with gzip.open(data / "raw_news" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                if ntok >= limit:
                    break
                doc = []
                for toks in pipe(line).tokens_by_sentence():
                    if toks:
                        doc.append([t.norm for t in toks][:MAX_LEN])
                        ntok += len(toks)
                docs.append(doc)
    return docs


def tag_docs(model_path: Path, docs, tau: float | None) -> list[list[str]]:
    """Labels of every sentence as the runtime tags them: Viterbi, recall bias ``tau``, then
    the consistency pass over each document."""
    import pycrfsuite
    from khabar.ner.consistency import propagate
    from khabar.ner.tagger import recall_bias
    feat = Featurizer()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    names = tagger.labels()
    out = []
    for doc in docs:
        labels = []
        for norms in doc:
            tagger.set(feat.sentence(norms))
            labs = tagger.tag()
            if tau is not None:
                recall_bias(tagger, labs, names, tau)
            labels.append(labs)
        propagate(doc, labels, feat)
        out.extend(labels)
    return out


def lexicon_rows(fit, data: Path, cache: Path, params: dict, rare_drop: int, log=print,
                 max_tokens: int | None = None, full: bool = False):
    """The three jackknife lexicons of ``fit`` (halves, all), cached under ``cache``
    (``full``: raw news tagged as at run time, see :func:`tag_docs`)."""
    from training.ner_lexicon import CONTEXT, MAX_TOKENS, count, induce, raw_sentences
    paths = [cache / f"rows-{i}.tsv" for i in range(3)]
    if all(p.exists() for p in paths):
        return [_load(p) for p in paths]
    cache.mkdir(parents=True, exist_ok=True)
    docs = None
    if full:
        docs = raw_docs(data, max_tokens or MAX_TOKENS)
        raw = [s for d in docs for s in d]
    else:
        raw = raw_sentences(data, max_tokens) if max_tokens else raw_sentences(data)
    log(f"  raw news: {sum(map(len, raw)):,} tokens", flush=True)
    h = len(fit) // 2
    out = []
    for i, part in enumerate((fit[:h], fit[h:], fit)):
        t0 = time.time()
        path = cache / f"lexbase-{i}.crfsuite"
        T.train(part, Featurizer(), path, params, rare_drop)
        if docs is not None:
            rows = count(raw, tag_docs(path, docs, T.O_THRESHOLD), CONTEXT)
        else:
            rows = induce(path, raw, CONTEXT)
        _save(rows, paths[i])
        out.append(rows)
        log(f"  lexicon {i + 1}/3 ({time.time() - t0:.0f} s)", flush=True)
    return out


def edge_sets(specs) -> list[tuple[str, tuple[str, ...] | None]]:
    """``--edges`` values as ``(name, rules)``: ``none`` (no rule), ``all``, a comma-separated
    list, or nothing (``[("", None)]``: the runtime's rules)."""
    from khabar.ner.edges import ALL_RULES
    out: list[tuple[str, tuple[str, ...] | None]] = []
    for spec in specs or []:
        rules = () if spec == "none" else tuple(ALL_RULES) if spec == "all" else \
            tuple(r for r in spec.split(",") if r)
        out.append((spec, rules))
    return out or [("", None)]


def run(fit, dev, rows, cfg: dict, params: dict, rare_drop: int, taus, name: str,
        keep: Path | None = None, edges=(("", None),), model: Path | None = None) -> None:
    """Train the dev CRF with feature switches ``cfg`` (lexicon PER) and print dev rows, one
    per recall-bias threshold and mention-edge rule set (``model``: a kept dev model to score
    instead of training one)."""
    from training.ner_lexicon import table
    labels = cfg.pop("lexicon", "PER")
    h = len(fit) // 2
    t0 = time.time()
    path = Path(tempfile.mkdtemp(prefix="khabar-nerh-")) / "dev.crfsuite"
    if labels:
        def feat(r):
            return Featurizer(**cfg, lexicon=labels, lexicon_table=table(r, labels))
        parts = [(fit[:h], feat(rows[1])), (fit[h:], feat(rows[0]))]
        dfeat = feat(rows[2])
    else:
        dfeat = Featurizer(**cfg)
        parts = [(fit, dfeat)]
    if model is not None:
        path = model / "dev.crfsuite"
    else:
        T.train_parts(parts, path, params, rare_drop)
    size = path.stat().st_size / 1e6
    for tau in taus:
        for ename, rules in edges:
            res = T.evaluate(dev, dfeat, path, True, tau, rules)
            tag = f" edges={ename}" if ename else ""
            print(format_row(f"{name} tau={tau}{tag}", res,
                             f"{time.time() - t0:.0f} s, {size:.1f} MB"), flush=True)
    if model is not None:
        return
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        path.replace(keep / "dev.crfsuite")
        (keep / "cfg.json").write_text(json.dumps(dict(cfg, lexicon=labels)), encoding="utf-8")
    path.unlink(missing_ok=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=T.DEFAULT_DATA)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/khabar-ner-harness"))
    ap.add_argument("--cfg", action="append", default=[],
                    help='JSON Featurizer switches, e.g. \'{"orgx": true}\' (repeatable)')
    ap.add_argument("--tau", type=lambda x: None if x == "none" else float(x), nargs="*",
                    default=[T.O_THRESHOLD], help="recall-bias thresholds ('none': Viterbi)")
    ap.add_argument("--rare", type=int, default=T.RARE_DROP)
    ap.add_argument("--keep", type=Path, help="keep the (last) dev model in this folder")
    ap.add_argument("--fold", type=int, default=9,
                    help="dev = the FOLD-th tenth of train (9: the last, as train_ner)")
    ap.add_argument("--model", type=Path,
                    help="score the dev model kept in this folder (--keep) instead of training")
    ap.add_argument("--edges", action="append",
                    help="mention-edge rules for the dev predictions: comma-separated names "
                         "of khabar.ner.edges.ALL_RULES, 'none' or 'all' (repeatable; "
                         "default: the runtime's rules)")
    ap.add_argument("--max-tokens", type=int, help="raw-news tokens for a new lexicon cache")
    ap.add_argument("--full", action="store_true",
                    help="new lexicon cache: raw news tagged as at run time (recall bias, "
                         "consistency pass per document)")
    args = ap.parse_args(argv)
    params = dict(T.PARAMS)
    items = T.prepare(read_conll(args.data / T.TRAIN))
    a, b = int(len(items) * args.fold / 10), int(len(items) * (args.fold + 1) / 10)
    if args.fold == 9:
        b = len(items)
        a = int(len(items) * (1 - T.DEV_FRACTION))
    fit, dev = items[:a] + items[b:], items[a:b]
    rows = lexicon_rows(fit, args.data, args.cache, params, args.rare,
                        max_tokens=args.max_tokens, full=args.full)
    print(HEADER, flush=True)
    for c in args.cfg or ["{}"]:
        cfg = dict(T.SHIPPED_FEATURES, **json.loads(c))
        if args.model is not None:
            cfg = json.loads((args.model / "cfg.json").read_text(encoding="utf-8"))
        run(fit, dev, rows, cfg, params, args.rare, args.tau, c, args.keep,
            edge_sets(args.edges), args.model)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
