"""Known-item search benchmark: Khabar's analyzed index vs SQLite FTS5 on raw text and vs
FTS5 over Snowball Arabic stems (PyStemmer), side by side in one run.

Corpus: ``--docs`` articles of the ANT corpus (``ant_corpus_v1.1_topics``), deduplicated and
shuffled with a fixed seed. The first ``--targets`` articles with a usable, unique headline are
the known items. Only the article *text* is indexed (never the headline), by all three systems.
Queries, three per target:

* ``headline`` - the headline as a user would paste it (punctuation removed);
* ``keywords`` - its first three content words (function words removed);
* ``typed`` - the same keywords as people often type them: hamzas on alef dropped (أ إ آ → ا),
  a final ة written ه and a final ى written ي, no diacritics.

Each system answers with the same strategy: all words (AND), then documents with some of the
words (OR) to fill up to 100 results, ranked by FTS5 bm25; function words are dropped from
every system's query. The target's rank gives MRR (0 beyond 100) and recall@1/@10.

Dev/test split: the targets alternate dev, test, dev, … in their shuffled order (all queries
of one target are in its split). Khabar's bm25 column weights (surface, host, lemma, stem,
title) are chosen on **dev** only, from the fixed candidates of ``--weights`` (the best dev MRR
over all queries; ties keep the earlier candidate); **test** reports the chosen weights once,
next to the default weights and the baselines, and is never used to choose anything.

    cd /work/main
    PYTHONPATH=src /work/benchenv/bin/python benchmarks/search_known_item.py --jobs 2

Needs PyStemmer in the benchmark environment (``/work/benchenv/bin/pip install PyStemmer``).
Khabar is ingested with ``khabar ingest`` logic into ``--work``/khabar.db; a second run reuses
it (ingest skips what is stored).
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sqlite3
import statistics
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from khabar.lang.stopwords import normalized as stopwords  # noqa: E402
from khabar.text.normalize import normalize  # noqa: E402

DEPTH = 100
#: Candidate bm25 column weights (surface, host, lemma, stem, title), chosen among on dev.
DEFAULT_SWEEP = ("1,1,1,1,1;2,1,1,1,1;1,2,1,1,1;1,1,2,1,1;1,1,1,2,1;1,1,1,1,2;1,1,1,1,4;"
                 "2,1,1,1,2;1,1,0.5,1,1;1,0.5,0.5,2,1")


def words(s: str) -> list[str]:
    """Words of letters, digits and combining marks (so diacritics never split a word)."""
    out, cur = [], []
    for c in s:
        if unicodedata.category(c)[0] in "LNM":
            cur.append(c)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def content_words(ws: list[str]) -> list[str]:
    fw = stopwords("function")
    kept = [w for w in ws if normalize(w) not in fw]
    return kept or ws


_HAMZA_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def typed(word: str) -> str:
    """A word as commonly typed: bare alef, final ة → ه, final ى → ي, no diacritics."""
    w = "".join(c for c in word if unicodedata.category(c) != "Mn").translate(_HAMZA_ALEF)
    if w.endswith("ة"):
        w = w[:-1] + "ه"
    elif w.endswith("ى"):
        w = w[:-1] + "ي"
    return w


def load_corpus(data: Path, n_docs: int, n_targets: int, seed: int):
    path = data / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz"
    seen, docs = set(), []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = (d.get("text") or "").strip()
            key = " ".join(words(normalize(text)))
            if len(key.split()) < 30 or key in seen:
                continue
            seen.add(key)
            docs.append({"id": d["docno"], "text": text, "title": (d.get("title") or "").strip(),
                         "date": (d.get("time") or "")[:10] or None, "source": d.get("src")})
    random.Random(seed).shuffle(docs)
    docs = docs[:n_docs]
    titles: dict[str, int] = {}
    for d in docs:
        k = " ".join(words(normalize(d["title"])))
        titles[k] = titles.get(k, 0) + 1
    targets = []
    for d in docs:
        ws = words(d["title"])
        k = " ".join(words(normalize(d["title"])))
        if len(content_words(ws)) >= 3 and titles[k] == 1:
            targets.append(d)
        if len(targets) >= n_targets:
            break
    queries: dict[str, list[tuple[str, str, str]]] = {"dev": [], "test": []}
    for i, d in enumerate(targets):
        split = queries["dev" if i % 2 == 0 else "test"]
        ws = words(d["title"])
        split.append(("headline", " ".join(ws), d["id"]))
        kw = content_words(ws)[:3]
        split.append(("keywords", " ".join(kw), d["id"]))
        split.append(("typed", " ".join(typed(w) for w in kw), d["id"]))
    return docs, queries


# -- baselines --------------------------------------------------------------------------------

class FTSBaseline:
    def __init__(self, name: str, docs: list[dict], analyze, tokenizer: str) -> None:
        self.name, self.analyze = name, analyze
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize = '{tokenizer}')")
        self.ids = []
        t0 = time.perf_counter()
        for i, d in enumerate(docs):
            self.db.execute("INSERT INTO t(rowid, body) VALUES (?, ?)", (i, analyze(d["text"])))
            self.ids.append(d["id"])
        self.build_s = time.perf_counter() - t0

    def terms(self, q: str) -> list[str]:
        return [t for t in self.analyze(" ".join(content_words(words(q)))).split() if t]

    def search(self, q: str, limit: int = DEPTH) -> list[str]:
        terms = self.terms(q)
        if not terms:
            return []
        quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
        found: list[int] = []
        for op in (" AND ", " OR "):
            if len(found) >= limit or (op == " OR " and len(terms) < 2):
                continue
            rows = self.db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT ?",
                                   (op.join(quoted), limit + len(found))).fetchall()
            have = set(found)
            found += [r[0] for r in rows if r[0] not in have][:limit - len(found)]
        return [self.ids[i] for i in found]


def raw_analyzer(text: str) -> str:
    return text


def snowball_analyzer():
    import Stemmer
    stem = Stemmer.Stemmer("arabic")

    def analyze(text: str) -> str:
        return " ".join(s for s in stem.stemWords(words(text)) if s)
    return analyze


# -- Khabar -----------------------------------------------------------------------------------

class KhabarSystem:
    name = "khabar"

    def __init__(self, docs: list[dict], work: Path, jobs: int) -> None:
        self.weights: tuple[float, ...] | None = None
        from khabar.corpus import ingest, open_store
        work.mkdir(parents=True, exist_ok=True)
        corpus = work / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as f:
            for d in docs:   # the headline is held back: text only
                f.write(json.dumps({"id": d["id"], "text": d["text"], "date": d["date"],
                                    "source": d["source"]}, ensure_ascii=False) + "\n")
        self.store = open_store(str(work / "khabar.db"))
        t0 = time.perf_counter()
        s = ingest(self.store, [str(corpus)], jobs=jobs,
                   progress=lambda s: _tick(s, len(docs)))
        sys.stderr.write("\n")
        self.build_s = time.perf_counter() - t0
        self.ingest = s
        self.ids = dict(self.store.conn.execute("SELECT id, ext_id FROM documents"))

    def search(self, q: str, limit: int = DEPTH) -> list[str]:
        from khabar.errors import KhabarError
        if self.weights is not None:
            self.store.rank_weights = self.weights
        try:
            hits = self.store.search(q, limit=limit, snippets=False)
        except KhabarError:
            return []
        return [self.ids[h.doc] for h in hits]


def _tick(s, total: int) -> None:
    if s.seen % 50 == 0:
        rate = s.seen / max(s.seconds, 1e-9)
        sys.stderr.write(f"\r  khabar ingest {s.seen}/{total}  {rate:.1f} docs/s  "
                         f"ingested {s.ingested} skipped {s.skipped}")
        sys.stderr.flush()


# -- evaluation -------------------------------------------------------------------------------

def evaluate(system, queries) -> dict:
    per_type: dict[str, list[int | None]] = {}
    times = []
    for kind, q, target in queries:
        t0 = time.perf_counter()
        ranked = system.search(q)
        times.append(time.perf_counter() - t0)
        rank = ranked.index(target) + 1 if target in ranked else None
        per_type.setdefault(kind, []).append(rank)
        per_type.setdefault("all", []).append(rank)
    out = {}
    for kind, ranks in per_type.items():
        n = len(ranks)
        out[kind] = {"n": n,
                     "mrr": sum(1 / r for r in ranks if r) / n,
                     "r@1": sum(1 for r in ranks if r == 1) / n,
                     "r@10": sum(1 for r in ranks if r and r <= 10) / n,
                     "r@100": sum(1 for r in ranks if r) / n}
    out["ms_p50"] = 1000 * statistics.median(times)
    out["ms_p95"] = 1000 * sorted(times)[int(0.95 * (len(times) - 1))]
    return out


def parse_weights(spec: str) -> list[tuple[float, ...]]:
    out = []
    for cand in spec.split(";"):
        w = tuple(float(x) for x in cand.split(","))
        if len(w) != 5:
            raise SystemExit(f"--weights: {cand!r} needs five numbers (surface, host, lemma, "
                             f"stem, title)")
        out.append(w)
    return out


KINDS = ["all", "headline", "keywords", "typed"]


def print_table(title: str, results: dict) -> None:
    print(title)
    head = f"{'system':34} " + " ".join(f"{kd + ' MRR':>13} {'R@10':>6}" for kd in KINDS) + \
        f" {'R@1 all':>8} {'p50 ms':>7} {'p95 ms':>7}"
    print(head)
    print("-" * len(head))
    for name, r in results.items():
        cells = " ".join(f"{r[kd]['mrr']:13.3f} {r[kd]['r@10']:6.3f}" for kd in KINDS)
        print(f"{name:34} {cells} {r['all']['r@1']:8.3f} {r['ms_p50']:7.1f} {r['ms_p95']:7.1f}")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--targets", type=int, default=250)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--work", type=Path, default=Path("/tmp/khabar_search_bench"))
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--weights", default=DEFAULT_SWEEP,
                    help="candidate bm25 weights (surface,host,lemma,stem,title), ';' between "
                         "candidates; chosen on dev")
    args = ap.parse_args(argv)

    docs, queries = load_corpus(args.data, args.docs, args.targets, args.seed)
    n_q = sum(len(v) for v in queries.values())
    print(f"corpus: {len(docs)} ANT articles (text only), {n_q} queries ({n_q // 3} targets x "
          f"headline, keywords, typed): dev {len(queries['dev'])}, test {len(queries['test'])}",
          file=sys.stderr)
    systems = [FTSBaseline("fts5-unicode61-raw", docs, raw_analyzer,
                           "unicode61 remove_diacritics 2"),
               FTSBaseline("fts5-snowball", docs, snowball_analyzer(), "ascii"),
               KhabarSystem(docs, args.work, args.jobs)]
    khabar = systems[-1]
    default = tuple(khabar.store.rank_weights)
    # Choose Khabar's weights on dev only.
    sweep = {}
    for w in parse_weights(args.weights):
        khabar.weights = w
        sweep[w] = evaluate(khabar, queries["dev"])
        print(f"  dev sweep weights {w}: MRR {sweep[w]['all']['mrr']:.4f}", file=sys.stderr)
    chosen = max(sweep, key=lambda w: (sweep[w]["all"]["mrr"], -list(sweep).index(w)))
    out: dict = {"docs": len(docs), "default_weights": default, "chosen_weights": chosen,
                 "dev_sweep": {",".join(map(str, w)): r["all"]["mrr"] for w, r in sweep.items()}}
    k = khabar.ingest
    print(f"\nkhabar ingest: {k.ingested} ingested, {k.skipped} skipped, {k.duplicates} near-dups,"
          f" {len(k.failed)} failed, {k.seconds:.1f} s ({k.seen / max(k.seconds, 1e-9):.1f} "
          f"docs/s, --jobs {args.jobs})")
    print(f"khabar weights (surface, host, lemma, stem, title): default {default}, chosen on dev "
          f"{chosen} from {len(sweep)} candidates\n")
    for split in ("dev", "test"):
        results = {}
        for s in systems[:-1]:
            results[s.name] = evaluate(s, queries[split]) | {"build_s": round(s.build_s, 1)}
        for label, w in (("default", default), ("dev-chosen", chosen)):
            khabar.weights = w
            results[f"khabar {label} {','.join(f'{x:g}' for x in w)}"] = \
                evaluate(khabar, queries[split])
        out[split] = {"queries": len(queries[split]), "results": results}
        print_table(f"{split}: {len(queries[split])} queries "
                    f"({len(queries[split]) // 3} targets)", results)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
