"""Train the clitic segmenter (UD PADT scheme) and write it to src/khabar/models/morph_seg/.

    PYTHONPATH=src python3 -m training.train_segmenter [--data DIR] [--out DIR] [--epochs N]

Data: UD Arabic-PADT train (model), dev (the figures printed at the end; used for tuning),
raw news (host/token frequencies and hamza spellings). The test split is never read here.

Steps:
1. align every PADT multiword token's words to pieces of its surface form, giving its
   analysis (proclitics, host piece, enclitic, ل+ال flag) and the host's restored word text;
2. count, from train: the most frequent analysis per surface form (the memorization table),
   tokens left whole, host pieces and host words, and the piece → word-text rewrite table;
3. count folded word keys in raw news, with the most frequent spelling per key;
4. train an averaged perceptron ranking candidate analyses, on train tokens whose form is
   unseen in the other folds of a 5-fold jackknife (so that the PADT-lexicon features look as
   they will for unseen words at run time);
5. write ``model.json.gz`` (weights, tables) and ``news.tsv.gz`` (key, count, spelling);
6. train the إن/أن context model (:mod:`khabar.morph.seg_hamza`) on every train token with
   one of those words and write ``an.json`` (``--an-only``: this step alone, seconds).
Deterministic: fixed seed, sorted iteration, no clock-dependent choices.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from khabar.morph.compiled import compile_seg
from khabar.morph.seg_model import Resources, candidates, features, stem_of
from khabar.morph.seg_text import PROCLITIC_LETTERS, SUFFIXES, fold, is_arabic_word, strip

SEED = 13
FOLDS = 5
NEWS_MIN = 2

Sent = list[tuple[str, tuple[str, ...]]]


def data_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    from khabar.evaluate import data_dir as _shared
    return _shared()


def read_padt(path: Path) -> list[Sent]:
    """Sentences of (surface form, words) from a PADT CoNLL-U file (.gz allowed)."""
    opener = gzip.open if path.suffix == ".gz" else open
    sents: list[Sent] = []
    toks: list[list] = []
    pending: list | None = None
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if toks:
                    sents.append([(t[0], tuple(t[2])) for t in toks])
                toks, pending = [], None
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                pending = [cols[1], int(b) - int(a) + 1, []]
                toks.append(pending)
            elif "." in cols[0]:
                continue
            elif pending is not None and len(pending[2]) < pending[1]:
                pending[2].append(cols[1])
            else:
                toks.append([cols[1], 1, [cols[1]]])
    if toks:
        sents.append([(t[0], tuple(t[2])) for t in toks])
    return sents


# --------------------------------------------------------------------------- analyses
def decompose(form: str, words: tuple[str, ...]):
    """(candidate, host word) of a gold token, or None when it fits no candidate."""
    base = strip(form)
    if len(words) == 1:
        return ("", "", False), words[0]
    i = 0
    while i < len(words) - 1 and words[i] in PROCLITIC_LETTERS and len(words[i]) == 1:
        i += 1
    j = len(words)
    if j - 1 > i and words[-1] in SUFFIXES:
        j -= 1
    if j - i != 1:
        return None
    p, s, host = "".join(words[:i]), "".join(words[j:]), words[i]
    if not base.startswith(p) or not base.endswith(s) or len(base) - len(p) - len(s) < 1:
        return None
    rest = base[len(p):len(base) - len(s)] if s else base[len(p):]
    lal = p.endswith("ل") and host.startswith("ال") and rest.startswith("ل") \
        and not rest.startswith("ال")
    return (p, s, lal), host


def fits(form: str, words: tuple[str, ...]) -> bool:
    """False for a PADT analysis that cannot be a reading of its surface form: an artefact of
    the reconstructed multiword ranges that runs into the next token («يفكر» → يفكر + في,
    «وزير» → وزير + الطاقة) or holds a non-Arabic word («ايار» → أيار + /). Besides the
    clitic analyses (:func:`decompose`), the fused particles stay (مما → من + ما, ألا → أن + لا):
    Arabic words, at most one letter more than the surface, starting with its first letter
    and ending with its ending."""
    if len(words) == 1 or decompose(form, words) is not None:
        return True
    base = fold(strip(form))
    if not base or not all(is_arabic_word(w + w) for w in words):
        return False
    return (sum(map(len, words)) <= len(base) + 1 and base[0] == fold(words[0])[:1]
            and base.endswith(fold(words[-1])))


# --------------------------------------------------------------------------- statistics
_AR_RUN = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670\u0640\u0671-\u06D3]+")


def news_counts(data: Path) -> tuple[Counter, dict[str, str]]:
    """Folded-key counts and the most frequent spelling per key, over raw news."""
    surf: Counter = Counter()
    for name in ("saudinewsnet.txt.gz", "arabic_newspapers_corpus.txt.gz"):
        path = data / "raw_news" / name
        if not path.exists():
            print(f"  (missing {path}; news features will be weaker)", file=sys.stderr)
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                surf.update(_AR_RUN.findall(line))
    stripped: Counter = Counter()
    for w, c in surf.items():
        stripped[strip(w)] += c
    keys: Counter = Counter()
    best: dict[str, tuple[int, str]] = {}
    for w, c in stripped.items():
        k = fold(w)
        keys[k] += c
        if k not in best or (c, w) > best[k]:
            best[k] = (c, w)
    return keys, {k: w for k, (c, w) in best.items()}


def padt_stats(sents: list[Sent]):
    """Memorization and lexicon tables from PADT sentences."""
    analyses: dict[str, Counter] = defaultdict(Counter)
    unsplit: Counter = Counter()
    host: Counter = Counter()
    hostword: Counter = Counter()
    rewrite: dict[str, Counter] = defaultdict(Counter)
    for sent in sents:
        for form, words in sent:
            base = strip(form)
            if not fits(form, words):
                continue
            analyses[base][words] += 1
            if len(words) == 1:
                unsplit[base] += 1
                continue
            d = decompose(form, words)
            if d is None:
                continue
            cand, hw = d
            stem = stem_of(base, cand)
            host[stem] += 1
            hostword[fold(hw)] += 1
            rewrite[f"{stem}|{int(cand[2])}|{int(bool(cand[1]))}"][hw] += 1
    return analyses, unsplit, host, hostword, rewrite


def context_table(sents: list[Sent], memo) -> dict[str, dict[str, str]]:
    """For forms with several analyses: previous token → analysis, where it beats the
    form's overall best in that context (≥ 2 occurrences)."""
    ctx: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for sent in sents:
        prev = ""
        for form, words in sent:
            base = strip(form)
            ctx[base][prev][words if len(words) > 1 else ()] += 1
            prev = base if is_arabic_word(base) else "#"
    out: dict[str, dict[str, str]] = {}
    for base, by_prev in ctx.items():
        if len({w for c in by_prev.values() for w in c}) < 2:
            continue
        top = memo[base] if len(memo[base]) > 1 else ()
        for prev, c in by_prev.items():
            best = _best(c)
            if prev == "#":
                continue
            if best != top and c[best] >= 2 and c[best] > c[top]:
                out.setdefault(base, {})[prev] = " ".join(best)
    return out


