"""Morphology rules that refine a predicted lemma, with raw-news counts as evidence.

Used by :class:`khabar.morph.lemmatizer.Lemmatizer` for (form, UPOS) pairs its lexicon does
not know, after the edit-class classifier has proposed an undiacritized lemma ``base``:

* :func:`root_letters` — the letters of a form outside «سألتمونيها» (and hamzas, ى, ة),
  which no affix or pattern adds, so a lemma must keep them: a candidate dropping one
  («تمتد» → «أتى», «نقدم» → «قام») is skipped unless it is the classifier's best.
* :func:`name_base` — an ``X``/``PROPN`` lemma is the form itself; only its first letter may
  change (a hamza on the initial alef, «ايرفاين» → «إيرفاين»): PADT keeps names' letters.
* :func:`verb_hamza` — a predicted verb lemma (past, 3rd person masculine singular) ending in
  a hamza after a consonant writes it on alef: «تفاجئ» → «فاجأ» (PADT train: all 47 such).
* :func:`feminine_plural` — a «…ات» plural's lemma with or without ة («مجموعات» → «مجموعة»,
  «دولارات» → «دولار»): when the classifier picked one, the other wins if raw news writes it
  more than :data:`FEM_RATIO` times as often.
* :func:`verb_backoff` — an unseen verb the classifier could map to no train lemma nor a
  news-attested word: the past-tense pattern (فعل, أفعل, افتعل, انفعل, استفعل, hollow
  فال) of its imperfect stem whose past forms raw news attests most.
* :func:`broken_singular` — a broken plural the classifier left unchanged: classical plural
  patterns (:data:`PATTERNS`, root letters as digit slots, a repeated digit a doubled root)
  propose singulars, and the first one raw news attests ≥ :data:`MIN_NEWS` times and more
  often than the plural itself wins («هموم» → «هم», «القضاة» → «قاضي»).

News counts are the segmenter's raw-news token counts (folded keys), with and without the
article. Raises nothing.
"""
from __future__ import annotations

from khabar.morph.seg_text import fold

#: (plural pattern, singular pattern), tried in order (kept on dev and held-out PADT train)
PATTERNS: tuple[tuple[str, str], ...] = (
    ("أ12ا3", "123"),        # أفعال → فعل: أقراط → قرط
    ("12و3", "123"),         # فعول → فعل: حروق → حرق, وفود → وفد
    ("12و2", "12"),          # فعول of a doubled root: هموم → هم
    ("م1ا2ي3", "م12و3"),     # مفاعيل → مفعول: مشاريع → مشروع
    ("12ا3ي4", "123و4"),     # فعاليل → فعلول: عناقيد → عنقود
    ("1وا2ي3", "1ا2و3"),     # فواعيل → فاعول: صواريخ → صاروخ
    ("م1ا23", "م123ة"),      # مفاعل → مفعلة: مناطق → منطقة
    ("م1ا23", "م123"),       # مفاعل → مفعل: مراكز → مركز
    ("12ائ3", "12ي3ة"),      # فعائل → فعيلة: رهائن → رهينة
    ("12اة", "1ا2ي"),        # فعاة → فاعي: قضاة → قاضي
    ("أ123اء", "12ي3"),      # أفعلاء → فعيل: أصدقاء → صديق
    ("123اء", "12ي3"),       # فعلاء → فعيل: وزراء → وزير
    ("123اء", "1ا23"),       # فعلاء → فاعل: شعراء → شاعر
    ("ا12ا3", "123"),        # أفعال spelled with a bare alef: الاسلاك → سلك
    ("أ12ة", "12ي2"),        # أفعلة of a doubled root: أدلة → دليل
    ("ا12ة", "12ي2"),        # the same with a bare alef: الادلة → دليل
    ("ا123اء", "12ي3"),      # أفعلاء with a bare alef: اصدقاء → صديق
    ("1وا23", "1ا23"),       # فواعل → فاعل: خواتم → خاتم
    ("1وا23", "1ا23ة"),      # فواعل → فاعلة: قواعد → قاعدة
)
MIN_NEWS = 10     # a proposed singular must be attested this often in raw news
FEM_RATIO = 6.0   # held-out PADT train, lemma dediacritized: 1 97.25, 3 97.28, 6 97.29, 15 97.29
_NO_SLOT = frozenset("اىةءأإآئؤ")   # never a root slot (و and ي may be: «وفود»)
_AUGMENT = frozenset("سألتمونيهاءإآئؤىة\u0640") | frozenset(chr(c) for c in range(0x064B, 0x0653))


# (the other letters of the Arabic block map to themselves: translate finds them rather than
# raising and clearing a KeyError per letter)
_NOT_ROOT = {o: o for o in range(0x0600, 0x0700)} | {ord(c): None for c in _AUGMENT}


def root_letters(form: str) -> str:
    """The letters of ``form`` that are surely root letters (outside «سألتمونيها»); a
    candidate lemma ``b`` keeps them all when ``not root_letters(form).strip(b)``."""
    return form.translate(_NOT_ROOT)


def name_base(form: str, base: str) -> str:
    """``base`` if it differs from ``form`` at most in its first letter, else ``form``."""
    if len(base) == len(form) and base[1:] == form[1:]:
        return base
    return form


