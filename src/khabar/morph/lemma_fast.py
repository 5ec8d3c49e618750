"""Run-time forms of :mod:`khabar.morph.lemma_rules`: edit classes parsed once, and the
classifiers' features written out for speed.

Each function here equals its definition in :mod:`~khabar.morph.lemma_rules`;
:func:`fast_agrees` checks that on sample words at load time, and the lemmatizer falls back to
the definitions otherwise. Raises nothing itself.
"""
from __future__ import annotations

from typing import Callable

from khabar.morph.lemma_rules import apply_class, class_features, diac_features

_DIGITS = [str(k) for k in range(64)]
_LN10 = ["ln=%d" % k for k in range(11)]
_SK = ["s%d=" % k for k in range(6)]
_USK = ["us%d=" % k for k in range(6)]
_PK = ["p%d=" % k for k in range(6)]
_UPK = ["up%d=" % k for k in range(6)]


class _Skeleton(dict):
    """A str.translate table: pattern letters kept, every other character → «C»."""

    def __init__(self, keep: str) -> None:
        super().__init__((ord(c), c) for c in keep)

    def __missing__(self, o: int) -> str:
        return "C"


_CLASS_SKEL = _Skeleton("امتوينسةىأإآئؤء")   # as in lemma_rules.class_features
_DIAC_SKEL = _Skeleton("امتوينسةىأإآ")        # as in lemma_rules.diac_features


def compile_class(cls: str) -> Callable[[str], str | None]:
    """``apply_class(form, cls)`` as a function of ``form``, with ``cls`` parsed once (a class
    of unexpected shape is left to :func:`~khabar.morph.lemma_rules.apply_class` itself)."""
    try:
        return _compile(cls)
    except ValueError:
        return lambda form: apply_class(form, cls)


def _compile(cls: str) -> Callable[[str], str | None]:
    if cls.startswith("="):
        out = cls[1:]
        return lambda form: out
    if cls.startswith("T:"):
        ft, bt = cls[2:].split(">")
        n_t = len(ft)
        lits = [(i, t) for i, t in enumerate(ft) if not t.isdigit()]
        slots = [(i, t) for i, t in enumerate(ft) if t.isdigit()]
        parts = [(t.isdigit(), t) for t in bt]

        def template(form: str) -> str | None:
            if len(form) != n_t:
                return None
            for i, t in lits:
                if form[i] != t:
                    return None
            sl = {t: form[i] for i, t in slots}   # a repeated slot keeps its last letter
            return "".join(sl.get(t, t) if d else t for d, t in parts)
        return template
    ip_s, jf_s, pre, suf, subs_s = cls.split("|")
    ip, jf = int(ip_s), int(jf_s)
    subs = [(int(p), ch) for p, ch in (s.split(":", 1) for s in subs_s.split(";"))] \
        if subs_s else []
    if not subs:
        def plain(form: str) -> str | None:
            n = len(form) - ip - jf
            if n <= 0:
                return None
            return pre + form[ip:ip + n] + suf
        return plain

    def edit(form: str) -> str | None:
        n = len(form) - ip - jf
        if n <= 0:
            return None
        mid = list(form[ip:ip + n])
        for k, ch in subs:
            if k >= n or -k > n:
                return None
            mid[k] = ch
        return pre + "".join(mid) + suf
    return edit


def class_features_fast(form: str, upos: str) -> list[str]:
    """:func:`~khabar.morph.lemma_rules.class_features`, written out for speed."""
    L = len(form)
    m = L if L < 10 else 10
    f = ["b", "u=" + upos, _LN10[m], "uln=" + upos + _DIGITS[m]]
    for k in range(1, 6 if L >= 5 else L + 1):
        e = form[-k:]
        f.append(_SK[k] + e)
        f.append(_USK[k] + upos + e)
    for k in range(1, 5 if L >= 4 else L + 1):
        e = form[:k]
        f.append(_PK[k] + e)
        f.append(_UPK[k] + upos + e)
    if L >= 3:
        f.append("ps=" + upos + form[:2] + form[-2:])
    sk = form.translate(_CLASS_SKEL)
    f.append("sk=" + upos + sk)
    f.append("sk3=" + upos + sk[-4:])
    return f


def diac_features_fast(base: str, upos: str) -> list[list[str]]:
    """:func:`~khabar.morph.lemma_rules.diac_features` of every letter of ``base``."""
    w = "^^" + base + "$$"
    L = len(base)
    sk = base.translate(_DIAC_SKEL)
    sL = _DIGITS[L] if L < len(_DIGITS) else str(L)
    out = []
    for i in range(L):
        j = i + 2
        c = w[j]
        si = _DIGITS[i] if i < len(_DIGITS) else str(i)
        out.append(["b", "c=" + c, "u=" + upos + c,
                    "l1=" + w[j - 1] + c, "r1=" + c + w[j + 1], "l2=" + w[j - 2:j + 1],
                    "r2=" + w[j:j + 3], "lr=" + w[j - 1:j + 2], "lr2=" + w[j - 2:j + 3],
                    "ps=" + _DIGITS[i if i < 6 else 6] + c,
                    "pe=" + _DIGITS[L - 1 - i if L - 1 - i < 6 else 6] + c,
                    "pl=" + si + "|" + sL + "|" + c, "ul=" + upos + si + "|" + sL,
                    "sk=" + sk + "|" + si,
                    "skw=" + sk[max(0, i - 2):i + 3] + "|" + _DIGITS[i if i < 3 else 3] + "|" + c])
    return out


def diac_features_reference(base: str, upos: str) -> list[list[str]]:
    return [diac_features(base, i, upos) for i in range(len(base))]


_SAMPLES = ("الالمانية", "حرائق", "و", "ها", "ب", "قالوا", "استراتيجياتهم", "ئؤء", "a", "",
            "مستشفى", "الكهروضوئيات")


def fast_agrees(classes: list[str]) -> bool:
    """Do the written-out features and the compiled ``classes`` match the definitions?"""
    for form in _SAMPLES:
        for upos in ("NOUN", "ADJ", "VERB", "X", "PROPN"):
            if class_features_fast(form, upos) != class_features(form, upos):
                return False
            if diac_features_fast(form, upos) != diac_features_reference(form, upos):
                return False
    forms = ("الالمانية", "حرائق", "ب", "مستشفى")
    for cls in classes:
        fn = compile_class(cls)
        for form in forms:
            if fn(form) != apply_class(form, cls):
                return False
    return True
