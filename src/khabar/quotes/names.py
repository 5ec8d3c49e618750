"""Speaker-name repairs for the quote extractor: fix the edges of PER/ORG mentions.

The NER layer sometimes cuts a name at the wrong place around a title chain:
«للتجارة بنابل فوزي الطالب» → «بنابل فوزي» (a preposition + place glued in front, the surname
left out), «رئيس الجمهورية الباجي قايد السبسي» → «قايد السبسي» (the first name left out).
:func:`repair_entities` returns the mentions with their edges moved, on token boundaries,
so every span stays a raw span. Rules (each local and conservative):

1. *Left trim*: a leading token of a multi-token PER that the segmenter splits into a
   preposition + word is dropped when a word tagged X/PROPN or a given name follows
   («بنابل فوزي»); so is the word after a place word («بسيدي بوزيد حامد»).
2. *Right extension* after a trim: the name-like word right after («فوزي» + «الطالب»).
3. *Left extension*: the token before the mention when the well-known full name in the person
   gazetteer ends with the mention («الباجي» + «قايد السبسي»).
4. *Leading adjective*: a nationality nisba or a feminine adjective in front of a name of two
   words or more is dropped («الجورجي جيلا بيجواشفيلي», «القديرة بهية راشدي»); so is an
   ال-adjective or a common noun before a given name of the gazetteer («الفلاحي عمر
   الباهي», «افتتاحية سمير الوافي»).
5. An ORG followed by a nisba of a gazetteer place keeps it («وزارة الدفاع» + «الجزائرية»).
6. Mentions of two characters or fewer are dropped («أف» of «الجوهرة أف أم»).
7. A cue verb with و/ف, a demonstrative or a particle at the end of a PER is dropped
   («حسين عبد الرازق فرأى», «هولاند ذلك»).

Pure functions of the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Callable, Sequence

from khabar.document import Entity, Span, Token
from khabar.quotes.lexicon import AL_GIVEN_NAMES, places
from khabar.text.normalize import normalize

_PROPER = ("X", "PROPN")
_NOUNISH = ("NOUN", "ADJ", "ADP")


def fold(word: str) -> str:
    """Matching form of a name word: normalized, ئ→ي, ؤ→و, without the article."""
    w = normalize(word).replace("ئ", "ي").replace("ؤ", "و")
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


@lru_cache(maxsize=1)
def _full_names() -> dict[tuple[str, ...], tuple[str, ...]]:
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


#: Words that begin a place name or introduce one («سيدي بوزيد», «ولاية نابل»).
_PLACE_WORDS = frozenset({"سيدي", "ولايه", "معتمديه", "مدينه", "جهه", "منطقه", "بلديه",
                          "عين", "حي", "قريه"})


#: Demonstratives and particles that never end a name («وأكد هولاند ذلك سابقا»).
_CLOSED_WORDS = frozenset({"ذلك", "هذا", "هذه", "تلك", "ايضا", "كذلك", "قد", "انه", "انها",
                           "الذي", "التي", "امس", "اليوم"})


#: Nouns that begin names («عبد الله», «أبو بكر», «بن علي»).
_NAME_NOUNS = frozenset({"عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام", "ال", "نور",
                         "سيف", "عز", "شمس", "صلاح", "نصر", "بدر", "علاء", "جمال", "كمال"})


def _strip1(norm: str) -> str:
    """Without a one-letter proclitic (و ف ب ل ك) when the rest is a place word."""
    return norm[1:] if len(norm) > 3 and norm[0] in "وفبلك" and norm[1:] in _PLACE_WORDS \
        else norm


def _upos(tok: Token) -> str | None:
    return tok.words[-1].upos if tok.words else None


def repair_entities(doc, toks: Sequence[Token], ents: Sequence[Entity],
                    name_like: Callable[[int], bool],
                    place_adjective: Callable[[str], bool],
                    keep: frozenset[int] = frozenset()) -> list[Entity]:
    """PER/ORG mentions of one article with repaired edges (see the module docstring).

    ``keep``: raw starts of PER mentions whose first token is known to be a name with its
    proclitic letter («لمين», :mod:`khabar.quotes.edges`): no left trim there.

    ``toks`` are the article's tokens; ``name_like(i)`` says whether token ``i`` may be part
    of a name; ``place_adjective(norm)`` recognizes «الجزائرية»-like nisbas.
    """
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    covered = {i for e in ents for i in range(bisect.bisect_left(starts, e.start),
                                               bisect.bisect_left(starts, e.end))}
    renamed: dict[str, str] = {}
    out: list[Entity] = []
    # last words of the longer person names («أحمد ابراهيم»): such a word alone is a surname
    surnames = frozenset(fold(e.canonical.split()[-1]) for e in ents
                         if e.label == "PER" and len(e.canonical.split()) > 1)
    for e in ents:
        if e.end - e.start <= 2:
            continue        # «أف» of «الجوهرة أف أم»: no name is that short
        a = bisect.bisect_left(starts, e.start)
        b = bisect.bisect_left(ends, e.end)
        if a >= len(toks) or b >= len(toks) or a > b or toks[a].start != e.start \
                or toks[b].end != e.end:
            out.append(e)
            continue
        na, nb = (_person_edges(toks, a, b, name_like, place_adjective, e.start in keep)
                  if e.label == "PER"
                  else _org_edges(toks, a, b, place_adjective))
        if e.label == "PER" and na == nb == a and a > 0 and a - 1 not in covered and \
                _foreign_given_name(toks[a - 1], name_like(a - 1), place_adjective):
            na = a - 1      # «جيلا» + «بيجواشفيلي» when the tagger kept the surname only
        if e.label == "PER" and nb == b and nb - na <= 1 and b + 1 < len(toks) and \
                b + 1 not in covered and toks[b + 1].start - toks[b].end <= 1 and \
                _foreign_given_name(toks[b + 1], name_like(b + 1), place_adjective):
            nb = b + 1      # «سامية» + «القاضي», «لويس فان» + «غال»: a surname left out
        if e.label == "PER" and (na, nb) == (a, b) and a == b:
            na, nb = _given_name_edges(toks, a, covered, name_like, place_adjective,
                                       surnames)
        if (na, nb) == (a, b):
            out.append(e)
            continue
        s, t = toks[na].start, toks[nb].end
        canon = " ".join(doc.repaired(Span(s, t)).split())
        renamed.setdefault(e.canonical, canon)
        out.append(Entity(s, t, e.label, canon))
    # other mentions linked to a repaired one take its repaired canonical name
    return [Entity(e.start, e.end, e.label, renamed.get(e.canonical, e.canonical))
            if e.canonical in renamed else e for e in out]


def _given_name_edges(toks: Sequence[Token], a: int, covered: set[int],
                      name_like: Callable[[int], bool],
                      place_adjective: Callable[[str], bool],
                      surnames: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Edges of a one-word PER mention at ``a`` with its other name word put back:
    a given name of the gazetteer takes the name word after it («شوقي» + «الطبيب»); a
    surname takes a name word before it that is a given name or follows a comma or a title
    («التراث، سنية» + «مبارك»)."""
    def free(i: int) -> bool:
        return 0 <= i < len(toks) and i not in covered and name_like(i) and \
            not place_adjective(toks[i].norm) and toks[i].norm not in places() and \
            _upos(toks[i]) not in ("VERB", "ADP", "PRON", "NUM")
    if fold(toks[a].norm) in first_names() and fold(toks[a].norm) not in surnames:
        b = a + 1
        before = toks[a - 1].norm if a > 0 else "."
        from khabar.lang.quote_cues import TITLE_WORDS
        from khabar.quotes.cues import SENT_END, cue_form
        opened = before in ("،", ",", ":") or before in SENT_END or before in TITLE_WORDS or \
            cue_form(before) is not None
        if opened and not toks[a].norm.startswith("ال") and free(b) and \
                toks[b].start - toks[a].end <= 1 and len(toks[b].words) == 1 and \
                (toks[b].norm.startswith("ال") or _upos(toks[b]) in _PROPER):
            return a, b     # «شوقي» + «الطبيب»; not «البشير» + «دعوة», «موسى» + «كما»
        return a, a
    p = a - 1
    if free(p) and toks[a].start - toks[p].end <= 1 and len(toks[p].words) == 1 and \
            (not toks[p].norm.startswith("ال") or toks[p].norm in AL_GIVEN_NAMES):
        before = toks[p - 1].norm if p > 0 else ""
        from khabar.lang.quote_cues import TITLE_WORDS
        from khabar.quotes.cues import cue_form
        # «أكدت نجيّة بدري»: right after a cue verb, the word before the surname is a name
        after_cue = p > 0 and cue_form(before) is not None and \
            _upos(toks[p - 1]) == "VERB" and toks[p].norm not in TITLE_WORDS and \
            not toks[p].norm.startswith("ال")
        if fold(toks[p].norm) in first_names() or before in ("،", ",") or \
                before in TITLE_WORDS or toks[p].norm in AL_GIVEN_NAMES or after_cue:
            return p, a
    return a, a


