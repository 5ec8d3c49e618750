"""Speaker words read from blind batches 63–64 (round 19). Pure functions of the text, the
token layer and the entities; nothing here raises on ordinary input.

- Maghrebi given names that open with «ل» («لسعد ادريس», «لزهر …», «لخضر …»): the segmenter
  splits the «ل» off as a preposition and NER names «سعد ادريس». When every mention of that
  person is written with the glued «ل», the «ل» is part of the name (a «سعد الحريري» written
  bare elsewhere keeps «لسعد الحريري» as «to Saad Hariri»; «لسعد الدين …» is always «to
  Saad-Eddine …», the round-13 guard) — :func:`lam_given_names`. A later mention by the
  surname alone («وأضاف اليعقوبي») does not count as bare (round 22, batch 100).
- A participle of addressing right after the verb («وأضاف مخاطبا زوكربيرغ "…"», «وقالت
  موجهة كلامها للحكومة») opens an adjunct naming the one spoken to, never the subject, even
  when a proper noun follows it — :func:`addressing_first`.
- A party or movement named by its short name alone («واعتبر المسار أن») is the one the
  article wrote before in full («دعا حزب المسار الديمقراطي الإجتماعي»): the head, the name
  and the nisba adjectives after it, as written — :func:`party_short`.
- A channel named by its number («القناة الاسرائيلية الـ 10», «القناة العاشرة») is a named
  outlet, not an unnamed phrase — :func:`numbered_channel`.
- A document subject with a relative verb of its own before the cue («لكن دراسة نشرتها دورية
  (ساينس) أشارت إلى أن») is the speaker (SVO), not an earlier study — :func:`doc_relative_before`.
"""
from __future__ import annotations

import dataclasses

from khabar.document import Entity

#: Given names written with a glued «ل» (the word after it, as NER reads it).
LAM_GIVEN = frozenset({"سعد", "زهر", "خضر"})

#: Participles of addressing (normalized): the words after them name the addressee.
ADDRESSING = frozenset({"مخاطبا", "مخاطبه", "موجها", "موجهه", "متوجها", "متوجهه"})

#: Heads of a party's or movement's full name (normalized, no proclitic).
PARTY_HEADS = frozenset({"حزب", "حركه", "تيار", "جبهه"})


def lam_given_names(raw: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with PER mentions that start right after a glued «ل» opening a word, and
    whose first word is in :data:`LAM_GIVEN`, moved to take the «ل» — when every PER mention
    with the same canonical is written that way."""
    def glued(e: Entity) -> bool:
        return e.start >= 1 and raw[e.start - 1] == "ل" and \
            (e.start == 1 or not raw[e.start - 2].isalpha())
    cands = {e.canonical for e in ents if e.label == "PER" and glued(e) and
             raw[e.start:e.end].split()[:1] and raw[e.start:e.end].split()[0] in LAM_GIVEN
             and raw[e.start:e.end].split()[1:2] != ["الدين"]}   # «لسعد الدين العثماني»: to
    # a bare mention spoils only when it writes the given name without the «ل»; the
    # surname alone («وأضاف اليعقوبي») says nothing (round 22)
    bad = {e.canonical for e in ents if e.label == "PER" and e.canonical in cands and
           not glued(e) and raw[e.start:e.end].split()[:1] == e.canonical.split()[:1]}
    return [dataclasses.replace(e, start=e.start - 1 if glued(e) else e.start,
                                canonical="ل" + e.canonical)
            if e.label == "PER" and e.canonical in cands - bad else e for e in ents]


def addressing_first(norms: list[str], region: list[int]) -> bool:
    """``region`` (the words after a cue verb) opens with a participle of addressing."""
    return bool(region) and norms[region[0]] in ADDRESSING


def party_short(art, region: list[int], k: int) -> tuple[int, int, str] | None:
    """``(start, end, canonical)`` of a subject that is one definite word alone, written
    before the cue ``k`` right after a party head («حزب/حركة/تيار/جبهة», any proclitic); the
    canonical is that head, the word and the definite nisba adjectives after it; None
    otherwise."""
    if len(region) != 1:
        return None
    first = region[0]
    word = art.norms[first]
    if not word.startswith("ال") or len(word) < 5:
        return None
    for j in range(k - 1):
        nm = art.norms[j]
        if art.norms[j + 1] != word or not any(
                nm == h or (nm.endswith(h) and len(nm) - len(h) <= 2) for h in PARTY_HEADS):
            continue
        head = next(h for h in PARTY_HEADS if nm.endswith(h))
        words = [art.surf[j][len(art.surf[j]) - len(head):], art.surf[j + 1]]
        n = j + 2
        while n < k and art.norms[n].startswith("ال") and art.norms[n].endswith(("ي", "يه")):
            words.append(art.surf[n])
            n += 1
        return art.toks[first].start, art.toks[first].end, " ".join(words)
    return None


#: Ordinals that name a television channel («القناة العاشرة», «القناة الثانية»).
_ORDINALS = frozenset({"الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه",
                       "السابعه", "الثامنه", "التاسعه", "العاشره"})


def numbered_channel(norm_words: list[str]) -> bool:
    """The normalized words of a speaker phrase name a channel by its number: «القناة
    الاسرائيلية الـ 10», «القناة العاشرة», «القناة 12» (head «القناة/قناة», a number or an
    ordinal among the next three words) — a named outlet, not an unnamed phrase."""
    if len(norm_words) < 2 or norm_words[0] not in ("القناه", "قناه"):
        return False
    return any(w.isdigit() or w in _ORDINALS for w in norm_words[1:4])


#: Words that may stand right before a sentence-initial document subject.
_OPENERS = frozenset({"لكن", "ولكن", "و", "كما", ".", "،", ",", "؛", ":"})


def doc_relative_before(art, k: int) -> int | None:
    """The start (a character offset) of a document subject written before the cue verb ``k`` with a
    relative verb of its own («لكن دراسة نشرتها دورية (ساينس) أشارت إلى أن», «ودراسة أجراها
    باحثون … أظهرت أن»): a document head (:data:`~khabar.quotes.lexicon.DOC_HEADS`, bare or
    definite) opening its clause, right after it a verb with an attached pronoun, then up to
    five words with no verb nor comma up to the cue; None otherwise."""
    from khabar.quotes.lexicon import DOC_HEADS
    for h in range(max(0, k - 8), k - 2):
        head = art.norms[h]
        head = head[1:] if head[:1] == "و" and head[1:].removeprefix("ال") in DOC_HEADS \
            else head
        bare = head[2:] if head.startswith("ال") else head
        if bare not in DOC_HEADS:
            continue
        if h > 0 and art.norms[h - 1] not in _OPENERS:
            continue
        rel = [w.upos for w in art.toks[h + 1].words]
        if rel[:1] != ["VERB"] or "PRON" not in rel[1:]:
            continue
        mid = range(h + 2, k)
        if all("VERB" not in [w.upos for w in art.toks[j].words] and
               art.norms[j] not in ("،", ",", ".", "؛") for j in mid):
            return art.toks[h].start + (head != art.norms[h])  # after a glued «و»
    return None
