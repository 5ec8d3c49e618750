"""``khabar evaluate articles``: article boundaries and inline headlines on assembled pages.

There is no gold corpus of multi-article pages, so pages are assembled from real articles
whose titles are known exactly:

* ANT v1.1 (``ant_corpus_v1.1_topics/ant_v1.1.jsonl.gz``: ``title`` + ``text``), and
* SaudiNewsNet (``raw_news/saudinewsnet.txt.gz``, whose lines begin with the title given in
  the line-aligned ``saudinewsnet.meta.tsv.gz``).

(The labeled Arabic Newspapers Corpus starts with its title but does not say where the title
ends, and EASC has no titles, so neither can give exact headline gold.)

Documents with a 2–30-word title and a 30+-word body are used, bodies capped at 400 words.
Each document goes to ``dev`` or ``test`` by a hash of its id (fixed; never re-drawn), and
pages are built from one split only, 1–4 articles each (seeded), in four styles:

* ``inline``  — ``title body title body`` on one line, no punctuation after a title (like
  ``examples/geneva2-page.txt``);
* ``newline`` — each title on its own line, then its body (paragraphs on separate lines);
* ``blank``   — blank lines between titles, paragraphs and articles;
* ``mixed``   — each article inline or newline at random, joined by a space or a line break.

``--wrap N`` (or ``A-B``, and ``--ragged``) hard-wraps the body paragraphs of the ``newline``
and ``blank`` styles (and of the newline articles of ``mixed``) as ``evaluate sentences
--wrap`` does, at a width drawn per article (``--ragged``: per line); titles stay whole lines.

``--single`` instead counts real single-article documents that are split into more than one
article (each split is an error): all 153 EASC articles (``easc.jsonl``, many hard-wrapped
newspaper texts) and 300 ANT articles spread evenly over the corpus (every k-th text, from
``--offset``; offset 0 was looked at while fixing, other offsets are unseen).

Scores: article-boundary P/R/F1 (the start offset of every article after the first on a page,
exact), headline exact-span P/R/F1 (every article's title, including the first), and the share
of single-article pages kept as one article.
"""
from __future__ import annotations

import argparse
import random
import time
from typing import Iterator

from khabar.errors import InputError
from khabar.evaluate import data_dir
from khabar.evaluate._article_docs import Doc, load_docs, single_docs
from khabar.evaluate._sent_hardwrap import parse_widths, wrap
from khabar.evaluate.sentences import prf

__all__ = ["Doc", "assemble", "count_splits", "evaluate", "load_docs", "main",
           "single_docs"]
STYLES = ("inline", "newline", "blank", "mixed")


def assemble(docs: list[Doc], n_pages: int, seed: int, widths: list[int] | None = None,
             ragged: bool = False) -> Iterator[tuple[str, str, list, list]]:
    """Yield ``(style, text, article_starts, headline_spans)`` for ``n_pages`` pages; with
    ``widths``, body paragraphs on lines of their own are hard-wrapped (:func:`_wrap`)."""
    rng = random.Random(seed)
    wrng = random.Random(seed + 1)  # its own draws: the pages stay those without widths
    for i in range(n_pages):
        style = STYLES[i % len(STYLES)]
        k = rng.randint(1, 4)
        chosen = rng.sample(docs, k)
        parts: list[str] = []
        starts, heads = [], []
        pos = 0

        def add(s: str) -> None:
            nonlocal pos
            parts.append(s)
            pos += len(s)

        for a, (title, body, paras) in enumerate(chosen):
            if a:
                if style == "inline":
                    add(" ")
                elif style == "newline":
                    add("\n")
                elif style == "blank":
                    add("\n\n")
                else:
                    add(rng.choice([" ", "\n"]))
            starts.append(pos)
            heads.append((pos, pos + len(title)))
            add(title)
            st = style if style != "mixed" else rng.choice(["inline", "newline"])
            if st == "inline":
                add(" " + body)
            elif st == "newline":
                add("\n" + "\n".join(_wrap(paras, widths, ragged, wrng)))
            else:
                add("\n\n" + "\n\n".join(_wrap(paras, widths, ragged, wrng)))
        yield style, "".join(parts), starts, heads


def _wrap(paras: list[str], widths: list[int] | None, ragged: bool,
          rng: random.Random) -> list[str]:
    """``paras`` hard-wrapped at one of ``widths`` (``ragged``: every line's width drawn from
    them), as by ``evaluate sentences --wrap``; unchanged without ``widths``."""
    if not widths:
        return paras
    w, seed = rng.choice(widths), rng.randrange(1 << 30)
    return [wrap(p, [], widths[-1], widths[0], seed) if ragged else wrap(p, [], w)
            for p in paras]


