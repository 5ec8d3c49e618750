"""Generic candidate features added in round 3 of the speaker ranker
(:mod:`khabar.quotes.ranker`): the syntactic position of a mention relative to the cue verb,
the distance in clauses, continuation of the previous quote's speaker when the cue has no
explicit subject, and agreement of the cue verb (gender, plural) with organisations and
unnamed groups. Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.text.normalize import normalize

#: Feature names appended to the base features (:data:`khabar.quotes.candidates.FEATURES`).
EXTRA = ("subj_after", "subj_before", "clause_dist", "implicit_hist", "implicit_nearest",
         "explicit_other", "fem_org_agree", "fem_org_clash", "plural_group", "plural_per",
         "prep_before", "glued_lam", "definite_person", "region_per", "fem_verb_masc_head",
         "title_head")
_PUNCT = frozenset({"،", ",", ":", ";", "؛", "(", ")", "-"})
_PREPS = frozenset({"في", "عن", "مع", "من", "على", "الى", "إلى", "إلي", "حول", "ل", "لـ", "ب",
                    "لدى", "لدي", "عند", "بين", "ضد", "حسب", "بحسب", "وفق", "وفقا"})
#: heads of outlets and addressees glued to ل («لوكالة», «لصحيفة», «لمراسل»)
_LAM_HEADS = frozenset({"وكاله", "صحيفه", "جريده", "موقع", "قناه", "اذاعه", "مراسل", "مجله",
                        "تلفزيون", "راديو", "شبكه"})


def _prep(norm: str) -> bool:
    """A preposition, or a word glued to ل/ب whose rest is definite or an outlet head."""
    n = normalize(norm)
    return n in _PREPS or n.startswith("لل") or n.startswith("لـ") or (
        len(n) > 3 and n[0] in "لب" and (n[1:3] == "ال" or n[1:] in _LAM_HEADS))


def _breaks(art, lo: int, hi: int) -> int:
    """Clause boundaries (commas, colons, sentence ends) among tokens ``lo`` … ``hi - 1``."""
    return sum(1 for i in range(max(lo, 0), min(hi, art.n))
               if art.norms[i] in _PUNCT or art.is_end(i))


def _plural(norm: str) -> bool:
    """A cue verb in the plural («ذكروا», «وجدوا», «يقولون»)."""
    return len(norm) > 3 and (norm.endswith("وا") or norm.endswith("ون"))


def _fem_head(text: str) -> bool:
    """The first word of a phrase ends with ta marbuta or the feminine plural ات («وزارة …»,
    «الدراسة», «السلطات»: a non-human plural takes a feminine verb)."""
    words = normalize(text).split()
    return bool(words) and len(words[0]) > 2 and (words[0].endswith("ه")
                                                   or words[0].endswith("ات"))


def extra_rows(spk, cue, cands, rank: dict[int, int]) -> list[list[float]]:
    """One row of :data:`EXTRA` values per candidate; ``rank`` maps ``id(candidate)`` to
    its rank among the mentions before the cue (0 = nearest)."""
    art = spk.art
    k = cue.index
    explicit = any(c.origins & {"region", "region_first", "guess"} for c in cands)
    plural = _plural(art.norms[k]) if 0 <= k < art.n else False
    rows = []
    for c in cands:
        t = c.tok
        if t > k:
            between = range(k + 1, t)
        else:
            between = range(t + 1, k)
        no_punct = t >= 0 and not any(art.norms[i] in _PUNCT or art.is_end(i) for i in between)
        subj_after = t > k and t - k <= 4 and no_punct and all(
            art.norms[i] in C.TITLE_WORDS or art.norms[i][1:] in C.TITLE_WORDS
            or art.norms[i] in ("قد", "كان", "وكان") for i in between) or (
            t == k + 1)
        subj_before = 0 <= t < k and k - t <= 6 and no_punct
        clause = _breaks(art, min(t, k), max(t, k)) if t >= 0 else 4
        text = c.speaker.canonical or art.doc.raw[c.speaker.start:c.speaker.end]
        org = not c.person and bool(c.speaker.canonical)
        unnamed = not c.speaker.canonical
        fem = _fem_head(text)
        first = normalize(text).split()[:1] or [""]
        prev = art.norms[t - 1] if t > 0 else ""
        rows.append([
            float(subj_after), float(subj_before), min(clause, 4) / 4,
            float(not explicit and "hist_last" in c.origins),
            float(not explicit and rank.get(id(c), 9) == 0),
            float(explicit and not (c.origins & {"region", "region_first", "guess"})),
            float(cue.gender == "f" and (org or unnamed) and fem),
            float(cue.gender == "m" and (org or unnamed) and fem),
            float(plural and unnamed),
            float(plural and c.person),
            float(t > 0 and _prep(prev)),
            float(first[0].startswith("لل") or first[0].startswith("لـ")),
            float(c.person and first[0].startswith("ال")),
            float(c.person and bool(c.origins & {"region", "region_first"})),
            float(cue.gender == "f" and (org or unnamed) and not fem),
            float(first[0] in C.TITLE_WORDS or first[0][2:] in C.TITLE_WORDS),
        ])
    return rows