def verb_hamza(base: str) -> str:
    """A past-tense verb lemma with a final hamza after a consonant written on alef."""
    if len(base) > 2 and base[-1] in "ئؤء" and base[-2] != "ا":
        return base[:-1] + "أ"
    return base


def stem(form: str) -> str:
    """``form`` without the article and an accusative tanween alif (as the plural templates)."""
    s = form[2:] if form.startswith("ال") else form
    if s.endswith("ا") and len(s) > 3:
        s = s[:-1]
    return s


def news_count(news: dict[str, int], word: str) -> int:
    """Raw-news count of ``word`` with and without the article."""
    k = fold(word)
    return news.get(k, 0) + news.get("ال" + k, 0)


def feminine_plural(form: str, base: str, news: dict[str, int]) -> str:
    """For a «…ات» form whose ``base`` is its stem with or without ة: the other one when news
    writes it more than :data:`FEM_RATIO` times as often; else ``base``."""
    if not form.endswith("ات"):
        return base
    s = form[2:] if form.startswith("ال") else form
    if len(s) < 5:
        return base
    bare = s[:-2]
    if base != bare and base != bare + "ة":
        return base
    a, t = news_count(news, bare), news_count(news, bare + "ة")
    if base == bare and t > FEM_RATIO * a:
        return bare + "ة"
    if base != bare and a > FEM_RATIO * t:
        return bare
    return base


def _compile(pat: str, out: str) -> tuple[tuple, tuple, str]:
    """A pattern's literal letters and slots as ``(position, letter or slot digit)``."""
    return (tuple((i, c) for i, c in enumerate(pat) if not c.isdigit()),
            tuple((i, c) for i, c in enumerate(pat) if c.isdigit()), out)


_BY_LEN: dict[int, list[tuple[tuple, tuple, str]]] = {}
for _pat, _out in PATTERNS:
    _BY_LEN.setdefault(len(_pat), []).append(_compile(_pat, _out))


def _fill(lits: tuple, slots: tuple, out: str, s: str) -> str | None:
    """``out`` with the slots of ``s`` (as long as the pattern), or None if it does not fit."""
    for i, c in lits:
        if s[i] != c:
            return None
    filled: dict[str, str] = {}
    for i, d in slots:
        c = s[i]
        if c in _NO_SLOT or filled.setdefault(d, c) != c:
            return None
    return "".join([filled.get(c, c) for c in out])


def broken_singular(s: str, news: dict[str, int]) -> str | None:
    """The singular of the article-less plural ``s`` by :data:`PATTERNS`, or None."""
    own = -1
    for lits, slots, out in _BY_LEN.get(len(s), ()):
        cand = _fill(lits, slots, out, s)
        if cand is None:
            continue
        n = news_count(news, cand)
        if n < MIN_NEWS:
            continue
        if own < 0:
            own = news_count(news, s)
        if n > own:
            return cand
    return None


_IMPERFECT = "يتنأا"
VERB_MIN = 10   # held-out PADT train, lemma dediacritized: 3 97.39, 6 97.41, 10 97.42, 20 97.42
_ENDINGS = ("ون", "وا", "ان", "ين", "ا", "")


def _past_forms(s: str) -> list[str]:
    """Past 3rd person masculine singular forms an imperfect stem ``s`` (person prefix and
    endings removed) may come from, by the derived-verb patterns."""
    out = [s, "أ" + s]                               # فعل, أفعل (يكتب, يرسل)
    if len(s) >= 3 and s[0] == "ت":
        out.append("ا" + s)                          # افتعل of a و/ت root: يتفق → اتفق
    if len(s) >= 4 and s[1] == "ت" or len(s) >= 4 and s[0] == "ن" or s.startswith("ست"):
        out.append("ا" + s)                          # افتعل, انفعل, استفعل
        if len(s) >= 5 and s[-2] == "ي":
            out.append("ا" + s[:-2] + "ا" + s[-1])   # hollow: يستقيل → استقال
    if len(s) == 3 and s[1] in "وي":
        out.append(s[0] + "ا" + s[2])                # hollow: يقود → قاد
        out.append("أ" + s[0] + "ا" + s[2])          # أفعل hollow: تتاح → أتاح
    return out


def verb_backoff(form: str, news: dict[str, int]) -> str | None:
    """The past-tense lemma of an unseen imperfect verb ``form``: among the candidates of
    :func:`_past_forms` (person prefix, an optional future «س» and a plural/dual ending
    removed), the one whose past forms (bare, «ـت», «ـوا») raw news attests most, at least
    :data:`VERB_MIN` times; else None («يستقيل» → «استقال», «تدرك» → «أدرك»)."""
    w = form[1:] if form[:1] == "س" and len(form) > 4 else form
    if len(w) < 4 or w[0] not in _IMPERFECT:
        return None
    best, best_n = None, VERB_MIN - 1
    for e in _ENDINGS:
        if e and not w.endswith(e):
            continue
        s = w[1:len(w) - len(e)]
        if len(s) < 3:
            continue
        for cand in _past_forms(s):
            k = fold(cand)
            n = news.get(k, 0) + news.get(k + "ت", 0) + news.get(k + "وا", 0)
            if n > best_n:
                best, best_n = cand, n
    return best
