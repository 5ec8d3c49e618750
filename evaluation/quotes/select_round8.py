"""Seeded choice of the blind dev batches 37–76 (round 8), chosen together so that they can be
annotated side by side, with ``select_more.py`` unchanged.

One run of the usual procedure (``select_more.main`` as batch 37: ANT articles of 500–1,700
characters with ≥ 3 cue tokens, every article of batches 4–36 excluded and every article whose
text equals an earlier batch's, shuffled with ``random.Random(SEED)``, round-robin over the
sections) for ``POOL`` articles; an article whose text equals one taken earlier in the same run
is dropped; the first ``12 × 12`` left are cut in order into batches 37, 38, … 48. Batches
49–76 take the next ``28 × 12`` after those, leaving out the articles of the unannotated
regression sample (``unannotated_sample.txt``: helpers read the speakers a rule changed there,
so those articles are not blind any more). The
selection of batch 38 therefore does not read ``annotations_b37.py`` (as batch N ≤ 36 read
batch N-1's): all lists are fixed before any of them is annotated. No Khabar code is used.

    python3 evaluation/quotes/select_round8.py --batch 37   # … 38, …, 76
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import select_more  # noqa: E402
from build_gold import ANT  # noqa: E402

SEED = 2371
FIRST, LAST, PER_BATCH = 37, 76, 12
SAMPLE_FROM = 49        # from this batch on, the regression sample is left out
SAMPLE = Path(__file__).resolve().parent / "unannotated_sample.txt"
POOL = 900


def pool() -> list[tuple[str, str]]:
    """The joint list, duplicates of text inside it removed (and, after the first batches, the
    regression sample), ``(LAST-FIRST+1) × PER_BATCH`` long.

    Raises SystemExit when fewer candidates are left."""
    select_more.SEEDS[FIRST] = SEED
    select_more.N_ANTS[FIRST] = POOL
    argv, sys.argv = sys.argv, [sys.argv[0], "--batch", str(FIRST)]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            select_more.main()
    finally:
        sys.argv = argv
    picked = [tuple(m.groups()) for m in re.finditer(r'\("(\w+)", "([^"]+)"\)', out.getvalue())]
    with gzip.open(ANT, "rt", encoding="utf-8") as fh:
        texts = {r["docno"]: r["text"].strip() for r in map(json.loads, fh)}
    seen: set[str] = set()
    kept = []
    for src, docno in picked:
        if texts[docno] not in seen:
            seen.add(texts[docno])
            kept.append((src, docno))
    head = (SAMPLE_FROM - FIRST) * PER_BATCH
    sample = {ln.strip() for ln in SAMPLE.read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")}
    kept = kept[:head] + [k for k in kept[head:] if k[1] not in sample]
    need = (LAST - FIRST + 1) * PER_BATCH
    if len(kept) < need:
        raise SystemExit(f"only {len(kept)} distinct articles for batches {FIRST}-{LAST}")
    return kept[:need]


def main() -> int:
    """Print batch N's articles (argv ``--batch N``, FIRST ≤ N ≤ LAST)."""
    if sys.argv[1:2] != ["--batch"] or not sys.argv[2:3] or not sys.argv[2].isdigit():
        raise SystemExit("usage: select_round8.py --batch N  (N = 37 … 76)")
    batch = int(sys.argv[2])
    if not FIRST <= batch <= LAST:
        raise SystemExit(f"batch {batch}: this round selects batches {FIRST}-{LAST}")
    k = batch - FIRST
    for src, docno in pool()[k * PER_BATCH:(k + 1) * PER_BATCH]:
        print(f'("{src}", "{docno}"),')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
