"""Word tables of the date finder, folded like token norms from :mod:`khabar.lang.calendar`.

Multi-word entries are split into a single-word map and a ``{first: {(rest...): value}}`` map
(:func:`fold`); plain word lists become frozensets. The tables are built when the module is
imported (a few thousand short strings). :func:`trigger_flags` tells the finder's scan which
token norms may start a date at all.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from khabar.lang import calendar as C
from khabar.temporal._tokens import bare_forms, norm_key
from khabar.temporal.numbers import NUMBER_WORDS


def fold(d: dict[Any, Any]) -> tuple[dict[str, Any], dict[str, dict[tuple[str, ...], Any]]]:
    """Split a word-list dict into single-word and {first: {(rest...): v}} multiword maps."""
    one: dict[str, Any] = {}
    multi: dict[str, dict[tuple[str, ...], Any]] = {}
    for k, v in d.items():
        k = norm_key(k)
        if isinstance(k, tuple):
            multi.setdefault(k[0], {})[k[1:]] = v
        else:
            one[k] = v
    return one, multi


def word_set(words: Iterable[str]) -> frozenset[str]:
    """``words`` folded like token norms."""
    return frozenset(norm_key(w) for w in words)


GM1, GM2 = fold(C.GREGORIAN_MONTHS)
HM1, HM2 = fold(C.HIJRI_MONTHS)
REL1, REL2 = fold(C.RELATIVE_DAYS)
OD1, OD2 = fold(C.ORDINAL_DAYS)
WEEKDAYS = {norm_key(k): v for k, v in C.WEEKDAYS.items()}
AMBIG_MONTHS = word_set(C.AMBIGUOUS_MONTHS)
AMBIG_HIJRI = word_set(C.AMBIGUOUS_HIJRI)
NOT_TODAY = word_set(C.NOT_TODAY_AFTER)
DAY_PARTS = word_set(C.DAY_PARTS)
PERIODS = {norm_key(k): v for k, v in C.PERIOD_UNITS.items()} | {"العقد": "decade"}
MODS = {norm_key(k): v for k, v in C.PERIOD_MODIFIERS.items()}
THIS = word_set(C.THIS)
QUALS = word_set(C.QUALIFIERS)
INTRO = word_set(C.DATE_INTRO)
CORRESPONDING = word_set(C.CORRESPONDING)
PRESENT = word_set(C.PRESENT)
PERIOD_HEADS = word_set(h for h in C.PERIOD_HEADS if " " not in h)
PERIOD_ADJ = word_set(C.PERIOD_ADJECTIVES)
SIGNALS = word_set(C.SIGNALS)
MONTH_CTX = word_set(C.MONTH_CONTEXT)
YEAR_WORDS = word_set(C.YEAR_WORDS)
MONTH_WORDS = word_set(C.MONTH_WORDS)
DAY_WORDS = word_set(C.DAY_WORDS)
G_ERA = word_set(C.GREGORIAN_ERA)
H_ERA = word_set(C.HIJRI_ERA)
RANGE_FROM = word_set(C.RANGE_FROM)
RANGE_TO = word_set(C.RANGE_TO)
DURATION = {norm_key(k): v for k, v in C.DURATION_UNITS.items()}
STRETCH = {norm_key(k): v for k, v in C.PAST_STRETCH_UNITS.items()}
STRETCH_DUAL = word_set(C.PAST_STRETCH_DUAL)
STRETCH_MODS = word_set(C.PAST_STRETCH_MODS)
STRETCH_FORWARD = word_set({"المقبلة", "القادمة", "المقبلين", "القادمين"})
FREQ = {norm_key(k): v for k, v in C.FREQUENCIES.items()}
DECADES = {norm_key(k): v for k, v in C.DECADES.items()}
DECADES |= {k[2:]: v for k, v in DECADES.items()}  # «ثمانينيات القرن الماضي»
NOT_YEAR_BEFORE = word_set(C.NOT_YEAR_BEFORE)
NOT_YEAR_AFTER = word_set(C.NOT_YEAR_AFTER)
FUTURE_CUES = word_set(C.FUTURE_CUES)
FUTURE_NOUNS = tuple(norm_key(w) for w in C.FUTURE_PREFIX_NOUNS)
VAGUE_COUNT = word_set({"عدة", "بضعة", "بضع", "لعدة", "لبضعة"})
RAMADAN_EPITHETS = word_set({"المبارك", "الكريم", "الفضيل", "المعظم"})
NO_WEEKDAY_BEFORE = word_set({"سوق", "كلا", "بين", "هذين", "مسجد", "جامع"})
#: Unit words in the genitive singular, which a count of 3-99 never takes (it takes a plural
#: or the accusative «عاما»): «رقم 9 عام ( 1921 )» is no duration.
GENITIVE_SINGULAR = word_set({"عام", "يوم", "شهر", "أسبوع", "قرن"})
SEPS = frozenset({"/", "-", "\\"})

TRIGGERS = (set(GM1) | set(GM2) | set(HM1) | set(HM2) | set(REL1) | set(REL2) | set(OD1)
            | set(OD2) | set(WEEKDAYS) | set(PERIODS) | THIS | set(STRETCH) | set(DURATION)
            | set(FREQ) | set(DECADES) | YEAR_WORDS | MONTH_WORDS | VAGUE_COUNT
            | NUMBER_WORDS | PRESENT | PERIOD_HEADS | SIGNALS)


class _TriggerFlags(dict[str, bool]):
    """Whether a token norm may trigger the date scan («(» may: if a number follows)."""

    def __missing__(self, norm: str) -> bool:
        flag = self[norm] = norm == "(" or not TRIGGERS.isdisjoint(bare_forms(norm))
        return flag


_FLAGS = _TriggerFlags()


def trigger_flags() -> _TriggerFlags:
    """The shared flags, emptied when they grow past 2**16 norms (bounded memory)."""
    if len(_FLAGS) > 1 << 16:
        _FLAGS.clear()
    return _FLAGS


def wa_forms(norm: str) -> tuple[str, ...]:
    """``norm`` and, after a «و/ف» conjunction, the word without it (no prepositions)."""
    if len(norm) > 2 and norm[0] in "وف":
        return norm, norm[1:]
    return (norm,)
