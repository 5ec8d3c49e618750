"""Subjects of a cue verb the region after it does not name (round 17, from blind batch 52).

«وذكرت "أفتنبوستن" أن "إنجركه" لم يكشف …»: between a cue verb and its complementizer stands
only a name of one to four words inside quotation marks — the name of a paper, an agency or
a body the writer marks as foreign. It is the subject of the verb (not the quote's content,
which starts after the complementizer), named by the words inside the marks
(:func:`marked_name`), or by a longer name written before that ends with them («جمعية
بوصلة» … «وأوضحت "بوصلة"»: :func:`named_before`). «ونفت قطر الاتهامات …، وقالت إنها …»: a verb after a comma with no
subject of its own, coordinated with the verb that opens the sentence (same gender), shares
its subject (:func:`coordinated_after_comma`). «توقعت وكالة الترقيم الدولي "فيتش رايتنغ" أن»
(round 18, from blind batch 58): a body's head and description followed by its name in marks
is named by the marked name (:func:`marked_tail`). Pure functions
of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import is_complementizer
from khabar.quotes.marks import Article


def marked_name(art: Article, region: list[int]) -> tuple[int, int] | None:
    """Raw span of the name inside the marks when ``region`` (the tokens between a cue verb
    and its complementizer) is a quotation mark, one to four words and a closing mark; None
    otherwise."""
    if not 3 <= len(region) <= 6 or region != list(range(region[0], region[-1] + 1)):
        return None
    if not (art.is_quote(region[0]) and art.is_quote(region[-1])):
        return None
    inner = region[1:-1]
    for i in inner:
        nm = art.norms[i]
        if art.is_quote(i) or not nm[:1].isalpha() or is_complementizer(nm) or \
                nm in C.PHRASE_STOPS:
            return None
    return art.toks[inner[0]].start, art.toks[inner[-1]].end


def marked_tail(art: Article, region: list[int]) -> tuple[int, int] | None:
    """Raw span of the name inside the marks that end ``region`` when ``region`` opens with
    an organisation head («وكالة», «شركة», «صحيفة»), then one to four words of description,
    then the name of one to four words in quotation marks («وكالة الترقيم الدولي "فيتش
    رايتنغ"»); None otherwise."""
    if len(region) < 4 or region != list(range(region[0], region[-1] + 1)) or \
            art.norms[region[0]] not in C.ORG_HEADS or not art.is_quote(region[-1]):
        return None
    opening = [i for i in region[1:-1] if art.is_quote(i)]
    if len(opening) != 1 or not 2 <= opening[0] - region[0] <= 5:
        return None
    desc = list(range(region[0] + 1, opening[0]))
    inner = list(range(opening[0] + 1, region[-1]))
    if not 1 <= len(inner) <= 4:
        return None
    for i in desc + inner:
        nm = art.norms[i]
        if not nm[:1].isalpha() or is_complementizer(nm) or nm in C.PHRASE_STOPS:
            return None
    return art.toks[inner[0]].start, art.toks[inner[-1]].end


def named_before(name: str, earlier: list[str]) -> str:
    """The longest of ``earlier`` (canonicals, oldest first) that ends with the words of
    ``name`` after a head («جمعية بوصلة» for a later «"بوصلة"»); else ``name``."""
    from khabar.quotes.lexicon import norm_name
    words = norm_name(name).split()
    best = name
    for c in earlier:
        cw = norm_name(c).split()
        if len(cw) > len(words) and cw[-len(words):] == words and \
                len(cw) > len(norm_name(best).split()):
            best = c
    return best


def coordinated_after_comma(art: Article, k: int, gender: str | None) -> int | None:
    """First token of the sentence when the cue verb at ``k`` is coordinated after a comma
    («…، وقالت إنها») with the verb that opens its sentence, of the same gender («ونفت قطر
    الاتهامات …»: both feminine, ت); None otherwise. The verb then shares that subject."""
    if k < 2 or art.norms[k - 1] not in ("،", ",") or not art.norms[k].startswith("و") \
            or gender is None:
        return None
    i = k - 1
    while i >= 0 and not art.is_end(i):
        i -= 1
    j = i + 1
    while j < k and art.norms[j] in ("و", "قد", "وقد", "كما"):
        j += 1
    words = art.toks[j].words if j < k else ()
    if not words or words[-1].upos != "VERB" or \
            art.norms[j].endswith("ت") != (gender == "f"):
        return None
    return i + 1


def place_subject(art: Article, ents, j: int) -> Speaker | None:
    """The state named by a LOC mention of the place gazetteer that starts right after the
    verb at token ``j`` («ونفت قطر الاتهامات»), as written; None otherwise."""
    from khabar.quotes.lexicon import places
    from khabar.text.normalize import normalize
    if j + 1 >= art.n:
        return None
    start = art.toks[j + 1].start
    for e in ents:
        if e.label == "LOC" and e.start == start:
            text = " ".join(art.raw[e.start:e.end].split())
            if normalize(text) in places():
                return Speaker(e.start, e.end, text)
    return None


__all__ = ["coordinated_after_comma", "marked_name", "marked_tail", "named_before",
           "place_subject"]
