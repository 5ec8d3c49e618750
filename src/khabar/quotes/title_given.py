"""A foreign given name NER left out between a title and the rest of the name (round 18, from
blind batch 56): «ويقول الباحث ليندي إلكينز تانتون من جامعة …» is tagged «إلكينز تانتون» —
the word right before the mention is a foreign word (tagged X, no title, no «ال») that stands
right after a title word, so it is the person's given name and the mention starts there — unless it heads an
institution («مدير مستشفى فرحات حشاد …»), is a place of the gazetteer or is written again in
the article («معتمد جلمة محمد …» after «بمعتمدية جلمة»: a place).
Pure function of the tokens and the mentions; nothing raises on ordinary input.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from khabar.document import Entity, Token
from khabar.lang import quote_cues as C
from khabar.quotes.given_led import starts_with_given
from khabar.quotes.lexicon import places
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


__all__ = ["given_after_title"]
