"""Who said what: direct quotes and indirect speech after cue verbs, with their speakers.

The extractor reads the token layer (raw spans, normalized forms), the articles and the
entities; it writes nothing but returns :class:`~khabar.document.Quote` objects whose spans
are raw offsets (token edges, so every span is raw-valid).

1. Quotation marks are paired per article (« », “ ”, straight quotes by the spacing around
   them; a paragraph break closes nothing, an unclosed quote runs to the sentence end).
2. A cue is a token whose form (without و/ف) is a form of a verb of saying
   (:mod:`khabar.lang.quote_cues`): قال/قالت/يقول/قائلا, أكد/مؤكدا, أشار/مشيرة … Looking
   forward from it, the first complementizer (إن/أن/بأن, with a pronoun: إنه، أنها) makes it
   indirect speech, and a quotation (three words or more, not a name in quotes) makes it
   direct; «أنه "…"» is direct too. Participles (مشيرا، مضيفة) look only a few tokens ahead.
3. Content: inside the marks for direct quotes; for indirect speech from after the
   complementizer to the end of the sentence, or up to the next cue that starts a new quote
   («، مشيرا إلى أن …», «وأضاف أن …»), quotation marks included when the quote is partial.
4. Speaker: the subject between the cue and the content: a PER entity (or an ORG right after
   the cue), an unnamed source phrase («مصدر مطلع») with canonical None, a surname of a
   speaker already named, or a name guessed after title words when NER found none; else a
   subject right before the cue («وكان السليطي قد أكد»); else (a pronoun, an implicit subject,
   «المصدر نفسه», «الوزير») the last speaker of the article whose gender agrees with the verb
   (قال/قالت), else the nearest earlier PER/ORG entity. A participle («قائلا») whose sentence
   has no PER takes a name after a title word there («رحب وزير التجارة … تود ماكلاي»).
   Words after the cue with no proper-noun tag and no known name («وأوضح علماء نفس») are an
   unnamed source (canonical None); a preposition with a pronoun («قال فيه») is no subject.
5. Before resolving, PER/ORG mentions get their edges repaired
   (:mod:`khabar.quotes.names`: «بنابل فوزي» → «فوزي الطالب», «قايد السبسي» → «الباجي قايد
   السبسي», «وزارة الدفاع» + «الجزائرية»).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from khabar.document import Document, Entity, Quote, Span, Speaker, Token
from khabar.lang import quote_cues as C
from khabar.quotes.names import first_names, fold, repair_entities
from khabar.text.normalize import normalize as normalize_token

_SENT_END = frozenset({".", "!", "?", "؟", "…", "...", ".."})
_PUNCT_TRIM = frozenset({".", "،", ",", ":", ";", "؛", "!", "?", "؟", "…", "-", "–", "—", "(",
                         "..", "..."})
_QUOTE_CHARS = frozenset('"«»“”„‹›')


def _build_forms() -> tuple[dict[str, tuple[str, str | None, str]], frozenset[str]]:
    """form → (verb, gender 'f'/'m'/None, kind 'verb'|'part'|'noun'); and the verbs that need
    a complementizer."""
    forms: dict[str, tuple[str, str | None, str]] = {}
    for past, stem, part in C.CUE_VERBS:
        for suf in C.PAST_SUFFIXES:
            g = "f" if suf in ("ت", "تا", "ن") else ("m" if suf in ("", "ا") else None)
            forms.setdefault(past + suf, (past, g, "verb"))
        if stem:
            for pre in C.IMPERFECT_PREFIXES:
                for suf in C.IMPERFECT_SUFFIXES:
                    g = None
                    if pre == "ي":
                        g = "m" if suf in ("", "ان", "ون") else "f"
                    elif pre == "ت":
                        g = "f" if suf in ("", "ان") else None
                    forms.setdefault(pre + stem + suf, (past, g, "verb"))
        if part:
            forms.setdefault(part + "ا", (past, "m", "part"))
            forms.setdefault(part + "ه", (past, "f", "part"))
    for noun in C.CUE_NOUNS:
        forms[noun] = ("قال", None, "noun")
    forms["قائلا"] = ("قال", "m", "part")
    return forms, C.CUES_NEEDING_COMPLEMENTIZER


_FORMS, _NEED_COMP = _build_forms()


@dataclass
class _Cue:
    index: int          # token index of the cue
    verb: str
    gender: str | None
    kind: str
    trigger: int        # token index of the complementizer or opening mark
    direct: bool
    content: tuple[int, int] | None = None   # token index range [a, b] inclusive


def _cue_form(norm: str) -> tuple[str, str | None, str] | None:
    if norm in C.IMPERSONAL:
        return None
    hit = _FORMS.get(norm)
    if hit is None and len(norm) > 3 and norm[0] in "وف":
        hit = _FORMS.get(norm[1:])
        if hit is None and norm[1] in "وف" and len(norm) > 4:
            hit = None
    return hit


def _is_complementizer(norm: str) -> bool:
    n = norm
    if n.startswith("ب") or n.startswith("و"):
        n = n[1:]
    return n.startswith(C.COMPLEMENTIZER) and n[2:] in C.PRONOUN_SUFFIXES


def _paragraph_break(raw: str, prev: Token, tok: Token) -> bool:
    """A line break between two tokens that ends a paragraph (not a hard-wrapped line)."""
    gap = raw[prev.end:tok.start]
    if "\n" not in gap:
        return False
    return gap != "\n" or raw[prev.start:prev.end] in _SENT_END


def _pair_quotes(raw: str, toks: list[Token]) -> dict[int, int | None]:
    """Opening quote token index → closing token index (None: unclosed)."""
    out: dict[int, int | None] = {}
    stack: list[tuple[int, str]] = []
    n = len(toks)
    for i, t in enumerate(toks):
        s = raw[t.start:t.end]
        if i and _paragraph_break(raw, toks[i - 1], t):
            for j, _ in stack:
                out[j] = None
            stack.clear()
        if s not in _QUOTE_CHARS:
            continue
        if s in C.OPENING:
            stack.append((i, s))
            continue
        if s in C.CLOSING:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][1] != '"':
                    out[stack[k][0]] = i
                    del stack[k:]
                    break
            continue
        # straight quote: decide by the spacing around it
        gap_before = i == 0 or raw[toks[i - 1].end:t.start] != "" or \
            raw[toks[i - 1].start:toks[i - 1].end] in ("ب", "ل", "لـ", "و", "ف", "ك", "(")
        gap_after = i + 1 >= n or raw[t.end:toks[i + 1].start] != "" or \
            raw[toks[i + 1].start:toks[i + 1].end] in _PUNCT_TRIM
        open_straight = any(q == '"' for _, q in stack)
        if gap_before and not gap_after:
            stack.append((i, '"'))
        elif gap_after and not gap_before:
            if open_straight:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][1] == '"':
                        out[stack[k][0]] = i
                        del stack[k:]
                        break
        else:
            prev = normalize_token(raw[toks[i - 1].start:toks[i - 1].end]) if i else ""
            if open_straight and (prev in (":",) or _cue_form(prev) is not None):
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][1] == '"':
                        out[stack[k][0]] = None
                        del stack[k:]
                        break
                stack.append((i, '"'))
            elif open_straight:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][1] == '"':
                        out[stack[k][0]] = i
                        del stack[k:]
                        break
            else:
                stack.append((i, '"'))
    for j, _ in stack:
        out[j] = None
    return out


class _Article:
    """One article's tokens with the helpers the extractor needs."""

    def __init__(self, doc: Document, toks: list[Token]) -> None:
        self.doc = doc
        self.raw = doc.raw
        self.toks = toks
        self.norms = [t.norm for t in toks]
        self.surf = [doc.raw[t.start:t.end] for t in toks]
        self.quotes = _pair_quotes(doc.raw, toks)
        self.n = len(toks)

    def in_name(self, i: int) -> bool:
        """Token ``i`` is inside a PER/ORG entity («بان كي مون»: not «بأن»)."""
        return self.norms[i] == "بان" and i + 1 < self.n and self.norms[i + 1] == "كي"

    def is_end(self, i: int) -> bool:
        return self.surf[i] in _SENT_END

    def is_quote(self, i: int) -> bool:
        return self.surf[i] in _QUOTE_CHARS

    def words_between(self, a: int, b: int) -> int:
        return sum(1 for k in range(a, b) if self.norms[k][:1].isalnum())

    def spaced(self, i: int) -> bool:
        """Token ``i`` has white space on both sides."""
        t = self.toks[i]
        return (i == 0 or self.toks[i - 1].end < t.start) and \
            (i + 1 >= self.n or self.toks[i + 1].start > t.end)

    def quote_end(self, i: int, stops: frozenset[int] | set[int] = frozenset()) -> int:
        """Last token index inside the quote opened at ``i`` (unclosed: to the sentence end
        or a cue in ``stops``)."""
        close = self.quotes.get(i)
        if close is not None:
            return close - 1
        k = i + 1
        while k < self.n and not self.is_end(k) and k not in stops:
            k += 1
        return k - 1

    def naming_quote(self, i: int) -> bool:
        """A quotation mark that names a thing («برنامج "بوليتيكا"», «ب"إعادة …"»)."""
        if i == 0:
            return False
        prev = self.norms[i - 1]
        if prev in C.NAMING_WORDS or prev in ("ب", "ل", "لـ", "لل"):
            return True
        if prev.startswith("و") and prev[1:] in C.NAMING_WORDS:
            return True
        return False


