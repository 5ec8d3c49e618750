"""Snapshot of the default pipeline's full JSON contract on a fixed document set, to check that
a speed change leaves every output byte-identical (session 13's speed work was checked so).

    PYTHONPATH=src python3 benchmarks/output_snapshot.py OUT.jsonl [N_SAUDI=1500]
    python3 benchmarks/output_snapshot.py --diff A.jsonl B.jsonl    # exit 1 if any differ

Documents: the first N_SAUDI SaudiNewsNet documents of the benchmark corpus, the quote
regression sample (``evaluation/quotes/unannotated_sample.txt``) and every ANT/EASC article of the
quote gold (texts only: outputs are compared, never scored). Data: ``$KHABAR_DATA`` or
``../shared/data``. ``--diff`` compares the documents both files hold, layer by layer.
"""
from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def diff(a_path: str, b_path: str) -> int:
    """Print how many documents differ and in which layers; 1 if any do, else 0."""
    a = [json.loads(line) for line in open(a_path, encoding="utf-8")]
    b = {y["id"]: y for y in map(json.loads, open(b_path, encoding="utf-8"))}
    bad = [(x["id"], k) for x in a if x["id"] in b
           for k in x["json"] if x["json"][k] != b[x["id"]]["json"].get(k)]
    both = sum(x["id"] in b for x in a)
    print(f"{both} docs, {len({i for i, _ in bad})} differ; layers: {sorted({k for _, k in bad})}")
    for i, k in bad[:20]:
        print("  ", i, k)
    return 1 if bad else 0


def documents(data: Path, n_saudi: int) -> list[tuple[str, str]]:
    """``(id, text)`` of the snapshot's documents, in a fixed order."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from text_layer import load_corpus
    docs = [(f"saudi{i}", t) for i, t in enumerate(load_corpus(data, 10**9)[:n_saudi])]
    quotes = ROOT / "evaluation" / "quotes"
    gids = {json.loads(line)["docno"] for line in open(quotes / "gold.jsonl", encoding="utf-8")}
    sample = {ln.strip() for ln in open(quotes / "unannotated_sample.txt", encoding="utf-8")
              if ln.strip() and not ln.startswith("#")}
    with gzip.open(data / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz", "rt",
                   encoding="utf-8") as fh:
        docs += [(r["docno"], r["text"]) for r in map(json.loads, fh)
                 if r["docno"] in sample | gids]
    easc = data / "easc_summarization" / "easc.jsonl"
    if easc.exists():
        docs += [(str(r["topic"]), r["article"]) for r in
                 map(json.loads, open(easc, encoding="utf-8")) if str(r["topic"]) in gids]
    return docs


def main() -> int:
    """Write the snapshot (or compare two with ``--diff``)."""
    if sys.argv[1:2] == ["--diff"] and len(sys.argv) == 4:
        return diff(sys.argv[2], sys.argv[3])
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    from khabar.io.jsoncodec import document_to_json
    from khabar.pipeline import Pipeline
    data = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))
    docs = documents(data, int(sys.argv[2]) if len(sys.argv) > 2 else 1500)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for (did, _), doc in zip(docs, Pipeline().pipe([t for _, t in docs], batch_size=64)):
            out.write(json.dumps({"id": did, "json": document_to_json(doc)},
                                 ensure_ascii=False) + "\n")
    print(len(docs), "docs written to", sys.argv[1])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
