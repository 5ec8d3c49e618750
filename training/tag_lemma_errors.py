"""Lemma error dump and held-out lemma accuracy (issue 3: lemmas with diacritics removed).

``PYTHONPATH=src python3 -m training.tag_lemma_errors GOLD SYSTEM [--list]``: the words of a
``khabar evaluate morph -o SYSTEM`` run whose gold lemma differs from the system's once
diacritics are removed on both sides, aligned as the CoNLL 2018 scorer aligns them; counted by
gold UPOS right (``T``) or wrong (``F``), by gold UPOS, and by kind (:func:`kind`); ``--list``
prints each error (T/F, gold UPOS, system UPOS, form, gold lemma, system lemma, kind).

``PYTHONPATH=src python3 -m training.tag_lemma_errors --heldout``: the lemmatizer trained on
four of five contiguous blocks of PADT train's lemma-bearing sentences (≈ whole documents)
and scored on the fifth, gold UPOS, for each block and in all (exact and dediacritized).
Both sides without the PADT export's sentence-final copy runs (:mod:`training.tag_artefacts`);
``--keep-artefacts``: the training blocks keep them (the old training data), the held-out
block is still scored without them.
Data: ``$KHABAR_DATA`` (default the shared data folder). Deterministic. Raises OSError on
unreadable files.
"""
from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

from khabar.evaluate.conll18 import FORM, LEMMA, UPOS, align_words, dediacritize, load_conllu
from khabar.morph.lemma_news import stem
from khabar.morph.seg_text import fold

DATA = Path(os.environ.get("KHABAR_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


def kind(upos: str, form: str, gold: str, pred: str) -> str:
    """The error's kind, from the gold UPOS and the undiacritized lemmas."""
    if upos in ("X", "PROPN"):
        return "name/foreign (X, PROPN)"
    if upos in ("PRON", "NUM"):
        return upos.lower()
    if fold(gold) in ("ان", "انما") and fold(form).endswith("ان"):
        return "PADT إن/أن"
    if fold(gold) == fold(pred):
        return "hamza/alef spelling"
    if gold == pred + "ة" or pred == gold + "ة":
        return "feminine ة"
    if upos in ("VERB", "AUX"):
        return "verb form (past of imperfect, pattern)"
    if upos in ("NOUN", "ADJ"):
        if fold(pred) == fold(stem(form)):
            return "nominal: form kept (broken plural, dual, construct)"
        return "nominal: other edit"
    return "other"


def errors(gold_text: str, system_text: str) -> list[tuple[str, ...]]:
    """(T/F, gold UPOS, system UPOS, form, gold lemma, system lemma, kind) per error."""
    gold, system = load_conllu(gold_text, "gold"), load_conllu(system_text, "system")
    out = []
    for g, s in align_words(gold.words, system.words):
        gl = g.columns[LEMMA]
        if gl == "_":
            continue
        a, b = dediacritize(gl), dediacritize(s.columns[LEMMA])
        if a != b:
            gu = g.columns[UPOS]
            out.append(("T" if gu == s.columns[UPOS] else "F", gu, s.columns[UPOS],
                        g.columns[FORM], gl, s.columns[LEMMA], kind(gu, g.columns[FORM], a, b)))
    return out


def heldout(blocks: int = 5, keep_artefacts: bool = False) -> list[tuple[float, float, int]]:
    """(exact, dediacritized, words) per held-out block, and for all of them last."""
    from khabar.morph.segmenter import _model
    from training.tag_lemma import context_entries, eval_lemmas, lemma_entries, train_lemmatizer
    from training.tag_plurals import learn
    from training.tag_artefacts import cut_artefact
    from training.train_tagger import load
    full = [s for s in load(DATA, drop=False)[0] if any(w.lemma is not None for w in s)]
    cut = [cut_artefact(s) for s in full]
    sents = full if keep_artefacts else cut
    res, tot = [], [0.0, 0.0, 0]
    for k in range(blocks):
        a, b = k * len(sents) // blocks, (k + 1) * len(sents) // blocks
        tr = [s for s in sents[:a] + sents[b:] if s]
        entries = lemma_entries(tr)
        lem, _ = train_lemmatizer(entries, log=lambda *x: None,
                                  context=context_entries(tr, entries))
        lem.set_plurals(learn(entries))
        lem.news, lem.spell = _model().res.news, _model().res.spell
        ex, dd, n = eval_lemmas(lem, [s for s in cut[a:b] if s])
        res.append((ex, dd, n))
        tot = [tot[0] + ex * n, tot[1] + dd * n, tot[2] + n]
    res.append((tot[0] / tot[2], tot[1] / tot[2], tot[2]))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="?")
    ap.add_argument("system", nargs="?")
    ap.add_argument("--list", action="store_true", help="print every error")
    ap.add_argument("--heldout", action="store_true", help="held-out PADT train blocks")
    ap.add_argument("--keep-artefacts", action="store_true",
                    help="with --heldout: train on the PADT copy runs too (the old data)")
    args = ap.parse_args(argv)
    if args.heldout:
        for i, (ex, dd, n) in enumerate(heldout(keep_artefacts=args.keep_artefacts)):
            name = f"block {i}" if i < 5 else "all"
            print(f"{name:8s} exact {100 * ex:.2f} dediacritized {100 * dd:.2f} words {n}")
        return 0
    if not (args.gold and args.system):
        ap.error("GOLD and SYSTEM are needed (or --heldout)")
    errs = errors(Path(args.gold).read_text(encoding="utf-8"),
                  Path(args.system).read_text(encoding="utf-8"))
    print(f"{len(errs)} aligned words with a wrong dediacritized lemma "
          f"({sum(e[0] == 'T' for e in errs)} with the right UPOS)")
    for title, key in (("gold UPOS right/wrong × UPOS", lambda e: f"{e[0]} {e[1]}"),
                       ("kind (UPOS right)", lambda e: e[6] if e[0] == "T" else None),
                       ("kind (UPOS wrong)", lambda e: e[6] if e[0] == "F" else None)):
        print(f"-- {title}")
        for k, n in Counter(key(e) for e in errs if key(e) is not None).most_common():
            print(f"{n:5d}  {k}")
    if args.list:
        for e in sorted(errs):
            print("\t".join(e))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