def _find_trigger(art: _Article, k: int, kind: str, verb: str) -> tuple[int, bool] | None:
    """(trigger token index, direct) for the cue at ``k``, or None."""
    limit = {"part": 5, "noun": 4}.get(kind, 32 if verb not in _NEED_COMP else 14)
    i = k + 1
    seen = 0
    while i < art.n and seen < limit:
        s = art.surf[i]
        nm = art.norms[i]
        if art.is_end(i):
            return None
        if _is_complementizer(nm) and not (i > 0 and art.norms[i - 1] in ("الا", "لا")) \
                and not art.in_name(i):
            if art.norms[i - 1] in C.NOT_SPEECH_BEFORE_COMPLEMENTIZER:
                return None
            j = i + 1
            if j < art.n and art.is_quote(j) and j in art.quotes:
                end = art.quote_end(j)
                if art.words_between(j + 1, end + 1) >= 3:
                    return i, True
            return i, False
        if s in _QUOTE_CHARS and i in art.quotes:
            end = art.quote_end(i)
            nwords = art.words_between(i + 1, end + 1)
            if nwords >= 3 and not art.naming_quote(i) and verb not in _NEED_COMP:
                return i, True
            i = end + 2
            seen += 1
            continue
        if i > k + 1:
            hit = _cue_form(nm)
            if hit is not None and hit[2] != "noun":
                return None
        if nm.isalnum():
            seen += 1
        i += 1
    return None


