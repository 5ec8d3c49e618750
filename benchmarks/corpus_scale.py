"""Corpus scale benchmark: ingest documents/s, search latency over ≥ 100k documents, size.

The raw news of the shared data folder (``raw_news/``: SaudiNewsNet 29,506 articles with
id/date/url/title, Arabic Newspapers Corpus 2,900 articles) holds 32,406 real articles, fewer
than 100k. ``make-corpus`` therefore cuts every article into **parts**: consecutive runs of
sentences of at least ``--part-words`` words (default 90; the last, shorter rest joins the part
before it). Each part is one document (``id`` = ``ARTICLE#pN``, the article's title, date,
source and URL). This is labelled as such in every output: the ≥ 100k documents are article
parts, not 100k distinct articles.

Sub-commands (every figure is printed by one of them; ``uptime`` load is printed alongside):

* ``make-corpus --out C.jsonl`` - the parts corpus (JSONL, one document a line);
* ``ingest --corpus C.jsonl --n 2000 --jobs 1,2`` - the **full pipeline** (``khabar ingest``)
  on the first ``--n`` documents into a fresh store per ``--jobs`` value: documents/s, words/s;
* ``build --corpus C.jsonl --db BIG`` - fills a big store with a **lighter analysis** (the
  pipeline ``repair, tokens, sentences, morph`` - exactly what the search index, the snippets
  and the near-duplicate signatures use; no NER, quotes, dates, topic, keywords or summary),
  because the full pipeline over 11 M words takes hours on this shared 2-core machine;
* ``search --db BIG`` - p50/p95 latency of a fixed query set (with snippets, as ``khabar
  search`` prints them, and ranking only);
* ``size --db BIG`` - database bytes per document;
* ``copy --src BIG --db postgresql://…`` - the same rows into another store through
  ``Store.add`` (no re-analysis), to compare backends on the same index;
* ``enrich --db BIG_ENT`` - adds what the light analysis left out and the ``--entity`` and
  ``--topic`` filters need: runs the pipeline's ``articles``, ``ner`` and ``topic`` components
  on every stored analysis (the same components, on the same tokens, sentences and morphology
  as the full pipeline) and writes the entity rows, the topic and the updated analysis; on a
  copy of BIG (resumable). ``enrich --src BIG_ENT --db postgresql://…?schema=NEW --like
  SCHEMA`` makes the PostgreSQL counterpart: a server-side copy of SCHEMA's tables (no
  re-analysis) with the enriched store's entity rows and topics (matched by content hash);
* ``filters --db BIG_ENT`` - p50/p95 latency of ``--entity`` and ``--topic`` filtered queries
  (entities and topics drawn from the store: frequent, middling and rare ones).

``--db`` takes a ``.db`` path or a ``postgresql://`` URL (both backends).

    cd /work/main
    PYTHONPATH=src python3 benchmarks/corpus_scale.py make-corpus --out /tmp/khabar_scale/parts.jsonl
    nice -n 5 env PYTHONPATH=src python3 benchmarks/corpus_scale.py build \\
        --corpus /tmp/khabar_scale/parts.jsonl --db /tmp/khabar_scale/big.db --jobs 2
    PYTHONPATH=src python3 benchmarks/corpus_scale.py search --db /tmp/khabar_scale/big.db
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
#: ``KHABAR_BENCH_SRC`` runs another source tree (``ingest --src``: old and new in one run).
sys.path.insert(0, os.environ.get("KHABAR_BENCH_SRC") or str(ROOT / "src"))

#: The fixed query set: words, inflected/cliticized forms, phrases, OR, exclusion, filters.
QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("السعودية", {}), ("مفاوضات", {}), ("والمفاوضات", {}), ("سوريا", {}), ("اليمن", {}),
    ("الأمم المتحدة", {}), ('"الأمم المتحدة"', {}), ("وزير الخارجية", {}),
    ('"ولي العهد"', {}), ("أسعار النفط", {}), ("النفط OR البترول", {}),
    ("الحوثيين صنعاء", {}), ("مجلس الأمن الدولي", {}), ("الهلال النصر", {}),
    ("كرة القدم -الهلال", {}), ("التعليم الجامعي", {}), ("وزارة الصحة كورونا", {}),
    ("الرياض", {}), ("الاقتصاد السعودي", {}), ("داعش", {}), ("إيران الاتفاق النووي", {}),
    ('"خادم الحرمين الشريفين"', {}), ("المملكة", {}), ("الملك سلمان", {}),
    ("البنك المركزي الفائدة", {}), ("الانتخابات", {}), ("مصر", {"since": "2015-08-01"}),
    ("السعودية", {"since": "2015-07-01", "until": "2015-07-31"}),
    ("الرياض", {"source": "alriyadh"}), ("أمطار", {}),
]


def _load() -> str:
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"


# -- make-corpus -------------------------------------------------------------------------------

_SENT = re.compile(r"(?<=[.!?؟])\s+")


def split_parts(text: str, min_words: int) -> list[str]:
    """Consecutive sentence runs of ≥ ``min_words`` words; a short rest joins the last part."""
    parts: list[str] = []
    cur: list[str] = []
    n = 0
    for s in _SENT.split(text.strip()):
        cur.append(s)
        n += len(s.split())
        if n >= min_words:
            parts.append(" ".join(cur))
            cur, n = [], 0
    if cur:
        if parts and n < min_words // 2:
            parts[-1] += " " + " ".join(cur)
        else:
            parts.append(" ".join(cur))
    return parts


def articles(data: Path) -> Iterator[dict[str, Any]]:
    raw = data / "raw_news"
    with gzip.open(raw / "saudinewsnet.meta.tsv.gz", "rt", encoding="utf-8") as m, \
            gzip.open(raw / "saudinewsnet.txt.gz", "rt", encoding="utf-8") as t:
        next(m)
        for meta, text in zip(m, t):
            _, aid, paper, date, url, title = meta.rstrip("\n").split("\t")
            yield {"id": aid, "text": text.strip(), "title": title, "date": date[:10],
                   "source": paper, "url": url}
    with gzip.open(raw / "arabic_newspapers_corpus.labeled.jsonl.gz", "rt",
                   encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            yield {"id": d["id"], "text": d["text"].strip(), "source": d.get("source")}


def make_corpus(args: argparse.Namespace) -> int:
    args.out.parent.mkdir(parents=True, exist_ok=True)
    n_art = n_docs = n_words = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for a in articles(args.data):
            if not a["text"]:
                continue
            n_art += 1
            for k, part in enumerate(split_parts(a["text"], args.part_words)):
                d = dict(a, id=f"{a['id']}#p{k}", text=part)
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
                n_docs += 1
                n_words += len(part.split())
    print(f"make-corpus: {n_art} real articles -> {n_docs} documents (article parts of >= "
          f"{args.part_words} words at sentence ends), {n_words} words, "
          f"{n_words / max(n_docs, 1):.0f} words/document -> {args.out}")
    return 0


def read_corpus(path: Path, n: int | None = None) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if n is not None and i >= n:
                return
            yield json.loads(line)


# -- ingest (full pipeline) --------------------------------------------------------------------

def _cpu() -> float:
    """User + system CPU seconds of this process and its reaped children (the pool workers:
    a figure the machine's load does not inflate)."""
    import resource
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _fresh(db: str, tag: str) -> str:
    if db.startswith(("postgresql://", "postgres://")):
        sep = "&" if "?" in db else "?"
        return f"{db}{sep}schema=khabar_bench_{tag}"
    p = Path(db)
    out = p.with_name(f"{p.stem}_{tag}{p.suffix}")
    for suffix in ("", "-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    return str(out)


def _drop(url: str) -> None:
    if url.startswith(("postgresql://", "postgres://")):
        from khabar.corpus.postgres import drop_schema
        drop_schema(url)


def _server_cpu(store: Any) -> float | None:
    """CPU seconds of the PostgreSQL backend process serving ``store`` (a server on this
    machine), None for SQLite or when /proc does not show it."""
    if not hasattr(store.conn, "raw"):
        return None
    pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _Split:
    """CPU seconds in this process spent building the rows (``prepare.build``: terms, JSON,
    compression, MinHash) and writing them (``Store.add_many``); with ``--jobs 1`` the
    rest of the process's CPU is the analysis (pipeline) and reading."""

    def __init__(self) -> None:
        self.build = self.write = 0.0

    def timed(self, fn: Any, slot: str) -> Any:
        def wrapper(*a: Any, **kw: Any) -> Any:
            t0 = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                setattr(self, slot, getattr(self, slot) + time.process_time() - t0)
        return wrapper


def _ingest_compare(args: argparse.Namespace) -> int:
    """``--src A,B``: the same ingest with each source tree, alternating, ``--rounds`` times
    (each in its own process), so that old and new code meet the same load."""
    rest = [a for a in sys.argv[1:] if a not in ("--src", args.src)]
    for r in range(args.rounds):
        for k, src in enumerate(args.src.split(",")):
            env = dict(os.environ, KHABAR_BENCH_SRC=str(Path(src).resolve()))
            out = subprocess.run([sys.executable, __file__, *rest, "--tag", f"s{k}"], env=env,
                                 capture_output=True, text=True)
            for line in out.stdout.splitlines():
                print(f"[round {r + 1}, {src}] {line}")
            if out.returncode:
                sys.stderr.write(out.stderr)
                return out.returncode
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    if args.src:
        return _ingest_compare(args)
    import khabar.corpus.prepare as prepare_mod
    from khabar.corpus import ingest, open_store
    sub = args.work / f"subset_{args.n}.jsonl"
    sub.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    with open(sub, "w", encoding="utf-8") as f:
        for d in read_corpus(args.corpus, args.n):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
            words += len(d["text"].split())
    # Load the models first, so that neither run's figures include loading them.
    from khabar.corpus.terms import analyze_terms
    from khabar.pipeline import default_pipeline
    default_pipeline()("تحميل النماذج.")
    analyze_terms("تحميل")
    split = _Split()
    prepare_mod.build = split.timed(prepare_mod.build, "build")
    for jobs in [int(j) for j in args.jobs.split(",")]:
        url = _fresh(args.db, f"j{jobs}{args.tag}")
        _drop(url)
        load0 = _load()
        split.build = split.write = 0.0
        with open_store(url) as store:
            store.add_many = split.timed(store.add_many, "write")
            server0 = _server_cpu(store)
            cpu0 = _cpu()
            s = ingest(store, [str(sub)], jobs=jobs)
            cpu = _cpu() - cpu0
            server = None if server0 is None else _server_cpu(store) - server0
            where = store.location
        rate = s.ingested / s.seconds
        print(f"ingest full pipeline --jobs {jobs}: {s.ingested} docs ({words} words) in "
              f"{s.seconds:.1f} s = {rate:.1f} docs/s, {words / s.seconds:.0f} words/s "
              f"({rate / jobs:.1f} docs/s per process); CPU {cpu:.1f} s = "
              f"{s.ingested / cpu:.1f} docs per CPU-second, {words / cpu:.0f} words per "
              f"CPU-second; failed {len(s.failed)}; load {load0} -> {_load()}; store {where}")
        per = 1000 / max(s.ingested, 1)
        server_ms = "" if server is None else f", database server {server * per:.2f}"
        total = cpu + (server or 0.0)
        if jobs == 1:
            print(f"  CPU ms per document: analysis {(cpu - split.build - split.write) * per:.2f}"
                  f", store rows (prepare.build) {split.build * per:.2f}, store writes "
                  f"(add_many) {split.write * per:.2f}{server_ms}; store share "
                  f"{(split.build + split.write + (server or 0.0)) / total:.1%}; "
                  f"{s.ingested / total:.1f} docs per CPU-second with the server")
        elif server is not None:
            print(f"  CPU ms per document: database server {server * per:.2f}; "
                  f"{s.ingested / total:.1f} docs per CPU-second with the server")
        if not args.keep:
            _drop(url)
    return 0


def run_write(args: argparse.Namespace) -> int:
    """The store side alone: analyze ``--n`` documents once (cached in ``--work``), then time
    ``prepare.build`` (rows: terms, JSON, compression, MinHash) and ``Store.add_many`` (in
    batches of ``ingest.WRITE_BATCH``; client CPU and database server CPU) on the same
    analyses. With ``--src A,B`` each source tree runs in its own process, alternating."""
    if args.src:
        return _ingest_compare(args)
    import pickle

    from khabar.corpus import open_store
    from khabar.corpus.ingest import WRITE_BATCH
    from khabar.corpus.prepare import build, content_hash, parse_date
    from khabar.io.readers import Record
    cache = args.work / f"analyzed_{args.n}.pickle"
    if not cache.exists():
        from khabar.pipeline import default_pipeline
        pipe = default_pipeline()
        pairs = []
        for d in read_corpus(args.corpus, args.n):
            rec = Record(text=d["text"], id=d["id"], title=d.get("title"), date=d.get("date"),
                         url=d.get("url"), source=d.get("source"), origin=d["id"])
            pairs.append((rec, pipe(d["text"], date=parse_date(d.get("date")))))
        with open(cache, "wb") as f:
            pickle.dump(pairs, f)
    with open(cache, "rb") as f:
        pairs = pickle.load(f)
    from khabar.corpus.terms import analyze_terms
    analyze_terms("تحميل")
    t0 = time.process_time()
    prepared = [build(doc, rec, content_hash(rec.text)) for rec, doc in pairs]
    t_build = time.process_time() - t0
    url = _fresh(args.db, f"w{args.tag}")
    _drop(url)
    with open_store(url) as store:
        server0 = _server_cpu(store)
        t0 = time.process_time()
        for i in range(0, len(prepared), WRITE_BATCH):
            store.add_many(prepared[i:i + WRITE_BATCH])
        t_write = time.process_time() - t0
        server = None if server0 is None else _server_cpu(store) - server0
        where = store.location
    _drop(url)
    per = 1000 / len(prepared)
    total = t_build + t_write + (server or 0.0)
    server_ms = "" if server is None else f", database server {server * per:.2f}"
    print(f"store side, {len(prepared)} analyzed documents: CPU ms per document: rows "
          f"(prepare.build) {t_build * per:.2f}, writes (add_many) {t_write * per:.2f}"
          f"{server_ms}; total {total * per:.2f}; load {_load()}; {where}")
    return 0


# -- build (light analysis) ---------------------------------------------------------------------

def _light(d: dict[str, Any]) -> Any:
    from khabar.corpus.prepare import build, content_hash, parse_date
    from khabar.corpus.terms import light_pipeline
    from khabar.io.readers import Record
    rec = Record(text=d["text"], id=d["id"], title=d.get("title"), date=d.get("date"),
                 url=d.get("url"), source=d.get("source"), origin=d["id"])
    doc = light_pipeline()(d["text"], date=parse_date(d.get("date")))
    return build(doc, rec, content_hash(d["text"]))


def run_build(args: argparse.Namespace) -> int:
    import multiprocessing as mp

    from khabar.corpus import open_store
    from khabar.corpus.terms import light_pipeline
    light_pipeline()("تحميل النماذج.")
    t0 = time.perf_counter()
    n = added = 0
    with open_store(args.db) as store:
        todo = (d for d in read_corpus(args.corpus, args.n))
        with mp.get_context("fork").Pool(args.jobs) as pool:
            batch: list[dict[str, Any]] = []

            def flush() -> None:
                nonlocal n, added
                have = store.has(_hash(d["text"]) for d in batch)
                fresh = [d for d in batch if _hash(d["text"]) not in have]
                for p in pool.imap(_light, fresh, chunksize=16):
                    added += store.add(p).status == "ingested"
                n += len(batch)
                batch.clear()
                dt = time.perf_counter() - t0
                sys.stderr.write(f"\r  build {n} seen, {added} added, {n / dt:.0f} docs/s "
                                 f"load {_load()}   ")
                sys.stderr.flush()

            for d in todo:
                batch.append(d)
                if len(batch) >= 2000:
                    flush()
            if batch:
                flush()
        dt = time.perf_counter() - t0
        st = store.stats()
    print(f"\nbuild (light analysis: repair, tokens, sentences, morph) --jobs {args.jobs}: "
          f"{n} documents seen, {added} added in {dt:.0f} s; store holds {st['documents']} "
          f"documents, {st['bytes'] / 1e6:.1f} MB")
    return 0


def _hash(text: str) -> str:
    from khabar.corpus.prepare import content_hash
    return content_hash(text)


def run_copy(args: argparse.Namespace) -> int:
    """Copy a store's rows into another store through :meth:`Store.add` (no re-analysis)."""
    from khabar.corpus import open_store
    from khabar.corpus.prepare import Prepared
    t0 = time.perf_counter()
    n = 0
    with open_store(args.src, create=False) as src, open_store(args.db) as dst:
        rows = src.conn.execute(
            "SELECT d.id, d.hash, d.ext_id, d.title, d.date, d.url, d.source, d.encoding, "
            "d.origin, d.topic, d.n_tokens, d.text, a.json, t.surface, t.host, t.lemma, "
            "t.stem, t.title, o.data, m.sig FROM documents d JOIN analyses a ON a.doc = d.id "
            "JOIN terms t ON t.rowid = d.id JOIN term_offsets o ON o.doc = d.id "
            "LEFT JOIN minhash m ON m.doc = d.id ORDER BY d.id")
        for r in rows:
            doc = r[0]
            ents = src.conn.execute("SELECT canonical, canonical_norm, label, start, \"end\" "
                                    "FROM entities WHERE doc = ?", (doc,)).fetchall()
            quotes = src.conn.execute("SELECT speaker, speaker_norm, start, \"end\", content "
                                      "FROM quotes WHERE doc = ?", (doc,)).fetchall()
            dates = src.conn.execute("SELECT value, start, \"end\" FROM dates WHERE doc = ?",
                                     (doc,)).fetchall()
            p = Prepared(hash=r[1], ext_id=r[2], title=r[3], date=r[4], url=r[5], source=r[6],
                         encoding=r[7], origin=r[8], topic=r[9], n_tokens=r[10], text_z=r[11],
                         analysis_z=r[12], columns=tuple(r[13:17]), title_terms=r[17],
                         offsets=r[18], signature=r[19], entities=ents, quotes=quotes,
                         dates=dates)
            dst.add(p)
            n += 1
            if n % 2000 == 0:
                sys.stderr.write(f"\r  copy {n} documents, {n / (time.perf_counter() - t0):.0f}"
                                 f" docs/s load {_load()}   ")
                sys.stderr.flush()
        st = dst.stats()
    print(f"\ncopy {args.src} -> {dst.location}: {n} documents in "
          f"{time.perf_counter() - t0:.0f} s; target holds {st['documents']} documents")
    return 0


# -- enrich (entities and topics for the big store) ------------------------------------------

ENRICH = ("articles", "ner", "topic")


def _enrich_doc(blob: bytes) -> tuple[list[tuple], str | None, bytes]:
    """Entity rows, topic and re-encoded analysis of one stored light analysis."""
    import zlib

    from khabar.corpus.prepare import ANALYSIS_LEVEL, decode_analysis
    from khabar.io.jsoncodec import document_from_json, dumps
    from khabar.pipeline import registry
    from khabar.text.normalize import normalize
    doc = document_from_json(decode_analysis(bytes(blob)))
    reg = registry()
    for name in ENRICH:
        reg[name].fn(doc)
    ents = [(e.canonical, normalize(e.canonical), e.label, e.start, e.end) for e in doc.entities]
    return (ents, doc.topic[0] if doc.topic else None,
            zlib.compress(dumps(doc).encode("utf-8", "surrogatepass"), ANALYSIS_LEVEL))


def run_enrich(args: argparse.Namespace) -> int:
    if args.src:
        return _enrich_pg(args)
    from khabar.corpus import open_store
    t0 = time.perf_counter()
    n = 0
    with open_store(args.db, create=False) as store:
        c = store.conn
        done = int(store._meta("bench_enriched_upto") or 0)
        ids = [r[0] for r in c.execute("SELECT id FROM documents WHERE id > ? ORDER BY id",
                                       (done,))]
        if args.n is not None:
            ids = ids[:args.n]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = c.execute(f"SELECT doc, json FROM analyses WHERE doc IN "
                             f"({','.join('?' * len(chunk))}) ORDER BY doc", chunk).fetchall()
            out = [(doc, *_enrich_doc(blob)) for doc, blob in rows]
            store._begin()
            c.executemany("DELETE FROM entities WHERE doc = ?", [(d,) for d, *_ in out])
            c.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)",
                          [(d, *e) for d, ents, _, _ in out for e in ents])
            c.executemany("UPDATE documents SET topic = ? WHERE id = ?",
                          [(t, d) for d, _, t, _ in out])
            c.executemany("UPDATE analyses SET json = ? WHERE doc = ?",
                          [(j, d) for d, _, _, j in out])
            store._set_meta("bench_enriched_upto", str(chunk[-1]))
            c.execute("COMMIT")
            n += len(out)
            dt = time.perf_counter() - t0
            sys.stderr.write(f"\r  enrich {n}/{len(ids)} documents, {n / dt:.1f} docs/s, "
                             f"load {_load()}   ")
            sys.stderr.flush()
        c.execute("ANALYZE")
        st = store.stats()
    print(f"\nenrich ({', '.join(ENRICH)} on the stored analyses): {n} documents in "
          f"{time.perf_counter() - t0:.0f} s; store holds {st['documents']} documents, "
          f"{st['entities']} entity rows")
    return 0


