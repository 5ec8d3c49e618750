"""Broken-plural templates for the lemmatizer, learned from PADT train (form, lemma) pairs.

A template abstracts the letters a form shares with its lemma (the root-like letters, by a
longest common subsequence, leaving long vowels, hamza seats and ة as they are) into slots:
«جوانب» → «جانب» gives ``1وا23 > 1ا23``, «صواريخ» → «صاروخ» ``1وا2ي3 > 1ا2و3``. Only
templates whose letters outside the slots are all long vowels, hamza seats, ة or ى (no
consonant added or removed; 2–4 slots) and that are seen ≥ ``MIN_COUNT`` times and right on train at least ``MIN_PRECISION`` of the times they
map a train NOUN/ADJ form to some train lemma are kept (this drops e.g. «12ا3 → 123», which
turns singulars such as «ذهاب» into «ذهب»). At run time (:mod:`khabar.morph.lemmatizer`) a NOUN
or ADJ form the lexicon and the edit classifier cannot map to a known lemma is matched
against them; a result that is a train lemma of that UPOS wins.

``PYTHONPATH=src python3 -m training.tag_plurals`` writes ``lemma_plurals.tsv`` next to the
shipped lemma lexicon (it reads only that file: train pairs). Sorted, deterministic.
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from khabar.lcs import lcs_pairs
from khabar.morph.tag_constraints import PATTERN

MIN_COUNT = 2
MIN_PRECISION = 0.3   # dev lemma dediacritized, gold segmentation: 0.2 96.74, 0.3 96.83, 0.4 96.81, 0.5 96.79
_DIAC = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}


def _plain(s: str) -> str:
    return "".join(c for c in s if c not in _DIAC)


def template(form: str, lemma: str) -> tuple[str, str] | None:
    """(form template, lemma template) with digits for shared root letters, or None."""
    form = _strip(form)   # the article and an accusative tanween alif
    if len(form) < 3 or form == lemma:
        return None
    pairs = [(i, j) for i, j in lcs_pairs(form, lemma) if form[i] not in PATTERN]
    if len(pairs) < 2 or len(pairs) > 4:
        return None
    ft, lt = list(form), list(lemma)
    for k, (i, j) in enumerate(pairs, 1):
        ft[i] = lt[j] = str(k)
    f, l = "".join(ft), "".join(lt)
    if any(c not in PATTERN and not c.isdigit() for c in f + l):
        return None   # a consonant outside the shared root letters: not a vowel pattern
    return f, l


def learn(entries) -> list[tuple[str, str, str, int]]:
    """(UPOS, form template, lemma template, count) from (form, UPOS, lemma, n) entries."""
    c: Counter = Counter()
    for form, upos, lemma, n in entries:
        if upos not in ("NOUN", "ADJ"):
            continue
        t = template(form, _plain(lemma))
        if t is not None:
            c[(upos,) + t] += 1
    kept = [(u, f, l) for (u, f, l), k in c.items() if k >= MIN_COUNT]
    # precision on train: among the NOUN/ADJ entries whose form the template maps to some
    # train lemma of the same UPOS, how often that is the entry's own lemma
    lemmas = {(_plain(lem), u) for _, u, lem, _ in entries}
    good: Counter = Counter()
    tot: Counter = Counter()
    for form, upos, lemma, _ in entries:
        if upos not in ("NOUN", "ADJ"):
            continue
        s = _strip(form)
        plain = _plain(lemma)
        for t in kept:
            if t[0] != upos or len(t[1]) != len(s):
                continue
            cand = apply(t[1], t[2], s)
            if cand is not None and (cand, upos) in lemmas:
                tot[t] += 1
                good[t] += cand == plain
    return sorted((u, f, l, c[(u, f, l)]) for (u, f, l) in kept
                  if good[(u, f, l)] >= MIN_PRECISION * tot[(u, f, l)])


def _strip(form: str) -> str:
    if form.startswith("ال"):
        form = form[2:]
    if form.endswith("ا") and len(form) > 3:
        form = form[:-1]
    return form


def apply(ft: str, lt: str, s: str) -> str | None:
    """The lemma template filled with the slots of ``s`` matched to ``ft``, or None."""
    slots: dict[str, str] = {}
    for a, b in zip(ft, s):
        if a.isdigit():
            if b in PATTERN:
                return None
            slots[a] = b
        elif a != b:
            return None
    return "".join(slots.get(c, c) for c in lt)


def write_plurals(entries, out_dir: Path) -> int:
    """Learn the templates from (form, UPOS, lemma, n) entries; write ``lemma_plurals.tsv``
    into ``out_dir``; return how many."""
    rows = learn(entries)
    out = out_dir / "lemma_plurals.tsv"
    out.write_text("".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def main() -> int:
    from khabar.morph.tagger import MODEL_DIR
    entries = []
    with gzip.open(MODEL_DIR / "lemma_lexicon.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            f, u, l, n = line.rstrip("\n").split("\t")
            entries.append((f, u, l, int(n)))
    print(f"lemma_plurals.tsv: {write_plurals(entries, MODEL_DIR)} templates")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
