"""Name-ness of words in raw news, for the UPOS tagger (``names.tsv.gz`` in ``morph_tag``).

PADT tags most names ``X`` (some ``NOUN``). The NER model's induced lexicon
(``src/khabar/models/ner/lexicon.tsv``, built by ``training/train_ner.py``: a CRF tagged
≈ 4 M tokens of raw news) says, per word without proclitics (kind ``w``, article kept), how often
it was inside a PER / LOC / ORG mention. This command folds those rows to the tagger's
normalized form and writes one coarse bucket per word (:func:`bucket`), read by the tagger as
own and ±1 neighbour features. Run from the repo root:
``PYTHONPATH=src python3 -m training.tag_names`` (deterministic; reads only the NER lexicon).
"""
from __future__ import annotations

import argparse
import gzip
from collections import defaultdict
from pathlib import Path

from khabar.morph.tag_features import normalize

ROOT = Path(__file__).resolve().parents[1]
NER_LEXICON = ROOT / "src" / "khabar" / "models" / "ner" / "lexicon.tsv"
OUT = ROOT / "src" / "khabar" / "models" / "morph_tag" / "names.tsv.gz"
MIN_COUNT = 3   # words tagged fewer times in raw news get no entry


def bucket(n: int, per: int, loc: int, org: int) -> str:
    """``N<share>[P|L|O]``: share of name occurrences (0, <5, <20, <50, <80, ≥80 %) and, from
    20 %, the dominant name type; ``f`` appended for words seen ≥ 200 times."""
    name = per + loc + org
    r = name / n if n else 0.0
    b = 0 if name == 0 else 1 if r < 0.05 else 2 if r < 0.2 else 3 if r < 0.5 else 4 if r < 0.8 else 5
    out = "N%d" % b
    if b >= 3:
        out += "PLO"[max(range(3), key=lambda k: (per, loc, org)[k])]
    if n >= 200:
        out += "f"
    return out


def build(path: Path = NER_LEXICON, min_count: int = MIN_COUNT) -> dict[str, str]:
    """``{normalized word: bucket}`` from the NER lexicon's ``w`` rows."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            kind, key, n, per, loc, org, _ = line.rstrip("\n").split("\t")
            if kind != "w" or not key:
                continue
            a = acc[normalize(key)]
            for i, v in enumerate((n, per, loc, org)):
                a[i] += int(v)
    return {k: bucket(*v) for k, v in sorted(acc.items()) if v[0] >= min_count}


def write(table: dict[str, str], out: Path = OUT) -> None:
    with gzip.GzipFile(out, "wb", mtime=0) as gz:
        gz.write("".join(f"{k}\t{v}\n" for k, v in sorted(table.items())).encode("utf-8"))


def read(path: Path) -> dict[str, str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lexicon", type=Path, default=NER_LEXICON)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    t = build(args.lexicon)
    write(t, args.out)
    print(f"{len(t)} words -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
