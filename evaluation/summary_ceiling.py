"""Dev-only evidence for the EASC summary target (writes nothing; see summary_ceiling.md).

Run from the repository root: ``PYTHONPATH=src python3 evaluation/summary_ceiling.py [--seed 13]``.
Only the dev half of ``evaluation/easc_split.tsv`` (odd topics) is analyzed; test articles are
dropped before the pipeline runs, so no test output is ever produced.

1. per-article ROUGE-2 / ROUGE-L (avg over the 5 references) of khabar and lead, paired
   bootstrap (10,000 resamples, seeded) 95 % CI of the mean difference;
2. ceilings: leave-one-out human agreement (each reference against the other four, at its own
   length) vs lead and khabar scored the same way; a greedy oracle extract at the budget; the
   best "lead with one swap" extract; how often references include sentence 1, 2, 3 …;
3. the one attempt (``summary_swap.py``): cross-validated, with the same bootstrap.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

import numpy as np

from khabar.evaluate.rouge import rouge_l, rouge_n
from khabar.evaluate.summary_data import EASC, Item, _parity, data_dir, read_easc, read_split
from khabar.evaluate.summary_systems import khabar_system, lead


def lcs_bits(a: list[str], b: list[str]) -> int:
    """LCS length by the bit-parallel recurrence (Allison–Dix / Hyyrö); equals
    :func:`khabar.evaluate.rouge.lcs_length`, checked on every article by ``main``."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, x in enumerate(a):
        masks[x] = masks.get(x, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for y in b:
        u = v & masks.get(y, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def _f(overlap: int, n_sys: int, n_ref: int) -> float:
    if not overlap or not n_sys or not n_ref:
        return 0.0
    p, r = overlap / n_sys, overlap / n_ref
    return 2 * p * r / (p + r)


def r2_rl(sys_toks: list[str], refs: list[list[str]]) -> tuple[float, float]:
    """Mean ROUGE-2 F and ROUGE-L F ×100 of ``sys_toks`` over ``refs`` (0s for no refs);
    the definitions of :mod:`khabar.evaluate.rouge`, with a faster LCS."""
    if not refs:
        return 0.0, 0.0
    big = Counter(zip(sys_toks, sys_toks[1:]))
    r2 = rl = 0.0
    for r in refs:
        rb = Counter(zip(r, r[1:]))
        r2 += _f(sum(min(c, rb[g]) for g, c in big.items()), len(sys_toks) - 1, len(r) - 1)
        rl += _f(lcs_bits(r, sys_toks), len(sys_toks), len(r))
    return 100 * r2 / len(refs), 100 * rl / len(refs)


def r2_rl_slow(sys_toks: list[str], refs: list[list[str]]) -> tuple[float, float]:
    """:func:`r2_rl` with :mod:`khabar.evaluate.rouge` itself (for the check)."""
    r2 = sum(rouge_n(sys_toks, r, 2)[2] for r in refs) / len(refs)
    rl = sum(rouge_l(sys_toks, r)[2] for r in refs) / len(refs)
    return 100 * r2, 100 * rl


def dev_items() -> list[Item]:
    """The dev-half EASC articles, analyzed (test rows are filtered out first)."""
    from khabar.pipeline import Pipeline
    split = read_split()
    rows = [r for r in read_easc(data_dir() / EASC) if split.get(r["topic"], _parity(r)) == "dev"]
    pipe = Pipeline(["repair", "tokens", "sentences"])
    return [Item(r, pipe) for r in rows]


def bootstrap(diff: np.ndarray, n: int = 10_000, seed: int = 13) -> tuple[float, float, float]:
    """(mean, 2.5 %, 97.5 %) of the paired bootstrap of per-article differences."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(diff), size=(n, len(diff)))
    means = diff[idx].mean(axis=1)
    return float(diff.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def cut_tokens(item: Item, chosen: list[int], budget: int) -> list[str]:
    """Tokens of ``chosen`` in text order, cut to ``budget`` words."""
    out: list[str] = []
    for i in sorted(chosen):
        out.extend(item.sent_toks[i])
    return out[:budget]


def until(order: list[int], item: Item, budget: int) -> list[int]:
    """Sentences from ``order`` until ``budget`` words are reached."""
    chosen, n = [], 0
    for i in order:
        if n >= budget:
            break
        chosen.append(i)
        n += len(item.sent_toks[i])
    return chosen


def greedy_oracle(item: Item) -> list[int]:
    """Greedy extract maximizing (R-2 + R-L)/2 against all 5 references, at the budget."""
    chosen: list[int] = []
    best = 0.0
    while sum(len(item.sent_toks[i]) for i in chosen) < item.budget:
        cand = None
        for i in range(len(item.sent_toks)):
            if i in chosen or not item.sent_toks[i]:
                continue
            s = sum(r2_rl(item.tokens_of(chosen + [i]), item.refs)) / 2
            if s > best:
                best, cand = s, i
        if cand is None:
            break
        chosen.append(cand)
    return chosen


def swap_candidates(item: Item) -> list[list[int]]:
    """Lead, and every "lead with one swap": one lead sentence replaced by a later one (the
    extract is then refilled from the top to the budget)."""
    base = lead(item)
    out = [base]
    n = len(item.sent_toks)
    for drop in base:
        for add in range(len(base), n):
            if not item.sent_toks[add]:
                continue
            order = [i for i in range(n) if i != drop and i != add]
            keep = [add] + order
            out.append(sorted(until(keep, item, item.budget)))
    return out


def contains(sent: list[str], ref: list[str]) -> bool:
    """The reference contains the sentence (≥ 80 % of its distinct tokens; as picked_share)."""
    s = set(sent)
    return bool(s) and len(s & set(ref)) / len(s) >= 0.8


def main(argv: list[str] | None = None) -> int:
    """Print the dev figures; returns 0. Raises what the pipeline and ``read_easc`` raise."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-oracle", action="store_true")
    args = ap.parse_args(argv)
    items = dev_items()
    print(f"dev articles: {len(items)}; budget avg {np.mean([it.budget for it in items]):.1f} "
          f"words; sentences avg {np.mean([len(it.sent_toks) for it in items]):.1f}")
    kh = khabar_system()
    per = {"lead": [], "khabar": []}
    for it in items:
        per["lead"].append(r2_rl(it.tokens_of(lead(it)), it.refs))
        per["khabar"].append(r2_rl(it.tokens_of(kh(it)), it.refs))
    L, K = np.array(per["lead"]), np.array(per["khabar"])
    chk = max(abs(a - b) for it in items
              for a, b in zip(r2_rl(it.tokens_of(lead(it)), it.refs),
                              r2_rl_slow(it.tokens_of(lead(it)), it.refs)))
    print(f"fast ROUGE vs khabar.evaluate.rouge on lead, max abs difference: {chk:.2e}")
    print("\n## 1. per-article scores, paired bootstrap (10k, seed %d)" % args.seed)
    for name, a in (("lead", L), ("khabar", K)):
        print(f"{name}: R-2 {a[:, 0].mean():.2f}  R-L {a[:, 1].mean():.2f}")
    for j, m in enumerate(("R-2", "R-L")):
        d = K[:, j] - L[:, j]
        mu, lo, hi = bootstrap(d, seed=args.seed)
        print(f"khabar - lead {m}: {mu:+.2f}  95% CI [{lo:+.2f}, {hi:+.2f}]  "
              f"wins/ties/losses {int((d > 1e-9).sum())}/{int((abs(d) <= 1e-9).sum())}/"
              f"{int((d < -1e-9).sum())}")

    print("\n## 2a. leave-one-out: each reference vs the other four, at its own length")
    hum, led, khl = [], [], []
    from khabar.summarize.extractive import summarize
    for it in items:
        h, l_, k_ = [], [], []
        for k, ref in enumerate(it.refs):
            others = it.refs[:k] + it.refs[k + 1:]
            h.append(r2_rl(ref, others))
            l_.append(r2_rl(cut_tokens(it, until(list(range(len(it.sent_toks))), it, len(ref)),
                                       len(ref)), others))
            k_.append(r2_rl(cut_tokens(it, summarize(it.doc, max_words=max(1, len(ref))),
                                       len(ref)), others))
        hum.append(np.mean(h, axis=0))
        led.append(np.mean(l_, axis=0))
        khl.append(np.mean(k_, axis=0))
    H, LL, KL = np.array(hum), np.array(led), np.array(khl)
    for name, a in (("humans", H), ("lead", LL), ("khabar", KL)):
        print(f"{name}: R-2 {a[:, 0].mean():.2f}  R-L {a[:, 1].mean():.2f}")
    for j, m in enumerate(("R-2", "R-L")):
        mu, lo, hi = bootstrap(H[:, j] - LL[:, j], seed=args.seed)
        print(f"humans - lead {m}: {mu:+.2f} [{lo:+.2f}, {hi:+.2f}]")

    print("\n## 2c. which sentences the references include (≥ 80 % of a sentence's words)")
    pos: Counter[int] = Counter()
    have: Counter[int] = Counter()
    prefix = 0
    in_lead = total = 0
    nrefs = 0
    lead_len = []
    for it in items:
        lset = set(lead(it))
        lead_len.append(len(lset))
        for k in range(min(len(it.sent_toks), 10)):
            have[k] += len(it.refs)
        for ref in it.refs:
            nrefs += 1
            got = [i for i, s in enumerate(it.sent_toks) if contains(s, ref)]
            prefix += bool(got) and got == list(range(len(got)))
            for i, s in enumerate(it.sent_toks):
                if contains(s, ref):
                    pos[min(i, 10)] += 1
                    total += 1
                    in_lead += i in lset
    print("share of references including sentence k (k = 1 … 10; articles having it):")
    print("  " + "  ".join(f"{k + 1}:{100 * pos[k] / max(have[k], 1):.0f}%" for k in range(10)))
    print(f"sentences 11+ included per reference: {pos[10] / nrefs:.2f}; reference sentences "
          f"per reference {total / nrefs:.2f}; references that are exactly the first k "
          f"sentences (k ≥ 1): {prefix}/{nrefs}")
    print(f"lead cut: {np.mean(lead_len):.1f} sentences avg; reference sentences inside it: "
          f"{in_lead}/{total} = {100 * in_lead / max(total, 1):.1f}%")

    if not args.no_oracle:
        print("\n## 2b. oracle extracts at the budget (against all 5 references)")
        O = np.array([r2_rl(it.tokens_of(greedy_oracle(it)), it.refs) for it in items])
        S = []
        for it in items:
            S.append(max((r2_rl(it.tokens_of(c), it.refs) for c in swap_candidates(it)),
                         key=lambda v: v[0] + v[1]))
        S = np.array(S)
        print(f"greedy oracle: R-2 {O[:, 0].mean():.2f}  R-L {O[:, 1].mean():.2f}")
        print(f"best lead-with-one-swap (oracle choice): R-2 {S[:, 0].mean():.2f}  "
              f"R-L {S[:, 1].mean():.2f}; lead kept best in "
              f"{int(((S - L).sum(axis=1) <= 1e-9).sum())}/{len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
