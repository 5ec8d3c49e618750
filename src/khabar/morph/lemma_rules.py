"""Lemma edit classes and diacritization features, shared by lemmatizer training and runtime.

A lemma is built in two steps. (1) An *edit class* turns the undiacritized form into the
undiacritized lemma: strip ``ip`` letters in front and ``jf`` at the end, add a new prefix and
suffix, and replace single letters of the kept middle (hamza seats, alef maqsura), e.g.
``الالمانية`` → ``ألماني`` = strip «ال» and «ة», replace the first letter by «أ». (2) The
undiacritized lemma gets PADT's vowels: from a lexicon of lemmas seen in training, or letter by
letter from a classifier (:func:`diac_features`). PADT writes the lemma without sukun.
"""
from __future__ import annotations

from khabar.lang.chars import DIACRITICS
from khabar.lcs import lcs_pairs

_LEN_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "ء", "ئ": "ء"})


def split_diacritics(lemma: str) -> tuple[str, list[str]]:
    """``(letters, marks)``: ``marks[i]`` are the diacritics written after ``letters[i]``."""
    letters: list[str] = []
    marks: list[str] = []
    for ch in lemma:
        if ch in DIACRITICS:
            if marks:
                marks[-1] += ch
        else:
            letters.append(ch)
            marks.append("")
    return "".join(letters), marks


def join_diacritics(letters: str, marks: list[str]) -> str:
    return "".join(c + m for c, m in zip(letters, marks))


def _lcs(a: str, b: str) -> tuple[int, int, int]:
    """Longest common substring of ``a`` and ``b``: ``(start_a, start_b, length)``."""
    best = (0, 0, 0)
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                v = cur[j] = prev[j - 1] + 1
                if v > best[2]:
                    best = (i - v, j - v, v)
        prev = cur
    return best


def template_class(form: str, base: str) -> str | None:
    """A pattern (non-concatenative) class, e.g. «حرائق» → «حريق» = ``T:12ائ3>12ي3``: the
    letters shared in order are root slots, the rest pattern letters (broken plurals, weak
    verbs). ``None`` unless at least three letters are shared, at most 9."""
    al = lcs_pairs(form.translate(_LEN_FOLD), base.translate(_LEN_FOLD))
    if len(al) < 3 or len(al) > 9:
        return None
    ft, bt = list(form), list(base)
    for k, (i, j) in enumerate(al):
        ft[i] = bt[j] = str(k + 1)
    return "T:" + "".join(ft) + ">" + "".join(bt)


def _apply_template(form: str, cls: str) -> str | None:
    ft, bt = cls[2:].split(">")
    if len(ft) != len(form):
        return None
    slots = {}
    for t, c in zip(ft, form):
        if t.isdigit():
            slots[t] = c
        elif t != c:
            return None
    return "".join(slots.get(t, t) if t.isdigit() else t for t in bt)


def edit_class(form: str, base: str) -> str:
    """The edit class that turns ``form`` into the undiacritized lemma ``base``."""
    fa, fb = form.translate(_LEN_FOLD), base.translate(_LEN_FOLD)
    sa, sb, n = _lcs(fa, fb)
    if n == 0:
        return "=" + base  # whole-word replacement (suppletive)
    if n < len(base) - 1:
        # the lemma is not (almost) a contiguous piece of the form: a pattern change
        t = template_class(form, base)
        if t is not None:
            return t
    ip, jf = sa, len(form) - sa - n
    pre, suf = base[:sb], base[sb + n:]
    subs = []
    for k in range(n):
        if form[sa + k] != base[sb + k]:
            pos = k if k < n - k else k - n  # near the end: negative
            subs.append("%d:%s" % (pos, base[sb + k]))
    return "%d|%d|%s|%s|%s" % (ip, jf, pre, suf, ";".join(subs))


def apply_class(form: str, cls: str) -> str | None:
    """Apply an edit class to a form; ``None`` when it does not fit."""
    if cls.startswith("="):
        return cls[1:]
    if cls.startswith("T:"):
        return _apply_template(form, cls)
    ip_s, jf_s, pre, suf, subs = cls.split("|")
    ip, jf = int(ip_s), int(jf_s)
    n = len(form) - ip - jf
    if n <= 0:
        return None
    mid = list(form[ip:ip + n])
    if subs:
        for s in subs.split(";"):
            p, ch = s.split(":", 1)
            k = int(p)
            if k >= n or -k > n:
                return None
            mid[k] = ch
    return pre + "".join(mid) + suf


def class_features(form: str, upos: str) -> list[str]:
    """Features for predicting the edit class of a (form, UPOS)."""
    L = len(form)
    f = ["b", "u=" + upos, "ln=%d" % min(L, 10), "uln=%s%d" % (upos, min(L, 10))]
    for k in range(1, 6):
        if L >= k:
            f.append("s%d=%s" % (k, form[-k:]))
            f.append("us%d=%s%s" % (k, upos, form[-k:]))
    for k in range(1, 5):
        if L >= k:
            f.append("p%d=%s" % (k, form[:k]))
            f.append("up%d=%s%s" % (k, upos, form[:k]))
    if L >= 3:
        f.append("ps=%s%s%s" % (upos, form[:2], form[-2:]))
    # the pattern: root-like letters abstracted
    sk = "".join(ch if ch in "امتوينسةىأإآئؤء" else "C" for ch in form)
    f.append("sk=%s%s" % (upos, sk))
    f.append("sk3=%s%s" % (upos, sk[-4:]))
    return f


def diac_features(base: str, i: int, upos: str) -> list[str]:
    """Features for the diacritics after letter ``i`` of an undiacritized lemma."""
    w = "^^" + base + "$$"
    j = i + 2
    L = len(base)
    c = w[j]
    f = ["b", "c=" + c, "u=" + upos + c,
         "l1=" + w[j - 1] + c, "r1=" + c + w[j + 1], "l2=" + w[j - 2:j + 1], "r2=" + w[j:j + 3],
         "lr=" + w[j - 1:j + 2], "lr2=" + w[j - 2:j + 3],
         "ps=%d%s" % (min(i, 6), c), "pe=%d%s" % (min(L - 1 - i, 6), c),
         "pl=%d|%d|%s" % (i, L, c), "ul=%s%d|%d" % (upos, i, L)]
    # the word's skeleton: root-like letters abstracted, pattern letters kept
    sk = "".join(ch if ch in "امتوينسةىأإآ" else "C" for ch in base)
    f.append("sk=%s|%d" % (sk, i))
    f.append("skw=%s|%d|%s" % (sk[max(0, i - 2):i + 3], min(i, 3), c))
    return f