def _content_end(art: _Article, a: int, stops: set[int]) -> int:
    """Last token index of indirect content starting at token ``a``."""
    i = a
    last = a
    while i < art.n:
        if art.is_end(i):
            break
        if i in stops and i > a:
            break
        if art.is_quote(i) and i in art.quotes:
            close = art.quotes[i]
            if close is None:
                if art.spaced(i):
                    break
                j = i + 1
                while j < art.n and not art.is_end(j) and j not in stops:
                    j += 1
                last = j - 1
                i = j
                break
            last = close
            i = close + 1
            continue
        last = i
        i += 1
    return last


def _trim(art: _Article, a: int, b: int) -> tuple[int, int] | None:
    """Drop punctuation and stray quotation marks at both ends of token range [a, b]."""
    def stray(i: int) -> bool:
        if not art.is_quote(i):
            return False
        # an opening mark whose close is outside, or a closing mark opened outside
        if i in art.quotes:
            close = art.quotes[i]
            return close is None or close > b
        for o, c in art.quotes.items():
            if c == i:
                return o < a
        return True
    changed = True
    while changed and a <= b:
        changed = False
        if art.surf[b] in _PUNCT_TRIM or stray(b) or art.surf[b] in ("و",):
            b -= 1
            changed = True
        elif art.surf[a] in _PUNCT_TRIM or stray(a):
            a += 1
            changed = True
    return (a, b) if a <= b else None


def _stop_cue(art: _Article, cue: _Cue) -> bool:
    """A later cue that ends the content of an earlier indirect quote."""
    k = cue.index
    nm = art.norms[k]
    if cue.kind == "part":
        return True
    if nm[:1] in "وف" and _FORMS.get(nm) is None:
        return True
    if k and art.norms[k - 1] in ("كما", "وكما", "ثم", "و", "لكنه", "لكنها", "ولكنه",
                                  "ولكنها", "بل", "فيما", "بينما"):
        return True
    return False


# ---------------------------------------------------------------------------------------
# speakers

def _norm_name(s: str) -> str:
    from khabar.text.normalize import normalize
    return " ".join(normalize(s).split())


_PLACES: set[str] | None = None