_PG_TABLES = ("meta", "documents", "terms", "fts", "term_offsets", "minhash", "lsh", "dups",
              "entities", "quotes", "dates", "analyses")


def _enrich_pg(args: argparse.Namespace) -> int:
    """A server-side copy of schema ``--like`` into the URL's schema, without the analyses
    (not needed to search), plus the SQLite store ``--src``'s entities and topics."""
    from khabar.corpus.postgres import connect
    t0 = time.perf_counter()
    conn, schema, shown = connect(args.db)
    src = args.like
    try:
        if conn.execute("SELECT to_regclass(?)", (f'"{schema}".documents',)).fetchone()[0] is None:
            # Rows first, then the source's indexes (unique ones stand for the keys).
            for t in _PG_TABLES:
                conn.execute(f'CREATE TABLE "{schema}".{t} (LIKE "{src}".{t} INCLUDING DEFAULTS '
                             f'INCLUDING STORAGE)')
                if t != "analyses":
                    conn.execute(f'INSERT INTO "{schema}".{t} SELECT * FROM "{src}".{t}')
                sys.stderr.write(f"\r  copied {t} ({time.perf_counter() - t0:.0f} s)   ")
                sys.stderr.flush()
            conn.execute("SET maintenance_work_mem = '256MB'")
            for (ddl,) in conn.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = ?",
                                       (src,)).fetchall():
                conn.execute(ddl.replace(f" ON {src}.", f' ON "{schema}".'))
        if not Path(args.src).exists():
            print(f"\ncopied schema {src} to {shown}; no {args.src} yet: no entities added")
            return 0
        conn.execute("CREATE TEMP TABLE ent_in(hash TEXT, canonical TEXT, canonical_norm TEXT, "
                     "label TEXT, start INTEGER, \"end\" INTEGER)")
        conn.execute("CREATE TEMP TABLE topic_in(hash TEXT, topic TEXT)")
        lite = __import__("sqlite3").connect(args.src)
        conn.copy("topic_in", None, lite.execute(
            "SELECT hash, topic FROM documents WHERE topic IS NOT NULL").fetchall())
        conn.copy("ent_in", None, lite.execute(
            "SELECT d.hash, e.canonical, e.canonical_norm, e.label, e.start, e.\"end\" "
            "FROM entities e JOIN documents d ON d.id = e.doc").fetchall())
        conn.execute("BEGIN")
        conn.execute("DELETE FROM entities")
        conn.execute("INSERT INTO entities SELECT d.id, e.canonical, e.canonical_norm, e.label, "
                     "e.start, e.\"end\" FROM ent_in e JOIN documents d ON d.hash = e.hash "
                     "ORDER BY d.id, e.start")
        conn.execute("UPDATE documents d SET topic = t.topic FROM topic_in t "
                     "WHERE d.hash = t.hash")
        if conn.execute("SELECT 1 FROM information_schema.columns WHERE table_schema = ? AND "
                        "table_name = 'fts' AND column_name = 'filters'",
                        (schema,)).fetchone() is not None:
            from khabar.corpus.pgmigrate import refresh_filters
            refresh_filters(conn)       # the search table's copies of topics and entities
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        n_ent = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        n_doc = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        conn.close()
    print(f"\nenrich {shown}: copy of schema {src} with {n_ent} entity rows and the topics of "
          f"{args.src}; {n_doc} documents; {time.perf_counter() - t0:.0f} s")
    return 0


