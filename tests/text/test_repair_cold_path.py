"""The repair's cold path (issue 3, speed): the frequent-key set kept by the loader, the split
search that looks each piece up once and the early exits of ``decide`` give exactly what the
plain definitions give."""
from __future__ import annotations

import math
import sys

import pytest

from khabar.text.repair import WORD_RE, _decision
from khabar.text.repair.candidates import BARE_PIECES, PLAIN_WORD, wasl_variant
from khabar.text.repair.guard import weak_split
from khabar.text.repair.lexicon import FREQUENT_AT, lexicon, write_model
from khabar.text.repair.scoring import (MIN_PIECE, MIN_SPELL_CAND, MIN_UNATTESTED, SPLIT_GAIN,
                                        UNK_FREE, UNK_LETTER, Decision, _cond, best_split,
                                        decide)

# The module, not the function of the same name that khabar.text.repair exports.
LEX = sys.modules["khabar.text.repair.lexicon"]

GLUED = ["الأممالمتحدة", "الأممالمتحدةبجنوب", "رئيسالوزراء", "وزارةالخارجية", "فيمخيمات",
         "التيفود", "الذيكان", "فيتعامل", "مجلسالأمنالدولي", "السملية", "مخميات", "وإلتزام",
         "إعترف", "وأثني", "الحكومه", "بالوفدين", "لسكانها", "ينتهكونها"]


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def _reference_best_split(lex, key: str) -> Decision | None:
    """The split search as first written: every piece looked up again for every state."""
    n = len(key)
    if n < 4 or n > 40:
        return None
    best: list[dict] = [dict() for _ in range(n + 1)]
    best[0][""] = (0.0, ())
    for i in range(n):
        for last, (score, pieces) in best[i].items():
            if len(pieces) >= 4:
                continue
            for j in range(i + 2, min(n, i + 16) + 1):
                piece = key[i:j]
                cp = lex.count(piece)
                if cp < MIN_PIECE or piece in BARE_PIECES:
                    continue
                s = score + math.log(_cond(lex, last or None, piece, cp / lex.total))
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
    kind = "context" if weak_split(lex, pieces) else "split"
    target = "split" if kind == "context" else "spelling"
    return Decision(kind, " ".join(pieces), conf, target=target)


def test_loader_keeps_the_frequent_keys(lex):
    assert FREQUENT_AT == MIN_SPELL_CAND     # else the spelling set is rebuilt on first use
    freq = lex.frequent(FREQUENT_AT)
    assert freq == {w for w, c in lex.uni.items() if c >= FREQUENT_AT}
    assert "الحكومة" in freq and "مخميات" not in freq
    assert lex.frequent(1000) == {w for w, c in lex.uni.items() if c >= 1000}


def test_repeated_key_counts_as_in_the_dict(tmp_path):
    write_model(tmp_path, [("الحكومة", 50), ("مخيمات", 40), ("السلمية", 35), ("مخيمات", 3)],
                128, {})
    lex = LEX.load_model(tmp_path)
    assert lex.count("مخيمات") == 3
    assert lex.frequent(FREQUENT_AT) == {"الحكومة", "السلمية"}


def test_best_split_equals_the_plain_search(lex, page):
    words = list(dict.fromkeys(w for w in WORD_RE.findall(page) if PLAIN_WORD.fullmatch(w)))
    # glued neighbours of the page as well: most split, some not
    words += [a + b for a, b in zip(words, words[1:])][:300] + GLUED
    splits = 0
    for w in words:
        got = best_split(lex, w)
        assert got == _reference_best_split(lex, w), w
        splits += got is not None
    assert splits > 100
    assert best_split(lex, "الأممالمتحدة").replacement == "الأمم المتحدة"


def test_early_exits_keep_every_decision(lex, page):
    words = list(dict.fromkeys(WORD_RE.findall(page))) + GLUED
    kinds = set()
    for w in words:
        plain = len(w) <= 40 and PLAIN_WORD.fullmatch(w)
        d = _decision(lex, w)
        assert d == (decide(lex, w) if plain else None), w
        kinds.add(d.kind if d else None)
    assert {None, "split", "orthography", "context"} <= kinds
    assert wasl_variant("والتزام") is None and wasl_variant("وإلتزام") == "والتزام"
