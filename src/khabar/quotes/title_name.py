"""A person's name NER missed at the end of a title phrase (round 19, from blind batch 62):
«اعتبر سفير فرنسا بتونس أوليفيي بوافر دارفور، أن …» then «وقال بوافر دارفور …» — NER knew
no part of the foreign name (it took «دارفور» for the Sudanese region), so the first cue got
the whole phrase as an unnamed speaker and the later ones a name without its given name.
When an unnamed speaker phrase opens with a person title and ends with the words of a named
person speaker of the same article, the word before them — no «ال», no title, no place,
no preposition + place — is that person's given name: the speaker is the full name, and
every speaker of the article named by the shorter name takes the full name (the canonical
is the name as first written). Pure function of the resolved quotes; nothing here raises
on ordinary input.
"""
from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Quote, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import places
from khabar.text.normalize import normalize


def _given(word: str) -> bool:
    """``word`` may be a foreign given name: a plain word, not definite, no title or place."""
    nm = normalize(word)
    pl = places()
    return (word.isalpha() and len(nm) > 2 and not nm.startswith("ال") and
            nm not in C.TITLE_WORDS and nm not in pl and
            not (nm[0] in "بلو" and nm[1:] in pl))


def _titled(word: str) -> bool:
    nm = normalize(word)
    return nm in C.TITLE_WORDS or nm.startswith("ال") and nm[2:] in C.TITLE_WORDS


def name_in_title(raw: str, quotes: Sequence[Quote],
                  persons: Sequence[bool]) -> tuple[list[Quote], list[bool]]:
    """``quotes`` and ``persons`` with title phrases ending in a known name named (module
    docstring)."""
    out, who = list(quotes), list(persons)
    named = {q.speaker.canonical for q, p in zip(quotes, persons)
             if p and q.speaker is not None and q.speaker.canonical}
    for i, q in enumerate(quotes):
        sp = q.speaker
        if sp is None or sp.canonical is not None:
            continue
        words = raw[sp.start:sp.end].split()
        if len(words) < 3 or not _titled(words[0]):
            continue
        for name in named:
            cw = [normalize(w) for w in name.split()]
            k = len(cw)
            if len(words) < k + 2 or [normalize(w) for w in words[-k:]] != cw or \
                    not _given(words[-k - 1]):
                continue
            full = words[-k - 1] + " " + " ".join(words[-k:])
            start = raw.rfind(words[-k - 1], sp.start, sp.end - len(" ".join(words[-k:])))
            out[i] = Quote(Speaker(start, sp.end, full), q.cue, q.content, q.direct)
            who[i] = True
            for j, o in enumerate(out):
                if o.speaker is not None and o.speaker.canonical == name:
                    out[j] = Quote(Speaker(o.speaker.start, o.speaker.end, full), o.cue,
                                   o.content, o.direct)
            break
    return out, who