# -- search and size ---------------------------------------------------------------------------

def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def run_search(args: argparse.Namespace) -> int:
    from khabar.corpus import open_store
    with open_store(args.db, create=False) as store:
        docs = store.stats()["documents"]
        for q, kw in QUERIES:           # warm-up: caches, the light analyzer's models
            store.search(q, limit=10, **kw)
        load0 = _load()
        for snippets in (True, False):
            times: list[float] = []
            hits = []
            for _ in range(args.repeat):
                for q, kw in QUERIES:
                    t0 = time.perf_counter()
                    res = store.search(q, limit=10, snippets=snippets, **kw)
                    times.append(1000 * (time.perf_counter() - t0))
                    hits.append(len(res))
            print(f"search {'with snippets' if snippets else 'ranking only '} over {docs} "
                  f"documents: {len(QUERIES)} queries x {args.repeat}: p50 "
                  f"{statistics.median(times):.1f} ms, p95 {_pct(times, 0.95):.1f} ms, max "
                  f"{max(times):.1f} ms; mean hits {statistics.mean(hits):.1f}/10; "
                  f"load {load0} -> {_load()}")
        if args.verbose:
            for q, kw in QUERIES:
                t0 = time.perf_counter()
                res = store.search(q, limit=10, **kw)
                print(f"  {1000 * (time.perf_counter() - t0):7.1f} ms {len(res):3d} hits  {q} "
                      f"{kw or ''}")
    return 0


