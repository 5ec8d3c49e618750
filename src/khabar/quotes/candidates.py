"""Speaker candidates of one cue and their features, for the learned speaker choice
(:mod:`khabar.quotes.ranker`).

Candidates: the rule answer, the subject after the cue (NER mentions and names guessed from
title words or gazetteer given names, even when NER missed them), earlier PER/ORG mentions
of the article, earlier speakers, and variants of PER mentions with a glued leading ل/ب/و/ف
stripped when the rest begins with a known given name («لسعد اليعقوبي» → «سعد اليعقوبي»).
Nothing here raises on ordinary input.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from khabar.document import Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.cues import Cue
from khabar.quotes.names import first_names, fold
from khabar.quotes.rank_feats import EXTRA
from khabar.text.normalize import normalize

#: Base feature names (round 1), then the round-3 ones (:data:`rank_feats.EXTRA`).
BASE = ("rule", "hist_last", "hist_any", "region", "region_first", "guess", "stripped",
        "adjacent_before", "per", "org", "unnamed", "same_sentence", "sent_dist",
        "tok_dist", "rank_before", "nearest_per", "freq", "gender_agree", "gender_clash",
        "relative", "title_before", "part_same_sentence", "after_cue")
#: Feature names, in the order of the weight vector.
FEATURES = BASE + EXTRA
_RECENT = 6         # earlier PER/ORG mentions considered (distinct names, nearest first)


@dataclass
class Candidate:
    """One possible speaker of a cue; ``origins`` says how it was found."""

    speaker: Speaker
    person: bool
    tok: int                       # token index of the mention's first token (-1: none)
    origins: set[str] = field(default_factory=set)


def _key(sp: Speaker) -> str:
    return "".join(normalize(sp.canonical).split()) if sp.canonical else f"@{sp.start}"


def _tok_index(spk, pos: int) -> int:
    starts = [t.start for t in spk.art.toks]
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _strip_glued(spk, sp: Speaker) -> Speaker | None:
    """«لسعد اليعقوبي» → «سعد اليعقوبي» when the rest of the first word is a known given
    name and the glued form is not one (keeps «لمين النهدي»)."""
    name = sp.canonical or ""
    words = name.split()
    if not words or len(words[0]) < 4 or words[0][0] not in "لبوف":
        return None
    head, rest = fold(words[0]), fold(words[0][1:])
    if rest not in first_names() or head in first_names():
        return None
    canon = " ".join([words[0][1:]] + words[1:])
    return Speaker(sp.start + 1, sp.end, canon)


def given_name_guess(spk, region: list[int]) -> Speaker | None:
    """The first gazetteer given name after the cue (glued ل/ب allowed) and up to two
    name-like words after it («صالح كامل» missed by NER)."""
    art = spk.art
    for n, i in enumerate(region[:8]):
        nm = art.norms[i]
        if nm in C.PHRASE_STOPS or art.is_quote(i) or nm in ("،", ",", ":"):
            return None
        f = fold(nm)
        cut = 0
        if f not in first_names():
            if nm[:1] in "لب" and fold(nm[1:]) in first_names():
                cut = 1
            else:
                continue
        idx = [i]
        for j in region[n + 1:n + 3]:
            if not spk._name_like(j) or art.norms[j] in C.PHRASE_STOPS:
                break
            idx.append(j)
        toks = art.toks
        s, e = toks[idx[0]].start + cut, toks[idx[-1]].end
        return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))
    return None


def gather(spk, cue: Cue, rule: Speaker | None, rule_person: bool) -> list[Candidate]:
    """The candidate speakers of ``cue`` (``spk`` is the article's
    :class:`~khabar.quotes.speakers.Speakers` before ``cue`` is remembered)."""
    art = spk.art
    out: dict[str, Candidate] = {}

    def add(sp: Speaker | None, person: bool, origin: str) -> None:
        if sp is None:
            return
        if person and sp.canonical:
            sp = Speaker(sp.start, sp.end, spk.full(sp.canonical))
        key = _key(sp)
        c = out.get(key)
        if c is None:
            out[key] = Candidate(sp, person, _tok_index(spk, sp.start))
        else:
            c.person = c.person or person
        if c is not None and abs(_tok_index(spk, sp.start) - cue.index) < \
                abs(c.tok - cue.index):
            c.speaker, c.tok = Speaker(sp.start, sp.end, c.speaker.canonical), \
                _tok_index(spk, sp.start)
        out[key].origins.add(origin)
        if person and origin != "stripped":
            add(_strip_glued(spk, sp), True, "stripped")

    add(rule, rule_person, "rule")
    region = [i for i in range(cue.index + 1, cue.trigger) if art.norms[i] not in C.CUE_NOUNS]
    if region:
        lo, hi = art.toks[region[0]].start, art.toks[region[-1]].end
        for n, e in enumerate(spk.entities_in(lo, hi)):
            add(Speaker(e.start, e.end, e.canonical), e.label == "PER",
                "region_first" if n == 0 else "region")
        add(spk._guess_name(region), True, "guess")
        add(given_name_guess(spk, region), True, "guess")
    pos = art.toks[cue.index].start
    i = bisect.bisect_left(spk.starts, pos) - 1
    seen: set[str] = set()
    while i >= 0 and len(seen) < _RECENT:
        e = spk.ents[i]
        i -= 1
        if e.label == "PER" and spk._in_institution(e):
            continue
        seen.add(e.canonical)
        add(Speaker(e.start, e.end, e.canonical), e.label == "PER", "before")
    for n, (sp, _) in enumerate(reversed(spk.history[-4:])):
        add(sp, False, "hist_last" if n == 0 else "hist")
    return list(out.values())