AN_EPOCHS = 8   # dev, bare-alef tokens (82): 4 epochs 77 right, 8: 78, 15: 77; memo+context 67


def train_an(sents: list[Sent], epochs: int = AN_EPOCHS) -> dict[str, float]:
    """Averaged-perceptron weights for «إن» (+) against «أن» (−) in split tokens (all train
    tokens with either word, hamza written or not: the context decides the same way)."""
    from khabar.morph.seg_hamza import AN_WORDS, an_features
    examples = []
    for sent in sents:
        forms = [f for f, _ in sent]
        for i, (_, words) in enumerate(sent):
            if len(words) < 2:
                continue
            k = next((j for j, w in enumerate(words) if w in AN_WORDS), -1)
            if k >= 0:
                examples.append((an_features(forms, i), 1.0 if words[k] == "إن" else -1.0))
    w: dict[str, float] = defaultdict(float)
    tot: dict[str, float] = defaultdict(float)
    c = 1
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(examples)
        for feats, y in examples:
            if sum(w[f] for f in feats) * y <= 0:
                for f in feats:
                    w[f] += y
                    tot[f] += c * y
            c += 1
    avg = {f: round(w[f] - tot[f] / c, 4) for f in sorted(w)}
    return {f: v for f, v in avg.items() if v}


