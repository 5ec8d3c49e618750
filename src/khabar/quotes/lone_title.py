"""Round 20 (blind batches 81–82): two repairs of a speaker already chosen, applied in
:meth:`khabar.quotes.speakers.Speakers.resolve` before the finish.

- a lone definite title taken for a name («وأشار الوالي إلى أن», «قال المفتي:»; NER tags
  the title PER or it passes as a bare name) is the person who spoke earlier with the same
  title, indefinite, in the subject («أكد والي القيروان شكري بن حسن أن», «قال مفتي عام
  المملكة …، الشيخ عبدالعزيز …، إن»); see :func:`lone_title`;
- an organisation right after a spokesperson phrase («وكان المتحدث باسم "الجيش الوطني
  الليبي"، أعلن أن») is not the speaker: the spokesperson is, unnamed, by the phrase
  (:func:`spokesperson_body`);
- «نفس المصدر», «ذات المصدر» before the verb's complement («وبيّن نفس المصدر أنّ») is the
  source named before, as «المصدر ذاته» (:func:`same_source`);
- an organisation whose canonical lost the nisba it was first written with («الحرس الثوري
  الإيراني» → NER canonical «الحرس الثوري») takes the name as first written
  (:func:`org_as_written`);
- a party's bureau tagged ORG by itself («أعلن المجلس الوطني لحزب المؤتمر من أجل الجمهورية»,
  NER: «المجلس الوطني» and «حزب المؤتمر …») speaks under the party's name, as the round-19
  bureau rule for an unnamed phrase (:func:`bureau_org`).

Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect

from typing import Callable

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C

from khabar.quotes.bureau import BUREAU_ADJECTIVES, BUREAU_HEADS
from khabar.quotes.lexicon import is_place_adjective, norm_name
from khabar.quotes.marks import Article

#: Titles held by one person in a place, written indefinite before the name
#: («والي القيروان», «مفتي الديار»), normalized, without ال (beside :data:`C.TITLE_WORDS`).
OFFICE_TITLES = frozenset({"مفتي", "والي", "محافظ", "معتمد", "عمده", "قنصل", "سفير"})

#: Heads of a spokesperson phrase, with and without ال, normalized.
_SPOKES = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه", "المتحدث", "المتحدثه", "الناطق",
                     "الناطقه"})


def _token_at(art: Article, start: int, end: int) -> int | None:
    """The index of the one token spanning raw ``start``–``end``; None otherwise."""
    i = bisect.bisect_left(art.starts, start)
    if i < art.n and art.toks[i].start == start and art.toks[i].end == end:
        return i
    return None


def lone_title(art: Article, sp: Speaker) -> int | None:
    """The token of ``sp`` when it is one definite title word and nothing more («الوالي»,
    «المفتي»: a bare title, with no canonical or the word itself as canonical); None
    otherwise."""
    i = _token_at(art, sp.start, sp.end)
    if i is None:
        return None
    head = art.norms[i]
    if not head.startswith("ال") or (sp.canonical and
                                     " ".join(sp.canonical.split()) != art.surf[i]):
        return None
    bare = head[2:]
    return i if bare in OFFICE_TITLES or (bare in C.TITLE_WORDS and
                                          "ال" + bare in C.TITLE_WORDS) else None


def spokesperson_body(art: Article, sp: Speaker) -> Speaker | None:
    """``sp`` is a name right after «باسم» (an opening mark may come between) that follows
    a spokesperson head, with «الرسمي/الرسمية» optionally between («المتحدث باسم "الجيش
    الوطني الليبي"»): the spokesperson, unnamed, from the head to the end of the name (and
    its closing mark); None otherwise."""
    if not sp.canonical:
        return None
    i = bisect.bisect_left(art.starts, sp.start)
    if i >= art.n or art.toks[i].start != sp.start:
        return None
    j = i - 1
    if j >= 0 and art.is_quote(j):
        j -= 1
    if j < 1 or art.norms[j] != "باسم":
        return None
    h = j - 1
    if art.norms[h] in ("الرسمي", "الرسميه", "رسمي", "رسميه"):
        h -= 1
    if h < 0 or art.norms[h] not in _SPOKES:
        return None
    e = bisect.bisect_left(art.starts, sp.end)
    end = art.toks[e].end if e < art.n and art.is_quote(e) and \
        art.toks[e].start == sp.end else sp.end
    return Speaker(art.toks[h].start, end, None)


def same_source(art: Article, sp: Speaker) -> bool:
    """``sp`` is an unnamed «نفس المصدر» / «ذات المصدر» (also «المصادر»): "the same
    source", which takes up the source named before."""
    if sp.canonical:
        return False
    i = bisect.bisect_left(art.starts, sp.start)
    return i + 1 < art.n and art.toks[i].start == sp.start and \
        art.norms[i] in ("نفس", "ذات") and art.norms[i + 1] in ("المصدر", "المصادر") and \
        art.toks[i + 1].end == sp.end


def source_person(art: Article, ents: list[Entity], pos: int,
                  addressee: Callable[[Entity], bool]) -> Speaker | None:
    """For «نفس المصدر» with no speaker before: the last PER mention (no addressee) of the
    sentence before raw offset ``pos`` («حسب ما أكدّه … رئيس مركز الحيّ الجديد بالمدينة نبيل
    الضيف. وبيّن نفس المصدر»), a source named in an attribution; None when there is none."""
    i = bisect.bisect_left(art.starts, pos) - 1
    ends = 0
    while i > 0 and ends < 2:
        ends += art.is_end(i)
        i -= 1
    lo = art.toks[i].start if i >= 0 else 0
    for e in reversed(ents):
        if lo <= e.start and e.end <= pos and e.label == "PER" and not addressee(e):
            return Speaker(e.start, e.end, e.canonical)
    return None


def org_as_written(art: Article, ents: list[Entity], sp: Speaker) -> str | None:
    """The first ORG mention with the canonical of ``sp``, as written, when it is that
    canonical followed by nisbas of places only («الحرس الثوري الإيراني» for «الحرس
    الثوري»); None otherwise."""
    if not sp.canonical:
        return None
    key = norm_name(sp.canonical).split()
    for e in ents:
        if e.label != "ORG" or norm_name(e.canonical).split() != key:
            continue
        written = " ".join(art.doc.repaired(Span(e.start, e.end)).split())
        words = norm_name(written).split()
        extra = words[len(key):]
        if len(words) > len(key) and words[:len(key)] == key and \
                all(is_place_adjective(w) for w in extra):
            return written
        return None
    return None


def bureau_org(art: Article, ents: list[Entity], sp: Speaker) -> str | None:
    """``sp`` is a bureau by itself («المجلس الوطني», «المكتب السياسي») right before an ORG
    mention glued to «لـ» («لحزب المؤتمر من أجل الجمهورية»): that organisation's canonical;
    None otherwise."""
    i = bisect.bisect_left(art.starts, sp.start)
    if i + 2 >= art.n or art.toks[i].start != sp.start or art.toks[i + 1].end != sp.end or \
            art.norms[i] not in BUREAU_HEADS or art.norms[i + 1] not in BUREAU_ADJECTIVES:
        return None
    lam = art.toks[i + 2]
    if not art.norms[i + 2].startswith("ل") or art.norms[i + 2].startswith("لل"):
        return None
    org = next((e for e in ents if e.label == "ORG" and e.start == lam.start + 1), None)
    return org.canonical if org is not None else None
