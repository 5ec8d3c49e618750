"""``khabar evaluate stories``: story clustering scored on the hand-made story gold set.

Gold: ``evaluation/stories/gold.tsv`` (SaudiNewsNet ids with story labels; format, sampling
procedure and annotation guidelines in that folder's README.md). The article text is read
from the shared data (``raw_news/saudinewsnet.*``), never stored in the repository.

The split's articles (with ``--context`` every SaudiNewsNet article crawled on the split's
days, about 5,000) are ingested into a temporary store (or the ``--store`` cache, reused
when it was made from exactly those articles), the stories are rebuilt with the given
parameters, and the grouping of the gold articles is scored against gold with pairwise and
B-cubed P/R/F1. Rows, all from the same run: Khabar's stories; the same with ``window`` 0
(same-day joins only); its near-duplicate clusters alone (wire copies); two title-overlap
baselines (articles linked when their titles share 2 or 3 content words, within the same
``--window``, then connected components); a same-day baseline (one
story per day); all singletons. ``--grid`` (dev only) sweeps the clustering parameters.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from itertools import product
from pathlib import Path

from khabar.corpus.stories_metrics import Clusters, bcubed, pairwise, title_overlap
from khabar.errors import InputError

def gold_file() -> Path:
    """``evaluation/stories/gold.tsv`` of the repository checkout."""
    return Path(__file__).resolve().parents[3] / "evaluation" / "stories" / "gold.tsv"


def read_gold(split: str, path: Path | None = None) -> list[dict[str, str]]:
    """The gold rows of ``split`` (``id, line, newspaper, day, story``) in file order.
    Raises :class:`~khabar.errors.InputError` when the file is missing or the split empty."""
    path = path or gold_file()
    if not path.exists():
        raise InputError(f"gold file {path} not found; run from a repository checkout")
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = [dict(zip(head, ln.split("\t"))) for ln in lines[1:] if ln.strip()]
    rows = [r for r in rows if r["split"] == split]
    if not rows:
        raise InputError(f"no gold articles for split {split!r} in {path}")
    return rows


def read_articles(rows: list[dict[str, str]], data: Path,
                  context: bool = False) -> list[dict[str, str]]:
    """JSONL-ready records (``id, date, source, title, text``) of the gold rows, read from
    SaudiNewsNet by line number; with ``context`` also every other article crawled on the
    split's days (gold rows first). Raises InputError when the data is missing or a line's
    id does not match (a different copy of the corpus)."""
    base = data / "raw_news"
    want = {int(r["line"]): r for r in rows}
    lo, hi = min(r["day"] for r in rows), max(r["day"] for r in rows)
    meta: dict[int, list[str]] = {}
    try:
        with gzip.open(base / "saudinewsnet.meta.tsv.gz", "rt", encoding="utf-8") as f:
            for ln in f:
                x = ln.rstrip("\n").split("\t")
                if x[0].isdigit() and (int(x[0]) in want or
                                       context and lo <= x[3][:10] <= hi):
                    meta[int(x[0])] = x
        out: dict[int, dict[str, str]] = {}
        with gzip.open(base / "saudinewsnet.txt.gz", "rt", encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                m = meta.get(i)
                if m is None:
                    continue
                if i in want and m[1] != want[i]["id"]:
                    raise InputError(f"SaudiNewsNet line {i} is not {want[i]['id']}: "
                                     f"another copy of the corpus?")
                out[i] = {"id": m[1], "date": m[3][:10], "source": m[2], "title": m[5],
                          "text": ln.rstrip("\n")}
    except OSError as exc:
        raise InputError(f"SaudiNewsNet not readable under {base}: {exc}") from None
    if any(i not in out for i in want):
        raise InputError(f"{sum(i not in out for i in want)} gold articles not found in {base}")
    return [out[i] for i in want] + [a for i, a in sorted(out.items()) if i not in want]


# --- Khabar ----------------------------------------------------------------------------

def open_split_store(arts: list[dict[str, str]], where: str) -> object:
    """A store holding ``arts``: the one at ``where`` when its ``.ids`` note says it was
    made from exactly these articles, else ``where`` (re)created and the articles ingested.
    Raises the store's and ingest's errors."""
    import hashlib
    from khabar.corpus import ingest, open_store
    key = hashlib.sha256("\n".join(sorted(a["id"] for a in arts)).encode()).hexdigest()
    note = Path(where + ".ids")
    if Path(where).exists() and note.exists() and note.read_text() == key:
        return open_store(where, create=False)
    for suffix in ("", "-wal", "-shm", ".ids"):
        Path(where + suffix).unlink(missing_ok=True)
    store = open_store(where)
    src = Path(where + ".jsonl")
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts),
                   encoding="utf-8")
    t = time.process_time()
    s = ingest(store, [str(src)])
    src.unlink()
    note.write_text(key)
    print(f"ingested {s.ingested} articles ({s.duplicates} near-duplicates of earlier ones, "
          f"{len(s.failed)} failed) in {time.process_time() - t:.0f} s CPU", file=sys.stderr)
    return store


def khabar_clusters(store: object, params: object) -> tuple[Clusters, Clusters]:
    """(stories, near-duplicate clusters) by article id, after rebuilding the stories."""
    store.update_stories(rebuild=True, params=params)  # type: ignore[attr-defined]
    conn = store.conn  # type: ignore[attr-defined]
    st = {e: str(s) for e, s in conn.execute(
        "SELECT d.ext_id, s.story FROM story_docs s JOIN documents d ON d.id = s.doc")}
    dups = {e: f"d{c}" for e, c in conn.execute(
        "SELECT d.ext_id, x.cluster FROM dups x JOIN documents d ON d.id = x.doc")}
    return st, dups


def _fill(ids: Iterable[str], c: Clusters) -> Clusters:
    """``c`` restricted to ``ids``, with every id it lacks as its own singleton."""
    return {i: c.get(i, "s:" + i) for i in ids}


def _row(name: str, gold: Clusters, pred: Clusters) -> str:
    pp, pr, pf = pairwise(gold, pred)
    bp, br, bf = bcubed(gold, pred)
    n = len(set(pred.values()))
    return (f"| {name} | {n} | {pp:.3f} | {pr:.3f} | {pf:.3f} | {bp:.3f} | {br:.3f} "
            f"| {bf:.3f} |")


HEAD = ("| system | stories | pair P | pair R | pair F1 | B³ P | B³ R | B³ F1 |\n"
        "|---|---|---|---|---|---|---|---|")


def main(argv: list[str] | None = None) -> int:
    """Print the scores; returns 0. Raises InputError for bad options or missing data."""
    from khabar.corpus.stories import StoryParams
    from khabar.evaluate import data_dir
    ap = argparse.ArgumentParser(prog="khabar evaluate stories",
                                 description="Story clustering on the story gold set, with "
                                             "title-overlap and same-day baselines.")
    ap.add_argument("--split", default="dev", choices=("dev", "test"))
    ap.add_argument("--data", type=Path, default=None, help="shared data folder")
    ap.add_argument("--gold", type=Path, default=None, help="gold TSV")
    ap.add_argument("--store", help="cache the ingested split in this SQLite file")
    d = StoryParams()
    ap.add_argument("--threshold", type=float, default=d.threshold)
    ap.add_argument("--min-content", type=float, default=d.min_content)
    ap.add_argument("--window", type=int, default=d.window)
    ap.add_argument("--context", action="store_true",
                    help="cluster every article of the split's days (~5,000), score the gold "
                         "ones")
    ap.add_argument("--grid", action="store_true",
                    help="sweep the parameters (dev only; minutes per setting with --context)")
    ap.add_argument("--errors", action="store_true",
                    help="list wrongly joined and wrongly split pairs (dev only)")
    args = ap.parse_args(argv)
    if (args.grid or args.errors) and args.split != "dev":
        raise InputError("--grid and --errors are for tuning: use them on --split dev only")
    rows = read_gold(args.split, args.gold)
    gold = {r["id"]: r["story"] for r in rows}
    arts = read_articles(rows, args.data or data_dir(), args.context)
    multi = sum(1 for n in Counter(gold.values()).values() if n > 1)
    print(f"stories gold, {args.split}: {len(gold)} articles, {len(set(gold.values()))} "
          f"stories ({multi} with ≥2 articles), days {rows[0]['day']}…"
          f"{max(r['day'] for r in rows)}")
    with tempfile.TemporaryDirectory() as tmp:
        store = open_split_store(arts, args.store or str(Path(tmp) / "stories.db"))
        try:
            if args.grid:
                _grid(store, gold)
                return 0
            p = StoryParams(window=args.window, threshold=args.threshold,
                            min_content=args.min_content).check()
            same_day, _ = khabar_clusters(store, StoryParams(window=0, threshold=p.threshold,
                                                             min_content=p.min_content))
            st, dups = khabar_clusters(store, p)
        finally:
            store.close()  # type: ignore[attr-defined]
    print(f"\nKhabar parameters: {p}\n\n{HEAD}")
    print(_row("khabar stories", gold, _fill(gold, st)))
    print(_row("khabar, same day only (window 0)", gold, _fill(gold, same_day)))
    print(_row("khabar near-duplicates only", gold, _fill(gold, dups)))
    for k in (2, 3):
        print(_row(f"baseline: title overlap ≥{k} words, ≤{args.window} days", gold,
                   _fill(gold, title_overlap(arts, k, args.window))))
    print(_row("baseline: same day", gold, _fill(gold, {a["id"]: a["date"] for a in arts})))
    print(_row("baseline: all singletons", gold, {i: i for i in gold}))
    if args.errors:
        _errors(arts, gold, _fill(gold, st))
    return 0


def _errors(arts: list[dict[str, str]], gold: Clusters, pred: Clusters) -> None:
    title = {a["id"]: f"{a['id'][9:]} {a['source']}: {a['title'][:70]}" for a in arts}
    for name, want in (("joined, not gold", False), ("gold, not joined", True)):
        print(f"\n{name}:")
        for a, b in product(gold, gold):
            if a < b and (gold[a] == gold[b]) == want and (pred[a] == pred[b]) != want:
                print(f"  {title[a]}\n    ~ {title[b]}")


def grid_clusters(store: object, params: Iterable[object]) -> Iterable[tuple[object, Clusters]]:
    """``(params, stories by article id)`` for each parameter set, from one reading of the
    features: the pass of :func:`~khabar.corpus.stories.update_stories` on a rebuild, run
    in memory (nothing is written). Raises the store's errors."""
    from khabar.corpus.stories_cluster import Clusterer, StoryState
    from khabar.corpus.stories_features import doc_features
    conn = store.conn  # type: ignore[attr-defined]
    rows = conn.execute("SELECT id, substr(date, 1, 10) AS day, ext_id FROM documents "
                        "WHERE date IS NOT NULL ORDER BY day, id").fetchall()
    ext = {r[0]: r[2] for r in rows}
    docs = list(doc_features(conn, [(r[0], r[1]) for r in rows]))
    for p in params:
        states: dict[int, StoryState] = {}
        cl = Clusterer(p, load_story=states.get)  # type: ignore[arg-type]
        placed = {}
        for d in docs:
            sid, _ = cl.place(d)
            states[sid] = cl.active[sid]
            placed[ext[d.id]] = str(sid)
        yield p, placed


def _grid(store: object, gold: Clusters) -> None:
    from khabar.corpus.stories import StoryParams
    print("| window | threshold | min_content | stories | pair P | pair R | pair F1 | B³ P "
          "| B³ R | B³ F1 |\n|---|---|---|---|---|---|---|---|---|---|")
    params = [StoryParams(window=w, threshold=t, min_content=m) for w, t, m in
              product((1, 3), (0.25, 0.3, 0.35, 0.4, 0.45, 0.5), (0.2, 0.25, 0.3))]
    for p, st in grid_clusters(store, params):
        name = f"{p.window} | {p.threshold} | {p.min_content}"  # type: ignore[attr-defined]
        print(_row(name, gold, _fill(gold, st)))


if __name__ == "__main__":
    sys.exit(main())
