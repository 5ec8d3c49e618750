"""The learned speaker choice: a linear score over the features of each candidate
(:mod:`khabar.quotes.candidates`), the best-scoring candidate wins (ties: the rule answer).

Weights: ``khabar/models/quotes/speaker_ranker.json`` (trained by
``training/train_speakers.py`` on the dev articles of the quote gold; see the MODEL_CARD.md
there). When the file is absent or not marked ``"use": true`` the rules decide alone.
:func:`load_ranker` raises :class:`~khabar.errors.ResourceError` on a malformed weights file.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError
from khabar.lang import quote_cues as C
from khabar.quotes.candidates import BASE, FEATURES, Candidate
from khabar.quotes.rank_feats import extra_rows
from khabar.quotes.cues import Cue
from khabar.text.normalize import normalize

WEIGHTS = Path(__file__).resolve().parents[1] / "models" / "quotes" / "speaker_ranker.json"


def _feminine(name: str | None) -> bool:
    """The first word of a name ends with ta marbuta («سامية», «غادة»)."""
    words = normalize(name or "").split()
    return bool(words) and words[0].endswith("ه") and len(words[0]) > 2


def features(spk, cue: Cue, cands: list[Candidate]) -> np.ndarray:
    """The feature matrix (one row per candidate, columns :data:`FEATURES`)."""
    art = spk.art
    k = cue.index
    ends = [i for i in range(art.n) if art.is_end(i)]
    keys = {}
    for e in spk.ents:
        keys[e.canonical] = keys.get(e.canonical, 0) + 1
    before = sorted((c for c in cands if 0 <= c.tok < k), key=lambda c: -c.tok)
    rank = {id(c): n for n, c in enumerate(before)}
    per_before = [c for c in before if c.person]
    orgs = {e.canonical for e in spk.ents if e.label == "ORG"}
    X = np.zeros((len(cands), len(FEATURES)))
    extra = extra_rows(spk, cue, cands, rank)
    for r, c in enumerate(cands):
        o = c.origins
        lo, hi = sorted((c.tok, k))
        nsent = sum(1 for i in ends if lo <= i < hi) if c.tok >= 0 else 3
        prev = art.norms[c.tok - 1] if c.tok > 0 else ""
        prev2 = art.norms[c.tok - 2] if c.tok > 1 else ""
        name = c.speaker.canonical
        fem = _feminine(name)
        row = {
            "rule": "rule" in o, "hist_last": "hist_last" in o,
            "hist_any": bool(o & {"hist", "hist_last"}),
            "region": bool(o & {"region", "region_first"}), "region_first": "region_first" in o,
            "guess": "guess" in o, "stripped": "stripped" in o,
            "adjacent_before": 0 <= k - c.tok <= 4 and c.tok < k,
            "per": c.person, "org": name in orgs and not c.person, "unnamed": not name,
            "same_sentence": nsent == 0, "sent_dist": min(nsent, 3) / 3,
            "tok_dist": math.log1p(abs(k - c.tok)) / 5 if c.tok >= 0 else 1.0,
            "rank_before": min(rank.get(id(c), 6), 6) / 6,
            "nearest_per": bool(per_before) and per_before[0] is c,
            "freq": math.log1p(keys.get(name, 0)) / 2,
            "gender_agree": cue.gender == "f" and fem,
            "gender_clash": c.person and ((cue.gender == "f" and not fem) or
                                         (cue.gender == "m" and fem)),
            "relative": prev in ("الذي", "التي") or prev2 in ("الذي", "التي"),
            "title_before": prev in C.TITLE_WORDS or prev[1:] in C.TITLE_WORDS,
            "part_same_sentence": cue.kind == "part" and nsent == 0 and c.tok < k,
            "after_cue": c.tok > k,
        }
        X[r] = [float(row[f]) for f in BASE] + extra[r]
    return X


@lru_cache(maxsize=4)
def load_ranker(path: str | None = None, force: bool = False) -> np.ndarray | None:
    """The shipped weight vector, or None when there is none to use (no file, or not marked
    ``"use": true`` unless ``force``).

    Raises ResourceError when the file is malformed or does not match :data:`FEATURES`."""
    p = Path(path) if path else WEIGHTS
    if not p.exists():
        return None
    try:
        d = json.loads(p.read_text(encoding="utf-8"))
        if not (d.get("use", False) or force):
            return None
        w = d["weights"]
        if list(d["features"]) != list(FEATURES):
            raise ResourceError(f"{p}: features do not match this version of Khabar")
        return np.array([float(w[f]) for f in FEATURES])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"{p}: bad speaker-ranker weights: {exc}") from None


def choose(w: np.ndarray, X: np.ndarray) -> int:
    """Index of the best candidate (the first among equals: the rule answer comes first)."""
    return int(np.argmax(X @ w))
