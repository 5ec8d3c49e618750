"""Words a name mention runs on into (round 17, from the errors of blind batches 47 and 48).

- A noun in the construct state before another name: «أكد كريستيانو رونالدو نجم ريال مدريد»
  — «نجم» ("star of") has the club as its genitive, so it heads an apposition after the name
  and is no surname the tagger left out (:func:`construct_before_name`).
- A company named after its head that the tagger read as a person («شركة جيت بلو» … «الشركة»):
  the company by its name (:func:`company_named`).
- An indefinite accusative noun after a body's name: «وأصدرت شركة جيت بلو بيانا قالت فيه» —
  «بيانا» (tanween alif, tagged NOUN) is the verb's object; a genitive chain after an
  organisation head never holds an accusative (:func:`accusative_object`).

- Two persons' surnames side by side that the tagger took as one name («وهاجمت لوبان ماكرون»):
  two mentions (:func:`split_two_surnames`).

Functions of the token layer and the mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Entity, Token
from khabar.quotes.namewords import fold
from khabar.text.normalize import normalize


def construct_before_name(toks: Sequence[Token], i: int, covered: set[int]) -> bool:
    """Token ``i`` (right after a person's name) is directly followed by the first token of
    another PER/ORG mention (``covered``: tokens inside mentions), written as one word with no
    punctuation between: a noun in the construct state («نجم» + «ريال مدريد»), not a name
    word."""
    j = i + 1
    return 0 < i and j < len(toks) and j in covered and i not in covered and \
        toks[j].start - toks[i].end <= 1 and toks[i].norm[:1].isalpha() and \
        toks[j].norm[:1].isalpha()


def accusative_object(tok: Token) -> bool:
    """``tok`` is one word tagged NOUN ending in the tanween alif of an indefinite accusative
    («بيانا», «تقريرا», «قرارا»), not «ءا»/«اا»: a verb's object, no part of a name."""
    nm = tok.norm
    return len(tok.words) == 1 and tok.words[0].upos == "NOUN" and len(nm) >= 4 and \
        nm.endswith("ا") and not nm.endswith(("اا", "ءا")) and not nm.startswith("ال")


def company_named(state, j: int):
    """The name of a company written right after its head at token ``j`` («شركة جيت بلو»,
    «مؤسسة …») when the tagger read that name as a person: the PER mention starting at the
    next token, as a :class:`~khabar.document.Speaker` named by that mention's canonical
    (the company by its name, like «شركة أبل» → «أبل»); None otherwise. ``state`` is the
    speaker state (``art``, ``entities_in``)."""
    from khabar.document import Speaker
    from khabar.quotes.lexicon import COMPANY_HEADS
    art = state.art
    head = art.norms[j]
    if (head[2:] if head.startswith("ال") else head) not in COMPANY_HEADS or j + 1 >= art.n:
        return None
    nxt = art.toks[j + 1]
    for e in state.entities_in(nxt.start, nxt.end):
        if e.label == "PER" and e.start == nxt.start and e.canonical:
            return Speaker(e.start, e.end, e.canonical)
    return None


def split_two_surnames(raw: str, ents: list[Entity]) -> list[Entity]:
    """A PER mention of two words that are the surnames of two different persons named in
    full in the article is the two persons side by side, subject then object («وهاجمت لوبان
    ماكرون» after «إيمانويل ماكرون» and «مارين لوبان»): split in two, each word taking its
    person's full name; a mention the tagger linked to the joined name takes the name of the
    person whose surname it is. Other mentions are returned unchanged."""
    full: dict[str, set[str]] = {}
    for e in ents:
        words = e.canonical.split() if e.label == "PER" else []
        if len(words) > 1:
            full.setdefault(fold(normalize(words[-1])), set()).add(e.canonical)
    renamed: dict[str, dict[str, str]] = {}
    out: list[Entity] = []
    for e in ents:
        words = raw[e.start:e.end].split()
        if e.label == "PER" and len(words) == 2:
            a, b = (full.get(fold(normalize(w)), set()) - {e.canonical} for w in words)
            if len(a) == 1 and len(b) == 1 and a != b:
                (ca,), (cb,) = a, b
                k = raw.index(words[1], e.start + len(words[0]))
                out += [Entity(e.start, e.start + len(words[0]), "PER", ca),
                        Entity(k, e.end, "PER", cb)]
                renamed[e.canonical] = {fold(normalize(words[0])): ca,
                                        fold(normalize(words[1])): cb}
                continue
        out.append(e)
    if not renamed:
        return out
    return [Entity(e.start, e.end, e.label, renamed[e.canonical].get(
        fold(normalize(raw[e.start:e.end])), e.canonical))
        if e.label == "PER" and e.canonical in renamed else e for e in out]


def body_head_before(norm: str) -> bool:
    """``norm`` (the word right before an opening quotation mark) is an organisation or media
    head, bare or with ل/ب/ال («لمنظمة "سيكو تونس"», «بشركة "…"»): the quoted words name that
    body, not the person whose title comes first («قال الرئيس التنفيذي لمنظمة "سيكو تونس"
    الطاهر بياحي»; round 17)."""
    from khabar.lang import quote_cues as C
    from khabar.quotes.lexicon import MEDIA_HEADS
    forms = {norm}
    for pre in ("لل", "ل", "ب"):
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            forms |= {norm[len(pre):], "ال" + norm[len(pre):]}
    bare = {f[2:] if f.startswith("ال") else f for f in forms}
    return any(f in C.ORG_HEADS for f in forms) or any(b in MEDIA_HEADS for b in bare)
