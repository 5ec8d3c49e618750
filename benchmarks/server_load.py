"""Loopback load test of ``khabar serve``: concurrent /analyze and /search, then error statuses.

Starts the server in a subprocess on a free loopback port (over ``--db``, or over a small corpus
built in a temporary folder from the sentences of examples/geneva2-page.txt), sends a fixed
number of requests with ``--concurrency`` in flight at once (half POST /analyze of a sentence
or paragraph of the example page, half GET /search of Arabic queries), and prints errors and
p50/p95/max latency per endpoint. Then checks that an oversize body gets 413, malformed JSON
422, an unknown document or entity 404 and a malformed query 400 — never 500. Exit status 1
when any request failed or a status differs.

    PYTHONPATH=src python3 benchmarks/server_load.py --requests 1000 --concurrency 200 [--workers 2]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["الإبراهيمي", "جنيف", "\"الأمم المتحدة\"", "المفاوضات سوريا", "حمص OR جنيف",
           "وفد المعارضة", "الأمين العام بان كي مون", "المساعدات الإنسانية -جنوب",
           "وزير الخارجية الروسي", "هيئة الحكم الانتقالية"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def texts_and_corpus(folder: Path) -> tuple[list[str], Path]:
    """Analyze-request texts (sentences and two-sentence paragraphs of the example page) and a
    JSONL of documents made of them, dated over a week."""
    sys.path.insert(0, str(ROOT / "src"))
    import khabar
    raw = (ROOT / "examples" / "geneva2-page.txt").read_text(encoding="utf-8")
    doc = khabar.analyze(raw, date="2014-02-13")
    sents = [raw[s.start:s.end] for s in doc.sentences]
    paras = [" ".join(sents[i:i + 2]) for i in range(0, len(sents), 2)]
    jsonl = folder / "docs.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"id": f"d{i}", "text": text, "source": "load",
                                "date": f"2014-02-{10 + i % 7:02d}"}, ensure_ascii=False) + "\n" for i, text in enumerate(sents + paras))
    return sents + paras, jsonl


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


async def load(base: str, texts: list[str], n: int, concurrency: int) -> dict[str, dict]:
    import httpx
    sem = asyncio.Semaphore(concurrency)
    stats: dict[str, dict] = {k: {"lat": [], "errors": 0, "codes": {}} for k in
                              ("analyze", "search")}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=120.0, limits=limits) as client:
        async def one(i: int) -> None:
            kind = "analyze" if i % 2 == 0 else "search"
            async with sem:
                t0 = time.perf_counter()
                try:
                    if kind == "analyze":
                        r = await client.post("/analyze", json={"text": texts[i % len(texts)],
                                                                 "date": "2014-02-13"})
                        ok = r.status_code == 200 and r.json()["tokens"]
                    else:
                        r = await client.get("/search", params={"q": QUERIES[i % len(QUERIES)],
                                                                "limit": 10})
                        ok = r.status_code == 200 and "hits" in r.json()
                    code = r.status_code
                except Exception as exc:     # a refused or dropped connection is an error
                    ok, code = False, f"{type(exc).__name__}: {exc}"[:100]
                st = stats[kind]
                st["lat"].append(time.perf_counter() - t0)
                st["codes"][code] = st["codes"].get(code, 0) + 1
                st["errors"] += not ok
        t0 = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(n)))
        wall = time.perf_counter() - t0
    for st in stats.values():
        st["wall"] = wall
    return stats


def status_checks(base: str, max_bytes: int) -> list[tuple[str, int, int]]:
    import httpx
    out = []
    with httpx.Client(base_url=base, timeout=60.0) as c:
        def check(name: str, want: int, r: httpx.Response) -> None:
            out.append((name, want, r.status_code))
        big = json.dumps({"text": "ا" * max_bytes}).encode()
        check("oversize body (POST /analyze)", 413,
              c.post("/analyze", content=big, headers={"content-type": "application/json"}))
        check("malformed JSON (POST /analyze)", 422,
              c.post("/analyze", content=b'{"text": "', headers={"content-type":
                                                                 "application/json"}))
        check("wrong field type (POST /analyze)", 422, c.post("/analyze", json={"text": 7}))
        check("bad date (POST /analyze)", 400,
              c.post("/analyze", json={"text": "قال", "date": "2014-02-31"}))
        check("unknown document id", 404, c.get("/documents/999999"))
        check("unknown document hash", 404, c.get("/documents/" + "f" * 64))
        check("unknown entity", 404, c.get("/entities/كوكب زحل"))
        check("malformed query (unclosed quote)", 400, c.get("/search", params={"q": '"جنيف'}))
        check("bad limit", 422, c.get("/search", params={"q": "جنيف", "limit": -1}))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an existing corpus (default: a small one built here)")
    ap.add_argument("--requests", type=int, default=1000, help="requests in all (default 1000)")
    ap.add_argument("--concurrency", type=int, default=200, help="in flight (default 200)")
    ap.add_argument("--max-bytes", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=1, help="server processes (default 1)")
    args = ap.parse_args(argv)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as tmp:
        texts, jsonl = texts_and_corpus(Path(tmp))
        db = args.db or str(Path(tmp) / "load.db")
        if not args.db:
            subprocess.run([sys.executable, "-m", "khabar.cli.main", "ingest", str(jsonl),
                            "--db", db, "--no-progress"], env=env, check=True,
                           stderr=subprocess.DEVNULL)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "khabar.cli.main", "serve", "--db", db,
                                   "--port", str(port), "--log-level", "warning",
                                   "--max-bytes", str(args.max_bytes),
                                   "--workers", str(args.workers)], env=env)
        try:
            import httpx
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(base + "/stats", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    print("server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
            stats = asyncio.run(load(base, texts, args.requests, args.concurrency))
            checks = status_checks(base, args.max_bytes)
        finally:
            server.terminate()
            server.wait(timeout=30)
    load_avg = os.getloadavg()
    print(f"khabar serve --workers {args.workers}, loopback: {args.requests} requests, "
          f"{args.concurrency} concurrent "
          f"(load average {load_avg[0]:.2f} {load_avg[1]:.2f} {load_avg[2]:.2f}, "
          f"{os.cpu_count()} cores)")
    print(f"{'endpoint':<16}{'requests':>9}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
          f"{'req/s':>8}")
    failed = 0
    for kind, st in stats.items():
        lat = [x * 1000 for x in st["lat"]]
        failed += st["errors"]
        print(f"{'POST /analyze' if kind == 'analyze' else 'GET /search':<16}{len(lat):>9}"
              f"{st['errors']:>8}{pct(lat, 50):>9.1f}{pct(lat, 95):>9.1f}{max(lat):>9.1f}"
              f"{len(lat) / st['wall']:>8.1f}")
        if st["errors"]:
            print(f"  status codes: {st['codes']}")
    print(f"both, wall time {stats['analyze']['wall']:.2f} s")
    print("\nstatus checks:")
    for name, want, got in checks:
        mark = "ok" if want == got else "WRONG"
        failed += want != got
        print(f"  {name:<36} want {want}  got {got}  {mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