def _foreign_given_name(tok: Token, name_like: bool,
                        place_adjective: Callable[[str], bool]) -> bool:
    """A one-word token tagged X/PROPN next to a name: a given name or surname the tagger
    left out (not a nationality, not a gazetteer place)."""
    if not name_like or len(tok.words) != 1 or _upos(tok) not in _PROPER or \
            tok.norm in _CLOSED_WORDS:
        return False
    nm = tok.norm
    if place_adjective(nm) or len(nm) <= 2 or (len(nm) >= 5 and nm[0] == "م" and nm[-1] in "اه"):
        return False        # «أف أم», participles «مخاطبا», «مضيفة»
    return nm not in places()


def _person_edges(toks: Sequence[Token], a: int, b: int, name_like: Callable[[int], bool],
                  place_adjective: Callable[[str], bool], keep: bool = False) -> tuple[int, int]:
    from khabar.quotes.cues import cue_form
    # «حسين عبد الرازق فرأى»: a cue verb glued to the end of the name is not part of it
    while b > a and toks[b].norm[:1] in "وف" and cue_form(toks[b].norm) is not None:
        b -= 1
    # «هولاند ذلك»: a demonstrative or particle after the name is not part of it
    while b > a and toks[b].norm in _CLOSED_WORDS:
        b -= 1
    trimmed = False
    while not keep and b > a and len(toks[a].words) > 1 and toks[a].words[0].upos == "ADP" and \
            (_upos(toks[a + 1]) in _PROPER or fold(toks[a + 1].norm) in first_names()) and \
            fold(toks[a].norm) not in first_names():
        a += 1
        trimmed = True
    # «بسيدي بوزيد حامد»: the first word finishes a place name («سيدي بوزيد», «ولاية …»)
    if b > a and a > 0 and _strip1(toks[a - 1].norm) in _PLACE_WORDS and \
            fold(toks[a].norm) not in first_names():
        a += 1
        trimmed = True
    # «الفنانة القديرة بهية راشدي», «الجورجي جيلا بيجواشفيلي»: a descriptive adjective or a
    # nationality in front is not part of the name
    while b - a >= 2 and toks[a].norm.startswith("ال") and (
            place_adjective(toks[a].norm) or
            (_upos(toks[a]) == "ADJ" and toks[a].norm.endswith("ه"))):
        a += 1
    # «بالإنتاج الفلاحي عمر الباهي»: an ال-adjective in front of a given name
    while b - a >= 2 and toks[a].norm.startswith("ال") and _upos(toks[a]) == "ADJ" and \
            fold(toks[a + 1].norm) in first_names() and toks[a].norm not in AL_GIVEN_NAMES \
            and fold(toks[a].norm) not in first_names():
        a += 1
    # «افتتاحية سمير الوافي»: a common noun in front of a given name
    while b - a >= 2 and _upos(toks[a]) == "NOUN" and fold(toks[a].norm) not in first_names() \
            and toks[a].norm not in _NAME_NOUNS and fold(toks[a + 1].norm) in first_names():
        a += 1
    n = len(toks)
    if trimmed and b + 1 < n and name_like(b + 1) and toks[b + 1].start - toks[b].end <= 1:
        b += 1
    if a > 0 and toks[a].start - toks[a - 1].end <= 1 and name_like(a - 1):
        words = tuple(fold(toks[i].norm) for i in range(a, b + 1))
        full = _full_names().get(words)
        if full is not None and len(full) > len(words) and \
                full[-len(words) - 1] == fold(toks[a - 1].norm):
            a -= 1
    return a, b


def _org_edges(toks: Sequence[Token], a: int, b: int,
               place_adjective: Callable[[str], bool]) -> tuple[int, int]:
    if b + 1 < len(toks) and toks[b + 1].start - toks[b].end <= 1 and \
            place_adjective(toks[b + 1].norm) and b - a < 4:
        b += 1
    return a, b


__all__ = ["first_names", "fold", "repair_entities"]
