"""``khabar evaluate sentences``: sentence splitting scored on UD Arabic PADT.

PADT gives one sentence per block (``# text_tokens = ...``, tokens joined by spaces) and no
document ids, so pages are built by joining ``--chunk`` (default 10) consecutive sentences'
``text_tokens`` with a single space, in file order. The gold spans are those sentences'
offsets; the text has no line breaks, so every boundary must be found from the text alone
(PADT counts headlines and datelines without final punctuation as sentences too).

Printed per system: exact-span precision/recall/F1 and boundary P/R/F1 (a boundary is the end
of a sentence that is not the end of its page). Systems: ``naive`` (split after every
``. ! ? ؟``), ``khabar`` (:func:`khabar.segment.sentences.split_sentences`) and
``khabar+articles`` (the same refined by :func:`khabar.segment.articles.find_articles`, which
splits at headline edges, as the pipeline does).

Develop on the dev file (``--gold .../ar_padt-ud-dev.tok-upos.conllu``); the default is test.

``--wrap N`` (or ``--wrap 60-80``: widths 60, 61, … 80 in turn, page by page) re-wraps every
page as hard-wrapped newspaper text (:mod:`khabar.evaluate._sent_hardwrap`): a line break replaces the last space before every ``N``
characters, and the space after each headline-like gold sentence (at most 20 words, no final
punctuation: ``. ! ? ؟ … ؛ : ،``) — line lengths stay the same, so the gold spans do too.
``--ragged`` draws every line's width from ``A..B`` instead (seeded by the page number): the
ragged pages of proportional type.

``--easc`` instead counts, over all 153 EASC articles analyzed by the pipeline, the sentences
that end without final punctuation and whose last word is a preposition or a conjunction
(UPOS ``ADP``/``CCONJ``/``SCONJ`` of the morphology step): line fragments of hard-wrapped text;
and how many of the summary's sentences lack final punctuation.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import Callable, Iterable

from khabar.errors import InputError
from khabar.evaluate import data_dir
from khabar.evaluate._sent_hardwrap import Spans, easc_fragments, parse_widths, wrap

DEFAULT_GOLD = "ud_arabic_padt/ar_padt-ud-test.tok-upos.conllu"


def read_padt(path: Path) -> list[tuple[str, str]]:
    """``(sent_id, text_tokens)`` pairs of a CoNLL-U file; raises InputError if unreadable."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}; pass --gold FILE or "
                         f"set KHABAR_DATA to the shared data folder") from None
    out: list[tuple[str, str]] = []
    sid = ""
    for line in lines:
        if line.startswith("# sent_id = "):
            sid = line[len("# sent_id = "):].strip()
        elif line.startswith("# text_tokens = "):
            out.append((sid, line[len("# text_tokens = "):].strip()))
    if not out:
        raise InputError(f"{path}: no '# text_tokens = ' lines; is it a PADT CoNLL-U file?")
    return out


def pages(sents: list[tuple[str, str]], chunk: int) -> list[tuple[str, Spans]]:
    """Join ``chunk`` consecutive sentences with one space; return (text, gold spans)."""
    out = []
    for i in range(0, len(sents), chunk):
        parts = [t for _, t in sents[i:i + chunk]]
        spans, pos = [], 0
        for t in parts:
            spans.append((pos, pos + len(t)))
            pos += len(t) + 1
        out.append((" ".join(parts), spans))
    return out


_NAIVE = re.compile(r"[.!?؟]")


def naive_split(text: str) -> Spans:
    """Baseline: a boundary after every ``. ! ? ؟``; spans trimmed, empty ones dropped."""
    cuts = [m.end() for m in _NAIVE.finditer(text)] + [len(text)]
    out, start = [], 0
    for c in cuts:
        seg = text[start:c]
        s = start + len(seg) - len(seg.lstrip())
        e = c - (len(seg) - len(seg.rstrip()))
        if e > s:
            out.append((s, e))
        start = c
    return out


def khabar_split(text: str) -> Spans:
    from khabar.segment.sentences import split_sentences
    return split_sentences(text)


def khabar_articles_split(text: str) -> Spans:
    from khabar.segment.articles import find_articles
    from khabar.segment.sentences import split_sentences
    return list(find_articles(text, split_sentences(text))[1])


