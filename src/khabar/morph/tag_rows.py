"""The per-type score rows of the UPOS tagger: which weight rows make up a word type's own
part and its parts at each neighbour offset (:data:`~khabar.morph.tag_features.OFFSETS`).

:meth:`TypeRows._type_rows` is an unrolled copy of
:func:`~khabar.morph.tag_features.own_features` and
:func:`~khabar.morph.tag_features.neighbor_features` that looks each value up in its
template's dict (:class:`~khabar.morph.tag_fid.FeatureIndex`) instead of building the feature
name, with the rows of constant names, cluster paths and name buckets prepared once, the
templates valued by the normalized form read from one word table, and the raw-news paradigm
rows kept per form (:mod:`khabar.morph.tag_rowprep`); :meth:`TypeRows._fast_rows_agree`
checks it against the feature functions at load time, and the tagger falls back to the
reference otherwise.
Raises nothing itself.
"""
from __future__ import annotations

from khabar.morph.tag_features import (BOUNDARY, OFFSETS, neighbor_features, normalize,
                                       own_features)
from khabar.morph.tag_fid import FeatureIndex
from khabar.morph.tag_pairs import char_shape as _shape
from khabar.morph.tag_rowprep import RowPrep

class TypeRows(RowPrep):
    """Mixin of :class:`~khabar.morph.tagger.Tagger`: needs ``fid``, ``_zero``, ``clusters``,
    ``names``, ``news`` and :meth:`~khabar.morph.tag_rowprep.RowPrep._prepare_rows` called."""

    fid: FeatureIndex
    _zero: int
    clusters: dict[str, str] | None
    names: dict[str, str] | None
    news: dict[str, int] | None
    tag_masks: dict
    _single_masks: set[int]

    def _type_rows(self, form: str, code: str, rows: list[int], starts: list[int],
                   nm: str | None = None, sh: str | None = None) -> None:
        """Append the weight rows of a type's five parts to ``rows`` (each part's start to
        ``starts``): exactly the features of :func:`own_features` and then
        :func:`neighbor_features` at each of OFFSETS, in their order, unknown ones (and an
        empty part) as the zero row — written out here once per type, without the
        repeated normalization and without building the feature names. ``nm`` / ``sh``:
        :func:`normalize` / the shape of ``form`` if already at hand."""
        z = self._zero
        append = rows.append
        if (form, code) == BOUNDARY:
            starts.append(len(rows))
            append(z)
            for r in self._boundary_rows:
                starts.append(len(rows))
                append(r)
            return
        cr = self._code_rows.get(code)
        if cr is None:
            cr = self._prepare_code(code)
        if not cr:      # a code the prepared tables do not cover
            self._type_rows_reference(form, code, rows, starts)
            return
        c_row, k_cn, g_csh, g_cs2, g_cnb, m1c, k_m1cw, p1c, k_p1cw = cr
        (g_w, g_sh, g_p1, g_s1, g_p2, g_s2, g_p3, g_s3, g_p4, g_s4, g_ps, g_al,
         g_m1s2, g_m1p2, g_p1s2, g_p1p2, g_m1sh, g_p1sh) = self._getters
        if nm is None:
            nm = normalize(form)
        if sh is None:
            sh = _shape(form)
        L = len(nm)
        j = self._word_get(nm)      # the rows of the templates valued by nm (tag_fid)
        wr = self._word_none if j is None else self._word_rows[j].tolist()
        starts.append(len(rows))
        rows += [self._b_row, g_w(form, z), wr[0], g_sh(sh, z), c_row, wr[k_cn],
                 self._ln_rows[L if L < 9 else 9], g_csh(sh, z)]
        arabic = sh == "a"
        a2 = b2 = ""
        if arabic and L > 1:
            a1, b1 = nm[:1], nm[-1:]
            append(g_p1(a1, z))
            append(g_s1(b1, z))
            if L > 2:
                a2, b2 = nm[:2], nm[-2:]
                append(g_p2(a2, z))
                append(g_s2(b2, z))
                if L > 3:
                    append(g_p3(nm[:3], z))
                    append(g_s3(nm[-3:], z))
                    if L > 4:
                        append(g_p4(nm[:4], z))
                        append(g_s4(nm[-4:], z))
                append(g_cs2(b2, z))
                append(g_ps(a1 + "_" + b1, z))
                append(g_al(a2 + "|" + b2, z))
        kn = None
        cls = self.clusters
        if cls is not None:
            cl = cls.get(nm)
            if cl is not None:
                ent = self._cluster_cache.get(cl) or self._prepare_cluster(cl)
                rows += ent[0]
                kn = ent[1]
            else:
                append(self._knone_row)
        news = self.news
        if news is not None and arabic and not self._tag_fixed(form):
            pr = self._pg_cache.get(form) if self._pg_news is news else None
            rows += pr if pr is not None else self._prepare_paradigm(form, news)
        nbr = None
        nms = self.names
        if nms is not None and arabic:
            nb = nms.get(nm)
            nbr = self._name_cache.get((code, nb)) or self._prepare_name(code, nb, g_cnb)
            append(nbr[0])
            append(nbr[1])
            if nbr[2] is None:
                nbr = None
        two = arabic and L > 2     # the ±1 parts' suffix and prefix of two letters
        # -2
        starts.append(len(rows))
        append(wr[1])
        if kn is not None:
            append(kn[0])
        # -1
        starts.append(len(rows))
        rows += [wr[2], m1c, wr[k_m1cw]]
        if two:
            append(g_m1s2(b2, z))
            append(g_m1p2(a2, z))
        elif not arabic:
            append(g_m1sh(sh, z))
        if kn is not None:
            append(kn[1])
        if nbr is not None:
            append(nbr[2])
        # +1
        starts.append(len(rows))
        rows += [wr[3], p1c, wr[k_p1cw]]
        if two:
            append(g_p1s2(b2, z))
            append(g_p1p2(a2, z))
        elif not arabic:
            append(g_p1sh(sh, z))
        if kn is not None:
            append(kn[2])
        if nbr is not None:
            append(nbr[3])
        # +2
        starts.append(len(rows))
        append(wr[4])
        if kn is not None:
            append(kn[3])

    def _tag_fixed(self, form: str) -> bool:
        """Does the tag dictionary allow ``form`` one tag only? Then its own score cannot change
        its tag (the mask's :data:`~khabar.morph.tag_constraints.BLOCKED` dominates), so the
        costly raw-news paradigm features are skipped for it: same output, less work."""
        m = self.tag_masks.get(form)
        return m is not None and id(m) in self._single_masks

    def _type_rows_reference(self, form: str, code: str, rows: list[int],
                             starts: list[int], nm: str | None = None,
                             sh: str | None = None) -> None:
        """:meth:`_type_rows` straight from the feature functions (the definition; ``nm`` and
        ``sh`` are not read)."""
        cl, nms = self.clusters, self.names
        get, z = self.fid.get, self._zero
        key = (form, code)
        news = None if self._tag_fixed(form) else self.news
        parts = [own_features(form, code, cl, None, nms, news) if key != BOUNDARY else []]
        parts += [neighbor_features(form, code, off, cl, None, nms) for off in OFFSETS]
        for p in parts:
            starts.append(len(rows))
            rows.extend([get(f, z) for f in p] or [z])

    def _fast_rows_agree(self, extra: list[tuple[str, str]] | None = None) -> bool:
        """Does the unrolled :meth:`_type_rows` still match the feature functions (on fixed
        samples, the model's first clusters and names, and ``extra`` types)?"""
        if OFFSETS != (-2, -1, 1, 2):
            return False
        samples = [BOUNDARY, ("الوزير", "S"), ("الوزير", "E"), ("و", "B"), ("ها", "E"),
                   ("ب", "B"), ("قال", "S"), ("أكد", "I"), ("إِنَّ", "S"), ("2014", "S"),
                   ("Reuters", "S"), ("،", "S"), ("الكهروضوئيات", "S"), ("ـ", "S"), ("", "S"),
                   ("في", "S"), ("من", "B"), ("لل", "B"), ("هم", "E"), ("a1", "E")]
        if self.clusters:
            samples += [(w, "S") for w in list(self.clusters)[:20]]
        if self.names:
            samples += [(w, c) for w in list(self.names)[:20] for c in "SE"]
        for form, code in samples + list(extra or ()):
            a: tuple[list[int], list[int]] = ([], [])
            b: tuple[list[int], list[int]] = ([], [])
            self._type_rows(form, code, *a)
            self._type_rows_reference(form, code, *b)
            if a != b:
                return False
        return True
