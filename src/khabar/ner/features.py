"""CRF features for NER over a sentence of normalized token strings.

Token-local features and the features a token contributes to its neighbours are computed
once per token *type* (:mod:`khabar.ner.feat_token`) and cached (news vocabulary is Zipfian),
so a sentence costs little more than list concatenation. Sequence features (multi-word
gazetteer matches, trigger phrases before a token: :mod:`khabar.ner.feat_context`; word
bigrams) are computed per sentence.

``Featurizer(clusters=..., gazetteer=..., clitics=...)`` switches feature groups off for the
ablation; the shipped model records its switches in ``config.json``. ``morph=True`` adds
features of the morphology layer (UPOS sequence, the host word's UPOS and lemma; ``"upos"``:
the tags only); measured on dev they did not help, so the shipped model leaves them off
(see ``MODEL_CARD.md``). Raises :class:`~khabar.errors.ResourceError` (from
:mod:`khabar.ner.resources`) when a switched-on resource file is missing.
"""
from __future__ import annotations

from typing import Sequence

from khabar.ner import resources
from khabar.ner.clitics import core_of, strip_options
from khabar.ner.feat_context import NO_MORPH, gazetteer_spans, morph_features
from khabar.ner.feat_token import OFFSETS, TypeInfo, type_features, type_keys