def evaluate(pages: list[tuple[str, str, list, list]], verbose: bool = False) -> dict:
    """Score :func:`khabar.segment.articles.find_articles` on assembled pages."""
    from khabar.segment.articles import find_articles
    from khabar.segment.sentences import split_sentences
    res: dict[str, list[int]] = {}
    for style, text, starts, heads in pages:
        arts, _ = find_articles(text, split_sentences(text))
        pb = {a[0] for a in arts[1:]}
        gb = set(starts[1:])
        ph = {a[2] for a in arts if a[2] is not None}
        gh = set(heads)
        for key in (style, "all"):
            r = res.setdefault(key, [0] * 9)
            r[0] += len(pb & gb)
            r[1] += len(pb)
            r[2] += len(gb)
            r[3] += len(ph & gh)
            r[4] += len(ph)
            r[5] += len(gh)
            r[6] += 1
            if len(starts) == 1:
                r[7] += 1
                r[8] += len(arts) == 1
        if verbose and (pb != gb or ph != gh):
            print(f"--- {style}: gold heads {[text[s:e] for s, e in sorted(gh)]}")
            for s, e in sorted(ph - gh):
                print(f"  FALSE HEAD: {text[s:e]!r} || {text[e:e + 60]!r}")
            for s, e in sorted(gh - ph):
                print(f"  MISSED HEAD: {text[max(0, s - 40):s]!r} [[{text[s:e]}]] {text[e:e + 60]!r}")
    return res


def count_splits(texts: list[str]) -> int:
    """How many of ``texts`` :func:`find_articles` splits into more than one article."""
    from khabar.segment.articles import find_articles
    from khabar.segment.sentences import split_sentences
    return sum(len(find_articles(t, split_sentences(t))[0]) > 1 for t in texts)


def main(argv: list[str] | None = None) -> int:
    """Print the scores; returns 0. Raises :class:`InputError` when the data is missing."""
    ap = argparse.ArgumentParser(prog="khabar evaluate articles", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test"), default="test",
                    help="which fixed half of the documents to build pages from (default test)")
    ap.add_argument("--pages", type=int, default=400, help="pages to assemble (default 400)")
    ap.add_argument("--seed", type=int, default=13, help="page assembly seed (default 13)")
    ap.add_argument("--verbose", action="store_true", help="print every page with an error")
    ap.add_argument("--single", action="store_true",
                    help="count real single-article documents split into several instead")
    ap.add_argument("--offset", type=int, default=0, help="first ANT text for --single")
    ap.add_argument("--wrap", default=None, metavar="N|A-B",
                    help="hard-wrap body paragraphs on lines of their own at N (A-B) chars")
    ap.add_argument("--ragged", action="store_true", help="with --wrap A-B: line by line")
    args = ap.parse_args(argv)
    widths = parse_widths(args.wrap)
    if args.ragged and not widths:
        raise InputError("--ragged needs --wrap A-B")
    root = data_dir()
    if args.single:
        for name, texts in single_docs(root, args.offset).items():
            print(f"{name}: {count_splits(texts)}/{len(texts)} single articles split")
        return 0
    t0 = time.perf_counter()
    docs = load_docs(root, args.split)
    if len(docs) < 4:
        raise InputError(f"only {len(docs)} usable documents under {root}")
    pages = list(assemble(docs, args.pages, args.seed, widths, args.ragged))
    res = evaluate(pages, verbose=args.verbose)
    dt = time.perf_counter() - t0
    wrapped = f" wrap={args.wrap}{' ragged' if args.ragged else ''}" if widths else ""
    print(f"article pages: split={args.split} seed={args.seed}{wrapped} documents={len(docs)} "
          f"pages={len(pages)} ({dt:.1f}s)")
    print(f"{'style':<8} {'pages':>5}  {'bnd P':>6} {'bnd R':>6} {'bnd F1':>6}  "
          f"{'head P':>6} {'head R':>6} {'head F1':>6}  {'single kept':>11}")
    for key in (*STYLES, "all"):
        if key not in res:
            continue
        r = res[key]
        bp, br, bf = prf(r[0], r[1], r[2])
        hp, hr, hf = prf(r[3], r[4], r[5])
        single = f"{r[8]}/{r[7]}"
        print(f"{key:<8} {r[6]:5d}  {bp:6.3f} {br:6.3f} {bf:6.3f}  {hp:6.3f} {hr:6.3f} {hf:6.3f}  "
              f"{single:>11}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

