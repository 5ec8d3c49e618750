"""Cue words of reported speech: the forms of the verbs of saying and the complementizer.

:data:`FORMS` maps every form generated from :mod:`khabar.lang.quote_cues` (قال/قالت/يقول/
قائلا, أكد/مؤكدا …) to ``(verb, gender, kind)``; :func:`cue_form` looks a normalized token up,
without a leading و/ف. The table is built once at import from the in-code word lists (no
I/O). Nothing here raises on ordinary input.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from khabar.lang import quote_cues as C

SENT_END = frozenset({".", "!", "?", "؟", "…", "...", ".."})
PUNCT_TRIM = frozenset({".", "،", ",", ":", ";", "؛", "!", "?", "؟", "…", "-", "–", "—", "(",
                        "..", "..."})
QUOTE_CHARS = frozenset('"«»“”„‹›')
#: Plural participle forms that are mostly nouns («مضيفين» hosts, «مدعين» claimants).
PLURAL_NOUNS = frozenset({"مضيفين", "مدعين", "مدعيين", "داعين", "داعيين", "راوين", "راويين",
                          "مقدرين", "شارحين", "منوهين"})


def _build_forms() -> tuple[dict[str, tuple[str, str | None, str]], frozenset[str]]:
    """form → (verb, gender 'f'/'m'/None, kind 'verb'|'part'|'noun'); and the verbs that need
    a complementizer."""
    from khabar.quotes.lexicon import (EXTRA_CUE_VERBS, EXTRA_NEEDING_COMPLEMENTIZER,
                                       EXTRA_NOT_CUE_FORMS, OBJECT_CLITICS, TELLING_VERBS)
    forms: dict[str, tuple[str, str | None, str]] = {}
    from khabar.quotes.finding_verbs import (FINDING_CUE_VERBS, FINDING_NEEDING_COMPLEMENTIZER,
                                             FINDING_NOT_CUE_FORMS)
    for past, stem, part in C.CUE_VERBS + EXTRA_CUE_VERBS + FINDING_CUE_VERBS:
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
            if part + "ين" not in PLURAL_NOUNS:
                # «موضحين أن», «مشيرين إلى أن»: a plural (or dual) participle (round 10)
                forms.setdefault(part + "ين", (past, None, "part"))
    for past, stem, _ in [v for v in C.CUE_VERBS if v[0] in TELLING_VERBS]:
        # «أخبرها», «أخبروه», «يخبرهم»: the one told as an object pronoun
        for base, g in ((past, "m"), (past + "ت", "f"), (past + "و", None),
                        ("ي" + stem, "m"), ("ت" + stem, "f")):
            for obj in OBJECT_CLITICS:
                forms.setdefault(base + obj, (past, g, "verb"))
    for noun in C.CUE_NOUNS:
        forms[noun] = ("قال", None, "noun")
    forms["قائلا"] = ("قال", "m", "part")
    for w in C.NOT_CUE_FORMS | EXTRA_NOT_CUE_FORMS | FINDING_NOT_CUE_FORMS:
        forms.pop(w, None)
    return forms, (C.CUES_NEEDING_COMPLEMENTIZER | EXTRA_NEEDING_COMPLEMENTIZER |
                   FINDING_NEEDING_COMPLEMENTIZER)


FORMS, NEED_COMP = _build_forms()


@dataclass
class Cue:
    """A cue word and what it triggers (token indexes into the article)."""

    index: int          # token index of the cue
    verb: str
    gender: str | None
    kind: str
    trigger: int        # token index of the complementizer or opening mark
    direct: bool
    content: tuple[int, int] | None = None   # token index range [a, b] inclusive


@lru_cache(maxsize=1 << 16)
def cue_form(norm: str) -> tuple[str, str | None, str] | None:
    """``(verb, gender, kind)`` of a normalized token, with or without one leading و/ف;
    None for other words and impersonal forms. Memoized (a pure function of the word; the
    cache is bounded)."""
    if norm in C.IMPERSONAL:
        return None
    hit = FORMS.get(norm)
    if hit is None and len(norm) > 3 and norm[0] in "وف":
        hit = FORMS.get(norm[1:])
        if hit is None and norm[1] in "وف" and len(norm) > 4:
            hit = None
    return hit


@lru_cache(maxsize=1 << 16)
def object_suffix_cue(norm: str) -> tuple[str, str | None, str] | None:
    """``(verb, gender, kind)`` of a telling verb with an object pronoun the cue table lacks
    («أخبره», «أبلغها»: «اخبر»/«ابلغ» + «ه/ها/هم/نا/ني», words over four letters); None
    otherwise. Memoized (a pure function of the word; the cache is bounded)."""
    if len(norm) <= 4:
        return None
    for suf in ("ه", "ها", "هم", "نا", "ني"):
        if norm.endswith(suf) and cue_form(norm[:-len(suf)]) is not None:
            v = cue_form(norm[:-len(suf)])
            return (v[0], v[1], v[2]) if v[0] in ("اخبر", "ابلغ") else None
    return None


def is_complementizer(norm: str) -> bool:
    """إن/أن with or without a pronoun suffix, after ب or و too («بأنه», «وإنها»)."""
    n = norm
    if n.startswith("ب") or n.startswith("و"):
        n = n[1:]
    return n.startswith(C.COMPLEMENTIZER) and n[2:] in C.PRONOUN_SUFFIXES
