"""``khabar evaluate quotes``: quotes scored on our hand-annotated gold (evaluation/quotes/).

Gold: ``evaluation/quotes/gold.jsonl`` (format and guidelines in that folder's README.md),
offsets into the article texts of ANT and EASC, read from the shared data folder
(``$KHABAR_DATA``), which the repository does not copy.

Each gold article's text is run through the default pipeline (``khabar.analyze``) and the
quotes of the document are taken (``find_quotes`` when no ``quotes`` component ran).
Printed, for Khabar and for a baseline in the same run:

- content spans: P/R/F1 with exact match, and with overlap ≥ 0.8 where overlap is the
  Jaccard ratio |intersection| / |union| of the two character spans (one-to-one matching,
  best overlap first);
- speaker accuracy over the overlap-matched quotes: a gold speaker with a canonical name
  matches when the predicted canonical is equal after normalization (diacritics, hamza/alef,
  ya, ta marbuta, spaces); an unnamed gold speaker (canonical null) matches a predicted
  speaker with no canonical whose span overlaps the gold span or whose normalized text is
  equal; a missing predicted speaker is wrong;
- direct/indirect accuracy over the matched quotes;
- speed of the quote step (words/s) and of the whole pipeline.

Baseline: quotation marks only (« », “ ”, straight pairs, three words or more), every one
a direct quote, speaker = the nearest PER entity before it.

``--speakers rules|learned`` compares the rule-based speaker choice with the learned ranker
(``training/train_speakers.py``); the default is the shipped choice.

Develop on ``--split dev``; ``--split test`` is for reporting.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path
from typing import Any, Sequence

from khabar.errors import InputError
from khabar.evaluate import data_dir

GOLD = Path(__file__).resolve().parents[3] / "evaluation" / "quotes" / "gold.jsonl"
OVERLAP = 0.8


def _texts(data: Path, sources: set[str]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    try:
        if "ant" in sources:
            with gzip.open(data / "ant_corpus_v1.1_topics" / "ant_v1.1.jsonl.gz", "rt",
                           encoding="utf-8") as fh:
                for line in fh:
                    d = json.loads(line)
                    out[("ant", d["docno"])] = d["text"]
        if "easc" in sources:
            with open(data / "easc_summarization" / "easc.jsonl", encoding="utf-8") as fh:
                for line in fh:
                    d = json.loads(line)
                    out[("easc", d["topic"])] = d["article"]
    except OSError as exc:
        raise InputError(f"cannot read article texts under {data}: {exc.strerror}; set "
                         f"KHABAR_DATA to the shared data folder") from None
    return out


def load_gold(path: Path | str | None = None, data: Path | None = None) -> list[dict[str, Any]]:
    """Gold articles (``source, docno, split, quotes``) with their ``text`` added."""
    path = Path(path) if path else GOLD
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    except OSError as exc:
        raise InputError(f"cannot read quote gold {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: bad JSON line: {exc}") from None
    texts = _texts(data or data_dir(), {r["source"] for r in rows})
    for r in rows:
        key = (r["source"], r["docno"])
        if key not in texts:
            raise InputError(f"{path}: article {key} not found in the shared data")
        r["text"] = texts[key]
    return rows


# ---------------------------------------------------------------------------------------

def norm_name(s: str | None) -> str:
    from khabar.text.normalize import normalize
    if not s:
        return ""
    return "".join(normalize(s).split())


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(gold: list[tuple[int, int]], pred: list[tuple[int, int]],
          threshold: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs with overlap ≥ threshold, best first."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            o = _jaccard(g, p)
            if o >= threshold and o > 0:
                cands.append((-o, i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def speaker_ok(text: str, g: dict, p: dict | None) -> bool:
    """Does predicted speaker ``p`` (dict with span/canonical) match gold quote ``g``?"""
    if p is None:
        return False
    gc = g["speaker_canonical"]
    if gc:
        return bool(p["canonical"]) and norm_name(p["canonical"]) == norm_name(gc)
    if p["canonical"]:
        return False
    gs, ge = g["speaker"]
    ps, pe = p["span"]
    if min(ge, pe) > max(gs, ps):
        return True
    return norm_name(text[gs:ge]) == norm_name(text[ps:pe])


class Score:
    def __init__(self) -> None:
        self.n_gold = self.n_pred = 0
        self.exact = self.loose = 0
        self.spk = self.spk_n = 0
        self.dir = 0
        self.errors: list[str] = []

    def add(self, text: str, gold: list[dict], pred: list[dict], name: str = "") -> None:
        gspans = [tuple(q["content"]) for q in gold]
        pspans = [q["content"] for q in pred]
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        self.exact += len(match(gspans, pspans, 1.0))
        pairs = match(gspans, pspans, OVERLAP)
        self.loose += len(pairs)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, j in pairs:
            g, p = gold[i], pred[j]
            self.spk_n += 1
            ok = speaker_ok(text, g, p["speaker"])
            self.spk += ok
            self.dir += g["direct"] == p["direct"]
            if not ok:
                ps = p["speaker"]
                got = None if ps is None else (text[ps["span"][0]:ps["span"][1]],
                                               ps["canonical"])
                self.errors.append(f"{name} SPEAKER gold={g['speaker_text']!r}/"
                                   f"{g['speaker_canonical']!r} got={got} "
                                   f"cue={g['cue_text']!r} «{g['content_text'][:40]}»")
        for i, g in enumerate(gold):
            if i not in matched_g:
                self.errors.append(f"{name} MISSED cue={g['cue_text']!r} "
                                   f"«{g['content_text'][:60]}»")
        for j, p in enumerate(pred):
            if j not in matched_p:
                s, e = p["content"]
                self.errors.append(f"{name} EXTRA cue={text[p['cue'][0]:p['cue'][1]]!r} "
                                   f"«{text[s:e][:60]}»")

    @staticmethod
    def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def row(self, label: str) -> str:
        ep, er, ef = self._prf(self.exact, self.n_pred, self.n_gold)
        lp, lr, lf = self._prf(self.loose, self.n_pred, self.n_gold)
        sa = self.spk / self.spk_n if self.spk_n else 0.0
        da = self.dir / self.spk_n if self.spk_n else 0.0
        return (f"{label:<22} {self.n_pred:>5} {ep:6.3f} {er:6.3f} {ef:6.3f}   "
                f"{lp:6.3f} {lr:6.3f} {lf:6.3f}   {sa:6.3f} ({self.spk}/{self.spk_n})  "
                f"{da:6.3f}")


def _as_dicts(quotes: Sequence[Any]) -> list[dict]:
    out = []
    for q in quotes:
        sp = q.speaker
        out.append({"content": (q.content.start, q.content.end),
                    "cue": (q.cue.start, q.cue.end), "direct": q.direct,
                    "speaker": None if sp is None else {"span": (sp.start, sp.end),
                                                        "canonical": sp.canonical}})
    return out


def baseline_quotes(doc: Any) -> list[dict]:
    """Quotation marks only: pairs of « », “ ”, straight quotes (by alternation within a
    paragraph), three words or more; speaker = nearest PER entity before the quote."""
    raw = doc.raw
    out = []
    pers = sorted((e for e in doc.entities if e.label == "PER"), key=lambda e: e.start)

    def emit(s: int, e: int) -> None:
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if len(raw[s:e].split()) < 3:
            return
        sp = None
        for ent in pers:
            if ent.end <= s:
                sp = {"span": (ent.start, ent.end), "canonical": ent.canonical}
        out.append({"content": (s, e), "cue": (s, s), "direct": True, "speaker": sp})

    for para_start, para in _paragraphs(raw):
        stack: dict[str, int] = {}
        for i, ch in enumerate(para):
            pos = para_start + i
            if ch in "«“":
                stack[ch] = pos + 1
            elif ch == "»" and "«" in stack:
                emit(stack.pop("«"), pos)
            elif ch == "”" and "“" in stack:
                emit(stack.pop("“"), pos)
            elif ch == '"':
                if '"' in stack:
                    emit(stack.pop('"'), pos)
                else:
                    stack['"'] = pos + 1
    return out


def _paragraphs(raw: str):
    pos = 0
    for line in raw.split("\n"):
        yield pos, line
        pos += len(line) + 1


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="khabar evaluate quotes", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("test", "dev", "all"), default="test")
    ap.add_argument("--batch", type=int, choices=range(1, 12), metavar="1-11",
                    help="only the articles of one annotation batch (4-11: held-out dev "
                         "batches, see evaluation/quotes/README.md)")
    ap.add_argument("--by-batch", action="store_true",
                    help="also print the scores of each annotation batch")
    ap.add_argument("--gold", help="gold JSONL (default: evaluation/quotes/gold.jsonl)")
    ap.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    ap.add_argument("--speakers", choices=("shipped", "rules", "learned"), default="shipped",
                    help="speaker choice: as shipped, the rules alone, or the learned ranker "
                         "(khabar/models/quotes/speaker_ranker.json, even when not marked "
                         "for use)")
    args = ap.parse_args(argv)
    weights = None
    if args.speakers == "learned":
        from khabar.quotes.ranker import load_ranker
        weights = load_ranker(force=True)
        if weights is None:
            raise InputError("no speaker-ranker weights: run training/train_speakers.py")

    import khabar
    from khabar.quotes import find_quotes

    gold = [g for g in load_gold(args.gold) if (args.split == "all" or g["split"] == args.split)
            and (args.batch is None or g.get("batch") == args.batch)]
    if not gold:
        raise InputError(f"no gold articles in split {args.split!r}"
                         + (f", batch {args.batch}" if args.batch else ""))
    ours, base = Score(), Score()
    batches: dict[int, Score] = {}
    words = 0
    t_pipe = t_quotes = 0.0
    for g in gold:
        text = g["text"]
        t0 = time.perf_counter()
        doc = khabar.analyze(text)
        t1 = time.perf_counter()
        if args.speakers != "shipped":
            quotes = find_quotes(doc, learned=weights is not None, weights=weights)
        else:
            # the quote step is timed on its own even when the pipeline already ran it
            quotes = find_quotes(doc)
            quotes = doc.quotes or quotes
        t_quotes += time.perf_counter() - t1
        t_pipe += t1 - t0
        words += len(doc.tokens)
        ours.add(text, g["quotes"], _as_dicts(quotes), g["docno"])
        if args.by_batch:
            batches.setdefault(g.get("batch", 0), Score()).add(
                text, g["quotes"], _as_dicts(quotes), g["docno"])
        base.add(text, g["quotes"], baseline_quotes(doc), g["docno"])
    n_q = sum(len(g["quotes"]) for g in gold)
    print(f"quotes, split {args.split}{f', batch {args.batch}' if args.batch else ''}: "
          f"{len(gold)} articles, {n_q} gold quotes "
          f"({sum(q['direct'] for g in gold for q in g['quotes'])} direct)")
    print(f"content overlap = |intersection| / |union| of character spans (Jaccard), "
          f"threshold {OVERLAP}; speaker and direct accuracy over overlap-matched quotes")
    print(f"{'system':<22} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}   "
          f"{'P≥.8':>6} {'R≥.8':>6} {'F1≥.8':>6}   {'speaker acc':<18}  direct")
    print(f"{'':<22} {'':>5} {'exact':^20}   {'overlap ≥ 0.8':^20}")
    print(ours.row("khabar"))
    print(base.row("baseline (marks only)"))
    for b in sorted(batches):
        print(batches[b].row(f"khabar, batch {b}"))
    if t_quotes:
        print(f"speed: quotes step {words / t_quotes:,.0f} words/s; whole pipeline "
              f"{words / t_pipe:,.0f} words/s ({words} tokens)")
    if args.errors:
        for e in ours.errors:
            print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
