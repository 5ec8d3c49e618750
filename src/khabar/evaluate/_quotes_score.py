"""Scoring of ``khabar evaluate quotes``: span matching (Jaccard overlap, one-to-one, best
first), the speaker rule and the per-system counts (``Score``). Nothing here raises."""
from __future__ import annotations

from typing import Any, Sequence

OVERLAP = 0.8


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
