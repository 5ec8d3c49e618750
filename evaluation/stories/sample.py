"""Draw the article sample of the story gold set (evaluation/stories/README.md).

Seeded and deterministic: ``python3 evaluation/stories/sample.py [DATA_DIR] > candidates.tsv``
prints, per split, the sampled SaudiNewsNet articles grouped by the seed that brought them in
(``split, group, line, id, newspaper, day, why, title``). Candidates come from cheap word
overlap only (shared rare title words, shared rare body words), never from Khabar's story
clusterer. The gold labels were then decided by reading each group (see the README).
"""
from __future__ import annotations

import gzip
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 6
WINDOWS = {"dev": ("2015-08-01", "2015-08-04"), "test": ("2015-08-08", "2015-08-11")}
SEEDS_PER_SPLIT = 55
TITLE_CANDS, BODY_CANDS = 2, 2      # at most this many of each kind per seed
RARE_TITLE_DF, RARE_BODY_DF = 25, 40
_AR = re.compile(r"[\u0621-\u064A]+")
_STOP = set("""في من على إلى الى عن مع أن ان التي الذي هذا هذه بعد قبل بين خلال حتى كان كانت
وقد قد لا ما لم لن أو او ثم كما حيث منذ عند عبر ضد تحت فوق اليوم أمس غدا وزير العام عام""".split())


def norm(w: str) -> str:
    w = re.sub("[إأآا]", "ا", w).replace("ة", "ه").replace("ى", "ي")
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def words(text: str) -> list[str]:
    return [norm(w) for w in _AR.findall(text) if w not in _STOP and len(w) >= 3]


def load(data: Path) -> list[dict]:
    with gzip.open(data / "raw_news/saudinewsnet.meta.tsv.gz", "rt", encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        meta = [dict(zip(head, ln.rstrip("\n").split("\t"))) for ln in f]
    want = {i for i, m in enumerate(meta)
            if any(a <= m["date_extracted"][:10] <= b for a, b in WINDOWS.values())}
    out = []
    with gzip.open(data / "raw_news/saudinewsnet.txt.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in want:
                m = meta[i]
                out.append({"line": int(m["line"]), "id": m["id"], "paper": m["newspaper"],
                            "day": m["date_extracted"][:10], "title": m["title"],
                            "text": line.rstrip("\n")})
    return out


def draw(arts: list[dict], rng: random.Random) -> list[tuple[int, dict, str]]:
    tdf, bdf = Counter(), Counter()
    for a in arts:
        a["tw"], a["bw"] = set(words(a["title"])), Counter(words(a["text"]))
        tdf.update(a["tw"])
        bdf.update(a["bw"].keys())
    n = len(arts)
    for a in arts:
        a["rt"] = {w for w in a["tw"] if 2 <= tdf[w] <= RARE_TITLE_DF}
        top = sorted(((c * math.log(n / bdf[w]), w) for w, c in a["bw"].items()
                      if 2 <= bdf[w] <= RARE_BODY_DF), reverse=True)[:20]
        a["rb"] = {w for _, w in top}
    seeds = rng.sample(range(n), SEEDS_PER_SPLIT)
    taken: set[int] = set(seeds)
    rows = []
    for g, s in enumerate(seeds):
        a = arts[s]
        rows.append((g, a, "seed"))
        ts = sorted(((sum(math.log(n / tdf[w]) for w in a["rt"] & b["rt"]), j)
                     for j, b in enumerate(arts) if j != s and len(a["rt"] & b["rt"]) >= 2),
                    reverse=True)
        bs = sorted(((len(a["rb"] & b["rb"]), j) for j, b in enumerate(arts)
                     if j != s and len(a["rb"] & b["rb"]) >= 5), reverse=True)
        for kind, cands, k in (("title", ts, TITLE_CANDS), ("body", bs, BODY_CANDS)):
            for _, j in [c for c in cands if c[1] not in taken][:k]:
                taken.add(j)
                rows.append((g, arts[j], kind))
    return rows


def main(argv: list[str]) -> int:
    data = Path(argv[0]) if argv else Path(__file__).resolve().parents[3] / "shared/data"
    arts = load(data)
    print("split\tgroup\tline\tid\tnewspaper\tday\twhy\ttitle")
    for split, (a, b) in WINDOWS.items():
        part = [x for x in arts if a <= x["day"] <= b]
        rng = random.Random(f"{SEED}-{split}")
        for g, x, why in draw(part, rng):
            print(f"{split}\t{g}\t{x['line']}\t{x['id']}\t{x['paper']}\t{x['day']}\t{why}\t"
                  f"{x['title']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
