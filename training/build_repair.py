"""Build the repair lexicon (word unigrams + hashed word bigrams) from the shared data.

Run from the repository root: ``khabar train repair`` or
``PYTHONPATH=src python3 -m training.build_repair [--data DIR] [--out DIR]``

Sources (see ``src/khabar/models/repair/MODEL_CARD.md`` for licences): raw_news minus the
held-out slice (``khabar.text.repair.heldout``: CRC-32 of the document line mod 50 == 0),
UD PADT train + dev (``# text_tokens``), ANERcorp CAMeL train, EASC articles, ANT v1.1.
Never used: PADT test, ANERcorp test, ZAEBUC, the held-out raw_news slice.
Tokens come from the project tokenizer regex (``TOKEN_RE``) so build and runtime agree; only
Arabic words are counted, bigrams join consecutive Arabic words. Deterministic: fixed file
order, no randomness, gzip mtime 0. Raises ``OSError`` when a source file is missing.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from khabar.evaluate import data_dir
from khabar.text.repair.heldout import raw_news_docs
from khabar.text.repair.lexicon import MODEL_DIR, bigram_hash, key_of, write_model
from khabar.tokenize.tokenizer import TOKEN_RE

MIN_UNIGRAM = 2      # keep words seen at least twice
MIN_BIGRAM = 2       # keep word pairs seen at least twice ...
MAX_BIGRAMS = 1_300_000  # ... and at most this many (most frequent first) to fit 10 MB

_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def padt_sentences(data: Path) -> Iterator[str]:
    """``# text_tokens`` lines of PADT train and dev (never test)."""
    d = data / "ud_arabic_padt"
    for path in (d / "ar_padt-ud-train.tok-upos.conllu.gz", d / "ar_padt-ud-dev.tok-upos.conllu"):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# text_tokens = "):
                    yield line[len("# text_tokens = "):].rstrip("\n")


def anercorp_sentences(data: Path) -> Iterator[str]:
    """Sentences of the ANERcorp CAMeL train split (never test)."""
    words: list[str] = []
    with open(data / "anercorp_camel" / "ANERCorp_CamelLab_train.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if words:
                    yield " ".join(words)
                words = []
            else:
                words.append(parts[0])
    if words:
        yield " ".join(words)


def easc_articles(data: Path) -> Iterator[str]:
    """EASC source articles."""
    with open(data / "easc_summarization" / "easc.jsonl", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line).get("article", "")


def ant_articles(data: Path) -> Iterator[str]:
    """ANT v1.1 titles and texts."""
    with gzip.open(data / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz", "rt",
                   encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            yield f"{obj.get('title', '')}\n{obj.get('text', '')}"


def count(texts: Iterable[str], uni: Counter, bi: Counter) -> int:
    """Add unigram and bigram counts of ``texts``; returns the number of Arabic words."""
    n = 0
    is_ar = _ARABIC_WORD.match
    for text in texts:
        prev = None
        for tok in TOKEN_RE.findall(text):
            if is_ar(tok):
                k = key_of(tok)
                uni[k] += 1
                n += 1
                if prev is not None:
                    bi[bigram_hash(prev, k)] += 1
                prev = k
            else:
                prev = None
    return n


def build(data: Path, out: Path) -> dict[str, int]:
    """Count all sources, prune, write the model; returns statistics."""
    uni: Counter = Counter()
    bi: Counter = Counter()
    stats: dict[str, int] = {}
    sources = (("raw_news (minus held-out)", raw_news_docs(data, held_out=False)),
               ("padt train+dev", padt_sentences(data)),
               ("anercorp train", anercorp_sentences(data)),
               ("easc", easc_articles(data)),
               ("ant v1.1", ant_articles(data)))
    for name, texts in sources:
        t = time.time()
        stats[name] = count(texts, uni, bi)
        print(f"{name}: {stats[name]:,} Arabic words ({time.time() - t:.0f}s)", flush=True)
    total = sum(uni.values())
    kept = sorted(((w, c) for w, c in uni.items() if c >= MIN_UNIGRAM), key=lambda x: (-x[1], x[0]))
    pairs = sorted(((h, c) for h, c in bi.items() if c >= MIN_BIGRAM), key=lambda x: (-x[1], x[0]))
    pairs = pairs[:MAX_BIGRAMS]
    write_model(out, kept, total, dict(pairs))
    stats.update(total=total, types=len(uni), unigrams=len(kept), bigram_types=len(bi),
                 bigrams=len(pairs), min_bigram_kept=pairs[-1][1] if pairs else 0)
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path,
                    default=data_dir())
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args(argv)
    t = time.time()
    stats = build(args.data, args.out)
    size = sum(p.stat().st_size for p in args.out.glob("*.gz"))
    for k, v in stats.items():
        print(f"{k}: {v:,}")
    print(f"model size: {size / 1e6:.2f} MB in {args.out}; build time {time.time() - t:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
