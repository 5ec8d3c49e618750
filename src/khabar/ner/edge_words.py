"""Word classes for the mention-edge rules (:mod:`khabar.ner.edges`), on normalized tokens.

Grounded in how Arabic news writes names: a name is preceded by a title or a nationality
adjective («الرئيس», «السينغالي راما تيوا») and followed by a time word, a prepositional
phrase or a common noun («هيفل بن يوسف ضيف البرنامج»), none of which is part of it. All
lists are normalized with :func:`khabar.text.normalize.normalize` on first use (cached).
Nothing raises on ordinary input.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from khabar.ner import resources
from khabar.ner.clitics import CLITIC_UPOS, core_of, host_word, strip_options
from khabar.text.normalize import normalize

#: Words inside names that are never cut at an edge («علي بن أبي طالب», «أبو مازن», «أم
#: صلال»), with the particles of foreign names («رود فان نيستلروي», «فون», «دي»).
_CONNECTORS = ("بن", "ابن", "بنت", "أبو", "ابو", "أبي", "ابي", "أبا", "عبد", "آل", "أم", "ام",
               "ولد", "بو", "سيدي", "مولاي", "فان", "فون", "دي", "دو", "دا", "ديل", "لا", "لو",
               "سان", "سانت")
#: Time words that follow (or precede) a name in a sentence, never part of it («صباح» is
#: left out: a given name, «صباح الأحمد»).
_TIME = ("اليوم", "أمس", "غدا", "يوم", "مساء", "ليلة", "الأحد", "الاثنين", "الإثنين",
         "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "صباحا", "حاليا", "سابقا")
#: Programme/show and guest words: «ضيف البرنامج», «مقدم برنامج».
_SHOW = ("ضيف", "ضيفة", "ضيوف", "برنامج", "حلقة", "مقدم", "مقدمة", "قناة", "إذاعة",
         "بوليتيكا", "حصة", "البرنامج", "الحلقة")
#: Function-word UPOS: a token made of such words only is never a name's edge.
FUNCTION_UPOS = frozenset(("ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "AUX", "PUNCT"))
#: UPOS of a name's words in the tagger's output (PADT tags most names X).
PROPER_UPOS = ("X", "PROPN")
_NISBA_ENDS = ("يين", "يون", "يان", "يه", "ي")


@lru_cache(maxsize=1)
def connectors() -> frozenset[str]:
    return frozenset(normalize(w) for w in _CONNECTORS)


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in _TIME)


@lru_cache(maxsize=1)
def show_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in _SHOW)


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """One-word PER trigger words of ``gaz_triggers.tsv`` (الرئيس، الشيخ، الوزير …), without
    the name connectors (بن، أبو …) and the speech verbs (قال، أكد …) that list also holds."""
    out = set()
    for words, kinds in resources.triggers().items():
        if len(words) == 1 and "PER" in kinds and words[0] not in connectors():
            out.add(words[0])
    return frozenset(out - speech_verbs())


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Speech verbs of ``gaz_triggers.tsv`` («قال», «وأكد» …): they precede a name."""
    return frozenset(normalize(w) for w in ("قال", "وقال", "أكد", "وأكد", "أضاف", "وأضاف",
                                            "أعلن", "وأعلن", "صرح", "أوضح", "وأوضح"))


def gaz_tags(norm: str) -> frozenset[str]:
    """Gazetteer tags of a one-word key (``PER.first``, ``LOC.country`` …), or empty."""
    return resources.gazetteer().get((core_of(norm),), frozenset())


def given_name(norm: str) -> bool:
    """A given name of the gazetteer, with or without proclitics/article («وعلي»)."""
    return "PER.first" in gaz_tags(norm) or any(
        "PER.first" in gaz_tags(rest) for _, rest in strip_options(norm))


def nisba_place(norm: str) -> bool:
    """A nationality/place adjective with the article: ال + a gazetteer place + ي/ية
    («الألمانية» ← ألمانيا, «السينغالي» ← السينغال, «السوري» ← سوريا)."""
    if not norm.startswith("ال") or len(norm) < 6:
        return False
    stem = norm[2:]
    gaz = resources.gazetteer()
    for end in _NISBA_ENDS:
        if stem.endswith(end) and len(stem) - len(end) >= 3:
            x = stem[:-len(end)]
            for cand in (x, x + "ا", x + "يا", x + "يه", "ال" + x):
                if any(t.startswith("LOC") for t in gaz.get((core_of(cand),), ())):
                    return True
    return False


