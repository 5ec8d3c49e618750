"""The CoNLL 2018 shared task evaluation (Tokens, Sentences, Words, UPOS, Lemmas), written
from the published definition (Zeman et al. 2018, "CoNLL 2018 Shared Task: Multilingual
Parsing from Raw Text to Universal Dependencies", section 3, and the task's evaluation page).

The definition, as implemented here:

* Both files are read as sequences of characters: the FORMs of the surface tokens (a
  multiword-token line ``i-j``, or a word line outside any range) concatenated with every
  space character (Unicode category Zs) removed. The two character sequences must be
  identical (else :class:`ConllError`); sentence breaks and ``SpaceAfter`` are ignored.
* A token's span is its ``[start, end)`` in that sequence; a syntactic word inherits the span
  of its token (all words of a multiword token share it) and is flagged ``multiword``.
* **Tokens** and **Sentences**: precision/recall/F1 of exactly matching spans.
* **Words** are aligned in one left-to-right pass. Outside multiword tokens, a gold and a
  system word align when their spans are equal. Where either side has a multiword token, the
  minimal stretch of words covering all overlapping (multiword) tokens on both sides is
  taken, and its gold and system words are aligned by the longest common subsequence of
  their (lowercased) FORMs. Words F1 = aligned / system words (P), aligned / gold words (R).
* **UPOS** / **Lemmas**: aligned words whose column also matches, over the same
  denominators. In the official Lemmas metric a gold lemma ``_`` counts as matching anything.
  ``LemmasGold`` restricts it to words whose gold lemma is not ``_``: recall over those gold
  words; precision over the system words whose token starts inside a gold token that has a
  lemma. ``LemmasGoldNoDiac`` is the same with Arabic diacritics (and tatweel) removed from
  both lemmas before comparing.

Use: ``evaluate(gold_text, system_text)`` → ``{metric: Score}``; or run this module with two
files: ``python -m khabar.evaluate.conll18 GOLD SYSTEM``.

Parts: :mod:`khabar.evaluate.conll18_read` (CoNLL-U reading) and
:mod:`khabar.evaluate.conll18_align` (word alignment); their public names are re-exported here.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from khabar.evaluate.conll18_align import align_words
from khabar.evaluate.conll18_read import FORM, LEMMA, UPOS, ConllError, UDDoc, UDWord, load_conllu

__all__ = ["FORM", "LEMMA", "UPOS", "ConllError", "Score", "UDDoc", "UDWord", "align_words",
           "dediacritize", "evaluate", "evaluate_docs", "format_table", "load_conllu", "main",
           "spans_score"]


@dataclass(frozen=True)
class Score:
    """Counts of one metric: gold and system items, correct ones, aligned words (word metrics)."""

    gold: int
    system: int
    correct: int
    aligned: int | None = None

    @property
    def precision(self) -> float:
        return self.correct / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        d = self.system + self.gold
        return 2 * self.correct / d if d else 0.0

    @property
    def aligned_accuracy(self) -> float | None:
        if self.aligned is None:
            return None
        return self.correct / self.aligned if self.aligned else 0.0


def spans_score(gold: list[tuple[int, int]], system: list[tuple[int, int]]) -> Score:
    """Exactly matching spans of ``gold`` and ``system``. Raises nothing."""
    gs, ss = set(gold), set(system)
    return Score(len(gold), len(system), len(gs & ss))


# --------------------------------------------------------------------------- metrics
_DIACRITICS = frozenset([chr(c) for c in range(0x0610, 0x061B)]
                        + [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"]
                        + [chr(c) for c in range(0x06D6, 0x06EE)])


def dediacritize(s: str) -> str:
    """Remove Arabic diacritics, the superscript alef and tatweel (for the lemma variant)."""
    return "".join(c for c in s if c not in _DIACRITICS)


def _aligned_score(gold: list[UDWord], system: list[UDWord],
                   pairs: list[tuple[UDWord, UDWord]],
                   same: Callable[[UDWord, UDWord], bool] | None) -> Score:
    correct = len(pairs) if same is None else sum(1 for g, s in pairs if same(g, s))
    return Score(len(gold), len(system), correct, len(pairs))


def _lemma_gold_score(gold: list[UDWord], system: list[UDWord],
                      pairs: list[tuple[UDWord, UDWord]], norm: Callable[[str], str]) -> Score:
    has = [w for w in gold if w.columns[LEMMA] != "_"]
    # Characters of gold tokens with a lemma: a system word starting inside one is counted.
    covered: set[int] = set()
    for a, b in {(w.start, w.end) for w in has}:
        covered.update(range(a, b))
    sys_count = sum(1 for w in system if w.start in covered)
    aligned = [(g, s) for g, s in pairs if g.columns[LEMMA] != "_"]
    correct = sum(1 for g, s in aligned if norm(g.columns[LEMMA]) == norm(s.columns[LEMMA]))
    return Score(len(has), sys_count, correct, len(aligned))


def evaluate_docs(gold: UDDoc, system: UDDoc) -> dict[str, Score]:
    """Every metric of ``system`` against ``gold``. Raises :class:`ConllError` when their
    characters differ."""
    if gold.characters != system.characters:
        i = 0
        while i < min(len(gold.characters), len(system.characters)) and \
                gold.characters[i] == system.characters[i]:
            i += 1
        g = "".join(gold.characters[max(0, i - 20):i + 20])
        s = "".join(system.characters[max(0, i - 20):i + 20])
        raise ConllError(f"the texts of the gold and system files differ at character {i}: "
                         f"gold {g!r} vs system {s!r}")
    pairs = align_words(gold.words, system.words)
    return {
        "Tokens": spans_score(gold.tokens, system.tokens),
        "Sentences": spans_score(gold.sentences, system.sentences),
        "Words": _aligned_score(gold.words, system.words, pairs, None),
        "UPOS": _aligned_score(gold.words, system.words, pairs,
                               lambda g, s: g.columns[UPOS] == s.columns[UPOS]),
        "Lemmas": _aligned_score(gold.words, system.words, pairs,
                                 lambda g, s: g.columns[LEMMA] == "_"
                                 or g.columns[LEMMA] == s.columns[LEMMA]),
        "LemmasGold": _lemma_gold_score(gold.words, system.words, pairs, lambda x: x),
        "LemmasGoldNoDiac": _lemma_gold_score(gold.words, system.words, pairs, dediacritize),
    }


def evaluate(gold_text: str, system_text: str) -> dict[str, Score]:
    """Score CoNLL-U ``system_text`` against ``gold_text`` (see the module docstring).
    Raises :class:`ConllError` on a bad line or differing texts."""
    return evaluate_docs(load_conllu(gold_text, "gold"), load_conllu(system_text, "system"))


def format_table(scores: dict[str, Score]) -> str:
    """The scores as the official script's table (percentages). Raises nothing."""
    lines = ["Metric           | Precision |    Recall |  F1 Score | AligndAcc",
             "-----------------+-----------+-----------+-----------+-----------"]
    for name, sc in scores.items():
        acc = sc.aligned_accuracy
        lines.append(f"{name:16s} | {100 * sc.precision:9.2f} | {100 * sc.recall:9.2f} | "
                     f"{100 * sc.f1:9.2f} | " + (f"{100 * acc:9.2f}" if acc is not None else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table for two files; 0, or 2 on a wrong argument count. Raises OSError on an
    unreadable file, :class:`ConllError` on a bad one."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m khabar.evaluate.conll18 GOLD.conllu SYSTEM.conllu",
              file=sys.stderr)
        return 2
    texts = []
    for p in args:
        with open(p, encoding="utf-8") as fh:
            texts.append(fh.read())
    print(format_table(evaluate(*texts)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
