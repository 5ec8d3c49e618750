"""Build the document-frequency table used by keywords and summaries.

    PYTHONPATH=src python3 -m training.build_idf [--data DIR] [--out FILE] [--min-df 3]

Counts, over the 32,406 raw_news documents (SaudiNewsNet + Arabic Newspapers Corpus, one
document a line), in how many documents each normalized word occurs (project tokenizer +
:func:`khabar.text.normalize.normalize`; tokens with a letter only). Writes
``src/khabar/models/topic/idf.tsv.gz``: a header ``#docs<TAB>N`` then ``word<TAB>df`` for the
words with ``df >= min-df``, sorted by word. Deterministic (gzip mtime 0).
"""
from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.text.normalize import normalize
from khabar.tokenize.tokenizer import TOKEN_RE
from khabar.topics.data import data_dir

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "khabar" / "models" / "topic" / "idf.tsv.gz"
FILES = ("raw_news/saudinewsnet.txt.gz", "raw_news/arabic_newspapers_corpus.txt.gz")
_LETTER = re.compile(r"[^\W\d_]")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="build_idf", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-df", type=int, default=3)
    args = ap.parse_args(argv)
    t0 = time.time()
    data = args.data or data_dir()
    df: Counter[str] = Counter()
    ndocs = 0
    cache: dict[str, str | None] = {}
    for name in FILES:
        with gzip.open(data / name, "rt", encoding="utf-8") as f:
            for line in f:
                ndocs += 1
                seen = set()
                for w in TOKEN_RE.findall(line):
                    n = cache.get(w, 0)
                    if n == 0:
                        n = normalize(w) if _LETTER.search(w) else None
                        if len(cache) < 2_000_000:
                            cache[w] = n
                    if n:
                        seen.add(n)
                df.update(seen)
    buf = io.StringIO()
    buf.write(f"#docs\t{ndocs}\n")
    kept = 0
    for w in sorted(df):
        if df[w] >= args.min_df:
            buf.write(f"{w}\t{df[w]}\n")
            kept += 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                    compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    print(f"idf: {ndocs} docs, {kept} words with df >= {args.min_df} → {args.out} "
          f"({args.out.stat().st_size / 1e6:.2f} MB) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
