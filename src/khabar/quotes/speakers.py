"""Speaker resolution for one article: :class:`Speakers` keeps the mentions (edges repaired by
:func:`khabar.quotes.names.repair_entities`), the known names and the speakers so far, and
:meth:`Speakers.resolve` picks the speaker of each cue in order. Nothing here raises on
ordinary input.
"""
from __future__ import annotations

import bisect

import numpy as np

from khabar.document import Entity, Span, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.candidates import gather
from khabar.quotes.canon import written_canonicals
from khabar.quotes.context import ContextRules
from khabar.quotes.cues import Cue
from khabar.quotes.edges import fix_name_starts
from khabar.quotes.lexicon import MEDIA_HEADS, is_place_adjective, norm_name
from khabar.quotes.marks import Article
from khabar.quotes.names import repair_entities
from khabar.quotes.ranker import choose, features
from khabar.quotes.trim import trim_persons


class Speakers(ContextRules):
    """Speaker resolution state for one article."""

    def __init__(self, art: Article, ents: list[Entity], weights: np.ndarray | None = None,
                 trace: list | None = None) -> None:
        self.art = art
        self.weights = weights      # learned speaker choice (None: the rules alone)
        self.trace = trace          # (cue, candidates, features) per cue, for training
        self.all_ents = list(ents)
        fixed, keep = fix_name_starts(art.doc, art.toks,
                                      [e for e in ents if e.label in ("PER", "ORG")])
        fixed = trim_persons(art.doc, art.toks, fixed)
        self.ents = written_canonicals(art.doc, art.toks, repair_entities(
            art.doc, art.toks, fixed, self._name_like, is_place_adjective, keep))
        self.starts = [e.start for e in self.ents]
        self.history: list[tuple[Speaker, str | None]] = []   # (speaker, gender)
        self.last_person = False    # the last remembered speaker is a named person
        self.names: dict[str, str] = {}   # surname / name token → canonical (persons)
        self._written: dict[str, str] = {}  # canonical → as first written (memo)
        self._bare: list[str] | None = None  # the article's norms without ال (lazy)
        self.persons = [e.canonical for e in self.ents if e.label == "PER"]
        for c in self.persons:
            self._add_name(c)
        # a one-word ORG mention that is the surname of a person named in the article is
        # that person («سيران أطيش» … «وذكرت أطيش» tagged ORG)
        firms = {e.canonical for e in self.ents if self._after_org_head(e)}
        self.ents = [Entity(e.start, e.end, "PER", self.names[norm_name(e.canonical)])
                     if e.label == "ORG" and norm_name(e.canonical) in self.names and
                     e.canonical not in firms else e for e in self.ents]

    def _after_org_head(self, e: Entity) -> bool:
        """A mention right after an organisation head («شركة تويوتا»): a firm named after
        a family stays an organisation."""
        art = self.art
        i = bisect.bisect_left([t.start for t in art.toks], e.start) - 1
        return i >= 0 and (art.norms[i] in C.ORG_HEADS or
                           art.norms[i][1:] in C.ORG_HEADS or art.norms[i][2:] in C.ORG_HEADS)

    def _add_name(self, canonical: str) -> None:
        """Index the later words of a person's name (with and without ال) to the name."""
        parts = norm_name(canonical).split()
        if len(parts) < 2:
            return
        for p in parts[1:]:
            for key in (p, p[2:] if p.startswith("ال") else "ال" + p):
                old = self.names.get(key)
                # more words win; among equals the name written first («سيران أطيش», not
                # the later misspelling «سيريان أطيش»)
                if old is None or len(old.split()) < len(canonical.split()):
                    self.names[key] = canonical

    def full(self, canonical: str | None) -> str | None:
        """The longest known name of the person («قايد السبسي» → «الباجي قايد السبسي»)."""
        if not canonical:
            return canonical
        parts = [p[2:] if p.startswith("ال") else p for p in norm_name(canonical).split()]
        best = canonical
        for c in self.persons + [sp.canonical for sp, _ in self.history if sp.canonical]:
            cp = [p[2:] if p.startswith("ال") else p for p in norm_name(c).split()]
            if len(cp) > len(parts) and cp[-len(parts):] == parts and \
                    len(c.split()) > len(best.split()):
                best = c
        return self._first_written(best)

    def _first_written(self, canonical: str) -> str:
        """The name as first written in the article when an earlier mention differs only by
        the article («المخرج منصف ذويب» … «المنصف ذويب» → «منصف ذويب»); memoized."""
        if canonical not in self._written:
            self._written[canonical] = self._scan_written(canonical)
        return self._written[canonical]

    def _scan_written(self, canonical: str) -> str:
        def bare(w: str) -> str:
            return w[2:] if w.startswith("ال") and len(w) > 4 else w
        parts = [bare(p) for p in norm_name(canonical).split()]
        if len(parts) < 2:
            return canonical
        if self._bare is None:
            self._bare = [bare(w) for w in self.art.norms[:self.art.n]]
        bn, k = self._bare, len(parts)
        for i in range(self.art.n - k + 1):
            if bn[i] == parts[0] and bn[i:i + k] == parts:
                toks = self.art.toks
                s, e = toks[i].start, toks[i + len(parts) - 1].end
                return " ".join(self.art.doc.repaired(Span(s, e)).split())
        return canonical

    def remember(self, sp: Speaker, gender: str | None, person: bool) -> None:
        """Record ``sp`` as the latest speaker (a named person when ``person``)."""
        self.history.append((sp, gender))
        self.last_person = person
        if person and sp.canonical:
            self._add_name(sp.canonical)

    def attribution(self, k: int) -> None:
        """«وفق ما أكده مصدر أمني»: remember the source for later implicit subjects."""
        art = self.art
        region = []
        i = k + 1
        while i < art.n and len(region) < 20 and not art.is_end(i):
            if art.norms[i] not in ("به", "بها", "ه"):
                region.append(i)
            i += 1
        if art.norms[k] in C.ATTRIBUTION_WORDS:
            # «وفق تصريح الوزير», «حسب مصدر أمني»; not «حسب قوله» (the speaker already) nor
            # «وفق ما أكده» (the cue after «ما» is an attribution of its own)
            while region and art.norms[region[0]] in C.ATTRIBUTION_NOUNS and len(region) > 1:
                region = region[1:]
            if not region or art.norms[region[0]] == "ما" or \
                    not self._source_like(region[0]):
                return
        if not region:
            return
        cue = Cue(k, "", None, "verb", i, False)
        sp, person = self._subject(cue, region)
        if sp is not None:
            self.remember(sp, None, person)

    def _source_like(self, i: int) -> bool:
        """Token ``i`` may begin a source after «وفق/حسب»: a PER/ORG mention, a known name,
        an unnamed-source head («مصدر», «مصادر»), a media or organisation head."""
        art = self.art
        tok = art.toks[i]
        if any(e.start == tok.start for e in self.ents) or art.norms[i] in self.names:
            return True
        nm = art.norms[i]
        bare = nm[2:] if nm.startswith("ال") else nm
        return bare in C.SOURCE_HEADS or nm in C.ORG_HEADS or bare in MEDIA_HEADS

    def resolve(self, cue: Cue) -> Speaker | None:
        """The speaker of ``cue`` (after the cue, before it, in its sentence, else implicit),
        remembered for later cues; None when nothing fits."""
        art = self.art
        k, t = cue.index, cue.trigger
        region = [i for i in range(k + 1, t) if art.norms[i] not in C.CUE_NOUNS]
        sp, person = (self._subject(cue, region) if region else (None, False))
        if sp is None and cue.kind != "part":
            sp, person = self._before(cue)
        if sp is None and cue.kind == "verb":
            nested, _ = self._complement_subject(cue)
            if nested is not None:
                return nested       # a report inside a report: the thread stays the outer one
        if sp is None and cue.kind == "part":
            sp, person = self._sentence_subject(cue)
        if sp is None:
            sp, person = self._implicit(cue)
            if self.history and sp == self.history[-1][0]:
                person = person or self.last_person
        if sp is not None and person and sp.canonical:
            sp = Speaker(sp.start, sp.end, self.full(sp.canonical))
        if self.weights is not None or self.trace is not None:
            sp, person = self._learned(cue, sp, person)
        if sp is not None:
            self.remember(sp, cue.gender, person)
        return sp

    def _learned(self, cue: Cue, sp: Speaker | None,
                 person: bool) -> tuple[Speaker | None, bool]:
        """The learned choice among the candidates (the rule answer ``sp`` among them)."""
        cands = gather(self, cue, sp, person)
        if not cands:
            return sp, person
        X = features(self, cue, cands)
        if self.trace is not None:
            self.trace.append((self.art.toks[cue.index].start, cands, X))
        if self.weights is None:
            return sp, person
        c = cands[choose(self.weights, X)]
        return c.speaker, c.person