def write_an(sents: list[Sent], out: Path) -> None:
    weights = train_an(sents)
    (out / "an.json").write_text(json.dumps({"version": 1, "weights": weights},
                                            ensure_ascii=False, sort_keys=True) + "\n",
                                 encoding="utf-8")
    print(f"إن/أن model: {len(weights)} weights", file=sys.stderr)


def _best(counter: Counter):
    return max(counter.items(), key=lambda kv: (kv[1], kv[0]))[0]


def host_spellings(rewrite: dict[str, Counter], spell: dict[str, str]) -> dict[str, str]:
    """PADT's most frequent spelling of each host word (by folded key) where it differs from
    the raw-news one: PADT writes «الإستراتيجية» where the news mostly write «الاستراتيجية»."""
    by_key: dict[str, Counter] = defaultdict(Counter)
    for c in rewrite.values():
        for word, n in c.items():
            by_key[fold(word)][word] += n
    out = {}
    for k, c in by_key.items():
        best = _best(c)
        if best != spell.get(k, k):
            out[k] = best
    return out


NEAR = 1   # a train analysis this close to the top count is a rival the ranking model judges


def memo_table(analyses: dict[str, Counter], weights: dict[str, float],
               res: Resources) -> dict[str, tuple[str, ...]]:
    """The memorized analysis of every train form: the most frequent one, except that when
    other analyses come within :data:`NEAR` occurrences of it (1 against 1, 2 against 1, 39
    against 39), the ranking model picks among those rivals («نظرنا» seen once whole and once
    نظر + نا). Rivals the model cannot produce (مما → من + ما) keep the count order."""
    memo = {}
    get = weights.get
    for b, c in analyses.items():
        top = _best(c)
        rivals = {}
        if is_arabic_word(b) and decompose(b, top) is not None:
            for words, n in c.items():
                d = decompose(b, words) if n >= c[top] - NEAR else None
                if d is not None:
                    rivals[d[0]] = words
        if len(rivals) > 1:
            tn = res.news.get(fold(b), 0)
            cand = max(rivals, key=lambda k: (sum(get(f, 0.0) for f in features(b, k, res, tn)),
                                              c[rivals[k]], rivals[k]))
            top = rivals[cand]
        memo[b] = top
    return memo


def make_resources(sents, news, spell, weights: dict[str, float] | None = None
                   ) -> tuple[Resources, dict[str, tuple[str, ...]]]:
    """PADT lexicon tables and the memorization table (rivals judged by ``weights`` when
    given, see :func:`memo_table`; by count alone otherwise)."""
    analyses, unsplit, host, hostword, rewrite = padt_stats(sents)
    sp = dict(spell)
    res = Resources(news=news, spell=sp, unsplit=dict(unsplit), host=dict(host),
                    hostword=dict(hostword),
                    rewrite={k: _best(c) for k, c in rewrite.items()})
    res.hostspell = host_spellings(rewrite, spell)
    memo = (memo_table(analyses, weights, res) if weights is not None
            else {b: _best(c) for b, c in analyses.items()})
    return res, memo


# --------------------------------------------------------------------------- perceptron
class AvgPerceptron:
    def __init__(self) -> None:
        self.w: dict[str, float] = defaultdict(float)
        self.tot: dict[str, float] = defaultdict(float)
        self.ts: dict[str, int] = defaultdict(int)
        self.t = 0

    def score(self, feats: list[str]) -> float:
        w = self.w
        return sum(w.get(f, 0.0) for f in feats)

    def update(self, good: list[str], bad: list[str]) -> None:
        for f, d in itertools.chain(((f, 1.0) for f in good), ((f, -1.0) for f in bad)):
            self.tot[f] += (self.t - self.ts[f]) * self.w[f]
            self.ts[f] = self.t
            self.w[f] += d

    def average(self) -> dict[str, float]:
        out = {}
        for f, w in self.w.items():
            tot = self.tot[f] + (self.t - self.ts[f]) * w
            avg = tot / max(self.t, 1)
            if abs(avg) > 1e-4:
                out[f] = round(avg, 4)
        return out


