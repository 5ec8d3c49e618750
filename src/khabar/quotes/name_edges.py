"""Edge rules of the speaker-name repairs (:mod:`khabar.quotes.names`).

Each function takes the article's tokens and the token range ``a..b`` (inclusive) of one
mention and returns the repaired range; the rules are listed in the docstring of
:mod:`khabar.quotes.names`. ``name_like(i)`` says whether token ``i`` may be part of a
name; ``place_adjective(norm)`` recognizes «الجزائرية»-like nisbas.

Pure functions of the token layer; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Callable, Sequence

from khabar.document import Token
from khabar.quotes.lexicon import AL_GIVEN_NAMES, in_acronym, places
from khabar.quotes.namewords import (CLOSED_WORDS, NAME_NOUNS, PLACE_WORDS, PROPER,
                                     first_names, fold, full_names, last_upos,
                                     strip_proclitic)


def given_name_edges(toks: Sequence[Token], a: int, covered: set[int],
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
            last_upos(toks[i]) not in ("VERB", "ADP", "PRON", "NUM")
    if toks[a].norm in AL_GIVEN_NAMES and free(a + 1) and toks[a + 1].start - toks[a].end <= 1 \
            and len(toks[a + 1].words) == 1 and toks[a + 1].norm.startswith("ال") and \
            last_upos(toks[a + 1]) in PROPER + ("NOUN",):
        return a, a + 1     # «رئيس الحكومة الحبيب» + «الصيد»: a Maghreb given name with ال
    if fold(toks[a].norm) in first_names() and fold(toks[a].norm) not in surnames:
        b = a + 1
        before = toks[a - 1].norm if a > 0 else "."
        from khabar.lang.quote_cues import TITLE_WORDS
        from khabar.quotes.cues import SENT_END, cue_form
        opened = before in ("،", ",", ":") or before in SENT_END or before in TITLE_WORDS or \
            cue_form(before) is not None
        if opened and not toks[a].norm.startswith("ال") and free(b) and \
                toks[b].start - toks[a].end <= 1 and len(toks[b].words) == 1 and \
                (toks[b].norm.startswith("ال") or last_upos(toks[b]) in PROPER):
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
            last_upos(toks[p - 1]) == "VERB" and toks[p].norm not in TITLE_WORDS and \
            not toks[p].norm.startswith("ال")
        if fold(toks[p].norm) in first_names() or before in ("،", ",") or \
                before in TITLE_WORDS or toks[p].norm in AL_GIVEN_NAMES or after_cue:
            return p, a
    return a, a


def foreign_given_name(tok: Token, name_like: bool,
                       place_adjective: Callable[[str], bool]) -> bool:
    """A one-word token tagged X/PROPN next to a name: a given name or surname the tagger
    left out (not a nationality, not a gazetteer place)."""
    if not name_like or len(tok.words) != 1 or last_upos(tok) not in PROPER or \
            tok.norm in CLOSED_WORDS or tok.norm in CALLED_WORDS:
        return False        # «يدعى» (tagged X) names the one after it, it is no name word
    nm = tok.norm
    if place_adjective(nm) or len(nm) <= 2 or (len(nm) >= 5 and nm[0] == "م" and nm[-1] in "اه"):
        return False        # «أف أم», participles «مخاطبا», «مضيفة»
    return nm not in places()


#: «يدعى توفيق نصيب», «المدعو …»: the words after these are the referent's name (normalized).
CALLED_WORDS = frozenset({"يدعي", "تدعي", "المدعو", "المدعوه", "اسمه", "اسمها", "المسمي"})


def called_name_end(toks: Sequence[Token], a: int, b: int, covered: set[int],
                    name_like: Callable[[int], bool]) -> int:
    """End of a PER mention ``a..b`` right after a naming word («يدعى توفيق» + «نصيب»): the
    name goes on over name words (no preposition, verb, pronoun, number or place) up to
    three words in all."""
    if a == 0 or toks[a - 1].norm not in CALLED_WORDS:
        return b
    while b - a < 2 and b + 1 < len(toks) and b + 1 not in covered and name_like(b + 1) and \
            toks[b + 1].start - toks[b].end <= 1 and len(toks[b + 1].words) == 1 and \
            last_upos(toks[b + 1]) not in ("VERB", "ADP", "PRON", "NUM", "DET", "CCONJ") and \
            toks[b + 1].norm not in places() and toks[b + 1].norm not in CLOSED_WORDS:
        b += 1
    return b


def person_edges(toks: Sequence[Token], a: int, b: int, name_like: Callable[[int], bool],
                 place_adjective: Callable[[str], bool], keep: bool = False) -> tuple[int, int]:
    """Edges of a PER mention over tokens ``a..b``: rules 1–4 and 7 of
    :mod:`khabar.quotes.names` (``keep``: no left trim of a glued preposition)."""
    from khabar.quotes.cues import cue_form
    # «حسين عبد الرازق فرأى»: a cue verb glued to the end of the name is not part of it
    while b > a and toks[b].norm[:1] in "وف" and cue_form(toks[b].norm) is not None:
        b -= 1
    # «هولاند ذلك»: a demonstrative or particle after the name is not part of it
    while b > a and toks[b].norm in CLOSED_WORDS:
        b -= 1
    while b > a and toks[a].norm in CALLED_WORDS:
        a += 1      # «يدعى توفيق»: the naming word is not part of the name
    while b > a and toks[b].norm.startswith("لل") and len(toks[b].norm) > 4:
        b -= 1      # «باركلي للقاضي»: «to the judge» after the name
    trimmed = False
    while not keep and b > a and (
            (len(toks[a].words) > 1 and toks[a].words[0].upos == "ADP" and
             (last_upos(toks[a + 1]) in PROPER or fold(toks[a + 1].norm) in first_names()))
            or (toks[a].norm[:1] == "ب" and a + 2 <= b and
                toks[a + 2].norm in ("بن", "ابن", "بنت"))) and \
            fold(toks[a].norm) not in first_names():
        # («بتطاوين فرح بن سالم»: the name word before «بن» begins the name)
        a += 1
        trimmed = True
    # «بسيدي بوزيد حامد»: the first word finishes a place name («سيدي بوزيد», «ولاية …»)
    if b > a and a > 0 and strip_proclitic(toks[a - 1].norm) in PLACE_WORDS and \
            fold(toks[a].norm) not in first_names():
        a += 1
        trimmed = True
    # «الفنانة القديرة بهية راشدي», «الجورجي جيلا بيجواشفيلي»: a descriptive adjective or a
    # nationality in front is not part of the name
    while b - a >= 2 and toks[a].norm.startswith("ال") and (
            place_adjective(toks[a].norm) or
            (last_upos(toks[a]) == "ADJ" and toks[a].norm.endswith("ه"))):
        a += 1
    # «بالإنتاج الفلاحي عمر الباهي»: an ال-adjective in front of a given name
    while b - a >= 2 and toks[a].norm.startswith("ال") and last_upos(toks[a]) == "ADJ" and \
            fold(toks[a + 1].norm) in first_names() and toks[a].norm not in AL_GIVEN_NAMES \
            and fold(toks[a].norm) not in first_names():
        a += 1
    # «افتتاحية سمير الوافي»: a common noun in front of a given name
    while b - a >= 2 and last_upos(toks[a]) == "NOUN" and \
            fold(toks[a].norm) not in first_names() and toks[a].norm not in NAME_NOUNS and \
            fold(toks[a + 1].norm) in first_names():
        a += 1
    n = len(toks)
    # «محمد بن عبد الرحمن آل» + «ثاني»: a name does not end with «بن», «عبد», «آل», «أبو»
    while b + 1 < n and toks[b].norm in NAME_NOUNS and toks[b].norm != "نور" and \
            toks[b + 1].start - toks[b].end <= 1 and toks[b + 1].norm[:1].isalpha():
        b += 1
    if trimmed and b + 1 < n and name_like(b + 1) and toks[b + 1].start - toks[b].end <= 1:
        b += 1
    if b + 1 < n and toks[b + 1].norm in ("الدين", "الله") and toks[b].norm != "عبد" and \
            toks[b + 1].start - toks[b].end <= 1:
        # «نور» + «الدين البحيري»: a compound given name goes on with its second part and
        # the surname after it
        b += 1
        if b + 1 < n and toks[b + 1].start - toks[b].end <= 1 and name_like(b + 1) and \
                len(toks[b + 1].words) == 1 and not place_adjective(toks[b + 1].norm) and \
                toks[b + 1].norm not in places() and (toks[b + 1].norm.startswith("ال") or
                                                      last_upos(toks[b + 1]) in PROPER):
            b += 1
    elif b > a and toks[b].norm in ("الدين", "الله") and b + 1 < n and \
            toks[b + 1].start - toks[b].end <= 1 and name_like(b + 1) and \
            len(toks[b + 1].words) == 1 and toks[b + 1].norm not in CLOSED_WORDS and \
            not place_adjective(toks[b + 1].norm) and toks[b + 1].norm not in places() and \
            last_upos(toks[b + 1]) in PROPER + ("NOUN", "ADJ"):
        # «جمال الدين» + «قمر»: a compound given name is no full name; the word right
        # after it is the surname, even a common noun («قمر», «بدر», «نصر»)
        b += 1
    if b + 2 < n and toks[b + 1].norm == "-" and toks[b + 1].start == toks[b].end and \
            toks[b + 2].start == toks[b + 1].end and name_like(b + 2) and \
            len(toks[b + 2].words) == 1:
        b += 2      # «لورا هوبي» + «-هامشر»: a double surname written with a hyphen
    if a > 0 and toks[a].start - toks[a - 1].end <= 1 and name_like(a - 1):
        words = tuple(fold(toks[i].norm) for i in range(a, b + 1))
        full = full_names().get(words)
        if full is not None and len(full) > len(words) and \
                full[-len(words) - 1] == fold(toks[a - 1].norm):
            a -= 1
    return a, b


def org_edges(toks: Sequence[Token], a: int, b: int,
              place_adjective: Callable[[str], bool]) -> tuple[int, int]:
    """Edges of an ORG mention over tokens ``a..b``: a complementizer or particle at its end
    is dropped («المنظمة أن»); a gazetteer-place nisba right after a short ORG joins it
    (rule 5 of :mod:`khabar.quotes.names`)."""
    from khabar.quotes.cues import is_complementizer
    while b > a and (is_complementizer(toks[b].norm) or toks[b].norm in CLOSED_WORDS) and \
            not in_acronym([t.norm for t in toks[max(0, b - 2):b + 3]], min(b, 2)):
        b -= 1      # (not «سي إن إن»: letter names, round 15)
    b = ministry_end(toks, a, b, place_adjective)
    if b + 1 < len(toks) and toks[b + 1].start - toks[b].end <= 1 and \
            place_adjective(toks[b + 1].norm) and b - a < 4 and \
            not (a > 0 and toks[a - 1].norm in PRESS_HEADS):
        b += 1      # (not a paper's name: «صحيفة الغارديان البريطانية» → «الغارديان», round 16)
    return a, b


#: Heads of a newspaper or magazine named right after them (normalized): the place nisba after
#: the name is the writer's, not part of the paper's name (round 16).
PRESS_HEADS = frozenset({"صحيفه", "جريده", "مجله", "يوميه", "وصحيفه", "وجريده"})


#: Plural heads never a ministry's whole name: the adjective after them is part of it
#: («وزارة الشؤون الدينية», «وزارة الشؤون الخارجية»; round 22).
_BARE_HEADS = frozenset({"الشؤون"})


def ministry_end(toks: Sequence[Token], a: int, b: int,
                 place_adjective: Callable[[str], bool]) -> int:
    """«وزارة الصناعة» + «والتجارة», «وزارة تكنولوجيات الاتصال» + «والاقتصاد الرقمي»: a
    ministry (or a committee, «لجنة الصحة والشؤون الاجتماعية») named from token ``a`` goes on over coordinated definite nouns and their
    adjectives (at most four tokens more); else ``b``."""
    head = toks[a].norm
    for pre in ("و", "ب", "ل"):
        if head.startswith(pre + "وزار"):
            head = head[1:]
    if head not in ("وزاره", "الوزاره", "لجنه"):
        return b    # (a committee too: «لجنة الصحة والشؤون الاجتماعية», round 17)
    end = b
    while end + 1 < len(toks) and end - b < 4 and toks[end + 1].start - toks[end].end <= 1:
        nm = toks[end + 1].norm
        if nm.startswith("وال") and len(nm) > 4 or (
                (end > b or toks[b].norm in _BARE_HEADS) and nm.startswith("ال") and
                (place_adjective(nm) or nm.endswith(("ي", "يه")))):
            end += 1
        else:
            break
    return end


__all__ = ["foreign_given_name", "given_name_edges", "ministry_end", "org_edges",
           "person_edges"]
