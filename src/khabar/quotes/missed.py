"""Person names NER missed, found from the way the article goes on (round 16).

«أكدت الأمينة العامة المساعدة … بالقلعة الكبرى سامية الوسلاتي في مداخلة … أن …» … «و أوضحت
الوسلاتي أن …»: a surname standing bare right after a cue verb and before its complementizer
(tagged X/PROPN, «ال…ي», no entity there) is a person's; where the article wrote it earlier
after one more word that is no title, head, preposition or cue («سامية الوسلاتي»), the two
words are that person's full name. «تحدثت رئيسة المركز الدولي للدراسات …، بدرة قعلول عن
وجود …» (round 18, from blind batch 58): two words set off by a comma after a title that follows
a verb, the second tagged X/PROPN, then a preposition, a complementizer or a comma, are the
titled person's name (:func:`missed_apposed_names`); the member titles «القيادي/القيادية» count
as titles there («قال القيادي المؤسس في حركة نداء تونس، لزهر العكرمي في تصريح», round 20),
and two plain words tagged common nouns may be the name («وقال كاتب عام بلدية حمام سوسة، مكرم
شويخ في مداخلة», round 21, :func:`~khabar.quotes.surname_title.plain_name_pair`).
Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Span
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.marks import Article
from khabar.quotes.region_words import MEMBER_TITLES
from khabar.quotes.maghrebi_given import LAM_GIVEN
from khabar.quotes.surname_title import plain_name_pair


def _covered(ents: list[Entity], start: int, end: int) -> bool:
    return any(e.start <= start and end <= e.end for e in ents)


def _proper(art: Article, i: int) -> bool:
    words = art.toks[i].words
    return bool(words) and words[-1].upos in ("X", "PROPN")


def _bare_surname(art: Article, ents: list[Entity], j: int) -> bool:
    """Token ``j`` is a surname alone between a cue verb and its complementizer."""
    nm = art.norms[j]
    tok = art.toks[j]
    return (nm.startswith("ال") and nm.endswith("ي") and len(nm) > 5 and _proper(art, j)
            and j + 1 < art.n and is_complementizer(art.norms[j + 1])
            and not is_place_adjective(nm) and nm not in C.TITLE_WORDS
            and nm not in C.SOURCE_HEADS and not _covered(ents, tok.start, tok.end))


def _given_name(art: Article, ents: list[Entity], g: int) -> bool:
    """Token ``g`` may be the given name before a surname."""
    nm = art.norms[g]
    tok = art.toks[g]
    return (nm.isalpha() and len(nm) > 2 and not nm.startswith(("ال", "لل", "بال", "وال"))
            and nm not in C.TITLE_WORDS and nm not in C.ORG_HEADS and nm not in C.SOURCE_HEADS
            and nm not in C.PHRASE_STOPS and cue_form(nm) is None
            and not is_place_adjective(nm) and not _covered(ents, tok.start, tok.end))


#: The first word of «الكاتب(ة) العام(ة)».
_SECRETARY = frozenset({"الكاتب", "الكاتبه"})


def _secretary(art: Article, t: int) -> bool:
    """Tokens ``t``, ``t + 1`` are the Maghrebi title «الكاتب(ة) العام(ة)» (secretary general,
    round 21)."""
    return art.norms[t] in ("الكاتب", "الكاتبه") and art.norms[t + 1] in ("العام", "العامه")


def _verb_before(art: Article, t: int) -> bool:
    """Token ``t - 1`` is a verb, or a comma right after a verb («طالبت، الكاتبة العامة …»,
    round 21)."""
    words = art.toks[t - 1].words
    if t >= 2 and art.norms[t - 1] in ("،", ","):
        words = art.toks[t - 2].words
    return bool(words) and words[-1].upos == "VERB"


def missed_full_names(art: Article, ents: list[Entity]) -> list[Entity]:
    """PER entities for full names NER missed whose surname later stands bare after a cue
    verb (module docstring); none when the surname is tagged or never written in full."""
    out: list[Entity] = []
    done: set[str] = set()
    for k in art.verb_cues:
        if k >= art.n - 2:
            break
        j = k + 1
        if art.norms[j] in done or not _bare_surname(art, ents, j):
            continue
        for m in range(1, k):
            tok = art.toks[m]
            if art.norms[m] != art.norms[j] or _covered(ents, tok.start, tok.end) or \
                    not _given_name(art, ents, m - 1):
                continue
            s, e = art.toks[m - 1].start, tok.end
            out.append(Entity(s, e, "PER", " ".join(art.doc.repaired(Span(s, e)).split())))
            done.add(art.norms[j])
            break
    return out


def missed_apposed_names(art: Article, ents: list[Entity]) -> list[Entity]:
    """PER entities for «<verb> <title> … ، <given> <surname> عن/أن/،» when NER tagged no
    part of the two words (module docstring); the comma within eight tokens of the title."""
    out: list[Entity] = []
    for t in range(1, art.n - 4):
        nm = art.norms[t]
        if nm not in C.TITLE_WORDS and nm not in MEMBER_TITLES and nm not in _SECRETARY:
            continue    # (no title here: the test below fails at once)
        if (art.norms[t] not in C.TITLE_WORDS and art.norms[t] not in MEMBER_TITLES and
                not _secretary(art, t)) or not _verb_before(art, t):
            continue
        c = next((c for c in range(t + 1, min(t + 9, art.n - 3)) if art.norms[c] in ("،", ",")
                  or art.is_end(c)), None)
        if c is None or art.is_end(c):
            continue
        g, s, after = c + 1, c + 2, art.norms[c + 3]
        if not (_given_name(art, ents, g) and (_proper(art, s) or plain_name_pair(art, g, s))
                and art.norms[s].isalpha() and
                not is_place_adjective(art.norms[s]) and art.norms[s] not in C.TITLE_WORDS and
                not _covered(ents, art.toks[s].start, art.toks[s].end) and
                (after in C.PHRASE_STOPS or is_complementizer(after) or after in ("،", ","))):
            continue
        b, e = art.toks[g].start, art.toks[s].end
        if art.norms[g][:1] == "ل" and art.norms[g][1:] in LAM_GIVEN:
            b += 1      # «لزهر»: as NER reads «لسعد ادريس»; maghrebi_given puts the «ل» back
        out.append(Entity(b, e, "PER", " ".join(art.doc.repaired(Span(b, e)).split())))
    return out