def build_examples(sents: list[Sent], news, spell):
    """Jackknifed ranking examples: (feature lists per candidate, gold index)."""
    examples = []
    skipped = 0
    for k in range(FOLDS):
        held = [s for i, s in enumerate(sents) if i % FOLDS == k]
        rest = [s for i, s in enumerate(sents) if i % FOLDS != k]
        res, _ = make_resources(rest, news, spell)
        # every form of the other folds counts as seen, even one whose only analysis is an
        # artefact that :func:`fits` keeps out of the memorization table
        seen = {strip(form) for sent in rest for form, _ in sent}
        for sent in held:
            for form, words in sent:
                base = strip(form)
                if base in seen or not is_arabic_word(base):
                    continue
                d = decompose(form, words)
                cands = candidates(base)
                if d is None or d[0] not in cands:
                    skipped += 1
                    continue
                tn = news.get(fold(base), 0)
                feats = [features(base, c, res, tn) for c in cands]
                examples.append((feats, cands.index(d[0])))
    return examples, skipped


def train(examples, epochs: int) -> dict[str, float]:
    rng = random.Random(SEED)
    model = AvgPerceptron()
    order = list(range(len(examples)))
    for ep in range(epochs):
        rng.shuffle(order)
        errors = 0
        for i in order:
            feats, gold = examples[i]
            model.t += 1
            if len(feats) == 1:
                continue
            scores = [model.score(f) for f in feats]
            pred = max(range(len(feats)), key=lambda j: (scores[j], -j))
            if pred != gold:
                errors += 1
                model.update(feats[gold], feats[pred])
        print(f"  epoch {ep + 1}: {errors} errors / {len(order)}", file=sys.stderr)
    return model.average()


# --------------------------------------------------------------------------- evaluation
def lcs(a, b) -> int:
    m = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            m[i][j] = m[i + 1][j + 1] + 1 if a[i] == b[j] else max(m[i + 1][j], m[i][j + 1])
    return m[0][0]


def words_f1(sents: list[Sent], seg) -> tuple[float, float]:
    """Words F1 on gold tokens (CoNLL 2018 alignment reduces to per-token LCS) and token acc."""
    g = s = c = ok = n = 0
    for sent in sents:
        pred = seg([f for f, _ in sent])
        for (form, gw), pw in zip(sent, pred):
            n += 1
            g += len(gw)
            s += len(pw)
            if len(gw) == 1 and len(pw) == 1:
                c += 1
                ok += 1
            else:
                c += lcs(gw, pw)
                ok += tuple(gw) == tuple(pw)
    p, r = c / s, c / g
    return 200 * p * r / (p + r), 100 * ok / n


# --------------------------------------------------------------------------- model
def build_model(sents: list[Sent], news, spell, epochs: int):
    """(the ``model.json.gz`` dict, the memorization table) trained on ``sents``."""
    examples, skipped = build_examples(sents, news, spell)
    print(f"{len(examples)} ranking examples ({skipped} skipped)", file=sys.stderr)
    weights = train(examples, epochs)
    res, memo = make_resources(sents, news, spell, weights)
    model = {
        "version": 1,
        "weights": dict(sorted(weights.items())),
        "memo": {b: " ".join(w) for b, w in sorted(memo.items()) if len(w) > 1},
        "memo_whole": sorted(b for b, w in memo.items() if len(w) == 1),
        "context": context_table(sents, memo),
        "unsplit": dict(sorted(res.unsplit.items())),
        "host": dict(sorted(res.host.items())),
        "hostword": dict(sorted(res.hostword.items())),
        "rewrite": dict(sorted(res.rewrite.items())),
        "hostspell": dict(sorted(res.hostspell.items())),
    }
    return model, memo


