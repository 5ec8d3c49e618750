"""``khabar evaluate repair``: precision / recall / F0.5 of text repair.

(a) ZAEBUC test split (learner essays, ``splits/test/test.tokens``); (b) a synthetic benchmark
on held-out news (:mod:`khabar.text.repair.synthetic`); (c) the example page. Prints tables;
returns 0, or 2 when the data folder is missing (the message says which path was tried).
"""
from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from khabar.evaluate import data_dir

from khabar.text.normalize import normalize
from khabar.text.repair import propose_repairs
from khabar.text.repair.synthetic import KIND, cases

KINDS = ("split", "spelling", "orthography")
EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "geneva2-page.txt"
EXAMPLE_GOLD = {"الأممالمتحدة": "الأمم المتحدة", "الأممالمتحدةبجنوب": "الأمم المتحدة بجنوب",
                "السملية": "السلمية", "مخميات": "مخيمات", "إعترف": "اعترف",
                "وإلتزام": "والتزام", "وأثني": "وأثنى"}
_EDGE = re.compile(r"^[^\u0621-\u064A]*(.*?)[^\u0621-\u064A]*$")
_HAMZA = str.maketrans("أإآؤئء", "اااوي ")


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
    return p, r, f


def _table(title: str, tp: Counter, pred: Counter, gold: Counter) -> None:
    print(title)
    print(f"  {'kind':<12} {'P':>6} {'R':>6} {'F0.5':>6} {'tp':>6} {'pred':>6} {'gold':>6}")
    for k in KINDS + ("all",):
        if k == "all":
            t, n, g = sum(tp.values()), sum(pred.values()), sum(gold.values())
        else:
            t, n, g = tp[k], pred[k], gold[k]
        p, r, f = _prf(t, n, g)
        print(f"  {k:<12} {p:6.3f} {r:6.3f} {f:6.3f} {t:6d} {n:6d} {g:6d}")


def zaebuc(data: Path) -> None:
    """Score on ZAEBUC test (essay level, raw tokens joined by spaces)."""
    path = data / "zaebuc_spelling_correction" / "splits" / "test" / "test.tokens"
    docs: dict[str, list[tuple[str, str, str]]] = {}
    with open(path, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) >= 5:
                docs.setdefault(f[0], []).append((f[1], f[2], f[4]))
    gold: dict[tuple[int, int, str], str] = {}
    tp, pred, ngold, ignored = Counter(), Counter(), Counter(), Counter()
    touched = 0
    for doc_id, rows in docs.items():
        parts, pos, gold, changed = [], 0, {}, []
        pending: list[str] = []
        for raw, cor, op in rows:
            if not raw:
                pending.append(cor)
                continue
            if pending and op == "EDIT":
                # ZAEBUC writes a split as INSERT rows for the first pieces + EDIT of the rest.
                cor = " ".join(pending + [cor])
            elif pending:
                ignored["INSERT (missing word)"] += len(pending)
            pending = []
            start = pos
            parts.append(raw)
            pos += len(raw) + 1
            if op == "DELETE":
                ignored["DELETE (merge or extra word)"] += 1
                changed.append((start, start + len(raw)))
                continue
            if op != "EDIT":
                continue
            changed.append((start, start + len(raw)))
            m = _EDGE.match(raw)
            w, off = m.group(1), m.start(1)
            c = _EDGE.match(cor).group(1)
            if not w or w == c:
                ignored["punctuation-only edit"] += 1
            elif " " in w:
                ignored["raw token with a space"] += 1
            elif " " in c:
                if c.replace(" ", "") == w:
                    gold[(start + off, start + off + len(w), c)] = "split"
                else:
                    ignored["split combined with other edits"] += 1
            else:
                gold[(start + off, start + off + len(w), c)] = (
                    "orthography" if normalize(w) == normalize(c) else "spelling")
        text = " ".join(parts)
        for k in gold.values():
            ngold[k] += 1
        for r in propose_repairs(text):
            pred[r.kind] += 1
            if (r.start, r.end, r.replacement) in gold:
                tp[r.kind] += 1
            elif any(s <= r.start < e for s, e in changed):
                touched += 1
    print("(a) ZAEBUC test split (31 essays, splits/test/test.tokens)")
    print("  mapping: EDIT raw→corrected that only inserts spaces (ZAEBUC: INSERT rows + EDIT of "
          "the glued raw token) = split; other one-word EDIT "
          "= orthography when normalize() folds both sides to the same form (hamza/alef, ya/"
          "maqsura, ta/ha), else spelling; edge punctuation stripped. Ignored: " +
          ", ".join(f"{k} ×{v}" for k, v in sorted(ignored.items())))
    _table("  exact span+replacement matches:", tp, pred, ngold)
    print(f"  non-matching repairs on words the annotators also changed: {touched}")