SYSTEMS: dict[str, Callable[[str], Spans]] = {
    "naive": naive_split, "khabar": khabar_split, "khabar+articles": khabar_articles_split}


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(data: Iterable[tuple[str, Spans]], fn: Callable[[str], Spans]) -> dict[str, float]:
    """Exact-span and boundary P/R/F1 of ``fn`` over ``(text, gold)`` pages."""
    st = sp = sg = bt = bp = bg = 0
    for text, gold in data:
        pred = fn(text)
        gs, ps = set(gold), set(pred)
        st += len(gs & ps)
        sp += len(ps)
        sg += len(gs)
        end = len(text.rstrip())
        gb = {e for _, e in gold if e < end}
        pb = {e for _, e in pred if e < end}
        bt += len(gb & pb)
        bp += len(pb)
        bg += len(gb)
    p, r, f = prf(st, sp, sg)
    bp_, br, bf = prf(bt, bp, bg)
    return {"span_p": p, "span_r": r, "span_f1": f, "bound_p": bp_, "bound_r": br,
            "bound_f1": bf, "gold": sg, "pred": sp}


def main(argv: list[str] | None = None) -> int:
    """Print the table; returns 0. Raises :class:`InputError` for a missing/bad gold file."""
    ap = argparse.ArgumentParser(prog="khabar evaluate sentences", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=None,
                    help=f"PADT CoNLL-U file (default: $KHABAR_DATA/{DEFAULT_GOLD})")
    ap.add_argument("--chunk", type=int, default=10,
                    help="sentences joined (by one space) into one page (default 10)")
    ap.add_argument("--wrap", default=None, metavar="N|A-B",
                    help="hard-wrap each page at N characters (A-B: widths A..B in turn)")
    ap.add_argument("--ragged", action="store_true",
                    help="with --wrap A-B: draw every line's width from A..B (a ragged page)")
    ap.add_argument("--easc", action="store_true",
                    help="count EASC sentences ending on a preposition/conjunction instead")
    args = ap.parse_args(argv)
    if args.chunk < 1:
        raise InputError(f"--chunk must be >= 1, got {args.chunk}")
    if args.ragged and not args.wrap:
        raise InputError("--ragged needs --wrap A-B")
    if args.easc:
        path = data_dir() / "easc_summarization" / "easc.jsonl"
        c = easc_fragments(path)
        print(f"EASC {path}: {c['sentences']} sentences, {c['unterminated']} without final "
              f"punctuation, {c['fragments']} of them ending on a preposition/conjunction "
              f"(ADP/CCONJ/SCONJ); summary: {c['summary']} sentences, {c['summary_bare']} "
              f"without final punctuation")
        return 0
    widths = parse_widths(args.wrap)
    gold_path = args.gold or data_dir() / DEFAULT_GOLD
    sents = read_padt(gold_path)
    data = pages(sents, args.chunk)
    if widths and args.ragged:
        data = [(wrap(t, g, widths[-1], widths[0], seed=i), g) for i, (t, g) in enumerate(data)]
    elif widths:
        data = [(wrap(t, g, widths[i % len(widths)]), g) for i, (t, g) in enumerate(data)]
    nchars = sum(len(t) for t, _ in data)
    how = (f"hard-wrapped at {args.wrap} chars{' line by line' if args.ragged else ''}"
           if widths else "joined by a space")
    print(f"gold: {gold_path}  ({len(sents)} sentences, {len(data)} pages of {args.chunk} "
          f"sentences {how}, {nchars} chars)")
    print(f"{'system':<16} {'span P':>7} {'span R':>7} {'span F1':>7}   "
          f"{'bnd P':>6} {'bnd R':>6} {'bnd F1':>6}   {'pred':>5} {'gold':>5} {'chars/s':>9}")
    for name, fn in SYSTEMS.items():
        t0 = time.perf_counter()
        m = score(data, fn)
        dt = time.perf_counter() - t0
        print(f"{name:<16} {m['span_p']:7.4f} {m['span_r']:7.4f} {m['span_f1']:7.4f}   "
              f"{m['bound_p']:6.4f} {m['bound_r']:6.4f} {m['bound_f1']:6.4f}   "
              f"{int(m['pred']):5d} {int(m['gold']):5d} {nchars / max(dt, 1e-9):9.0f}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
