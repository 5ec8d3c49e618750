"""Seeded choice of the later batches of gold articles (``MORE`` in annotations_more.py and
``DEV4`` … ``DEV12`` in annotations_b4.py … annotations_b12.py).

Run once, before annotating, from the repository root::

    python3 evaluation/quotes/select_more.py

Procedure (no Khabar code is used, so the choice does not depend on the extractor):

- candidates are articles not yet in the gold with at least ``MIN_CUES`` cue tokens
  (``CUE_FORMS`` below, with an optional و/ف prefix, hamza forms folded);
- ANT: 500–1,700 characters; shuffled with ``random.Random(SEED)``, then taken round-robin
  over the sections (sorted by name) so that every section is represented, ``N_ANT`` in all;
- EASC: only the newspaper articles (Alwatan, Alrai: listed in the data's ``COPYRIGHT``),
  at most 3,500 characters, shuffled with the same seed, ``N_EASC`` in all;
- the list printed is ANT first, then EASC; annotations_more.py keeps that order, so the
  split rule (position mod 5) applies to it after the first 45 articles;
- ``--batch 3``: a third batch, ANT only, ``N_ANTS[3]`` articles with ``random.Random(SEEDS[3])``,
  batch 2 excluded as well (same round-robin over sections); appended to ``MORE``;
- ``--batch N`` for N = 4 … 13: held-out **dev** batches (each annotated before any system
  output on it, after the rules had been revised on batch N-1): ``N_ANTS[N]`` ANT articles
  with ``random.Random(SEEDS[N])``, every earlier batch and ``EXCLUDE3`` excluded, same
  filter and round-robin; from batch 5 on also up to ``N_EASC_LATER`` EASC newspaper
  articles (the last two went into batch 9); listed in ``annotations_bN.DEVN``.
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_gold import ANT, EASC  # noqa: E402

SEED = 2026
N_ANT, N_EASC, MIN_CUES = 22, 8, 3
# later batches (``--batch N``): seed and number of ANT articles; batches 5 on also take up to
# ``N_EASC_LATER`` EASC newspaper articles (none is left after batch 9)
SEEDS = {3: 2027, 4: 2028, 5: 2029, 6: 2030, 7: 2031, 8: 2032, 9: 2033, 10: 2034, 11: 2035,
         12: 2036, 13: 2037}
N_ANTS = {3: 10, 4: 18, 5: 14, 6: 14, 7: 14, 8: 14, 9: 15, 10: 18, 11: 12, 12: 12, 13: 12}
N_EASC_LATER = 3
# articles the extractor had already been run on during development (an unannotated
# regression sample), left out of batches 3 on so that every annotation precedes any output
EXCLUDE3 = frozenset({"JA-culture-83-20160409", "JA-culture-85-20170403"})
# from this batch on, an ANT article whose text (stripped) equals the text of an article of an
# earlier batch (ANT, or EASC article body) is skipped too (batch 34 held JA-localNews-4723, the
# same text as batch 10's JA-diverse-396 under another docno); earlier batches are unchanged
SAME_TEXT_FROM = 36
CUE_FORMS = ("قال قالت يقول تقول أكد أكدت يؤكد أضاف أضافت يضيف أشار أشارت يشير أوضح أوضحت "
             "صرح صرحت لفت لفتت شدد شددت اعتبر اعتبرت أعلن أعلنت ذكر ذكرت أفاد أفادت كشف "
             "كشفت بين بينت نفى نفت حذر حذرت رأى تابع تابعت مشيرا مؤكدا مضيفا موضحا معتبرا "
             "مشددا قائلا مبينا مشيرة مؤكدة مضيفة موضحة").split()
_FOLD = str.maketrans("أإآ", "ااا")
_CUES = {c.translate(_FOLD) for c in CUE_FORMS}


def cue_count(text: str) -> int:
    """Tokens of ``text`` that are a cue form, optionally after و or ف."""
    n = 0
    for tok in re.findall(r"[\u0621-\u064a]+", text.translate(_FOLD)):
        if tok in _CUES or (tok[:1] in "وف" and tok[1:] in _CUES):
            n += 1
    return n


def newspaper_files() -> set[str]:
    """``category N`` names of the EASC newspaper articles, from COPYRIGHT."""
    text = (EASC.parent / "COPYRIGHT").read_text(encoding="utf-8")
    return {ln.strip().lower() for ln in text.splitlines() if re.match(r"\s+\w.* \d+$", ln)}


def main() -> int:
    import annotations as ann
    import annotations_more as more
    batch = int(sys.argv[2]) if sys.argv[1:2] == ["--batch"] else 2
    batch2 = {d for _, d in more.MORE[:N_ANT + N_EASC]}
    done = set(ann.SELECTED) | set(ann.E) | {d for _, d in more.MORE}
    # the ANT articles left out: batch 3 skips batch 2; batch 4 skips batches 2-3; batch N ≥ 5
    # skips every earlier batch (annotations_b4 … annotations_b{N-1})
    skip = set(ann.SELECTED) | (batch2 if batch == 3 else set())
    if batch >= 4:
        skip |= {d for _, d in more.MORE}
    for k in range(4, batch):
        mod = __import__(f"annotations_b{k}")
        done |= {d for _, d in getattr(mod, f"DEV{k}")}
    if batch >= 5:
        skip |= done
    rng = random.Random(SEEDS.get(batch, SEED))
    by_cat: dict[str, list[str]] = {}
    with gzip.open(ANT, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    seen_texts: set[str] = set()
    if batch >= SAME_TEXT_FROM:
        seen_texts = {r["text"].strip() for r in rows if r["docno"] in skip | done}
        with open(EASC, encoding="utf-8") as fh:
            seen_texts |= {json.loads(ln)["article"].strip() for ln in fh
                           if json.loads(ln)["topic"] in done}
    rows = [r for r in rows if r["docno"] not in skip
            and 500 <= len(r["text"]) <= 1700 and cue_count(r["text"]) >= MIN_CUES]
    rng.shuffle(rows)
    for r in rows:
        if not (batch > 2 and r["docno"] in EXCLUDE3) and r["text"].strip() not in seen_texts:
            by_cat.setdefault(r["category"], []).append(r["docno"])
    picked: list[tuple[str, str]] = []
    cats = sorted(by_cat)
    n_ant = N_ANTS.get(batch, N_ANT)
    while len(picked) < n_ant and any(by_cat.values()):
        for c in cats:
            if by_cat[c] and len(picked) < n_ant:
                picked.append(("ant", by_cat[c].pop(0)))
    papers = newspaper_files()
    with open(EASC, encoding="utf-8") as fh:
        easc = [json.loads(line) for line in fh]
    easc = [r for r in easc if r["topic"] not in (done if batch >= 5 else set(ann.E))
            and re.sub(r"\s*\((\d+)\)\.txt$", r" \1", r["article_file"], flags=re.I).lower()
            in papers and len(r["article"]) <= 3500 and cue_count(r["article"]) >= MIN_CUES]
    rng.shuffle(easc)
    n_easc = N_EASC_LATER if batch >= 5 else 0 if batch > 2 else N_EASC
    picked += [("easc", r["topic"]) for r in easc[:n_easc]]
    for src, docno in picked:
        print(f'("{src}", "{docno}"),' + ("  # already annotated" if docno in done else ""))
    print(f"# {len(picked)} articles: ANT candidates {len(rows)}, EASC candidates {len(easc)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