FILTER_WORDS = ("السعودية", "الرياض", "وزير الخارجية", '"ولي العهد"', "مصر", "أسعار النفط")
#: Ranks (by documents) of the entities used as filters: frequent to rare.
ENTITY_RANKS = (1, 2, 3, 5, 10, 20, 50, 100, 300, 1000)


def filter_queries(store: Any) -> list[tuple[str, dict[str, Any]]]:
    """Queries with ``entity`` and ``topic`` filters drawn from the store."""
    c = store.conn
    ents = c.execute("SELECT min(canonical), count(DISTINCT doc) AS n FROM entities "
                     "GROUP BY canonical_norm ORDER BY n DESC, 1 LIMIT ?",
                     (max(ENTITY_RANKS),)).fetchall()
    topics = [r[0] for r in c.execute("SELECT DISTINCT topic FROM documents WHERE topic IS NOT "
                                      "NULL ORDER BY 1")]
    out: list[tuple[str, dict[str, Any]]] = []
    for k, rank in enumerate(ENTITY_RANKS):
        if rank <= len(ents):
            name = ents[rank - 1][0]
            out += [(FILTER_WORDS[(k + j) % len(FILTER_WORDS)], {"entity": name})
                    for j in range(3)]
    for k, topic in enumerate(topics):
        out += [(FILTER_WORDS[(k + j) % len(FILTER_WORDS)], {"topic": topic}) for j in range(2)]
    if ents and topics:
        out += [(w, {"entity": ents[i][0], "topic": t})
                for i, (w, t) in enumerate(zip(FILTER_WORDS, topics))]
    return out


