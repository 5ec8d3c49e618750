"""The per-type score rows of the UPOS tagger: which weight rows make up a word type's own
part and its parts at each neighbour offset (:data:`~khabar.morph.tag_features.OFFSETS`).

:meth:`TypeRows._type_rows` is an unrolled copy of
:func:`~khabar.morph.tag_features.own_features` and
:func:`~khabar.morph.tag_features.neighbor_features`; :meth:`TypeRows._fast_rows_agree`
checks it against them at load time, and the tagger falls back to the reference otherwise.
Raises nothing itself.
"""
from __future__ import annotations

from khabar.morph.tag_features import (BOUNDARY, OFFSETS, neighbor_features, normalize,
                                       own_features, paradigm_features, shape)

_LN = ["ln=%d" % k for k in range(10)]
_AFFIX = [("p%d=" % k, "s%d=" % k) for k in range(1, 5)]
_KJ = ["k%d=" % j for j in range(16)]


_CHAR_CLASS: dict[str, str] = {}


def _shape(form: str) -> str:
    """:func:`~khabar.morph.tag_features.shape` without its LRU cache (each type's features
    are computed once anyway): character classes memoized per character."""
    out = ""
    last = None
    cc = _CHAR_CLASS
    for ch in form:
        c = cc.get(ch)
        if c is None:
            c = shape.__wrapped__(ch)
            if len(cc) < 20_000:
                cc[ch] = c
        if c != last:
            out += c
            last = c
            if len(out) == 4:
                break
    return out


class TypeRows:
    """Mixin of :class:`~khabar.morph.tagger.Tagger`: needs ``fid``, ``_zero``, ``clusters``,
    ``names``, ``news``."""

    fid: dict[str, int]
    _zero: int
    clusters: dict[str, str] | None
    names: dict[str, str] | None
    news: dict[str, int] | None
    tag_masks: dict
    _single_masks: set[int]

    def _type_rows(self, form: str, code: str, rows: list[int], starts: list[int]) -> None:
        """Append the weight rows of a type's five parts to ``rows`` (each part's start to
        ``starts``): exactly the features of :func:`own_features` and then
        :func:`neighbor_features` at each of OFFSETS, in their order, unknown ones (and an
        empty part) as the zero row — written out here once per type, without the
        repeated normalization."""
        get, z = self.fid.get, self._zero
        append = rows.append
        if (form, code) == BOUNDARY:
            starts.append(len(rows))
            append(z)
            for o in ("-2", "-1", "+1", "+2"):
                starts.append(len(rows))
                append(get(o + "w=<B>", z))
            return
        nm = normalize(form)
        sh = _shape(form)
        starts.append(len(rows))
        rows += [get("b", z), get("w=" + form, z), get("n=" + nm, z), get("sh=" + sh, z),
                 get("c=" + code, z), get("cn=" + code + nm, z),
                 get(_LN[min(len(nm), 9)], z), get("csh=" + code + sh, z)]
        arabic = sh == "a"
        L = len(nm)
        if arabic:
            for k, (pk, sk) in enumerate(_AFFIX, 1):
                if L > k:
                    append(get(pk + nm[:k], z))
                    append(get(sk + nm[-k:], z))
            if L > 2:
                append(get("cs2=" + code + nm[-2:], z))
                append(get("ps=" + nm[:1] + "_" + nm[-1:], z))
                append(get("al=" + nm[:2] + "|" + nm[-2:], z))
        cls = self.clusters
        k0 = None
        if cls is not None:
            cl = cls.get(nm)
            if cl is not None:
                parts = cl.split("|")
                k0 = parts[0]
                for j, c in enumerate(parts):
                    append(get(_KJ[j] + c if j < len(_KJ) else "k%d=%s" % (j, c), z))
            else:
                append(get("k=none", z))
        if self.news is not None and arabic and not self._tag_fixed(form):
            rows += [get(f, z) for f in paradigm_features(form, self.news)]
        nb = None
        nms = self.names
        if nms is not None and arabic:
            nb = nms.get(nm)
            v = nb or "none"
            append(get("nb=" + v, z))
            append(get("cnb=" + code + v, z))
        for o, near in (("-2", False), ("-1", True), ("+1", True), ("+2", False)):
            starts.append(len(rows))
            append(get(o + "w=" + nm, z))
            if near:
                append(get(o + "c=" + code, z))
                append(get(o + "cw=" + code + nm, z))
                if arabic:
                    if L > 2:
                        append(get(o + "s2=" + nm[-2:], z))
                        append(get(o + "p2=" + nm[:2], z))
                else:
                    append(get(o + "sh=" + sh, z))
            if k0 is not None:
                append(get(o + "k=" + k0, z))
            if near and nb is not None:
                append(get(o + "nb=" + nb, z))

    def _tag_fixed(self, form: str) -> bool:
        """Does the tag dictionary allow ``form`` one tag only? Then its own score cannot change
        its tag (the mask's :data:`~khabar.morph.tag_constraints.BLOCKED` dominates), so the
        costly raw-news paradigm features are skipped for it: same output, less work."""
        m = self.tag_masks.get(form)
        return m is not None and id(m) in self._single_masks

    def _type_rows_reference(self, form: str, code: str, rows: list[int],
                             starts: list[int]) -> None:
        """:meth:`_type_rows` straight from the feature functions (the definition)."""
        cl, nms = self.clusters, self.names
        get, z = self.fid.get, self._zero
        key = (form, code)
        news = None if self._tag_fixed(form) else self.news
        parts = [own_features(form, code, cl, None, nms, news) if key != BOUNDARY else []]
        parts += [neighbor_features(form, code, off, cl, None, nms) for off in OFFSETS]
        for p in parts:
            starts.append(len(rows))
            rows.extend([get(f, z) for f in p] or [z])

    def _fast_rows_agree(self) -> bool:
        """Does the unrolled :meth:`_type_rows` still match the feature functions?"""
        if OFFSETS != (-2, -1, 1, 2):
            return False
        samples = [BOUNDARY, ("الوزير", "S"), ("الوزير", "E"), ("و", "B"), ("ها", "E"),
                   ("ب", "B"), ("قال", "S"), ("أكد", "I"), ("إِنَّ", "S"), ("2014", "S"),
                   ("Reuters", "S"), ("،", "S"), ("الكهروضوئيات", "S"), ("ـ", "S"), ("", "S")]
        if self.clusters:
            samples += [(w, "S") for w in list(self.clusters)[:20]]
        if self.names:
            samples += [(w, c) for w in list(self.names)[:20] for c in "SE"]
        for form, code in samples:
            a: tuple[list[int], list[int]] = ([], [])
            b: tuple[list[int], list[int]] = ([], [])
            self._type_rows(form, code, *a)
            self._type_rows_reference(form, code, *b)
            if a != b:
                return False
        return True