def host_upos(words: Sequence) -> str | None:
    """UPOS of a token's host word (the longest word that is no clitic), ``None`` when the
    token has no analysis."""
    return host_word(words).upos if words else None


def function_token(words: Sequence) -> bool:
    """Every word of the analysis is a function word («على», «في», «إن»)."""
    return bool(words) and all(w.upos in FUNCTION_UPOS for w in words)


def preposition_token(norm: str, common_rank: int = 20_000) -> str:
    """The preposition (``"ب"``/``"ل"``) a token starts with when it is preposition + article
    + a common news word («بالمرونة», «للقرآن»: the ال-word is among the ``common_rank`` most
    frequent words and more frequent than the token), else ``""``. Surnames that merely
    begin so («كارلوس بالاريس», «روبرت بالمر») fail the frequency test."""
    if len(norm) >= 6 and norm[:3] == "بال":
        rest, p = norm[1:], "ب"
    elif len(norm) >= 5 and norm[:2] == "لل":
        rest, p = "ال" + norm[2:], "ل"
    else:
        return ""
    r = resources.rank(rest)
    return p if r < common_rank and r < resources.rank(norm) else ""


@lru_cache(maxsize=1)
def person_heads() -> frozenset[str]:
    """First key words of the gazetteer's person names («وديع» of «وديع الصافي»)."""
    return frozenset(k[0] for k, tags in resources.gazetteer().items() if "PER" in tags)


def future_verb(norm: str, common_rank: int = 20_000) -> bool:
    """The future prefix س + an imperfect verb that raw news knows («سيدعو» ← «يدعو», «ستعقد»,
    «سنعمل»): after س come ي/ت/ن and three or more letters, a word among the ``common_rank``
    most frequent and more frequent than the token. Foreign names that merely begin so fail
    the test («سيتروين», «سيمون», «ستيفان»), and given names, gazetteer words and «سيدي» are
    never one."""
    if len(norm) < 5 or norm[0] != "س" or norm[1] not in "يتن" or norm in connectors() \
            or given_name(norm) or gaz_tags(norm):
        return False
    r = resources.rank(norm[1:])
    return r < common_rank and r < resources.rank(norm)


def conjunct(norm: str, prev: str, nxt: str, common_rank: int = 20_000) -> bool:
    """و + a word that opens a new phrase («بوتين ومستشارة الأمن القومي», «عباس وعاهل
    الأردن»): a person's name holds no conjunction. ``prev``/``nxt`` are the neighbouring
    tokens ("" at the sentence's edge). Not a conjunct: a given name, a gazetteer word or
    the first word of a gazetteer person («وليد», «وائل», «وديع» of «وديع الصافي»), the end
    of a two-word gazetteer name with ``prev`` («جورج وسوف»); a word
    raw news knows better than its rest after و (a name of its own: «وهيب», «ولاء»); a
    connector or the word after one («سعد بن أبي وقاص»); و + ا/و/ي (foreign names with W:
    «وينفري», «وايت»; وال only with a frequent ال-word, the article: «والرئيس», not
    «والكر»); and a word no Arabic word follows: before punctuation or at the end a single
    و-word may be the second name of a pair tagged as one («كاسياس وراموس»)."""
    rest = norm[1:]
    if len(rest) < 3 or norm[0] != "و" or norm in connectors() or prev in connectors() or \
            given_name(norm) or gaz_tags(norm) or gaz_tags(rest) or norm in person_heads() \
            or (core_of(prev), norm) in resources.gazetteer() \
            or resources.rank(norm) < resources.rank(rest):
        return False
    if rest.startswith("ال"):
        if resources.rank(rest) >= common_rank:
            return False
    elif rest[0] in "اوي":
        return False
    return any("\u0621" <= c <= "\u064a" for c in nxt)


#: Attached pronouns of two or more letters (a bare ه also ends foreign names: «ديديه»).
_PRON_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "كما", "نا")


def has_pronoun_suffix(words: Sequence) -> bool:
    """A noun/verb with an attached pronoun of two or more letters («رئيسها», «وزيرنا»):
    possessed, so no name."""
    return len(words) >= 2 and words[-1].upos == "PRON" and \
        words[-2].upos in ("NOUN", "VERB", "ADJ") and \
        normalize(words[-1].text) in _PRON_SUFFIXES


__all__ = ["CLITIC_UPOS", "FUNCTION_UPOS", "PROPER_UPOS", "conjunct", "connectors",
           "function_token", "future_verb", "gaz_tags", "given_name", "has_pronoun_suffix",
           "host_upos", "nisba_place", "person_heads", "preposition_token", "show_words",
           "speech_verbs", "time_words", "titles"]
