"""Organisation mentions cut back to a known name (round 16, from blind batch 41).

NER sometimes runs an organisation on over the verb's object: «وتنصح منظمة الصحة العالمية
الأطفال والشباب» → «منظمة الصحة العالمية الأطفال». When the first words of an ORG mention (two
or more) spell a name of the organisation gazetteer and the next word is a definite noun
(tagged NOUN) that is no nisba («الأطفال»; not «الإفريقية», nor the adjective of «الحزب
الوطني الحر»), the mention stops after the known name, and so does every mention linked to
it (same canonical). Pure function of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect
import dataclasses

from khabar.document import Entity
from khabar.quotes.namewords import org_names


def cut_known_orgs(toks, norms: list[str], raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with ORG mentions that run on past a gazetteer name cut after it."""
    known = org_names()
    starts = [t.start for t in toks]
    renamed: dict[str, str] = {}
    out = []
    for e in ents:
        cut = None
        if e.label == "ORG" and known:
            a = bisect.bisect_left(starts, e.start)
            b = a
            while b < len(toks) and toks[b].end <= e.end:
                b += 1
            idx = list(range(a, b))
            for n in range(len(idx) - 1, 1, -1):
                nxt = norms[idx[n]]
                words = toks[idx[n]].words
                if "".join(norms[i] for i in idx[:n]) in known and nxt.startswith("ال") and \
                        not nxt.endswith(("ي", "يه", "يين", "يون")) and \
                        len(words) == 1 and words[0].upos == "NOUN":
                    cut = idx[n - 1]    # the longest known name first
                    break
        if cut is None:
            out.append(e)
            continue
        end = toks[cut].end
        renamed[e.canonical] = " ".join(raw[e.start:end].split())
        out.append(dataclasses.replace(e, end=end, canonical=renamed[e.canonical]))
    return [dataclasses.replace(e, canonical=renamed[e.canonical])
            if e.canonical in renamed and e.label == "ORG" else e for e in out]