def synthetic(data: Path, half: str, n: int) -> None:
    """Score injected errors in held-out news; count repairs on the clean sentences."""
    t = time.time()
    cs = cases(data, half=half, n_per_type=n)
    tp, pred, gold, by_type, hit_type = Counter(), Counter(), Counter(), Counter(), Counter()
    clean_words = clean_reps = 0
    clean_kinds: Counter = Counter()
    for c in cs:
        clean = propose_repairs(c.clean)
        clean_words += len(c.clean.split())
        clean_reps += len(clean)
        clean_kinds.update(r.kind for r in clean)
        before = {(c.clean[r.start:r.end], r.replacement) for r in clean}
        kind = KIND[c.etype]
        gold[kind] += 1
        by_type[c.etype] += 1
        for r in propose_repairs(c.noisy):
            exact = (r.start, r.end, r.replacement) == (c.start, c.end, c.replacement)
            overlaps = r.start < c.end and c.start < r.end
            if not exact and not overlaps and (c.noisy[r.start:r.end], r.replacement) in before:
                continue  # already proposed on the clean sentence: counted below
            pred[r.kind] += 1
            if exact:
                tp[r.kind] += 1
                hit_type[c.etype] += 1
    print(f"(b) synthetic benchmark, held-out raw_news '{half}' half: {len(cs)} sentences, "
          f"one injected error each ({time.time() - t:.0f}s)")
    _table("  exact span+replacement matches (P by predicted kind, R by gold kind):",
           tp, pred, gold)
    print("  recall by error type: " + ", ".join(
        f"{k} {hit_type[k] / by_type[k]:.3f} ({hit_type[k]}/{by_type[k]})" for k in by_type))
    print(f"  repairs on the clean sentences: {clean_reps} in {clean_words} words = "
          f"{1000 * clean_reps / max(clean_words, 1):.2f} per 1,000 clean words "
          f"({dict(clean_kinds)}; an upper bound on false repairs: the news itself has typos)")


def example_page(path: Path = EXAMPLE) -> bool:
    """Check the example page: all eleven defects repaired, nothing else but hamza restoring."""
    raw = path.read_text(encoding="utf-8")
    reps = propose_repairs(raw)
    want = sum(1 for m in re.finditer(r"\S+", raw) if _EDGE.match(m.group()).group(1) in EXAMPLE_GOLD)
    good = false = hamza = 0
    for r in reps:
        seg = raw[r.start:r.end]
        if EXAMPLE_GOLD.get(seg) == r.replacement:
            good += 1
        elif seg.translate(_HAMZA) == r.replacement.translate(_HAMZA):
            hamza += 1
        else:
            false += 1
            print(f"  FALSE: {seg} → {r.replacement} ({r.kind})")
    print(f"(c) example page {path.name}: {good}/{want} defects repaired, {false} false "
          f"repairs, {hamza} hamza restorations")
    return good == want and false == 0


def clean_padt(data: Path) -> None:
    """Repairs proposed on PADT test text (edited newswire): an upper bound on false repairs."""
    from khabar.text.repair import propose_repairs
    path = data / "ud_arabic_padt" / "ar_padt-ud-test.tok-upos.conllu"
    words = 0
    kinds: Counter = Counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text_tokens = "):
                text = line[16:].rstrip("\n")
                words += len(text.split())
                kinds.update(r.kind for r in propose_repairs(text))
    total = sum(kinds.values())
    print(f"(d) PADT test text (edited newswire, {words} words): {total} repairs = "
          f"{1000 * total / max(words, 1):.2f} per 1,000 words {dict(kinds)} (an upper bound on "
          f"false repairs: some fix real typos)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="khabar evaluate repair", description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path,
                    default=data_dir())
    ap.add_argument("--which", choices=("zaebuc", "synthetic", "padt", "all"), default="all")
    ap.add_argument("--half", choices=("test", "dev"), default="test",
                    help="held-out half for the synthetic benchmark (dev is for tuning)")
    ap.add_argument("--n", type=int, default=600, help="synthetic cases per error type")
    args = ap.parse_args(argv)
    if not (args.data / "README.md").exists():
        print(f"error: data folder {args.data} not found (use --data or KHABAR_DATA)")
        return 2
    if args.which in ("zaebuc", "all"):
        zaebuc(args.data)
    if args.which in ("synthetic", "all"):
        synthetic(args.data, args.half, args.n)
    if args.which in ("padt", "all"):
        clean_padt(args.data)
    example_page()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