def run_filters(args: argparse.Namespace) -> int:
    from khabar.corpus import open_store
    with open_store(args.db, create=False) as store:
        st = store.stats()
        queries = filter_queries(store)
        for q, kw in queries[:5]:           # warm-up
            store.search(q, limit=10, **kw)
        load0 = _load()
        groups: dict[str, list[float]] = {"entity": [], "topic": [], "entity+topic": []}
        slow: list[tuple[float, str, dict[str, Any], int]] = []
        for _ in range(args.repeat):
            for q, kw in queries:
                t0 = time.perf_counter()
                res = store.search(q, limit=10, **kw)
                ms = 1000 * (time.perf_counter() - t0)
                groups["+".join(k for k in ("entity", "topic") if k in kw)].append(ms)
                slow.append((ms, q, kw, len(res)))
        print(f"filtered search over {st['documents']} documents ({st['entities']} entity rows)"
              f", with snippets, {args.repeat} rounds; load {load0} -> {_load()} ({store.location})")
        for name, times in groups.items():
            if times:
                print(f"  --{name:13s} {len(times) // args.repeat:3d} queries: p50 "
                      f"{statistics.median(times):6.1f} ms, p95 {_pct(times, 0.95):6.1f} ms, "
                      f"max {max(times):6.1f} ms")
        if args.verbose:
            for ms, q, kw, n in sorted(slow, key=lambda x: -x[0])[:15]:
                print(f"  {ms:7.1f} ms {n:3d} hits  {q} {kw}")
    return 0


