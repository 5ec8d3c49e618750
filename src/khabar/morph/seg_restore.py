"""Restoring a host piece to PADT's word text, and the lexical statistics it (and the ranking
features of :mod:`khabar.morph.seg_model`) read.

The host's word text is restored the PADT way: a table learned from PADT train (surface piece
→ word text), else the ending variants (ة, ى, final hamza, verbal -وا; never ى after a
dual's «…تا»: «علاقتاهما» → علاقتا + هما) scored by frequency,
then the spelling of that key (folded hamza seats, ى as ي) most frequent among PADT train
hosts, else in raw news — keeping a hamza or a ي the token writes where that spelling only
has another hamza seat or ى (:func:`keep_written`). A host ending in «الله» is written «اللٰه»
as PADT writes it in split tokens.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from khabar.morph.seg_text import end_variants, fold

#: The name of God, and PADT's spelling of it inside split tokens (with a dagger alef: every
#: train host «الله» is written «اللٰه», e.g. ل + اللٰه).
ALLAH, ALLAH_PADT = "الله", "اللٰه"

#: A candidate: (proclitic string, enclitic string, ل+ال restoration flag).
Cand = tuple[str, str, bool]


@dataclass
class Resources:
    """Lexical statistics the features and the restoration read (all keyed by text)."""

    news: dict[str, int] = field(default_factory=dict)        # fold(word) → count in raw news
    spell: dict[str, str] = field(default_factory=dict)       # fold(word) → best spelling
    unsplit: dict[str, int] = field(default_factory=dict)     # PADT: token left whole → count
    host: dict[str, int] = field(default_factory=dict)        # PADT: host surface piece → count
    hostword: dict[str, int] = field(default_factory=dict)    # PADT: fold(host word) → count
    rewrite: dict[str, str] = field(default_factory=dict)     # "piece|lal|suf" → word text
    hostspell: dict[str, str] = field(default_factory=dict)   # PADT: fold(host word) → spelling


def host_variants(stem: str, has_suffix: bool, lal: bool) -> list[str]:
    """Spellings the host may take as a word (before hamza restoration)."""
    bases = ["ا" + stem, "ال" + stem] if lal else [stem]
    out: list[str] = []
    for b in bases:
        out.extend(end_variants(b, has_suffix))
    return out


def stem_of(base: str, cand: Cand) -> str:
    p, s, _ = cand
    return base[len(p):len(base) - len(s)] if s else base[len(p):]


def restore(stem: str, has_suffix: bool, lal: bool, res: Resources) -> str:
    """The PADT word text of a host piece (see module docstring)."""
    key = f"{stem}|{int(lal)}|{int(has_suffix)}"
    hit = res.rewrite.get(key)
    if hit is not None:
        return hit
    variants = host_variants(stem, has_suffix, lal)
    if has_suffix and len(stem) > 3 and stem.endswith("تا"):
        # a dual in construct («علاقتاهما» → علاقتا + هما), never «…تى»: the fold ى → ي
        # would score «علاقتى» with the count of «علاقتي» ("my relation")
        variants = [v for v in variants if not v.endswith("تى")]
    if len(variants) == 1:
        best = variants[0]
    else:
        best = max(variants, key=lambda v: (res.hostword.get(fold(v), 0) * 1000
                                            + res.news.get(fold(v), 0), -variants.index(v)))
    key = fold(best)
    spelled = res.hostspell.get(key) or res.spell.get(key, best)
    if spelled != best:
        if has_suffix and best[-1:] != stem[-1:]:
            # the last letter is a restored one (ة ى ء), not the one written
            return keep_written(best[:-1], spelled[:-1]) + spelled[-1:]
        spelled = keep_written(best, spelled)
    return spelled


#: Letters that write a hamza (on its seat, or alone).
_HAMZA_SEATS = frozenset("أإآؤئء")


def keep_written(surface: str, spelled: str) -> str:
    """``spelled`` (the best-attested spelling of the ``surface`` host's folded key) with the
    letters the surface writes kept where ``spelled`` only picks another letter of the same
    kind: a written hamza seat for another seat («وإحداث» stays إحداث, not the commoner
    أحداث; «بؤسها» keeps بؤس), a written ي for ى («بحوالي» stays حوالي) — PADT train keeps
    99 % of written hamzas and of final ي (a written final ى becomes ي in 22 %: not kept). A hamza where ``spelled`` has a bare alef is a misspelt
    connecting alef and is dropped («بأبتكار» → ابتكار), and a bare alef takes the hamza of
    ``spelled`` («واضاف» → أضاف). Strings of different lengths: ``spelled``."""
    if len(surface) != len(spelled):
        return spelled
    seats = _HAMZA_SEATS
    return "".join(a if (a in seats and b in seats) or (a == "ي" and b == "ى") else b
                   for a, b in zip(surface, spelled))


def words_of(base: str, cand: Cand, res: Resources) -> tuple[str, ...]:
    """The syntactic words of ``base`` under analysis ``cand``."""
    p, s, lal = cand
    if not p and not s:
        return (base,)
    stem = stem_of(base, cand)
    out = list(p)
    host = restore(stem, bool(s), lal, res)
    if host.endswith(ALLAH):
        host = host[:-len(ALLAH)] + ALLAH_PADT   # «و + عبدالله» → عبداللٰه, as PADT writes it
    out.append(host)
    if s:
        out.append(s)
    return tuple(out)
