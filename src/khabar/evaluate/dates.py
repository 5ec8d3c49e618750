"""``khabar evaluate dates``: temporal-expression detection scored on Wojood DATE/TIME spans.

Wojood (``wojood_sample_nested_ner``) gives one ``token TAG [TAG…]`` line per token (nested
entities: several IOB tags per token), a blank line between sentences. A sentence's text is
its tokens joined by single spaces; every DATE or TIME mention (B- then I- of the same type
on consecutive tokens, at any nesting level) becomes a character span. The finder runs with no
document date (Wojood has none): this scores detection only; values are tested by the
table-driven suites in ``tests/temporal``.

Printed per system: precision/recall/F1 on exact spans and on overlap (a predicted span
counts when it overlaps a gold span, and a gold span is found when some prediction overlaps
it). Systems: ``naive`` (month names and 4-digit years 1000-2099, adjacent ones merged) and
``khabar`` (:func:`khabar.temporal.dates.find_dates`).

Develop on ``--split val``; the default is ``test`` (never tune on it).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Callable

from khabar.errors import InputError
from khabar.evaluate import data_dir

Spans = list[tuple[int, int]]
GOLD_TYPES = ("DATE", "TIME")


def read_wojood(path: Path) -> list[list[tuple[str, list[str]]]]:
    """Sentences as lists of (token, tags); raises InputError when unreadable."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}; pass --gold FILE or "
                         f"set KHABAR_DATA to the shared data folder") from None
    sents: list[list[tuple[str, list[str]]]] = []
    cur: list[tuple[str, list[str]]] = []
    for line in lines:
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split()
        cur.append((parts[0], parts[1:]))
    if cur:
        sents.append(cur)
    if not sents:
        raise InputError(f"{path}: no tokens; is it a Wojood token-per-line file?")
    return sents


def gold_spans(sent: list[tuple[str, list[str]]]) -> tuple[str, Spans]:
    """The sentence text (tokens joined by spaces) and its DATE/TIME character spans."""
    offsets = []
    pos = 0
    for tok, _ in sent:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    text = " ".join(tok for tok, _ in sent)
    spans: set[tuple[int, int]] = set()
    open_: dict[str, int] = {}
    for i, (_, tags) in enumerate(sent):
        seen = set()
        for tag in tags:
            if "-" not in tag:
                continue
            bio, typ = tag.split("-", 1)
            if typ not in GOLD_TYPES:
                continue
            seen.add(typ)
            if bio == "B":
                if typ in open_:
                    spans.add((offsets[open_[typ]][0], offsets[i - 1][1]))
                open_[typ] = i
            elif typ not in open_:
                open_[typ] = i  # an I- without B-: start here
        for typ in list(open_):
            if typ not in seen:
                spans.add((offsets[open_[typ]][0], offsets[i - 1][1]))
                del open_[typ]
    for typ, s in open_.items():
        spans.add((offsets[s][0], offsets[-1][1]))
    return text, sorted(spans)


_MONTHS_RE = None


def naive(text: str) -> Spans:
    """Month names (both calendars) and 4-digit years 1000-2099; adjacent ones merged."""
    global _MONTHS_RE
    if _MONTHS_RE is None:
        from khabar.lang.calendar import GREGORIAN_MONTHS
        words = sorted({w for k in GREGORIAN_MONTHS for w in ((k,) if isinstance(k, str)
                                                               else (" ".join(k),))},
                       key=len, reverse=True)
        _MONTHS_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words))
                                + r"|1\d{3}|20\d\d)(?!\w)")
    spans: Spans = []
    for m in _MONTHS_RE.finditer(text):
        if spans and text[spans[-1][1]:m.start()].strip() in ("", "/", "(", ")"):
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans


def khabar_system(text: str) -> Spans:
    from khabar.temporal.dates import find_dates
    return [(s, e) for s, e, _ in find_dates(text, None)]


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(data: list[tuple[str, Spans]], system: Callable[[str], Spans]
          ) -> tuple[dict[str, tuple[float, float, float]], float, list]:
    """Exact and overlap P/R/F1, seconds, and (text, gold, pred) of sentences with errors."""
    n_p = n_g = exact = ov_p = ov_g = 0
    errors = []
    t0 = time.perf_counter()
    preds = [system(text) for text, _ in data]
    secs = time.perf_counter() - t0
    for (text, gold), pred in zip(data, preds):
        n_p += len(pred)
        n_g += len(gold)
        gs = set(gold)
        exact += sum(1 for s in pred if s in gs)
        ov_p += sum(1 for s, e in pred if any(s < ge and gs_ < e for gs_, ge in gold))
        ov_g += sum(1 for gs_, ge in gold if any(s < ge and gs_ < e for s, e in pred))
        if set(pred) != gs:
            errors.append((text, gold, pred))
    return ({"exact": _prf(exact, n_p, exact, n_g), "overlap": _prf(ov_p, n_p, ov_g, n_g)},
            secs, errors)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="khabar evaluate dates", description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("test", "val", "train"), default="test",
                    help="Wojood part to score (develop on val; default test)")
    ap.add_argument("--gold", type=Path, help="a Wojood file (overrides --split)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print the first N sentences where khabar differs from gold")
    args = ap.parse_args(argv)
    path = args.gold or data_dir() / "wojood_sample_nested_ner" / f"{args.split}.txt"
    data = [gold_spans(s) for s in read_wojood(path)]
    n_gold = sum(len(g) for _, g in data)
    print(f"{path}: {len(data)} sentences, {n_gold} DATE/TIME spans")
    print(f"{'system':<8} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} "
          f"{'F1':>6}   {'sents/s':>8}")
    errs = []
    for name, fn in (("naive", naive), ("khabar", khabar_system)):
        res, secs, errors = score(data, fn)
        (ep, er, ef), (op, or_, of) = res["exact"], res["overlap"]
        print(f"{name:<8} {ep:8.3f} {er:6.3f} {ef:6.3f}   {op:9.3f} {or_:6.3f} {of:6.3f}   "
              f"{len(data) / max(secs, 1e-9):8.0f}")
        if name == "khabar":
            errs = errors
    for text, gold, pred in errs[:args.errors]:
        print("-" * 60)
        print(text)
        print("  gold:", [text[s:e] for s, e in gold])
        print("  pred:", [text[s:e] for s, e in pred])
    return 0


if __name__ == "__main__":
    sys.exit(main())
