"""``khabar evaluate morph``: tokens, clitic segmentation, UPOS and lemmas from raw text,
scored the CoNLL 2018 way (:mod:`khabar.evaluate.conll18`) on UD Arabic-PADT.

The raw text of every gold sentence (its ``# text`` line where present, else
``# text_tokens``, the space-joined surface tokens — PADT's original spacing is not
available here) is analysed as **one document per gold sentence** by the pipeline
``repair, tokens, sentences, articles, morph``, written with
:func:`khabar.io.conllu.to_conllu`, and the concatenation is scored against the gold file.
The CoNLL 2018 scorer ignores sentence boundaries for Tokens/Words/UPOS/Lemmas (only the
Sentences row uses them), so analysing sentence by sentence changes nothing there; it keeps
the run independent of sentence splitting.

Printed: Tokens, Words, UPOS F1; Lemmas the official way (gold ``_`` matches anything), and
over words with a gold lemma only — exact and with diacritics removed on both sides
(``LemmasGold``, ``LemmasGoldNoDiac``); then words/s of the whole run (model loading
included) and of the warm run, by the clock and by this process's CPU time.

``--segment-only`` fills words with :func:`khabar.morph.segmenter.segment_tokens` directly
(UPOS and lemma left empty), so Words F1 can be measured without a tagger; it is used
automatically, with a note, while no ``morph`` component is registered.
``--baseline memo`` scores the memorization baseline instead (most frequent PADT-train
segmentation of each seen form; unseen forms left whole).

``--report-artefacts`` adds a diagnostic table after the headline one (which is always
scored on the gold as given): the same metrics with the gold sentences that end in a
sentence-final copy run of the PADT export (:mod:`khabar.evaluate.padt_artefacts`, 11 of
dev's 909 sentences) left out whole, of gold and of system output alike, and how many
sentences, tokens and words that removed.

Data: ``--gold FILE`` (default ``$KHABAR_DATA/ud_arabic_padt/ar_padt-ud-test.tok-upos.conllu``,
``$KHABAR_DATA`` defaulting to the shared data folder). Develop on the dev file.
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

from khabar.errors import InputError
from khabar.evaluate.padt_artefacts import sentence_blocks, without_artefacts

DEFAULT_GOLD = "ud_arabic_padt/ar_padt-ud-test.tok-upos.conllu"
BASE = ["repair", "tokens", "sentences", "articles"]


def read_gold(path: Path) -> tuple[str, list[str]]:
    """(gold CoNLL-U text, raw text of each sentence)."""
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                text = fh.read()
        else:
            text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror or exc}; pass --gold FILE "
                         f"or set KHABAR_DATA to the shared data folder") from None
    raws = [r for r in map(_raw_of, sentence_blocks(text)) if r is not None]
    if not raws:
        raise InputError(f"{path}: no '# text' or '# text_tokens' lines to analyze")
    return text, raws


def _raw_of(lines: list[str]) -> str | None:
    """A gold sentence block's raw text: its (last) ``# text`` line, else ``# text_tokens``,
    else None (the sentence is not analysed)."""
    text = tokens = None
    for line in lines:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.startswith("# text_tokens = "):
            tokens = line[len("# text_tokens = "):]
    return text if text is not None else tokens


def _fill_words(doc, segment) -> None:
    from khabar.document import Word
    toks = doc.tokens
    forms = [t.words[0].text if t.words else doc.raw[t.start:t.end] for t in toks]
    segs = segment(forms)
    doc.tokens = tuple(t._replace(words=tuple(Word(w) for w in ws))
                       for t, ws in zip(toks, segs))


def _memo_segmenter():
    """The memorization baseline (see module docstring)."""
    from khabar.morph.segmenter import _model
    from khabar.morph.seg_text import strip
    memo = _model().memo

    def seg(forms: list[str]) -> list[tuple[str, ...]]:
        return [memo.get(strip(f)) or (f,) for f in forms]
    return seg


def run(raws: list[str], segment_only: bool, baseline: str | None,
        cpu: list[float] | None = None, parts: list[str] | None = None) -> tuple[str, int, float]:
    """(system CoNLL-U, system words, seconds) for the sentences ``raws``; the CPU seconds of
    this process are appended to ``cpu`` if given (less sensitive to a busy machine), and the
    CoNLL-U of each sentence to ``parts`` if given."""
    from khabar.io.conllu import to_conllu
    from khabar.pipeline import Pipeline
    t0 = time.perf_counter()
    c0 = time.process_time()
    if segment_only or baseline:
        pipe = Pipeline(BASE)
        if baseline == "memo":
            segment = _memo_segmenter()
        else:
            from khabar.morph.segmenter import segment_tokens as segment
    else:
        pipe = Pipeline(BASE + ["morph"])
        segment = None
    out: list[str] = []
    nwords = 0
    for raw in raws:
        doc = pipe(raw)
        if segment is not None:
            _fill_words(doc, segment)
        nwords += sum(len(t.words) or 1 for t in doc.tokens)
        out.append(to_conllu(doc))
    if parts is not None:
        parts.extend(out)
    if cpu is not None:
        cpu.append(time.process_time() - c0)
    return "".join(out), nwords, time.perf_counter() - t0


def _morph_ready() -> bool:
    from khabar.pipeline import registry
    if "morph" not in registry():
        return False
    try:
        from khabar.morph.tagger import tag_words  # noqa: F401
    except ImportError:
        return False
    return True


ROWS = [("Tokens", "Tokens"), ("Words", "Words"), ("UPOS", "UPOS"),
        ("Lemma (official)", "Lemmas"), ("Lemma (has gold)", "LemmasGold"),
        ("Lemma (no diacr.)", "LemmasGoldNoDiac"), ("Sentences", "Sentences")]


def _print_rows(scores: dict, prefix: str = "") -> None:
    for label, key in ROWS:
        sc = scores[key]
        print(f"{prefix}{label:18s} {100 * sc.precision:7.2f} {100 * sc.recall:7.2f} "
              f"{100 * sc.f1:7.2f}")


def _print_without_artefacts(gold_text: str, parts: list[str]) -> None:
    """The diagnostic of ``--report-artefacts``: the same table without the gold sentences
    that end in a copy run (:mod:`khabar.evaluate.padt_artefacts`), left out whole on both
    sides. Raises InputError when the gold's sentences with raw text and ``parts`` differ in
    number, ConllError (from the scorer) when the texts then differ."""
    from khabar.evaluate.conll18 import evaluate
    blocks = sentence_blocks(gold_text)
    analysed = [_raw_of(b) is not None for b in blocks]
    if sum(analysed) != len(parts):
        raise InputError(f"{sum(analysed)} gold sentences with raw text but {len(parts)} "
                         f"system outputs")
    it = iter(parts)
    system = [next(it) if a else None for a in analysed]
    gold, sys_text, ex = without_artefacts(blocks, system)
    print(f"without the PADT export artefacts (diagnostic, not the headline): {ex.sentences} "
          f"of {len(blocks)} gold sentences end in a run of copies of one token ({ex.copies} "
          f"copy tokens) and are left out of gold and system whole — {ex.tokens} gold tokens, "
          f"{ex.words} gold words:")
    _print_rows(evaluate(gold, sys_text), "  w/o artefacts ")


def main(argv: list[str] | None = None) -> int:
    from khabar.evaluate.conll18 import evaluate
    from khabar.evaluate import data_dir
    ap = argparse.ArgumentParser(prog="khabar evaluate morph", description=__doc__.split("\n")[0])
    ap.add_argument("--gold", help=f"gold CoNLL-U (default $KHABAR_DATA/{DEFAULT_GOLD})")
    ap.add_argument("--segment-only", action="store_true",
                    help="segmenter only: no UPOS/lemma (Words F1 without a tagger)")
    ap.add_argument("--baseline", choices=["memo"], help="score a baseline segmenter instead")
    ap.add_argument("--output", "-o", help="also write the system CoNLL-U here")
    ap.add_argument("--report-artefacts", action="store_true",
                    help="also score without the gold sentences that end in a copy artefact "
                         "of the PADT export (a diagnostic; the headline stays the gold as given)")
    args = ap.parse_args(argv)
    gold_path = Path(args.gold) if args.gold else data_dir() / DEFAULT_GOLD
    gold_text, raws = read_gold(gold_path)
    segment_only = args.segment_only
    if not segment_only and not args.baseline and not _morph_ready():
        print("note: the 'morph' component or its tagger is not available yet; running "
              "--segment-only", file=sys.stderr)
        segment_only = True
    cpu: list[float] = []
    parts: list[str] = []
    system, nwords, secs = run(raws, segment_only, args.baseline, cpu, parts)
    # A second pass with every model loaded and caches warm.
    _, _, warm = run(raws, segment_only, args.baseline, cpu)
    if args.output:
        Path(args.output).write_text(system, encoding="utf-8")
    scores = evaluate(gold_text, system)
    mode = ("baseline " + args.baseline) if args.baseline else (
        "segment-only" if segment_only else "pipeline")
    print(f"gold: {gold_path} ({len(raws)} sentences, one document each); system: khabar {mode}")
    print(f"{'metric':18s} {'P':>7s} {'R':>7s} {'F1':>7s}")
    _print_rows(scores)
    if args.report_artefacts:
        _print_without_artefacts(gold_text, parts)
    print(f"speed: {nwords / secs:,.0f} words/s whole run (models loaded in it), "
          f"{nwords / warm:,.0f} words/s warm; {nwords} words")
    print(f"CPU time: {nwords / cpu[0]:,.0f} words/s whole run, {nwords / cpu[1]:,.0f} words/s "
          f"warm (this process only; compare runs on a busy machine with these)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
