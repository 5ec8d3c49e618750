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
        # the Arabic block and ASCII filled in: no __missing__ call for their characters
        super().__init__({o: "C" for o in [*range(0x20, 0x7F), *range(0x0600, 0x0700)]}
                         | {ord(c): c for c in keep})

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


_UPOS_PARTS: dict[str, tuple] = {}   # UPOS → its feature-name prefixes (built on first use)


def _upos_parts(upos: str) -> tuple:
    parts = _UPOS_PARTS.get(upos)
    if parts is None:
        parts = _UPOS_PARTS[upos] = (
            "u=" + upos, ["uln=" + upos + d for d in _DIGITS[:11]],
            [f"us{k}={upos}" for k in range(6)], [f"up{k}={upos}" for k in range(6)],
            "ps=" + upos, "sk=" + upos, "sk3=" + upos)
    return parts


def class_features_fast(form: str, upos: str) -> list[str]:
    """:func:`~khabar.morph.lemma_rules.class_features`, written out for speed (the UPOS
    prefixes of the names built once; a form of 5 letters or more unrolled)."""
    L = len(form)
    m = L if L < 10 else 10
    u, uln, usk, upk, ps, skp, sk3 = _UPOS_PARTS.get(upos) or _upos_parts(upos)
    f = ["b", u, _LN10[m], uln[m]]
    if L >= 5:
        e1, e2, e3, e4, e5 = form[-1:], form[-2:], form[-3:], form[-4:], form[-5:]
        p1, p2, p3, p4 = form[:1], form[:2], form[:3], form[:4]
        f += (_SK[1] + e1, usk[1] + e1, _SK[2] + e2, usk[2] + e2, _SK[3] + e3, usk[3] + e3,
              _SK[4] + e4, usk[4] + e4, _SK[5] + e5, usk[5] + e5,
              _PK[1] + p1, upk[1] + p1, _PK[2] + p2, upk[2] + p2, _PK[3] + p3, upk[3] + p3,
              _PK[4] + p4, upk[4] + p4)
    else:
        for k in range(1, L + 1):
            e = form[-k:]
            f.append(_SK[k] + e)
            f.append(usk[k] + e)
        for k in range(1, 5 if L >= 4 else L + 1):
            e = form[:k]
            f.append(_PK[k] + e)
            f.append(upk[k] + e)
    if L >= 3:
        f.append(f"{ps}{form[:2]}{form[-2:]}")
    sk = form.translate(_CLASS_SKEL)
    f.append(skp + sk)
    f.append(sk3 + sk[-4:])
    return f


def diac_features_fast(base: str, upos: str) -> list[list[str]]:
    """:func:`~khabar.morph.lemma_rules.diac_features` of every letter of ``base`` (each name
    built in one f-string, without intermediate strings)."""
    w = "^^" + base + "$$"
    L = len(base)
    sk = base.translate(_DIAC_SKEL)
    sL = _DIGITS[L] if L < len(_DIGITS) else str(L)
    out = []
    for i in range(L):
        j = i + 2
        a, b, c, d, e = w[j - 2], w[j - 1], w[j], w[j + 1], w[j + 2]
        si = _DIGITS[i] if i < len(_DIGITS) else str(i)
        pe = L - 1 - i
        out.append(["b", "c=" + c, f"u={upos}{c}",
                    f"l1={b}{c}", f"r1={c}{d}", f"l2={a}{b}{c}",
                    f"r2={c}{d}{e}", f"lr={b}{c}{d}", f"lr2={a}{b}{c}{d}{e}",
                    f"ps={_DIGITS[i if i < 6 else 6]}{c}", f"pe={_DIGITS[pe if pe < 6 else 6]}{c}",
                    f"pl={si}|{sL}|{c}", f"ul={upos}{si}|{sL}", f"sk={sk}|{si}",
                    f"skw={sk[max(0, i - 2):i + 3]}|{_DIGITS[i if i < 3 else 3]}|{c}"])
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