class Featurizer:
    """Builds crfsuite feature lists; one instance per configuration (holds the type cache)."""

    def __init__(self, clusters: bool = True, gazetteer: bool = True, clitics: bool = True,
                 affixes: bool = True, morph: bool | str = False, lexicon: bool | str = False,
                 lexicon_table: dict | None = None, embed: dict | None = None,
                 neural: bool | str = False, neural_model=None,
                 neural_path=None) -> None:
        self.use_clusters = clusters
        self.use_lexicon = lexicon
        #: induced name lexicon ``(kind, key) -> feature strings`` (``khabar.ner.lexicon``;
        #: ``lexicon="PER"``: its PER features only); ``lexicon_table`` overrides the shipped
        #: table (jackknifed tables while training)
        self._lex = ((lexicon_table if lexicon_table is not None else resources.lexicon(lexicon))
                     if lexicon else {})
        self.use_gaz = gazetteer
        self.use_clitics = clitics
        self.use_affixes = affixes
        self.use_morph = morph
        self._mcache: dict[tuple, tuple[list[str], list[list[str]]]] = {}
        self._cache: dict[str, TypeInfo] = {}
        self._keys: dict[str, tuple[str, str]] = {}
        self._rest: dict[str, str | None] = {}
        self._clusters = resources.clusters() if clusters else {}
        self._gaz = resources.gazetteer() if gazetteer else {}
        self._heads = resources.gazetteer_heads() if gazetteer else {}
        self._trig = resources.triggers() if gazetteer else {}
        self._trig_len = max((len(k) for k in self._trig), default=0)
        self._trig_last = frozenset(k[-1] for k in self._trig)
        # gazetteer key -> its PER/LOC/ORG labels, sorted (the kinds such as LOC.city are
        # per-type features only)
        self._gaz_labels = {k: tuple(sorted(t for t in v if "." not in t))
                            for k, v in self._gaz.items()}
        self._ranks = resources.clusters()
        #: dense vector features (``khabar.ner.embed``; experimental, off when ``None``)
        self.use_embed = embed
        self._dense = None
        if embed:
            from khabar.ner.embed import Dense
            self._dense = Dense(embed, self._row_of)
        #: stacked neural tagger (``khabar.ner.neural``): its label probabilities, bucketed,
        #: as features (``neural``: the feature mode; ``neural_model`` overrides the shipped
        #: ``neural.npz`` (``neural_path``: another weight file), jackknifed models while
        #: training)
        self.use_neural = neural
        self._neural = None
        if neural:
            from khabar.ner.neural import NeuralTagger
            self._neural = neural_model if neural_model is not None else NeuralTagger(
                neural_path or resources.MODEL_DIR / "neural.npz", self._row_of,
                resources.gazetteer(), resources.triggers())

    def config(self) -> dict[str, bool]:
        return {"clusters": self.use_clusters, "gazetteer": self.use_gaz,
                "clitics": self.use_clitics, "affixes": self.use_affixes,
                "morph": self.use_morph, "lexicon": self.use_lexicon,
                **({"neural": self.use_neural} if self.use_neural else {})}

    # -- per type ---------------------------------------------------------------------------
    def _row_of(self, w: str) -> int | None:
        """Row of ``w`` in the cluster vocabulary (cluster-feature lookup order) or ``None``."""
        cl = self._ranks
        k = cl.get(w)
        if k is None:
            rest = self.rest_of(w)
            c = core_of(w)
            k = (cl.get(rest) if rest is not None else None) or (
                cl.get("ال" + c) or cl.get(c) if c != w else None)
        return k[3] if k is not None else None

    def rest_of(self, w: str) -> str | None:
        """The word after one or two proclitic letters when that rest is a more frequent word
        or a gazetteer key (``وسوريا`` → ``سوريا``; ``لبنان`` stays); else ``None``. Cached
        (the network's vector lookup and the type features both ask)."""
        try:
            return self._rest[w]
        except KeyError:
            pass
        if len(self._rest) > 500_000:
            self._rest.clear()
        best = self._rest[w] = self._rest_of(w)
        return best

    def _rest_of(self, w: str) -> str | None:
        options = strip_options(w)
        if not options:  # no proclitic letter first: no rest
            return None
        ranks = self._ranks
        gaz = self._gaz

        def score(x: str) -> int:
            r = ranks.get(x)
            return r[3] if r is not None else 1 << 30

        best, best_rank = None, score(w)
        w_in_gaz = (core_of(w),) in gaz
        for _, rest in sorted(options):  # one letter first, then two
            if len(rest) < 3:
                continue
            rr = score(rest)
            if rr < best_rank or (best is None and not w_in_gaz and (core_of(rest),) in gaz):
                best, best_rank = rest, rr
        return best

    def _type(self, w: str) -> TypeInfo:
        """Features of the word type ``w`` (:func:`khabar.ner.feat_token.type_features`),
        cached."""
        info = self._cache.get(w)
        if info is not None:
            return info
        info = type_features(self, w)
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[w] = info
        return info

    def type_keys(self, w: str) -> tuple[str, str]:
        """``(core, head)`` of the word type ``w`` (the third part of :meth:`_type`, without
        computing the rest when it is not cached: :func:`khabar.ner.feat_token.type_keys`)."""
        info = self._cache.get(w)
        if info is not None:
            return info[2]
        keys = self._keys.get(w)
        if keys is None:
            if len(self._keys) > 500_000:
                self._keys.clear()
            keys = self._keys[w] = type_keys(self, w)
        return keys

    # -- per sentence -------------------------------------------------------------------------
    def sentence(self, norms: Sequence[str], tokens: Sequence | None = None,
                 dense: bool = True, nn=None) -> list:
        """Feature lists for one sentence of normalized tokens (``tokens``: the same tokens
        with their morphological ``words``, for the morphology features; ``nn``: the stacked
        neural tagger's probabilities for it, computed here when ``None``). With vector
        features on and ``dense``, ``{feature: value}`` items instead (see ``dense_items``)."""
        n = len(norms)
        infos = [self._type(w) for w in norms]
        minfo = None
        if self.use_morph and tokens is not None:
            minfo = [morph_features(self, w, t.words) if t.words else NO_MORPH
                     for w, t in zip(norms, tokens)]
        out: list[list[str]] = []
        for i, (f, _, _) in enumerate(infos):
            feats = list(f)
            if minfo is not None:
                feats.extend(minfo[i][0])
                for j, o in enumerate(OFFSETS):
                    k = i + o
                    if 0 <= k < n and (o == -1 or o == 1):
                        feats.extend(minfo[k][1][j])
            for j, o in enumerate(OFFSETS):
                k = i + o
                if 0 <= k < n:
                    feats.extend(infos[k][1][j])
                elif o in (-1, 1):
                    feats.append("BOS" if o < 0 else "EOS")
            if i > 0:
                feats.append("bg-=" + norms[i - 1] + "|" + norms[i])
            if i + 1 < n:
                feats.append("bg+=" + norms[i] + "|" + norms[i + 1])
            out.append(feats)
        if self.use_gaz:
            gazetteer_spans(self, norms, [info[2] for info in infos], out)
        if self._neural is not None and n:
            from khabar.ner.neural_stack import stack_features
            probs = nn if nn is not None else self._neural.probs([norms])[0]
            for f, g in zip(out, stack_features(probs, self._neural.labels, self.use_neural)):
                f.extend(g)
        return self.dense_items(norms, out) if dense else out

    def dense_items(self, norms: Sequence[str], feats: list) -> list:
        """``feats`` with the numeric vector features added (unchanged when those are off)."""
        return feats if self._dense is None else self._dense.items(norms, feats)


__all__ = ["OFFSETS", "Featurizer"]
