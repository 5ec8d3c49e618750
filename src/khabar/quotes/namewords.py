"""Word-level helpers of the speaker-name repairs (:mod:`khabar.quotes.names`).

The matching form of a name word (:func:`fold`), the person gazetteer's given names and
well-known full names, and the closed word lists the edge rules consult (place words,
demonstratives and particles, name-beginning nouns).

Pure functions; the gazetteer is read lazily (first call) and cached. A missing gazetteer
file gives empty results; nothing raises on ordinary input.
"""
from __future__ import annotations

from functools import lru_cache

from khabar.document import Entity, Span, Token
from khabar.text.normalize import normalize

#: UPOS tags of proper-name words.
PROPER = ("X", "PROPN")

#: Words that begin a place name or introduce one («سيدي بوزيد», «ولاية نابل»).
PLACE_WORDS = frozenset({"سيدي", "ولايه", "معتمديه", "مدينه", "جهه", "منطقه", "بلديه",
                         "عين", "حي", "قريه"})

#: Demonstratives and particles that never end a name («وأكد هولاند ذلك سابقا»).
CLOSED_WORDS = frozenset({"ذلك", "هذا", "هذه", "تلك", "ايضا", "كذلك", "قد", "انه", "انها",
                          "الذي", "التي", "امس", "اليوم"})

#: Nouns that begin names («عبد الله», «أبو بكر», «بن علي»).
NAME_NOUNS = frozenset({"عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام", "ال", "نور",
                        "سيف", "عز", "شمس", "صلاح", "نصر", "بدر", "علاء", "جمال", "كمال",
                        "اولاد"})   # «ليلى أولاد» + «علي» (round 20)


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Matching form of a name word: normalized, ئ→ي, ؤ→و, without the article. Memoized (a
    pure function of the word; the cache is bounded)."""
    w = normalize(word).replace("ئ", "ي").replace("ؤ", "و")
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@lru_cache(maxsize=1)
def full_names() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded last words of a well-known person's full name → the folded full name."""
    from khabar.ner.resources import LANG_DIR
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    try:
        lines = (LANG_DIR / "gaz_persons.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        kind, _, names = line.partition("\t")
        if kind.strip() != "full":
            continue
        for name in names.split("|"):
            words = tuple(fold(w) for w in name.split())
            for k in range(1, len(words)):
                out.setdefault(words[k:], words)
    return out


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Folded given names of the person gazetteer («first» lines)."""
    from khabar.ner.resources import LANG_DIR
    try:
        lines = (LANG_DIR / "gaz_persons.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(fold(n) for line in lines if line.startswith("first\t")
                     for n in line.split("\t", 1)[1].split("|") if n.strip())


@lru_cache(maxsize=1)
def org_names() -> frozenset[str]:
    """Organisation names of the ORG gazetteer (every variant, spaces removed, normalized);
    the generic government bodies («gov» lines) left out."""
    from khabar.ner.resources import LANG_DIR
    try:
        lines = (LANG_DIR / "gaz_organizations.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset("".join(normalize(n).split()) for line in lines
                     if "\t" in line and not line.startswith(("#", "gov\t"))
                     for n in line.split("\t", 1)[1].split("|") if n.strip())


def strip_proclitic(norm: str) -> str:
    """Without a one-letter proclitic (و ف ب ل ك) when the rest is a place word."""
    return norm[1:] if len(norm) > 3 and norm[0] in "وفبلك" and norm[1:] in PLACE_WORDS \
        else norm


def last_upos(tok: Token) -> str | None:
    """UPOS of the token's last syntactic word, or None for a token without words."""
    return tok.words[-1].upos if tok.words else None


__all__ = ["CLOSED_WORDS", "NAME_NOUNS", "PLACE_WORDS", "PROPER", "first_names",
           "fold", "full_names", "last_upos", "strip_proclitic"]


def respan(doc, toks: list[Token], na: int, nb: int, e: Entity,
           renamed: dict[str, str]) -> Entity:
    """Mention ``e`` moved onto tokens ``na``..``nb``, named as the page writes them; the new
    name is recorded in ``renamed`` under ``e``'s old canonical name (first one wins)."""
    s, t = toks[na].start, toks[nb].end
    canon = " ".join(doc.repaired(Span(s, t)).split())
    renamed.setdefault(e.canonical, canon)
    return Entity(s, t, e.label, canon)


def relink(entities: list[Entity | None], renamed: dict[str, str]) -> list[Entity]:
    """``entities`` without the dropped ones (None), every mention linked to a renamed one
    taking its new canonical name."""
    return [Entity(e.start, e.end, e.label, renamed[e.canonical])
            if e.canonical in renamed else e for e in entities if e is not None]

