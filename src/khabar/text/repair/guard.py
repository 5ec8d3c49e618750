"""Guard against false glue splits of rare names and foreign words (التيفود → التي فود).

A glued pair of news words usually shows itself: the first piece ends in a final-only letter
(ة, ى) or the second starts with the article, or the two pieces are seen together in the
news counts (more than twice). A split whose junction has none of these signs and leaves a
piece that is neither frequent nor a known stem with clitics (فود, والش, انتونيو, اتيان,
ماريام) is *weak*: it is kept only when the neighbouring words support it (a seen bigram
with the first or the last piece). Names and foreign words inside a name-like run have no
such support. Nothing here raises on lexicon keys.
"""
from __future__ import annotations

from khabar.text.repair.candidates import stems
from khabar.text.repair.lexicon import Lexicon

SOLID = 100           # a piece seen this often is a word in its own right
SOLID_STEM = 5        # ... or a stem of at least SOLID_STEM_LEN letters seen this often
SOLID_STEM_LEN = 3    # (shorter stems match by chance: فود → ف + ود)
SEEN_PAIR = 3         # a pair seen this often attests the junction (stored pairs: ≥ 2)
FINAL_ONLY = "ةى"     # letters that end a word: a piece ending in one ends a word


def strong_junction(a: str, b: str) -> bool:
    """True when the letters at the junction of ``a`` and ``b`` show a word boundary."""
    return a[-1] in FINAL_ONLY or b.startswith("ال")


def solid(lex: Lexicon, piece: str) -> bool:
    """True when ``piece`` is a frequent word or a known stem with clitics attached."""
    if lex.count(piece) >= SOLID:
        return True
    return any(len(s) >= SOLID_STEM_LEN and lex.count(s) >= SOLID_STEM for s in stems(piece))


def weak_split(lex: Lexicon, pieces: tuple[str, ...]) -> bool:
    """True when some junction is seen fewer than SEEN_PAIR times as a bigram, shows no
    boundary letters and joins a piece that is not :func:`solid`: such a split needs support
    from the neighbours."""
    for a, b in zip(pieces, pieces[1:]):
        if lex.bigram(a, b) >= SEEN_PAIR or strong_junction(a, b):
            continue
        if not (solid(lex, a) and solid(lex, b)):
            return True
    return False


def context_supports(lex: Lexicon, pieces: list[str], left: str | None,
                     right: str | None) -> bool:
    """True when the left word is seen before the first piece or the right word after the
    last one (``None`` = no adjacent Arabic word)."""
    return ((left is not None and lex.bigram(left, pieces[0]) > 0)
            or (right is not None and lex.bigram(pieces[-1], right) > 0))


__all__ = ["SEEN_PAIR", "SOLID", "context_supports", "solid", "strong_junction", "weak_split"]
