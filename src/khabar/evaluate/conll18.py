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
"""
from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

from khabar.errors import InputError

FORM, LEMMA, UPOS = 1, 2, 3


class ConllError(InputError):
    """A CoNLL-U file that cannot be scored (bad line, or texts that differ)."""


@dataclass(slots=True)
class UDWord:
    start: int
    end: int
    columns: list[str]
    multiword: bool


@dataclass
class UDDoc:
    characters: list[str] = field(default_factory=list)
    tokens: list[tuple[int, int]] = field(default_factory=list)
    words: list[UDWord] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Score:
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


def _no_space(s: str) -> str:
    return "".join(c for c in s if unicodedata.category(c) != "Zs")


def load_conllu(text: str, name: str = "<conllu>") -> UDDoc:
    """Parse CoNLL-U text into characters, token spans, words and sentence spans."""
    doc = UDDoc()
    sent_start: int | None = None
    mwt_end = 0          # last word id covered by the current multiword token
    mwt_span = (0, 0)
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.rstrip("\r")
        if not line.strip():
            if sent_start is not None:
                doc.sentences.append((sent_start, len(doc.characters)))
                sent_start = None
            mwt_end = 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ConllError(f"{name} line {lineno}: expected 10 tab-separated columns, "
                             f"got {len(cols)}")
        wid = cols[0]
        if "." in wid:
            continue  # empty node
        if sent_start is None:
            sent_start = len(doc.characters)
        form = _no_space(cols[FORM])
        if "-" in wid:
            try:
                a, b = (int(x) for x in wid.split("-"))
            except ValueError:
                raise ConllError(f"{name} line {lineno}: bad range {wid!r}") from None
            if not form:
                raise ConllError(f"{name} line {lineno}: empty FORM")
            start = len(doc.characters)
            doc.characters.extend(form)
            mwt_span = (start, len(doc.characters))
            mwt_end = b
            doc.tokens.append(mwt_span)
            continue
        try:
            i = int(wid)
        except ValueError:
            raise ConllError(f"{name} line {lineno}: bad ID {wid!r}") from None
        if i <= mwt_end:
            doc.words.append(UDWord(mwt_span[0], mwt_span[1], cols, True))
            continue
        mwt_end = 0
        if not form:
            raise ConllError(f"{name} line {lineno}: empty FORM")
        start = len(doc.characters)
        doc.characters.extend(form)
        span = (start, len(doc.characters))
        doc.tokens.append(span)
        doc.words.append(UDWord(span[0], span[1], cols, False))
    if sent_start is not None:
        doc.sentences.append((sent_start, len(doc.characters)))
    return doc


def spans_score(gold: list[tuple[int, int]], system: list[tuple[int, int]]) -> Score:
    gs, ss = set(gold), set(system)
    return Score(len(gold), len(system), len(gs & ss))


# --------------------------------------------------------------------------- word alignment
def _beyond_end(words: list[UDWord], i: int, end: int) -> bool:
    if i >= len(words):
        return True
    w = words[i]
    return w.start >= end if w.multiword else w.end > end


def _extend_end(w: UDWord, end: int) -> int:
    return max(end, w.end) if w.multiword else end


def _multiword_span(gold: list[UDWord], system: list[UDWord], gi: int, si: int):
    """The minimal stretch [gs, gi) × [ss, si) covering the multiword tokens at gi / si."""
    if gold[gi].multiword:
        end = gold[gi].end
        if not system[si].multiword and system[si].start < gold[gi].start:
            si += 1
    else:
        end = system[si].end
        if not gold[gi].multiword and gold[gi].start < system[si].start:
            gi += 1
    gs, ss = gi, si
    while not _beyond_end(gold, gi, end) or not _beyond_end(system, si, end):
        if gi < len(gold) and (si >= len(system) or gold[gi].start <= system[si].start):
            end = _extend_end(gold[gi], end)
            gi += 1
        else:
            end = _extend_end(system[si], end)
            si += 1
    return gs, ss, gi, si


def _lcs_align(g: list[UDWord], s: list[UDWord]) -> list[tuple[UDWord, UDWord]]:
    a = [w.columns[FORM].lower() for w in g]
    b = [w.columns[FORM].lower() for w in s]
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    out = []
    i = j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append((g[i], s[j]))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def align_words(gold: list[UDWord], system: list[UDWord]) -> list[tuple[UDWord, UDWord]]:
    """Aligned (gold, system) word pairs, as defined in the module docstring."""
    pairs: list[tuple[UDWord, UDWord]] = []
    gi = si = 0
    while gi < len(gold) and si < len(system):
        if gold[gi].multiword or system[si].multiword:
            gs, ss, gi, si = _multiword_span(gold, system, gi, si)
            if gi > gs and si > ss:
                pairs.extend(_lcs_align(gold[gs:gi], system[ss:si]))
        else:
            g, s = gold[gi], system[si]
            if (g.start, g.end) == (s.start, s.end):
                pairs.append((g, s))
                gi += 1
                si += 1
            elif g.start <= s.start:
                gi += 1
            else:
                si += 1
    return pairs


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
    """Score CoNLL-U ``system_text`` against ``gold_text`` (see the module docstring)."""
    return evaluate_docs(load_conllu(gold_text, "gold"), load_conllu(system_text, "system"))


def format_table(scores: dict[str, Score]) -> str:
    lines = ["Metric           | Precision |    Recall |  F1 Score | AligndAcc",
             "-----------------+-----------+-----------+-----------+-----------"]
    for name, sc in scores.items():
        acc = sc.aligned_accuracy
        lines.append(f"{name:16s} | {100 * sc.precision:9.2f} | {100 * sc.recall:9.2f} | "
                     f"{100 * sc.f1:9.2f} | " + (f"{100 * acc:9.2f}" if acc is not None else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
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
