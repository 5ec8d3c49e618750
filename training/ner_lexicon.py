"""Induce the NER name lexicon from raw news (self-training, as features).

Used by ``training/train_ner.py`` (which writes ``lexicon.tsv`` next to the model it trains:
the lexicon and the CRF weights belong together, so there is no separate command).

Steps: the raw_news documents (Arabic Newspapers Corpus first, then SaudiNewsNet) are
tokenized and split into sentences by the project pipeline up to ``MAX_TOKENS`` tokens; a CRF
trained *without* the lexicon tags every sentence (plain Viterbi); per word (two keys, see
``khabar.ner.lexicon``) the occurrences and the PER/LOC/ORG mention counts are summed.
Deterministic (fixed document order, Viterbi). The lexicon the training sentences see is
jackknifed (``train_ner``): each half of the training data gets the lexicon induced by a CRF
trained on the other half, so its reliability matches that on unseen text.
"""
from __future__ import annotations

import gzip
import time
from collections import defaultdict
from pathlib import Path

FILES = ("arabic_newspapers_corpus.txt.gz", "saudinewsnet.txt.gz")
#: Raw-news tokens tagged (first ``ANC_SHARE`` of them from the Arabic Newspapers Corpus).
MAX_TOKENS = 4_000_000
ANC_SHARE = 0.3
MAX_LEN = 150
#: Count the neighbour rows (kinds ``n``/``p``)? Off: they cost 1.0 F1 on dev.
CONTEXT = False

Row = tuple[str, str, int, int, int, int, int]


def raw_sentences(data: Path, max_tokens: int = MAX_TOKENS) -> list[list[str]]:
    """Normalized token lists of raw-news sentences (project tokenizer and splitter)."""
    from khabar.pipeline import Pipeline
    pipe = Pipeline(["repair", "tokens", "sentences"])
    sents: list[list[str]] = []
    ntok = 0
    for name, limit in zip(FILES, (max_tokens * ANC_SHARE, max_tokens)):
        with gzip.open(data / "raw_news" / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                if ntok >= limit:
                    break
                for toks in pipe(line).tokens_by_sentence():
                    if toks:
                        sents.append([t.norm for t in toks][:MAX_LEN])
                        ntok += len(toks)
    return sents


def tag_all(model_path: Path, sents: list[list[str]]) -> list[list[str]]:
    """Viterbi labels of ``sents`` by the CRF at ``model_path`` (features without lexicon)."""
    import pycrfsuite
    from khabar.ner.features import Featurizer
    feat = Featurizer()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    out = []
    for norms in sents:
        tagger.set(feat.sentence(norms))
        out.append(tagger.tag())
    return out


def induce(model_path: Path, sents: list[list[str]], context: bool = True) -> list[Row]:
    """Tag ``sents`` with the CRF at ``model_path`` (features without lexicon) and count
    (``context``: also the ``n``/``p`` rows of what starts after / ends before each word)."""
    return count(sents, tag_all(model_path, sents), context)


def count(sents: list[list[str]], tagged: list[list[str]], context: bool = True) -> list[Row]:
    """Lexicon rows of tagged sentences (see :func:`induce`)."""
    from khabar.ner.features import Featurizer
    feat = Featurizer()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    keys: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {}
    col = {"PER": 1, "PERS": 1, "LOC": 2, "ORG": 3}
    for norms, labels in zip(sents, tagged):
        n = len(norms)
        for i, (w, lab) in enumerate(zip(norms, labels)):
            if context:
                nxt = labels[i + 1] if i + 1 < n else "O"
                prv = labels[i - 1] if i > 0 else "O"
                for key, lb, ok in ((("n", w), nxt, nxt[:1] == "B"),
                                    (("p", w), prv, prv != "O" and lab[2:] != prv[2:])):
                    row = counts[key]
                    row[0] += 1
                    if ok and lb[2:] in col:
                        row[col[lb[2:]]] += 1
            k = keys.get(w)
            if k is None:
                rest = feat.rest_of(w)
                k = keys[w] = (("w", rest or w), ("c", feat._type(w)[2][1]))
            kind = lab[2:]
            for key in k:
                row = counts[key]
                row[0] += 1
                if kind in col:
                    row[col[kind]] += 1
                    if col[kind] == 1 and lab[0] == "B":
                        row[4] += 1
    return sorted((k[0], k[1], *v) for k, v in counts.items() if v[0] >= 2)


def write(rows: list[Row], path: Path) -> None:
    from khabar.ner.lexicon import COLUMNS, MIN_COUNT
    with path.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            if r[2] >= MIN_COUNT:
                fh.write("\t".join(map(str, r)) + "\n")


def table(rows: list[Row], labels: bool | str = True) -> dict:
    """Feature table of ``rows`` (``labels``: the ``Featurizer(lexicon=...)`` value)."""
    from khabar.ner.lexicon import table_from_rows
    return table_from_rows(rows, labels)


def jackknife(items, raw: list[list[str]], tmp: Path, params: dict, feature_cfg: dict,
              rare_drop: int, log=print):
    """The lexicon-trained model's inputs for training on ``items``.

    Trains three CRFs without the lexicon (on each contiguous half of ``items`` and on all of
    it), tags ``raw`` with each, and returns ``(parts, rows, featurizer)``: ``parts`` pairs
    each half with a featurizer over the lexicon induced by the *other* half's CRF (for
    training), ``rows`` is the lexicon of the CRF trained on all ``items`` (for text outside
    ``items``: dev, test, the shipped file) and ``featurizer`` uses it. ``feature_cfg``: the
    ``Featurizer`` switches (``lexicon``: ``True`` or labels such as ``"PER"``).
    """
    from khabar.ner.features import Featurizer
    from training.train_ner import train
    base_cfg = {k: v for k, v in feature_cfg.items() if k not in ("lexicon", "lexicon_table")}
    labels = feature_cfg.get("lexicon", True)
    h = len(items) // 2
    halves = (items[:h], items[h:])
    rows = []
    for i, part in enumerate((*halves, items)):
        t0 = time.time()
        path = tmp / f"lexbase-{i}.crfsuite"
        train(part, Featurizer(**base_cfg), path, params, rare_drop)
        rows.append(induce(path, raw, CONTEXT))
        path.unlink(missing_ok=True)
        log(f"  lexicon base CRF {i + 1}/3 trained and raw news tagged ({time.time() - t0:.0f} s)",
            flush=True)

    def feat(r):
        return Featurizer(**base_cfg, lexicon=labels, lexicon_table=table(r, labels))
    parts = [(halves[0], feat(rows[1])), (halves[1], feat(rows[0]))]
    return parts, rows[2], feat(rows[2])
