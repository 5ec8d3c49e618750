"""Spark scaling: documents/s of ``khabar spark-analyze`` on local[1] and local[2] against a
plain 2-process pool (and, with ``--ingest``, ``khabar ingest --jobs 2``) on the same documents.

    PYTHONPATH=src python3 benchmarks/spark_scaling.py [--docs 20000] [--data ../shared/data]
        [--work /tmp/khabar-spark-bench] [--rows local1,local2,pool2,null2] [--ingest]

Input: the first ``--docs`` SaudiNewsNet documents of ``raw_news`` with their metadata (id,
newspaper, title, url, date), written once as one plain JSONL file under ``--work`` (never
into the repository). Every row runs in a fresh subprocess and analyzes the same file with
the full default pipeline (the same function, :func:`khabar.spark.worker.analyze_record`).

Rows:
  local1, local2  ``khabar.spark.run`` on that master (tables written as Parquet); the JVM
                  start is timed apart; per-partition counters (``KHABAR_SPARK_STATS``) give
                  model-load and analysis seconds summed over the Python workers;
  pool2           a fork pool of 2 processes (models loaded once before the fork, like
                  ``khabar ingest --jobs 2``) running analyze_record and returning the rows
                  to the parent (which writes nothing);
  null2           local[2] with the analysis replaced by a pass-through of the text: the cost
                  of reading, JVM↔Python transfer and Parquet writing alone;
  ingest2         (``--ingest``) ``khabar ingest --jobs 2`` into a fresh SQLite file.

Machine load (``uptime``) is printed before each row: the machine may be shared.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def write_input(data: Path, n: int, path: Path) -> int:
    """The first ``n`` SaudiNewsNet documents as JSONL with their metadata; returns words."""
    words = 0
    with gzip.open(data / "raw_news" / "saudinewsnet.txt.gz", "rt", encoding="utf-8") as texts, \
            gzip.open(data / "raw_news" / "saudinewsnet.meta.tsv.gz", "rt",
                      encoding="utf-8") as meta, open(path, "w", encoding="utf-8") as out:
        next(meta)
        for i, (text, m) in enumerate(zip(texts, meta)):
            if i >= n:
                break
            _, did, paper, date, url, title = m.rstrip("\n").split("\t")
            text = text.rstrip("\n")
            words += len(text.split())
            out.write(json.dumps({"id": did, "source": paper, "date": date[:10], "url": url,
                                  "title": title, "text": text}, ensure_ascii=False) + "\n")
    return words


def tree_cpu(root: int | None = None, split: bool = False) -> float | dict[str, float]:
    """CPU seconds (user + system) of this process and all its live descendants, including
    the children they have reaped (Linux /proc): the JVM, PySpark's daemon and its workers.
    With ``split``: ``{"jvm": …, "python": …}`` (the JVM apart from every Python process)."""
    root = os.getpid() if root is None else root
    tick = os.sysconf("SC_CLK_TCK")
    parent, cpu, java = {}, {}, set()
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                raw = f.read()
        except OSError:
            continue
        name, fields = raw[raw.find("(") + 1:raw.rfind(")")], raw.rsplit(")", 1)[1].split()
        parent[int(d)] = int(fields[1])
        cpu[int(d)] = sum(int(x) for x in fields[11:15]) / tick
        if name == "java":
            java.add(int(d))
    out, todo = {"jvm": 0.0, "python": 0.0}, [root]
    while todo:
        pid = todo.pop()
        out["jvm" if pid in java else "python"] += cpu.get(pid, 0.0)
        todo += [c for c, p in parent.items() if p == pid]
    return out if split else out["jvm"] + out["python"]


def _stats(folder: Path) -> dict[str, float]:
    tot = {"load": 0.0, "analyze": 0.0, "cpu": 0.0, "python": 0.0, "rows": 0, "workers": set()}
    peak = 0.0
    for f in folder.glob("stats-*.jsonl"):
        for line in f.read_text().splitlines():
            s = json.loads(line)
            for k in ("load", "analyze", "cpu", "python", "rows"):
                tot[k] += s[k]
            tot["workers"].add(s["pid"])
            peak = max(peak, s.get("rss_mb", 0))
    tot["workers"] = len(tot["workers"])
    tot["worker_rss_mb"] = peak
    return tot


def row_spark(master: str, src: Path, work: Path, null: bool = False) -> dict:
    stats = work / f"stats-{master.strip('local[]')}-{'null' if null else 'full'}"
    shutil.rmtree(stats, ignore_errors=True)
    stats.mkdir(parents=True)
    os.environ["KHABAR_SPARK_STATS"] = str(stats)
    from khabar.spark.session import get_session
    t0 = time.perf_counter()
    spark = get_session(master, conf={"spark.ui.showConsoleProgress": "false"})
    start = time.perf_counter() - t0
    cpu0 = tree_cpu(split=True)
    out = str(work / f"out-{master.strip('local[]')}")      # no [ ]: Hadoop globs them
    t1 = time.perf_counter()
    if null:
        from khabar.spark.inputs import read_inputs
        [(_, df)] = read_inputs(spark, [str(src)])
        rdd = df.rdd.mapPartitions(lambda rows: ((r[0], r[1]) for r in rows))
        spark.createDataFrame(rdd, "value string, path string").write.mode("overwrite") \
            .parquet(out + "-null")
        docs, failed = sum(1 for _ in open(src, encoding="utf-8")), 0
    else:
        from khabar.spark import run
        s = run([str(src)], out, spark=spark)
        docs, failed = s.documents, s.failed
    wall = time.perf_counter() - t1
    cpu1 = tree_cpu(split=True)
    jvm, python = cpu1["jvm"] - cpu0["jvm"], cpu1["python"] - cpu0["python"]
    cpu_total = jvm + python
    folder = Path(out + ("-null" if null else "/documents"))
    parts = len(list(folder.glob("part-*")))
    spark.stop()
    return {"wall": wall, "start": start, "docs": docs, "failed": failed, "tasks": parts,
            "cpu_total": cpu_total, "cpu_jvm": jvm, "cpu_python": python, **_stats(stats)}


def _pool_task(line: str) -> tuple[int, float, float, dict]:
    """One document: the same record parsing and analysis as a Spark task; the analyzed row
    goes back to the parent (pickled), as rows go back to the JVM."""
    from khabar.io.readers import record_from_line
    from khabar.spark.worker import analyze_record
    t, c = time.perf_counter(), time.process_time()
    row = analyze_record(record_from_line(line, "bench"))
    return (row["error"] is not None, time.perf_counter() - t, time.process_time() - c, row)


def row_pool(src: Path, jobs: int) -> dict:
    import multiprocessing as mp
    from khabar.spark import worker
    t0 = time.perf_counter()
    worker._warm()
    loaded = time.perf_counter() - t0
    lines = open(src, encoding="utf-8").read().splitlines()
    t1, cpu0 = time.perf_counter(), tree_cpu()
    with mp.get_context("fork").Pool(jobs) as pool:
        res = [r[:3] for r in pool.imap(_pool_task, lines, chunksize=4)]
        wall = time.perf_counter() - t1
        cpu_total = tree_cpu() - cpu0
    return {"wall": wall, "start": loaded, "docs": len(res), "failed": sum(r[0] for r in res),
            "analyze": sum(r[1] for r in res), "cpu": sum(r[2] for r in res), "load": loaded,
            "workers": jobs, "cpu_total": cpu_total}


def row_ingest(src: Path, work: Path, jobs: int) -> dict:
    db = work / "ingest.db"
    for p in work.glob("ingest.db*"):
        p.unlink()
    t, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-m", "khabar.cli.main", "ingest", str(src), "--db",
                          str(db), "--jobs", str(jobs), "--json", "--no-progress"],
                         capture_output=True, text=True, env=dict(os.environ))
    wall = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    s = json.loads(out.stdout)
    return {"wall": s["seconds"], "start": wall - s["seconds"], "docs": s["seen"],
            "failed": s["failed"], "cpu_total": r1.ru_utime + r1.ru_stime - r0.ru_utime -
            r0.ru_stime}


def one(name: str, src: Path, work: Path) -> dict:
    if name in ("local1", "local2"):
        return row_spark(f"local[{name[-1]}]", src, work)
    if name == "null2":
        return row_spark("local[2]", src, work, null=True)
    if name == "pool2":
        return row_pool(src, 2)
    if name == "ingest2":
        return row_ingest(src, work, 2)
    raise SystemExit(f"unknown row {name}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=Path("/tmp/khabar-spark-bench"))
    ap.add_argument("--rows", default="local1,local2,pool2,null2")
    ap.add_argument("--ingest", action="store_true", help="add khabar ingest --jobs 2")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    src = args.work / f"saudi-{args.docs}.jsonl"
    if args.one:
        print(json.dumps(one(args.one, src, args.work)))
        return 0
    if not src.exists():
        words = write_input(args.data, args.docs, src)
        print(f"input: {src} ({args.docs:,} documents, {words:,} words)", flush=True)
    rows = args.rows.split(",") + (["ingest2"] if args.ingest else [])
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    results = {}
    for name in rows:
        before = load()
        p = subprocess.run([sys.executable, __file__, "--one", name, "--docs", str(args.docs),
                            "--work", str(args.work)], capture_output=True, text=True, env=env)
        if p.returncode != 0:
            print(f"{name}: failed\n{p.stderr[-3000:]}", file=sys.stderr)
            continue
        r = json.loads(p.stdout.strip().splitlines()[-1])
        r["load_before"], r["load_after"] = before, load()
        results[name] = r
        print(f"{name}: {json.dumps(r)}", flush=True)
    report(results)
    return 0


def report(res: dict) -> None:
    print("\n| run | docs | failed | wall s | docs/s | JVM start s | model load s (workers) "
          "| analysis wall s | analysis CPU s | rest s | all CPU s (JVM / Python) | CPU ms/doc "
          "| load avg before → after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    cores = {"local1": 1, "local2": 2, "pool2": 2, "null2": 2, "ingest2": 2}
    for name, r in res.items():
        rate = r["docs"] / r["wall"] if r["wall"] else 0
        ana, cpu = r.get("analyze"), r.get("cpu")
        spark = name.startswith(("local", "null"))
        rest = None if ana is None else \
            cores[name] * r["wall"] - ana - (r["load"] if spark else 0)
        fmt = (lambda x: "-" if x is None else f"{x:.1f}")
        print(f"| {name} | {r['docs']:,} | {r['failed']} | {r['wall']:.1f} | {rate:.1f} "
              f"| {r['start']:.1f} | {r.get('load', 0):.1f} ({r.get('workers', '-')}) "
              f"| {fmt(ana)} | {fmt(cpu)} | {fmt(rest)} | {fmt(r.get('cpu_total'))} "
              f"({fmt(r.get('cpu_jvm'))} / {fmt(r.get('cpu_python'))}) "
              f"| {1000 * r.get('cpu_total', 0) / max(r['docs'], 1):.0f} "
              f"| {r['load_before']} → {r['load_after']} |")
    if "local1" in res and "local2" in res:
        s = (res["local2"]["docs"] / res["local2"]["wall"]) / \
            (res["local1"]["docs"] / res["local1"]["wall"])
        print(f"\nlocal[2] / local[1] speed: {s:.2f}x (target >= 1.8)")
    if "local2" in res and "pool2" in res:
        o = res["local2"]["wall"] / res["pool2"]["wall"] - 1
        c = res["local2"]["cpu_total"] / res["pool2"]["cpu_total"] - 1
        print(f"Spark local[2] time over the plain 2-process pool: {100 * o:+.1f}% wall, "
              f"{100 * c:+.1f}% CPU (target <= +25%)")
    print("rest = cores x wall - analysis wall - model load: scheduling, JVM<->Python transfer,"
          " Parquet writing and idle cores at the end. The pool loads its models once before "
          "the fork (its JVM start column is that load). Analysis CPU is process CPU time "
          "inside the analysis: the part of the wall time the machine's other load cannot "
          "inflate. All CPU: every process of the run (JVM, Python workers, pool) after start-up.")


if __name__ == "__main__":
    sys.exit(main())
