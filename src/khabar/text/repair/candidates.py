"""Candidate generation for repair: orthographic variants, edit-1 neighbours, clitic analysis.

All functions work on lexicon keys (basic Arabic letters only, no diacritics) and never raise
on such strings.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
PLAIN_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A]+")
# Letters whose mutual substitutions are orthographic (hamza seats, alef, ya/maqsura, ta/ha):
# the spelling channel does not propose them; :func:`orthographic_variants` does, narrowly.
_ORTHO_CLASSES = ("اأإآءؤئ", "يىئ", "هة", "وؤ")
_ORTHO_SUBS = {(a, b) for cls in _ORTHO_CLASSES for a in cls for b in cls if a != b}

# Proclitics (conjunction, preposition, article) before a wasl alef; «لل» has lost its alef.
_PRE = r"(?:[وف]?(?:[بك]?ال|لل|[بكل])?)"
_C = r"[^اأإآىة]"        # a consonant slot of the pattern (no alef, no final-only letter)
_SUF = r"(?:ة|ات|ي|ية|يات|يين|ين|ت|وا|ا|ان|ه|ها|هم|نا)?"
# Hamza written on a wasl alef: forms VII (انفعل, انفعال), VIII (افتعل, افتعال), X (استفعل,
# استفعال); the assimilated form VIII with ت (اتّفق) is left out because إتمام-like form IV
# masdars share its letters.
WASL_HAMZA = re.compile(
    rf"^({_PRE})إ((?:ن{_C}{_C}ا?{_C}|{_C}ت{_C}ا?{_C}|ست{_C}{_C}ا?{_C}){_SUF})$")

PROCLITICS = ("وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل", "ال",
              "وب", "ول", "وك", "وس", "فب", "فل", "فس", "و", "ف", "ب", "ل", "ك", "س")
ENCLITICS = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
# Inflectional endings (dual, plural, feminine, verb subjects): a known stem plus one of these
# is taken to be a valid word, not a typo.
ENDINGS = ("تان", "تين", "ان", "ين", "ون", "ات", "وا", "تا", "ا", "ت")
BARE_PIECES = frozenset(["ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل", "وبال", "وكال",
                         "فبال", "ان", "ين", "ون", "ات", "ها", "هم", "هما", "نا", "كم",
                         # a misspelt article or a nisba ending, never a word of a split
                         "أل", "وأل", "وأ", "فأ", "يا"])


def wasl_variant(key: str) -> str | None:
    """The word with the hamza of a wasl alef removed (وإلتزام → والتزام), else ``None``."""
    if "إ" not in key:    # the pattern's hamza (a quick test for most words)
        return None
    m = WASL_HAMZA.match(key)
    return f"{m.group(1)}ا{m.group(2)}" if m else None


_FINAL_SWAP = {"ي": "ى", "ى": "ي", "ة": "ه", "ه": "ة"}


def final_variants(key: str) -> list[str]:
    """Swaps of the last letter between ى/ي and ة/ه (وأثني → وأثنى)."""
    if len(key) < 3:
        return []
    swap = _FINAL_SWAP.get(key[-1])
    return [key[:-1] + swap] if swap else []


def stems(key: str) -> Iterator[str]:
    """Possible stems once proclitics and/or enclitics are removed (ة restored before a suffix)."""
    heads = [key] + [key[len(p):] if p != "لل" and not p.endswith("لل") else "ال" + key[len(p):]
                     for p in PROCLITICS if key.startswith(p) and len(key) - len(p) >= 2]
    for h in heads:
        if h != key:
            yield h
        for s in ENCLITICS + ENDINGS:
            if h.endswith(s) and len(h) - len(s) >= 2:
                stem = h[:-len(s)]
                yield stem
                if s in ENCLITICS:
                    for e in ENDINGS:
                        if stem.endswith(e) and len(stem) - len(e) >= 2:
                            yield stem[:-len(e)]
                if stem.endswith("ت"):
                    yield stem[:-1] + "ة"
                if stem.endswith("ا") and s in ENCLITICS and s != "ي":
                    yield stem[:-1] + "ى"


def definite(key: str) -> bool:
    """True when the word carries the article (after optional و/ف and ب/ك/ل)."""
    return any(key.startswith(p) for p in ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
                                           "وبال", "وكال", "فبال"))


def analyzable(key: str, count: Callable[[str], int], min_count: int) -> bool:
    """True when ``key`` is a known stem with clitics attached (so it is a valid word)."""
    return any(count(s) >= min_count for s in stems(key))


def edits1(key: str) -> Iterator[tuple[str, str]]:
    """``(candidate, kind)`` at Damerau distance 1; kind is trans|del|ins|sub.

    ``del`` means the candidate has one letter more (the typo deleted it), ``ins`` one less.
    Orthographic substitutions (hamza seats, ya/maqsura, ta/ha) are not proposed.
    """
    n = len(key)
    for i in range(n - 1):
        if key[i] != key[i + 1]:
            yield key[:i] + key[i + 1] + key[i] + key[i + 2:], "trans"
    for i in range(n):
        yield key[:i] + key[i + 1:], "ins"
    for i in range(n + 1):
        for ch in LETTERS:
            yield key[:i] + ch + key[i:], "del"
    for i in range(n):
        a = key[i]
        for ch in LETTERS:
            if ch != a and (a, ch) not in _ORTHO_SUBS:
                yield key[:i] + ch + key[i + 1:], "sub"


@lru_cache(maxsize=None)
def _substitutes(a: str) -> str:
    """The letters :func:`edits1` substitutes for ``a``, in its order."""
    return "".join(ch for ch in LETTERS if ch != a and (a, ch) not in _ORTHO_SUBS)


def edits1_by_kind(key: str) -> tuple[tuple[str, list[str]], ...]:
    """The candidates of :func:`edits1` grouped by kind, each list in ``edits1``'s order:
    ``(("trans", [...]), ("ins", [...]), ("del", [...]), ("sub", [...]))``."""
    n = len(key)
    heads = [key[:i] for i in range(n + 1)]
    tails = [key[i:] for i in range(n + 1)]
    trans = [heads[i] + key[i + 1] + key[i] + tails[i + 2] for i in range(n - 1)
             if key[i] != key[i + 1]]
    ins = [heads[i] + tails[i + 1] for i in range(n)]
    dels = [h + ch + t for h, t in zip(heads, tails) for ch in LETTERS]
    subs = [heads[i] + ch + tails[i + 1] for i in range(n) for ch in _substitutes(key[i])]
    return (("trans", trans), ("ins", ins), ("del", dels), ("sub", subs))