def _is_place_adjective(norm: str) -> bool:
    """«الجورجي», «التونسية»: a nisba adjective of a place in the gazetteer."""
    global _PLACES
    if _PLACES is None:
        from pathlib import Path
        _PLACES = set()
        path = Path(C.__file__).with_name("gaz_locations.tsv")
        try:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    for name in line.split("\t")[-1].split("|"):
                        _PLACES.add(normalize_token(name.strip()))
        except OSError:
            pass
    w = norm[2:] if norm.startswith("ال") else norm
    for suf in ("يه", "ي"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[:-len(suf)]
            if stem in _PLACES or stem + "يا" in _PLACES or stem + "ا" in _PLACES or \
                    "ال" + stem in _PLACES:
                return True
    return False


_MEDIA_HEADS = frozenset({"صحيفه", "جريده", "موقع", "قناه", "وكاله", "مجله", "اذاعه",
                          "تلفزيون", "الصحيفه", "الجريده"})


class _Speakers:
    """Speaker resolution state for one article."""

    def __init__(self, art: _Article, ents: list[Entity]) -> None:
        self.art = art
        self.all_ents = list(ents)
        self.ents = repair_entities(art.doc, art.toks,
                                    [e for e in ents if e.label in ("PER", "ORG")],
                                    self._name_like, _is_place_adjective)
        self.starts = [e.start for e in self.ents]
        self.history: list[tuple[Speaker, str | None]] = []   # (speaker, gender)
        self.last_person = False    # the last remembered speaker is a named person
        self.names: dict[str, str] = {}   # surname / name token → canonical (persons)
        self.persons = [e.canonical for e in self.ents if e.label == "PER"]
        for c in self.persons:
            self._add_name(c)

    def _add_name(self, canonical: str) -> None:
        parts = _norm_name(canonical).split()
        if len(parts) < 2:
            return
        for p in parts[1:]:
            for key in (p, p[2:] if p.startswith("ال") else "ال" + p):
                old = self.names.get(key)
                if old is None or len(old) < len(canonical):
                    self.names[key] = canonical

    def full(self, canonical: str | None) -> str | None:
        """The longest known name of the person («قايد السبسي» → «الباجي قايد السبسي»)."""
        if not canonical:
            return canonical
        parts = [p[2:] if p.startswith("ال") else p for p in _norm_name(canonical).split()]
        best = canonical
        for c in self.persons + [sp.canonical for sp, _ in self.history if sp.canonical]:
            cp = [p[2:] if p.startswith("ال") else p for p in _norm_name(c).split()]
            if len(cp) > len(parts) and cp[-len(parts):] == parts and len(c) > len(best):
                best = c
        return best

    def remember(self, sp: Speaker, gender: str | None, person: bool) -> None:
        self.history.append((sp, gender))
        self.last_person = person
        if person and sp.canonical:
            self._add_name(sp.canonical)

    def entities_in(self, start: int, end: int) -> list[Entity]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            out.append(self.ents[i])
            i += 1
        return out

    def attribution(self, k: int) -> None:
        """«وفق ما أكده مصدر أمني»: remember the source for later implicit subjects."""
        art = self.art
        region = []
        i = k + 1
        while i < art.n and len(region) < 20 and not art.is_end(i):
            if art.norms[i] not in ("به", "بها", "ه"):
                region.append(i)
            i += 1
        if not region:
            return
        cue = _Cue(k, "", None, "verb", i, False)
        sp, person = self._subject(cue, region)
        if sp is not None:
            self.remember(sp, None, person)

    def resolve(self, cue: _Cue) -> Speaker | None:
        art = self.art
        k, t = cue.index, cue.trigger
        region = [i for i in range(k + 1, t) if art.norms[i] not in C.CUE_NOUNS]
        sp, person = (self._subject(cue, region) if region else (None, False))
        if sp is None and cue.kind != "part":
            sp, person = self._before(cue)
        if sp is None and cue.kind == "part":
            sp, person = self._sentence_subject(cue)
        if sp is None:
            sp, person = self._implicit(cue)
            if self.history and sp == self.history[-1][0]:
                person = person or self.last_person
        if sp is not None:
            if person and sp.canonical:
                sp = Speaker(sp.start, sp.end, self.full(sp.canonical))
            self.remember(sp, cue.gender, person)
        return sp

    # -- the subject after the cue ------------------------------------------------------
    def _subject(self, cue: _Cue, region: list[int]) -> tuple[Speaker | None, bool]:
        art = self.art
        toks = art.toks
        first = region[0]
        head = art.norms[first]
        if head in C.PHRASE_STOPS:
            # «وأضاف في مداخلة له …»: adjuncts first, the subject may follow a comma
            return None, False
        r0, r1 = toks[region[0]].start, toks[region[-1]].end
        if head in C.SOURCE_HEADS and not head.startswith("ال"):
            return self._phrase(region, None), False
        if head in _MEDIA_HEADS:
            return self._media(region), False
        ents = self.entities_in(r0, r1)
        if head in C.ORG_HEADS and not head.startswith("ال"):
            if ents and ents[0].label == "ORG" and ents[0].start <= toks[first].end:
                e = ents[0]
                return Speaker(toks[first].start, e.end, art.doc.repaired(
                    Span(toks[first].start, e.end))) if e.start > toks[first].start \
                    else Speaker(e.start, e.end, e.canonical), False
            sp = self._phrase(region, None)
            return Speaker(sp.start, sp.end, " ".join(art.doc.repaired(sp).split())), False
        pers = [e for e in ents if e.label == "PER"]
        if pers:
            e = pers[0]
            return Speaker(e.start, e.end, e.canonical), True
        orgs = [e for e in ents if e.label == "ORG"]
        if orgs:
            e = orgs[0]
            lead = [i for i in region if toks[i].end <= e.start]
            lead_words = [art.norms[i] for i in lead if not art.is_quote(i)]
            if all(w in C.ORG_HEADS for w in lead_words) and len(lead_words) <= 2:
                return Speaker(e.start, e.end, e.canonical), False
        # a surname of a person named earlier
        for i in region:
            nm = art.norms[i]
            if nm in C.PHRASE_STOPS:
                break
            canon = self.names.get(nm)
            if canon is not None:
                return Speaker(toks[i].start, toks[i].end, canon), True
        if head in C.ANAPHORIC_SOURCES or head in C.TITLE_WORDS or head in C.ORG_HEADS:
            name = self._guess_name(region)
            if name is not None:
                return name, True
            back = self._antecedent(region)
            if back is not None:
                return back
            prev = self._previous(cue.gender)
            if prev is not None and prev.canonical:
                return prev, False
            return self._phrase(region, None), False
        if head in C.SOURCE_HEADS:
            return self._phrase(region, None), False
        return self._bare_name(region)

    def _media(self, region: list[int]) -> Speaker:
        """«صحيفة "ذا صن"», «جريدة الخبر», «صحيفة ديلي ميل الإنجليزية» → the outlet's name."""
        art = self.art
        idx = []
        i = 1
        if i < len(region) and art.is_quote(region[i]):
            i += 1
            while i < len(region) and not art.is_quote(region[i]) and len(idx) < 5:
                idx.append(region[i])
                i += 1
        else:
            while i < len(region) and len(idx) < 3:
                nm = art.norms[region[i]]
                if nm in C.PHRASE_STOPS or not nm[:1].isalnum() or \
                        (idx and nm.startswith("ال") and nm.endswith(("يه", "ي"))):
                    break
                idx.append(region[i])
                i += 1
        if not idx:
            return self._phrase(region, None)
        s, e = art.toks[idx[0]].start, art.toks[idx[-1]].end
        return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split()))

    def _name_like(self, i: int) -> bool:
        nm = self.art.norms[i]
        return (nm[:1].isalpha() and len(nm) > 1 and nm not in C.TITLE_WORDS
                and nm not in C.ORG_HEADS and nm not in C.PHRASE_STOPS
                and nm not in C.ANAPHORIC_SOURCES and nm not in C.SOURCE_HEADS
                and _cue_form(nm) is None and not _is_complementizer(nm)
                and not nm.startswith(("لل", "بال", "وال", "فال", "كال")))

    def _bare_name(self, region: list[int]) -> tuple[Speaker | None, bool]:
        """A name right after the cue with no title: «وأضاف الخماسي», «أكدت سامية القاضي»;
        ``(speaker, is_person)``. Words with no proper-noun tag that name no one known
        («وأوضح علماء نفس», «ويقول مسلمون») are an unnamed source: the phrase, no canonical."""
        art = self.art
        idx = []
        for i in region[:3]:
            if not self._name_like(i):
                break
            idx.append(i)
        if not idx:
            return None, False
        nxt = region[len(idx)] if len(idx) < len(region) else None
        if nxt is not None:
            nn = art.norms[nxt]
            if not (nn in C.PHRASE_STOPS or not nn[:1].isalnum() or nn.startswith(("ل", "ب"))
                    or nn in C.TITLE_WORDS or nn in C.ANAPHORIC_SOURCES):
                return None, False
        if len(idx) == 1 and art.norms[idx[0]].startswith("ال") and \
                not art.norms[idx[0]].endswith("ي") and art.norms[idx[0]] not in self.names:
            return None, False
        if not any(self._proper(i) or art.norms[i] in self.names or
                   fold(art.norms[i]) in first_names() for i in idx) and \
                not (len(idx) >= 2 and all(art.norms[i].startswith("ال") and
                                           art.norms[i].endswith("ي") for i in idx)) and \
                self._expand(idx[-1]) is None:
            if not self._content_word(idx[0]):
                return None, False      # «قال فيه», «فقال بكل وضوح»: no subject here
            return self._phrase(region, None), False
        return self._name_speaker(idx), True

    def _guess_name(self, region: list[int]) -> Speaker | None:
        """A name after title words when NER found none: the words after the title chain up to
        an adjunct («مدير الامتحانات بوزارة التربية، عمر الولباني إنه» → «عمر الولباني»)."""
        art = self.art
        seg = []
        for i in region:
            nm = art.norms[i]
            if nm in C.PHRASE_STOPS or art.is_quote(i) or nm in ("(",):
                break
            seg.append(i)
        if not seg:
            return None
        if any(art.norms[i] in ("،", ",") for i in seg):
            parts: list[list[int]] = [[]]
            for i in seg:
                if art.norms[i] in ("،", ","):
                    parts.append([])
                else:
                    parts[-1].append(i)
            tail = [p for p in parts[1:] if p]
            if tail:
                name = []
                for i in tail[0][:3]:
                    if not self._name_like(i):
                        break
                    name.append(i)
                if name:
                    return self._name_speaker(name)
            seg = parts[0]
        if len(seg) < 3:
            return None
        # the last words of the subject, after the title and its complements: prefer words
        # the tagger marks as foreign/proper (X, PROPN)
        name: list[int] = []
        for i in reversed(seg):
            if not self._name_like(i) or len(name) >= 3:
                break
            name.insert(0, i)
        if not name:
            return None
        while len(name) > 1 and _is_place_adjective(art.norms[name[0]]):
            name = name[1:]     # «الجورجي جيلا بيجواشفيلي»: the nationality is not the name
        if len(name) > 2:
            tagged = [i for i in name if self._proper(i)]
            name = name[-2:] if len(tagged) < 3 else name
        if len(name) == 1 and not self._proper(name[0]) and art.norms[name[0]] not in self.names:
            return None
        return self._name_speaker(name)

    def _in_place(self, i: int) -> bool:
        """Token ``i`` lies inside an ORG entity or is a gazetteer place (not any LOC
        mention: the tagger files unknown foreign surnames such as «ماكلاي» as LOC)."""
        t = self.art.toks[i]
        for e in self.all_ents:
            if e.start <= t.start and t.end <= e.end and e.label == "ORG":
                return True
        _is_place_adjective("")
        return (_PLACES is not None and self.art.norms[i] in _PLACES)

    def _content_word(self, i: int) -> bool:
        """Token ``i`` is a noun, adjective or proper noun (not a preposition, pronoun …)."""
        words = self.art.toks[i].words
        return not words or any(w.upos in ("NOUN", "ADJ", "X", "PROPN") for w in words)

    def _proper(self, i: int) -> bool:
        words = self.art.toks[i].words
        return bool(words) and words[-1].upos in ("X", "PROPN")

    def _name_speaker(self, idx: list[int]) -> Speaker:
        art = self.art
        s, e = art.toks[idx[0]].start, art.toks[idx[-1]].end
        canon = " ".join(art.doc.repaired(Span(s, e)).split())
        last = art.norms[idx[-1]]
        if len(idx) == 1:
            if last in self.names:
                canon = self.names[last]
            else:
                canon = self._expand(idx[0]) or canon
        return Speaker(s, e, canon)

    def _expand(self, k: int) -> str | None:
        """A first name before an earlier mention of the surname at ``k``."""
        art = self.art
        nm = art.norms[k]
        keys = {nm, nm[2:] if nm.startswith("ال") else "ال" + nm}
        for j in range(1, k):
            if art.norms[j] in keys and self._name_like(j - 1) and \
                    not art.norms[j - 1].startswith("ال") and self._content_word(j - 1):
                s, e = art.toks[j - 1].start, art.toks[j].end
                return " ".join(art.doc.repaired(Span(s, e)).split())
        return None

    def _antecedent(self, region: list[int]) -> tuple[Speaker, bool] | None:
        """«الفنانة الجزائرية», «رئيس الاتحاد …», «الشرطة»: the entity that followed the same
        words earlier in the article."""
        art = self.art
        head = art.norms[region[0]]
        keys = {head, head[2:] if head.startswith("ال") else "ال" + head}
        k = region[0]
        for j in range(k - 1, -1, -1):
            if art.norms[j] not in keys:
                continue
            bare = head[2:] if head.startswith("ال") else head
            if bare in _MEDIA_HEADS:
                return self._media(list(range(j, min(j + 8, art.n)))), False
            if head in C.ORG_HEADS:
                for e in self.entities_in(art.toks[j].start, art.toks[j].end + 1):
                    if e.label == "ORG":
                        return Speaker(e.start, e.end, e.canonical), False
                if j + 1 < art.n and self._name_like(j + 1):
                    last = j + 2 if j + 2 < art.n and _is_place_adjective(art.norms[j + 2]) \
                        else j + 1
                    s, e = art.toks[j].start, art.toks[last].end
                    return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), \
                        False
                continue
            lo, hi = art.toks[j].start, art.toks[min(j + 10, art.n - 1)].end
            for e in self.entities_in(lo, hi):
                if e.label == "PER":
                    return Speaker(e.start, e.end, e.canonical), True
            for i in range(j + 1, min(j + 10, art.n)):
                if art.norms[i] in self.names:
                    return Speaker(art.toks[i].start, art.toks[i].end,
                                   self.names[art.norms[i]]), True
            if head in C.ORG_HEADS and j + 1 < art.n and self._name_like(j + 1):
                s, e = art.toks[j].start, art.toks[j + 1].end
                return Speaker(s, e, " ".join(art.doc.repaired(Span(s, e)).split())), False
        return None

    def _phrase(self, region: list[int], canonical: str | None) -> Speaker:
        art = self.art
        keep = [region[0]]
        for i in region[1:]:
            nm = art.norms[i]
            if nm in C.PHRASE_STOPS or nm in ("،", ",", ":") or len(keep) >= 6:
                break
            if art.is_quote(i):
                break
            keep.append(i)
        return Speaker(art.toks[keep[0]].start, art.toks[keep[-1]].end, canonical)

    # -- other places ---------------------------------------------------------------------
    def _before(self, cue: _Cue) -> tuple[Speaker | None, bool]:
        """A subject right before the cue: «وكان السليطي قد أكد», «… السبسي قال»."""
        art = self.art
        k = cue.index
        j = k - 1
        skipped = 0
        while j >= 0 and art.norms[j] in ("قد", "كان", "كانت", "وكان", "وكانت", "بدوره",
                                            "بدورها", "لقد") and skipped < 2:
            j -= 1
            skipped += 1
        if j < 0 or art.is_end(j) or art.norms[j] in ("،", ","):
            return None, False
        if art.norms[k][:1] in "وف" and _FORMS.get(art.norms[k]) is None:
            return None, False
        tok = art.toks[j]
        for e in self.entities_in(max(0, tok.start - 60), tok.end):
            if e.end == tok.end and e.label in ("PER", "ORG"):
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
        nm = art.norms[j]
        if nm in self.names:
            return Speaker(tok.start, tok.end, self.names[nm]), True
        if skipped and art.norms[j + 1] == "قد":
            i = j
            while i >= 0 and k - i < 16 and art.norms[i] not in ("كان", "وكان", "كانت",
                                                                   "وكانت"):
                if art.is_end(i):
                    return None, False
                i -= 1
            if i >= 0 and art.norms[i] in ("كان", "وكان", "كانت", "وكانت"):
                region = list(range(i + 1, j + 1))
                if region:
                    sp, person = self._subject(cue, region)
                    if sp is None:
                        sp, person = self._guess_name(region), True
                    if sp is None and art.norms[region[0]] not in C.PHRASE_STOPS:
                        sp, person = self._phrase(region, None), False
                    return sp, person
        return None, False

    def _sentence_subject(self, cue: _Cue) -> tuple[Speaker | None, bool]:
        """A participle («قائلا») after a sentence whose subject is a named person."""
        art = self.art
        k = cue.index
        i = k - 1
        while i >= 0 and not art.is_end(i):
            i -= 1
        lo, hi = art.toks[i + 1].start, art.toks[k].start
        if self.history:
            last = self.history[-1][0]
            if lo <= last.start < hi or (self._last_cue is not None and
                                         lo <= self._last_cue < hi):
                return None, False
        for e in self.entities_in(lo, hi):
            if e.label == "PER":
                return Speaker(e.start, e.end, e.canonical), True
        return self._titled_subject(i + 1, k)

    def _titled_subject(self, lo: int, hi: int) -> tuple[Speaker | None, bool]:
        """No PER in the sentence before a participle: a title word and the name after it
        («رحب وزير التجارة النيوزيلندي تود ماكلاي»), or a description that named someone
        earlier («ولم تتمالك الفنانة الجزائرية نفسها … قائلة»)."""
        art = self.art
        for j in range(lo, hi):
            nm = art.norms[j]
            keys = (nm, nm[1:]) if nm[:1] in "وف" and len(nm) > 3 else (nm,)
            if not any(w in C.TITLE_WORDS or w in C.ANAPHORIC_SOURCES for w in keys):
                continue
            region = []
            for i in range(j, hi):
                if art.norms[i] in ("،", ",") or art.is_quote(i):
                    break
                region.append(i)
            name = self._title_name(region)
            if name is not None:
                return name, True
            if self.last_person:
                return None, False      # «وتابع الناطق العسكري قائلا»: the last speaker
            back = self._antecedent(region)
            if back is not None and back[1]:
                return back
            return None, False
        return None, False

    def _title_name(self, region: list[int]) -> Speaker | None:
        """The name words after a title chain: ``title (ال-word | ل/ب-word)* Name{1,3}``."""
        art = self.art
        i = 1
        while i < len(region) and (art.norms[region[i]] in C.TITLE_WORDS or
                                   art.norms[region[i]].startswith(("ال", "لل", "ل", "ب"))):
            if self._proper(region[i]) and not art.norms[region[i]].startswith("ال"):
                break
            i += 1
        name: list[int] = []
        while i < len(region) and len(name) < 3 and self._name_like(region[i]):
            nm = art.norms[region[i]]
            if (nm[:1] in "بل" and not self._proper(region[i])) or nm.startswith("ال") or \
                    self._in_place(region[i]):
                break
            name.append(region[i])
            i += 1
        if not name or not any(self._proper(k) for k in name):
            return None
        return self._name_speaker(name)

    _last_cue: int | None = None

    def _previous(self, gender: str | None) -> Speaker | None:
        for sp, g in reversed(self.history):
            if gender is None or g is None or g == gender:
                return sp
        return None

    def _implicit(self, cue: _Cue) -> tuple[Speaker | None, bool]:
        prev = self._previous(cue.gender)
        if prev is not None:
            return prev, False
        pos = self.art.toks[cue.index].start
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0:
            e = self.ents[i]
            if cue.gender == "f" and e.label == "ORG":
                return Speaker(e.start, e.end, e.canonical), False
            if cue.gender != "f" or e.label == "PER":
                return Speaker(e.start, e.end, e.canonical), e.label == "PER"
            i -= 1
        return None, False


