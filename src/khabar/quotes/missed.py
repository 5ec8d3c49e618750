"""Person names NER missed, found from the way the article goes on (round 16).

«أكدت الأمينة العامة المساعدة … بالقلعة الكبرى سامية الوسلاتي في مداخلة … أن …» … «و أوضحت
الوسلاتي أن …»: a surname standing bare right after a cue verb and before its complementizer
(tagged X/PROPN, «ال…ي», no entity there) is a person's; where the article wrote it earlier
after one more word that is no title, head, preposition or cue («سامية الوسلاتي»), the two
words are that person's full name. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Span
from khabar.lang import quote_cues as C
from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.lexicon import is_place_adjective
from khabar.quotes.marks import Article


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


def missed_full_names(art: Article, ents: list[Entity]) -> list[Entity]:
    """PER entities for full names NER missed whose surname later stands bare after a cue
    verb (module docstring); none when the surname is tagged or never written in full."""
    out: list[Entity] = []
    done: set[str] = set()
    for k in range(art.n - 2):
        hit = cue_form(art.norms[k])
        j = k + 1
        if hit is None or hit[2] != "verb" or art.norms[j] in done or \
                not _bare_surname(art, ents, j):
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
