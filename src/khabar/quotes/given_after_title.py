"""A given name right after a title word that NER left out of a person's name. Pure functions
of the tokens and the mentions; nothing raises on ordinary input.

- *A foreign given name before the mention* (round 18, from blind batch 56;
  :func:`given_after_title`): «ويقول الباحث ليندي إلكينز تانتون من جامعة …» is tagged
  «إلكينز تانتون» — the word right before the mention is a foreign word (tagged X, no title,
  no «ال») that stands right after a title word, so it is the person's given name and the
  mention starts there — unless it heads an institution («مدير مستشفى فرحات حشاد …»), is a
  place of the gazetteer or is written again in the article («معتمد جلمة محمد …» after
  «بمعتمدية جلمة»: a place).
- *A known given name, the name read forward from it* (round 22, from blind batch 96;
  :func:`given_forward`): «قالت النائبة بشرى بلحاج حميدة ضيفة بولتيكا اليوم … أن …»: NER
  tagged no person, and the round-9 guess (:meth:`khabar.quotes.guess.GuessRules._guess_name`)
  reads the name backwards from the end of the subject, so a description after the name
  («ضيفة بولتيكا», the guest of a programme) was taken for it. When the word right after a
  title word is a known given name (the person gazetteer's «first» names or
  :data:`khabar.lang.given_names.FEMALE_GIVEN`), the name starts there: the given name and up
  to two name words after it, stopped by a place or a place nisba.
"""
from __future__ import annotations

import bisect
from typing import Callable, Sequence

from khabar.document import Entity, Token
from khabar.lang import quote_cues as C
from khabar.lang.given_names import FEMALE_GIVEN
from khabar.quotes.given_led import starts_with_given
from khabar.quotes.lexicon import is_place_adjective, places
from khabar.quotes.namewords import first_names, fold
from khabar.text.normalize import normalize


def given_after_title(raw: str, toks: Sequence[Token], norms: Sequence[str],
                      ents: Sequence[Entity]) -> list[Entity]:
    """``ents`` with each PER mention that starts a token after «<title> <foreign word>»
    moved back over that word (its canonical too, when it began with the mention)."""
    starts = [t.start for t in toks]
    out = []
    for e in ents:
        i = bisect.bisect_left(starts, e.start)
        if e.label != "PER" or i < 2 or i >= len(toks) or starts[i] != e.start:
            out.append(e)
            continue
        prev = toks[i - 1]
        words = prev.words
        if raw[prev.end:e.start] == " " and words and all(w.upos == "X" for w in words) and \
                norms[i - 1] not in C.TITLE_WORDS and not norms[i - 1].startswith("ال") and \
                norms[i - 2] in C.TITLE_WORDS and raw[prev.start:prev.end].isalpha() and \
                norms[i - 1] not in C.INSTITUTION_HEADS and norms[i - 1] not in places() and \
                norms.count(norms[i - 1]) == 1 and not starts_with_given(raw, e) and \
                not any(x.start < e.start and x.end > prev.start for x in ents if x is not e):
            canon = e.canonical
            if normalize(raw[e.start:e.end]) == normalize(canon):
                canon = raw[prev.start:e.end]
            out.append(Entity(prev.start, e.end, e.label, canon))
        else:
            out.append(e)
    return out


def given_forward(norms: Sequence[str], seg: Sequence[int],
                  name_like: Callable[[int], bool]) -> list[int]:
    """Token indices of the name that starts with a known given name right after a title word
    of ``seg`` (the subject's words before any adjunct), at most three words; [] when ``seg``
    has no title word followed by a known given name."""
    given = first_names() | FEMALE_GIVEN
    for n in range(len(seg) - 1):
        i = seg[n]
        if norms[i] not in C.TITLE_WORDS:
            continue
        j = seg[n + 1]
        if fold(norms[j]) not in given or not name_like(j):
            return []
        name = [j]
        for k in seg[n + 2:n + 4]:
            nm = norms[k]
            if not name_like(k) or nm in places() or is_place_adjective(nm):
                break
            name.append(k)
        return name
    return []


__all__ = ["given_after_title", "given_forward"]