# ---------------------------------------------------------------------------------------

def _articles(doc: Document) -> list[list[Token]]:
    toks = list(doc.tokens)
    if not doc.articles:
        return [toks]
    out: list[list[Token]] = []
    starts = [t.start for t in toks]
    for a in doc.articles:
        i = bisect.bisect_left(starts, a.start)
        j = bisect.bisect_left(starts, a.end)
        out.append(toks[i:j])
    return out


def find_quotes(doc: Document) -> list[Quote]:
    """Quotes of ``doc`` (needs tokens; uses articles and entities when present)."""
    out: list[Quote] = []
    ents = sorted(doc.entities, key=lambda e: (e.start, e.end))
    for toks in _articles(doc):
        if toks:
            out.extend(_article_quotes(doc, toks, ents))
    return out


def _article_quotes(doc: Document, toks: list[Token], ents: list[Entity]) -> list[Quote]:
    art = _Article(doc, toks)
    cues: list[_Cue] = []
    inside_direct: list[tuple[int, int]] = []
    attributions: list[int] = []
    for k, nm in enumerate(art.norms):
        if any(a <= k <= b for a, b in inside_direct):
            continue
        hit = _cue_form(nm)
        if k and art.norms[k - 1] == "ما":
            if hit is not None or (nm[-1:] == "ه" and _cue_form(nm[:-1]) is not None):
                attributions.append(k)
            continue
        if hit is None and len(nm) > 4:
            for suf in ("ه", "ها", "هم", "نا", "ني"):
                if nm.endswith(suf) and _cue_form(nm[:-len(suf)]) is not None:
                    v = _cue_form(nm[:-len(suf)])
                    hit = (v[0], v[1], v[2]) if v[0] in ("اخبر", "ابلغ") else None
                    break
        if hit is None:
            continue
        if hit[2] == "noun" and cues and cues[-1].index >= k - 2:
            continue
        verb, gender, kind = hit
        trig = _find_trigger(art, k, kind, verb)
        if trig is None:
            continue
        t, direct = trig
        cue = _Cue(k, verb, gender, kind, t, direct)
        cues.append(cue)
        if direct:
            q = t + 1 if _is_complementizer(art.norms[t]) else t
            if art.quotes.get(q) is not None:
                inside_direct.append((q, art.quote_end(q) + 1))
    stops = {c.index for c in cues if _stop_cue(art, c)}
    speakers = _Speakers(art, [e for e in ents if e.start >= toks[0].start and
                               e.end <= toks[-1].end])
    out: list[Quote] = []
    seen: set[int] = set()
    pending = sorted(attributions)
    for cue in cues:
        while pending and pending[0] < cue.index:
            speakers.attribution(pending.pop(0))
        t = cue.trigger
        if cue.direct:
            q = t + 1 if _is_complementizer(art.norms[t]) else t
            a, b = q + 1, art.quote_end(q, stops)
            rng = _trim(art, a, b) if art.quotes.get(q) is None else (a, b)
        else:
            a = t + 1
            if a >= art.n:
                continue
            b = _content_end(art, a, stops)
            rng = _trim(art, a, b)
        if rng is None or rng[0] > rng[1]:
            continue
        a, b = rng
        if a in seen:
            continue
        seen.add(a)
        sp = speakers.resolve(cue)
        speakers._last_cue = toks[cue.index].start
        ct = toks[cue.index]
        out.append(Quote(speaker=sp, cue=Span(ct.start, ct.end),
                         content=Span(toks[a].start, toks[b].end), direct=cue.direct))
    return out