def run_size(args: argparse.Namespace) -> int:
    from khabar.corpus import open_store
    with open_store(args.db, create=False) as store:
        st = store.stats()
        where = store.location
    n = max(st["documents"], 1)
    print(f"size: {st['documents']} documents, {st['bytes'] / 1e6:.1f} MB = "
          f"{st['bytes'] / n / 1024:.1f} KiB/document ({where})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make-corpus")
    m.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    m.add_argument("--out", type=Path, default=Path("/tmp/khabar_scale/parts.jsonl"))
    m.add_argument("--part-words", type=int, default=90)
    i = sub.add_parser("ingest")
    i.add_argument("--corpus", type=Path, default=Path("/tmp/khabar_scale/parts.jsonl"))
    i.add_argument("--db", default="/tmp/khabar_scale/ingest.db")
    i.add_argument("--work", type=Path, default=Path("/tmp/khabar_scale"))
    i.add_argument("--n", type=int, default=2000)
    i.add_argument("--jobs", default="1,2")
    i.add_argument("--keep", action="store_true")
    i.add_argument("--src", default=None, help="source trees to compare, e.g. /tmp/old/src,src")
    i.add_argument("--rounds", type=int, default=1, help="with --src: alternating rounds")
    i.add_argument("--tag", default="", help=argparse.SUPPRESS)
    w = sub.add_parser("write")
    w.add_argument("--corpus", type=Path, default=Path("/tmp/khabar_scale/parts.jsonl"))
    w.add_argument("--db", default="/tmp/khabar_scale/write.db")
    w.add_argument("--work", type=Path, default=Path("/tmp/khabar_scale"))
    w.add_argument("--n", type=int, default=1000)
    w.add_argument("--src", default=None, help="source trees to compare, e.g. /tmp/old/src,src")
    w.add_argument("--rounds", type=int, default=3, help="with --src: alternating rounds")
    w.add_argument("--tag", default="", help=argparse.SUPPRESS)
    b = sub.add_parser("build")
    b.add_argument("--corpus", type=Path, default=Path("/tmp/khabar_scale/parts.jsonl"))
    b.add_argument("--db", default="/tmp/khabar_scale/big.db")
    b.add_argument("--jobs", type=int, default=2)
    b.add_argument("--n", type=int, default=None)
    c = sub.add_parser("copy")
    c.add_argument("--src", default="/tmp/khabar_scale/big.db")
    c.add_argument("--db", required=True)
    e = sub.add_parser("enrich")
    e.add_argument("--db", default="/tmp/khabar_scale/big_ent.db")
    e.add_argument("--n", type=int, default=None)
    e.add_argument("--src", default=None, help="the enriched SQLite store (PostgreSQL --db)")
    e.add_argument("--like", default="khabar_scale", help="the PostgreSQL schema to copy")
    s = sub.add_parser("search")
    s.add_argument("--db", default="/tmp/khabar_scale/big.db")
    s.add_argument("--repeat", type=int, default=5)
    s.add_argument("--verbose", "-v", action="store_true")
    f = sub.add_parser("filters")
    f.add_argument("--db", default="/tmp/khabar_scale/big_ent.db")
    f.add_argument("--repeat", type=int, default=3)
    f.add_argument("--verbose", "-v", action="store_true")
    z = sub.add_parser("size")
    z.add_argument("--db", default="/tmp/khabar_scale/big.db")
    args = ap.parse_args(argv)
    return {"make-corpus": make_corpus, "ingest": run_ingest, "build": run_build,
            "copy": run_copy, "enrich": run_enrich, "write": run_write, "filters": run_filters,
            "search": run_search, "size": run_size}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