def cross_validate(sents: list[Sent], news, spell, epochs: int) -> list[float]:
    """Words F1 (gold tokens) of each of :data:`FOLDS` folds of ``sents`` (sentence ``i`` in
    fold ``i % FOLDS``), the model (ranking, tables, context, إن/أن) trained on the rest."""
    from khabar.morph import segmenter
    scores = []
    for k in range(FOLDS):
        held = [s for i, s in enumerate(sents) if i % FOLDS == k]
        rest = [s for i, s in enumerate(sents) if i % FOLDS != k]
        model, memo = build_model(rest, news, spell, epochs)
        tables = {key: model[key] for key in ("weights", "unsplit", "host", "hostword",
                                              "rewrite", "hostspell")}
        tables["memo"] = {b: (w if len(w) > 1 else ()) for b, w in memo.items()}
        tables["context"] = {b: {p: tuple(w.split(" ")) if w else () for p, w in d.items()}
                             for b, d in model["context"].items()}
        tables.update(news=news, spell=spell, an=train_an(rest))
        segmenter.install(tables)
        scores.append(words_f1(held, segmenter.segment_tokens)[0])
        print(f"fold {k}: Words F1 {scores[-1]:.3f}", file=sys.stderr)
    segmenter.reload()
    return scores


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="shared data folder (default $KHABAR_DATA or the shared/data folder beside the checkout)")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1]
                                         / "src" / "khabar" / "models" / "morph_seg"))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--news-min", type=int, default=NEWS_MIN)
    ap.add_argument("--an-only", action="store_true",
                    help="only (re)train the إن/أن context model (an.json)")
    ap.add_argument("--cv", action="store_true",
                    help="5-fold cross-validation over PADT train (Words F1, gold tokens); "
                         "writes nothing")
    args = ap.parse_args(argv)
    t0 = time.time()
    data = data_dir(args.data)
    padt = data / "ud_arabic_padt"
    train_s = read_padt(padt / "ar_padt-ud-train.tok-upos.conllu.gz")
    if args.an_only:
        write_an(train_s, Path(args.out))
        print(f"wrote {compile_seg(Path(args.out))}", file=sys.stderr)
        return 0
    dev_s = read_padt(padt / "ar_padt-ud-dev.tok-upos.conllu")
    print(f"PADT train {len(train_s)} sents, dev {len(dev_s)} ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    news, spell = news_counts(data)
    news = {k: c for k, c in news.items() if c >= args.news_min}
    spell = {k: w for k, w in spell.items() if k in news and w != k}
    print(f"news keys {len(news)}, respellings {len(spell)} ({time.time() - t0:.0f}s)",
          file=sys.stderr)
    if args.cv:
        scores = cross_validate(train_s, news, spell, args.epochs)
        print("5-fold CV over PADT train, Words F1 on gold tokens: "
              + " ".join(f"{x:.3f}" for x in scores) + f"  mean {sum(scores) / len(scores):.3f}"
              + f" ({time.time() - t0:.0f}s)")
        return 0
    model, memo = build_model(train_s, news, spell, args.epochs)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out / "model.json.gz", "wb", mtime=0) as fh:
        fh.write(json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    with gzip.GzipFile(out / "news.tsv.gz", "wb", mtime=0) as fh:
        lines = (f"{k}\t{c}\t{spell.get(k, '')}" for k, c in sorted(news.items()))
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    write_an(train_s, out)
    compile_seg(out)    # the fast-loading tables (khabar.morph.compiled)
    print(f"wrote {out} ({time.time() - t0:.0f}s)", file=sys.stderr)

    # Dev figures (gold tokens): memorization baseline vs the shipped segmenter.
    from khabar.morph import segmenter
    segmenter.reload(out)
    seen = set(memo)

    print(f"context entries: {sum(len(v) for v in model['context'].values())}", file=sys.stderr)

    def memo_only(forms):
        return [memo.get(strip(f), (f,)) for f in forms]

    unseen_dev = [[(f, w) for f, w in s if strip(f) not in seen] for s in dev_s]
    for name, fn in (("memorization", memo_only), ("khabar", segmenter.segment_tokens)):
        f1, acc = words_f1(dev_s, fn)
        uf1, uacc = words_f1([s for s in unseen_dev if s], fn)
        print(f"dev {name:13s} Words F1 {f1:.2f}  token acc {acc:.2f}  | unseen types: "
              f"Words F1 {uf1:.2f} acc {uacc:.2f}")
    print(f"total {time.time() - t0:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
