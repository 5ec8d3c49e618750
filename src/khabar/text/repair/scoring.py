"""Per-word-type repair decisions: orthography rules, LM word splitting, noisy-channel spelling.

A decision depends only on the word type, except spelling, which returns candidates that
:func:`rescore` ranks with the neighbouring words (bigram LM). Nothing here raises on a
lexicon key.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from khabar.text.repair.candidates import (BARE_PIECES, analyzable, definite, edits1_by_kind,
                                           final_variants, stems, wasl_variant)
from khabar.text.repair.guard import context_supports, weak_split
from khabar.text.repair.lexicon import Lexicon

PROTECT = 50          # words seen this often are never touched (frequent as they are)
RARE = 1              # spelling/split only for words seen at most this often (pruned: < 2)
MIN_CAND = 10         # an orthographic variant must be a word seen at least this often
MIN_SPELL_CAND = 30   # a spelling correction must be seen this often (rare words are often
                      # valid neighbours: المتشرد → التشرد)
MIN_SPELL_LEN = 5     # shorter words have too many valid neighbours
MIN_PIECE = 5         # each piece of a split must be seen at least this often
STEM_MIN = 5          # clitic analysis: stem seen at least this often = valid word
ORTHO_RATIO = 3.0     # an orthographic variant must be this many times more frequent
LAMBDA = 0.7          # bigram weight in the interpolated LM
SPLIT_GAIN = math.log(5.0)  # split must beat the whole word by this log-likelihood
UNK_LETTER = math.log(12.0)   # an unknown word loses this much per letter beyond UNK_FREE
UNK_FREE = 5
ANALYZED_PAIR = 10           # a clitic-analyzable word splits only into pairs seen this often
MIN_UNATTESTED = 5           # pieces joined by an unseen bigram must each be seen this often
SPELL_GAIN = math.log(20.0)  # correction must beat keeping the word by this
SPELL_MARGIN = math.log(5.0)  # ... and the runner-up candidate by this
CHANNEL = {"trans": math.log(1e-2), "del": math.log(1e-2), "ins": math.log(1e-2),
           "sub": math.log(3e-3)}


@dataclass(frozen=True, slots=True)
class Decision:
    """``kind`` is split|spelling|orthography|context (to rescore with the neighbours: spelling
    candidates, an orthographic variant, or a weak split in ``replacement``, per ``target``)."""

    kind: str
    replacement: str = ""
    confidence: float = 0.0
    candidates: tuple[tuple[str, float], ...] = ()
    target: str = "spelling"


def _p(lex: Lexicon, w: str) -> float:
    return lex.count(w) / lex.total


def _cond(lex: Lexicon, prev: str | None, w: str, pw: float) -> float:
    """Interpolated P(w | prev)."""
    if prev is None:
        return pw
    cp = lex.count(prev)
    if cp == 0:
        return (1 - LAMBDA) * pw
    return LAMBDA * lex.bigram(prev, w) / cp + (1 - LAMBDA) * pw


def decide(lex: Lexicon, key: str) -> Decision | None:
    """The repair of a word type (a lexicon key of basic Arabic letters), or ``None``."""
    c = lex.uni.get(key, 0)
    if c >= PROTECT or len(key) < 3:
        return None
    wv = wasl_variant(key)
    if wv is not None:
        cv = lex.count(wv)
        if cv >= MIN_CAND and cv >= ORTHO_RATIO * max(c, 1):
            return Decision("orthography", wv, cv / (cv + c + 1))
    for v in final_variants(key):
        cv = lex.count(v)
        if cv < MIN_CAND or cv < 20 * max(c, 1):
            continue
        if key[-1] == "ه" and not definite(key) and analyzable(key, lex.count, STEM_MIN):
            continue  # a known stem plus the pronoun ـه (وبناءه), not a lost ta marbuta
        if c == 0:
            return Decision("orthography", v, round(cv / (cv + 1), 3))
        # Both spellings are seen: let the neighbours decide (سيبقي باب vs وأثني الأمين).
        return Decision("context", candidates=((v, 0.0),), target="orthography")
    if c > RARE:
        return None
    if analyzable(key, lex.count, STEM_MIN):
        # A clitic analysis can be chance (الذيكان = ال + ذيك + ان): a split whose pieces are
        # seen together more often than the best stem is seen alone still wins (not فيتعامل).
        split = best_split(lex, key)
        if split is None:
            return None
        need = max(ANALYZED_PAIR, 1 + max(lex.count(s) for s in stems(key)))
        return split if _seen_pairs(lex, split.replacement, need) else None
    split = best_split(lex, key)
    if split is not None:
        return split
    cands = spelling_candidates(lex, key)
    return Decision("context", candidates=cands) if cands else None


def _seen_pairs(lex: Lexicon, text: str, need: int) -> bool:
    """True when every adjacent pair of the words of ``text`` is seen ``need`` times."""
    pieces = text.split(" ")
    return all(lex.bigram(a, b) >= need for a, b in zip(pieces, pieces[1:]))


def best_split(lex: Lexicon, key: str) -> Decision | None:
    """Dynamic-programming split into 2–4 known words under the unigram/bigram LM."""
    n = len(key)
    if n < 4 or n > 40:
        return None
    # best[i] = {last_piece: (logscore, pieces)} for splits of key[:i]
    best: list[dict[str, tuple[float, tuple[str, ...]]]] = [dict() for _ in range(n + 1)]
    best[0][""] = (0.0, ())
    get, total = lex.uni.get, lex.total
    for i in range(n):
        states = best[i]
        if not states:
            continue
        # The known pieces from i, looked up once for all the splits ending at i.
        nexts = [(j, piece, cp / total) for j in range(i + 2, min(n, i + 16) + 1)
                 if (cp := get(piece := key[i:j], 0)) >= MIN_PIECE
                 and piece not in BARE_PIECES]
        if not nexts:
            continue
        for last, (score, pieces) in states.items():
            if len(pieces) >= 4:
                continue
            for j, piece, pw in nexts:
                s = score + math.log(_cond(lex, last or None, piece, pw))
                cur = best[j].get(piece)
                if cur is None or s > cur[0]:
                    best[j][piece] = (s, pieces + (piece,))
    finals = [v for v in best[n].values() if len(v[1]) >= 2]
    if not finals:
        return None
    score, pieces = max(finals)
    whole = math.log((lex.count(key) + 0.5) / lex.total) - UNK_LETTER * max(0, n - UNK_FREE)
    gain = score - whole
    if gain < SPLIT_GAIN:
        return None
    for a, b in zip(pieces, pieces[1:]):
        if lex.bigram(a, b) == 0 and min(lex.count(a), lex.count(b)) < MIN_UNATTESTED:
            return None
    conf = round(max(0.5, min(1.0 - math.exp(-(gain - SPLIT_GAIN) / 4 - 1.0), 0.99)), 3)
    if weak_split(lex, pieces):   # a rare name-like word: let the neighbours decide
        return Decision("context", " ".join(pieces), conf, target="split")
    return Decision("split", " ".join(pieces), conf)


def spelling_candidates(lex: Lexicon, key: str) -> tuple[tuple[str, float], ...]:
    """Known edit-1 neighbours with their channel log-probability (best per candidate).

    The candidates of :func:`~khabar.text.repair.candidates.edits1`, kind by kind in its
    order, built with list comprehensions and intersected in C with the set of keys seen
    ``MIN_SPELL_CAND`` times (:meth:`Lexicon.frequent`, a sixth of the unigram dict, so the
    hundreds of look-ups per word stay in the CPU cache). The same result as looping over
    ``edits1`` (each candidate keeps its best channel score; the output is sorted), about
    twice as fast as looking each candidate up in the unigram dict: this runs for every rare
    word type."""
    if len(key) < MIN_SPELL_LEN:
        return ()
    frequent = lex.frequent(MIN_SPELL_CAND)
    out: dict[str, float] = {}
    for kind, cands in edits1_by_kind(key):
        lp = CHANNEL[kind]
        for cand in frequent.intersection(cands):
            if lp > out.get(cand, -1e9):
                out[cand] = lp
    return tuple(sorted(out.items()))


def rescore(lex: Lexicon, key: str, d: Decision, left: str | None,
            right: str | None) -> Decision | None:
    """Pick the spelling candidate that best fits the neighbours, if it wins clearly; keep a
    weak split only when a neighbour is seen next to it (:mod:`~khabar.text.repair.guard`)."""
    if d.target == "split":
        ok = context_supports(lex, d.replacement.split(" "), left, right)
        return Decision("split", d.replacement, d.confidence) if ok else None
    def ctx(w: str) -> tuple[float, bool]:
        pw = max(_p(lex, w), 0.5 / lex.total)
        s = math.log(_cond(lex, left, w, pw))
        attested = left is not None and lex.bigram(left, w) > 0
        if right is not None:
            pr = max(_p(lex, right), 0.5 / lex.total)
            s += math.log(_cond(lex, w, right, pr))
            attested = attested or lex.bigram(w, right) > 0
        return s, attested

    keep, keep_att = ctx(key)
    if d.target == "orthography":
        cand = d.candidates[0][0]
        s, att = ctx(cand)
        if att and not keep_att and s - keep >= SPELL_GAIN:
            return Decision("orthography", cand, round(1 - math.exp(keep - s), 3))
        return None
    scored = []
    for cand, lp in d.candidates:
        s, att = ctx(cand)
        scored.append((s + lp, s, att, cand))
    scored.sort(reverse=True)
    total, s, att, cand = scored[0]
    if not att and lex.count(cand) < 1000:
        return None
    if total - keep < SPELL_GAIN:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < SPELL_MARGIN:
        return None
    odds = sum(math.exp(x[0] - total) for x in scored) + math.exp(keep - total)
    return Decision("spelling", cand, round(min(1.0 / odds, 0.99), 3))
