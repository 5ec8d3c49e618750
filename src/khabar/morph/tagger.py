"""UPOS tagging and lemmatization of PADT syntactic words.

``tag_words(words, token_index)`` returns ``(UPOS, lemma)`` for each syntactic word of one
sentence. The tagger is a greedy left-to-right averaged perceptron (see
:mod:`khabar.morph.tag_features`) whose score splits into per-type parts that are computed once
per word type and cached, so tagging costs a few numpy operations per word. Lemmas come from
:mod:`khabar.morph.lemmatizer`. The model in ``models/morph_tag`` is loaded on first use.

The morph component calls :meth:`Tagger.analyze_sentences` once per document: the numpy work
of all its sentences is batched, most words' tags are settled without a per-word argmax (see
:meth:`Tagger._greedy`), and each (type, tag) maps to one shared ``Word`` (lemma included).
Per-type caches are bounded: at ``_CACHE_LIMIT`` types they are all cleared.
"""
from __future__ import annotations

import gzip
import json
import threading
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError
from khabar.morph.tag_features import (BOUNDARY, END_TAG, OFFSETS, STACK_TEMPLATES, START_TAG,
                                       clitic_codes, neighbor_features, normalize,
                                       own_features, rule_tag, shape)
from khabar.morph.tag_constraints import build_masks, read_allowed
from khabar.morph.tag_pairs import PairTables

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "morph_tag"
_CACHE_LIMIT = 120_000   # word types (and token analyses) cached; then all are cleared
_CACHE_SLACK = 4096      # rows beyond the limit: the types of the sentence that crosses it


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


class Tagger:
    """A loaded tagger + lemmatizer. Build with :meth:`load`; use :meth:`tag`."""

    def __init__(self, tags: list[str], features: list[str], W: np.ndarray, trans: np.ndarray,
                 clusters: dict[str, str] | None, lemmatizer=None, two_pass: bool = False,
                 tag_bias: dict[str, float] | None = None) -> None:
        self.tags = tags
        T = self.T = len(tags)
        S = T + 1
        self.two_pass = two_pass
        self.fid = {f: i for i, f in enumerate(features)}
        W = np.asarray(W, dtype=np.float32)
        tr = np.asarray(trans, dtype=np.float32)  # rows: S unigram + S*S bigram
        if W.shape[1] == T:  # a one-pass model
            W = np.hstack([W, np.zeros_like(W)])
            tr = np.hstack([tr, np.zeros_like(tr)])
            self.two_pass = False
        # one extra all-zero row: the index of features the model does not know
        self.W = np.vstack([W, np.zeros((1, 2 * T), dtype=np.float32)])
        self._zero = len(self.W) - 1
        # a per-tag constant added to both passes' scores (on the always-present feature "b"),
        # chosen on dev (tagger.json "tag_bias"; see training.train_tagger.TAG_BIAS)
        b = self.fid.get("b")
        for t, v in (tag_bias or {}).items():
            if b is not None and t in tags:
                self.W[b, tags.index(t)] += v
                self.W[b, T + tags.index(t)] += v
        self.trans = []
        for p in range(2):
            t = tr[:, p * T:(p + 1) * T]
            uni, bi = t[:S], t[S:].reshape(S, S, T)
            self.trans.append([[bi[p2, p1] + uni[p1] for p1 in range(S)] for p2 in range(S)])
        # second pass: a score table per stacking template, indexed by the first-pass tags at
        # its offsets (tag ids 0..T-1, then T = <S>, T+1 = <E>)
        names = tags + [START_TAG, END_TAG]
        self.stack = []
        for tpl in STACK_TEMPLATES:
            k = len(tpl)
            tab = np.zeros(((T + 2) ** k, T), dtype=np.float32)
            prefix = "st" + ",".join("%+d" % o for o in tpl) + "="
            for code in range((T + 2) ** k):
                ids, c = [], code
                for _ in range(k):
                    ids.append(c % (T + 2))
                    c //= T + 2
                f = self.fid.get(prefix + "|".join(names[j] for j in reversed(ids)))
                if f is not None:
                    tab[code] = self.W[f, T:]
            self.stack.append((tpl, tab))
        self._tix = {t: i for i, t in enumerate(tags)}
        self.pairs = PairTables(self.fid, self.W)    # word-class pair features (agreement)
        # greedy decoding: per tag, the least and the most any pair of previous tags can add;
        # a word whose best tag wins even against the worst case needs no per-word argmax
        self._bounds = []
        for tr in self.trans:
            a = np.array(tr)  # (S, S, T)
            self._bounds.append((a.min(axis=(0, 1)), a.max(axis=(0, 1))))
        self.clusters = clusters
        self.lemmatizer = lemmatizer
        # tag dictionary: form → additive mask (0 for the tags train gave the form, a large
        # negative number for the others) on both passes' own scores; empty = no constraint
        self.tag_masks: dict[str, np.ndarray] = {}
        self._ctx_forms = ({f for f, _, _ in lemmatizer.context} if lemmatizer is not None
                           and lemmatizer.context else set())
        self._lock = threading.Lock()
        if not self._fast_rows_agree():
            self._type_rows = self._type_rows_reference  # type: ignore[method-assign]
        self.C = np.zeros((_CACHE_LIMIT + _CACHE_SLACK, 5 * 2 * T), dtype=np.float32)
        self.K = np.zeros(len(self.C), dtype=np.intp)   # type id → word-class index (pairs)
        self._reset_cache()

    def _reset_cache(self) -> None:
        """Forget every per-type entry (the score rows are overwritten as types come back)."""
        self.key_id: dict[tuple[str, str], int] = {}
        self._kform: list[str] = []          # type id → form
        self._kfix: list[int | None] = []    # type id → tag fixed by rule_tag, if any
        self._ctx_ids: set[int] = set()      # type ids whose form has context lemma rules
        self._seg_ids: dict[tuple[str, ...], tuple[int, ...]] = {}   # token's words → ids
        self._wcache: dict[int, object] = {}     # id * T + tag → Word
        self._tcache: dict[int, tuple] = {}      # id * T + tag → (Word,)
        self._pending: list[tuple[int, tuple[str, str]]] = []
        self._new(BOUNDARY)
        self._fill()

    @classmethod
    def load(cls, model_dir: Path = MODEL_DIR) -> "Tagger":
        from khabar.morph.lemmatizer import Lemmatizer
        try:
            meta = json.loads((model_dir / "tagger.json").read_text(encoding="utf-8"))
            with gzip.open(model_dir / "tag_features.txt.gz", "rt", encoding="utf-8") as fh:
                feats = fh.read().split("\n")
            if feats and feats[-1] == "":
                feats.pop()
            with np.load(model_dir / "tag_weights.npz", allow_pickle=False) as z:
                W, trans = z["W"], z["trans"]
            clusters = None
            cpath = model_dir / "clusters.tsv.gz"
            if meta.get("clusters"):
                with gzip.open(cpath, "rt", encoding="utf-8") as fh:
                    clusters = dict(line.rstrip("\n").split("\t") for line in fh)
            allowed = read_allowed(model_dir / "allowed_tags.tsv.gz")
            lem = Lemmatizer.load(model_dir)
            from khabar.morph.segmenter import _model
            lem.news = _model().res.news    # the segmenter's raw-news counts (shared, not copied)
            lem.spell = _model().res.spell  # and its news spellings of folded keys
        except (OSError, ValueError, KeyError) as e:
            raise ResourceError(
                f"the morphology tagger model in {model_dir} is missing or damaged ({e}); "
                "reinstall khabar or run: PYTHONPATH=src python3 -m training.train_tagger") from e
        if len(feats) != W.shape[0]:
            raise ResourceError(f"tagger model in {model_dir} is inconsistent; retrain it")
        tagger = cls(meta["tags"], feats, W, trans, clusters, lem, bool(meta.get("two_pass")),
                     meta.get("tag_bias"))
        tagger.set_allowed(allowed)
        return tagger

    def set_allowed(self, allowed: dict[str, str]) -> None:
        """Restrict the tags of known forms: ``allowed`` maps a form to its comma-joined tags
        (tags outside the model's set are ignored). Clears the per-type cache."""
        masks = build_masks(allowed, self._tix, self.T)
        with self._lock:
            self.tag_masks = masks
            self._reset_cache()
            if self.lemmatizer is not None:
                self.lemmatizer.cache.clear()

    # -- per-type cache --------------------------------------------------------------------
    def _new(self, key: tuple[str, str]) -> int:
        """A fresh type id for ``key``; its score rows are computed by :meth:`_fill`."""
        i = len(self._kform)
        if i >= len(self.C):  # only a huge sentence overflows the slack
            self.C = np.concatenate([self.C, np.zeros_like(self.C)])
            self.K = np.concatenate([self.K, np.zeros_like(self.K)])
        form = key[0]
        self.key_id[key] = i
        self._kform.append(form)
        r = rule_tag(form)
        self._kfix.append(self._tix.get(r) if r is not None else None)
        if self.pairs.tables:
            self.K[i] = self.pairs.class_id(form, key[1])
        if form in self._ctx_forms:
            self._ctx_ids.add(i)
        self._pending.append((i, key))
        return i

    def _fill(self) -> None:
        """Score rows of the pending types: own part, then the parts at OFFSETS, each the
        sum of its features' weight rows (one gather and one reduceat for all of them)."""
        pending = self._pending
        if not pending:
            return
        rows: list[int] = []
        starts: list[int] = []
        type_rows = self._type_rows
        for _, key in pending:
            type_rows(key[0], key[1], rows, starts)
        sums = np.add.reduceat(self.W[rows], starts, axis=0)
        self.C[[i for i, _ in pending]] = sums.reshape(len(pending), -1)
        masks = self.tag_masks
        if masks:
            for i, key in pending:
                m = masks.get(key[0])
                if m is not None:
                    self.C[i, :2 * self.T] += m
        self._pending = []

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

    def _type_rows_reference(self, form: str, code: str, rows: list[int],
                             starts: list[int]) -> None:
        """:meth:`_type_rows` straight from the feature functions (the definition)."""
        cl = self.clusters
        get, z = self.fid.get, self._zero
        key = (form, code)
        parts = [own_features(form, code, cl) if key != BOUNDARY else []]
        parts += [neighbor_features(form, code, off, cl) for off in OFFSETS]
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
        for form, code in samples:
            a: tuple[list[int], list[int]] = ([], [])
            b: tuple[list[int], list[int]] = ([], [])
            self._type_rows(form, code, *a)
            self._type_rows_reference(form, code, *b)
            if a != b:
                return False
        return True

    def _ids_of(self, seg: tuple[str, ...]) -> tuple[int, ...]:
        """Type ids of the words of one surface token (position codes S / B I… E)."""
        n = len(seg)
        codes = ("S",) if n == 1 else ("B",) + ("I",) * (n - 2) + ("E",)
        kid = self.key_id
        ids = tuple(kid[k] if k in kid else self._new(k) for k in zip(seg, codes))
        if len(self._seg_ids) < _CACHE_LIMIT:
            self._seg_ids[seg] = ids
        return ids

    # -- tagging ------------------------------------------------------------------------------
    def _tag_batch(self, sents: list[list[int]]) -> list[int]:
        """Tag ids of the words of several sentences (each a list of type ids), concatenated.

        Every sentence is tagged on its own exactly as before; the numpy work of all of them
        is done at once (each sentence laid out between two boundary slots on either side).
        Pending score rows must be filled and the lock held."""
        T = self.T
        T2 = 2 * T
        layout: list[int] = []
        pos: list[int] = []       # layout position of each word
        right: list[int] = []     # layout positions of the slots after each sentence
        spans = []                # (first, end) word index of each sentence
        nw = 0
        for ids in sents:
            n = len(ids)
            base = len(layout) + 2
            layout += [0, 0]
            layout += ids
            layout += [0, 0]
            pos.extend(range(base, base + n))
            right += (base + n, base + n + 1)
            spans.append((nw, nw + n))
            nw += n
        N = len(layout)
        lay = np.array(layout)
        G = self.C[lay]
        full = (G[2:N - 2, 0:T2] + G[0:N - 4, T2:2 * T2] + G[1:N - 3, 2 * T2:3 * T2]
                + G[3:N - 1, 3 * T2:4 * T2] + G[4:N, 4 * T2:5 * T2])
        if self.pairs.tables:
            self.pairs.add_scores(full, self.K[lay])
        wpos = np.array(pos, dtype=np.intp)
        static = full[wpos - 2]
        kfix = self._kfix
        fixed = [kfix[k] for ids in sents for k in ids]
        y = self._greedy(static[:, :T], 0, fixed, spans)
        if self.two_pass:
            # stacking: the first-pass tags on both sides of each word, <S> / <E> beyond
            pad = np.full(N, T, dtype=np.int64)
            pad[wpos] = y
            pad[np.array(right, dtype=np.intp)] = T + 1
            B = T + 2
            s2 = static[:, T:].copy()
            at = {o: pad[wpos + o] for o in {o for tpl, _ in self.stack for o in tpl}}
            for tpl, tab in self.stack:
                idx = at[tpl[0]]
                for o in tpl[1:]:
                    idx = idx * B + at[o]
                s2 += tab[idx]
            y = self._greedy(s2, 1, fixed, spans)
        return y

    def _tag_ids(self, ids: list[int]) -> list[int]:
        """Tag ids of one sentence of type ids (pending rows filled; lock held)."""
        return self._tag_batch([ids])

    def tag_upos(self, words: list[str], token_index: list[int] | None = None) -> list[str]:
        n = len(words)
        if n == 0:
            return []
        codes = clitic_codes(token_index, n)
        with self._lock:
            if len(self.key_id) > _CACHE_LIMIT:
                self._reset_cache()
            kid = self.key_id
            ids = [kid[k] if k in kid else self._new(k) for k in zip(words, codes)]
            self._fill()
            y = self._tag_ids(ids)
        tags = self.tags
        return [tags[t] for t in y]

    def _greedy(self, static: np.ndarray, p: int, fixed: list[int | None],
                spans: list[tuple[int, int]]) -> list[int]:
        """Greedy left-to-right decoding of each sentence ``static[i:j]``."""
        trans = self.trans[p]
        lo, hi = self._bounds[p]
        n = len(static)
        lower = static + lo
        upper = static + hi
        best = lower.argmax(1)
        r = np.arange(n)
        lb = lower[r, best]
        upper[r, best] = -np.inf
        # sure: the best tag under its least favourable transitions still beats every other
        # tag under its most favourable ones, so the previous tags cannot change it (float
        # rounding is monotonic, so this holds for the float32 sums too)
        sure = (lb > upper.max(1)).tolist()
        best = best.tolist()
        out: list[int] = []
        append = out.append
        T = self.T
        for i, j in spans:
            p1 = p2 = T
            for k in range(i, j):
                y = fixed[k]
                if y is None:
                    y = best[k] if sure[k] else int((static[k] + trans[p2][p1]).argmax())
                append(y)
                p2, p1 = p1, y
        return out

    def tag(self, words: list[str], token_index: list[int] | None = None) -> list[tuple[str, str | None]]:
        upos = self.tag_upos(words, token_index)
        lem = self.lemmatizer
        if lem is None:
            return [(u, None) for u in upos]
        return list(zip(upos, lem.lemmas(words, upos)))

    # -- whole sentences of surface tokens (the morph component) --------------------------
    def _word(self, k: int, y: int):
        from khabar.document import Word
        form = self._kform[k]
        u = self.tags[y]
        lem = self.lemmatizer
        w = Word(form, u, lem.lemma(form, u) if lem is not None else None)
        self._wcache[k * self.T + y] = w
        return w

    def analyze(self, segs: list[tuple[str, ...]]) -> list[tuple]:
        """The tagged, lemmatized :class:`~khabar.document.Word` tuple of each surface token
        of one sentence, given the tokens' words (:func:`segment_tokens`). Equal to
        :meth:`tag` on the concatenated words with their token indices."""
        return self.analyze_sentences([segs])[0]

    def analyze_sentences(self, sents: list[list[tuple[str, ...]]]) -> list[list[tuple]]:
        """:meth:`analyze` of each sentence (faster than one call per sentence)."""
        out: list[list[tuple]] = []
        with self._lock:
            chunk: list[list[tuple[int, ...]]] = []
            sget = self._seg_ids.get
            for segs in sents:
                if len(self._kform) > _CACHE_LIMIT:
                    if chunk:
                        out += self._run(chunk)
                        chunk = []
                    self._reset_cache()
                    sget = self._seg_ids.get
                chunk.append([sget(s) or self._ids_of(s) for s in segs])
            if chunk:
                out += self._run(chunk)
        return out

    def _run(self, chunk: list[list[tuple[int, ...]]]) -> list[list[tuple]]:
        """Tag a chunk of sentences (token → type ids) and build their Word tuples."""
        if self._pending:
            self._fill()
        sents = []
        for tids in chunk:
            ids: list[int] = []
            for t in tids:
                ids += t
            sents.append(ids)
        ys = self._tag_batch(sents)
        wc, tc = self._wcache, self._tcache
        T = self.T
        res = []
        j = 0
        ctx_ids = self._ctx_ids
        for tids, ids in zip(chunk, sents):
            out = []
            append = out.append
            j0 = j
            for t in tids:
                if len(t) == 1:
                    key = t[0] * T + ys[j]
                    r = tc.get(key)
                    if r is None:
                        w = wc.get(key) or self._word(t[0], ys[j])
                        r = (w,)
                        if len(tc) < _CACHE_LIMIT:
                            tc[key] = r
                    j += 1
                else:
                    ws = []
                    for k in t:
                        key = k * T + ys[j]
                        ws.append(wc.get(key) or self._word(k, ys[j]))
                        j += 1
                    r = tuple(ws)
                append(r)
            if ctx_ids and not ctx_ids.isdisjoint(ids):
                out = self._context_lemmas(tids, ids, ys[j0:j], out)
            res.append(out)
        return res

    def _context_lemmas(self, tids, ids, ys, out):
        """Apply the lemmatizer's next-word context rules (see Lemmatizer.lemmas)."""
        from khabar.document import Word
        ctx = self.lemmatizer.context
        tags, ctx_ids, kform = self.tags, self._ctx_ids, self._kform
        n = len(ids)
        j = 0
        for ti, t in enumerate(tids):
            ws = None
            for m, k in enumerate(t):
                i = j + m
                if k in ctx_ids:
                    u = tags[ys[i]]
                    r = ctx.get((kform[k], u, tags[ys[i + 1]] if i + 1 < n else "<E>"))
                    if r is not None:
                        if ws is None:
                            ws = list(out[ti])
                        ws[m] = Word(kform[k], u, r)
            if ws is not None:
                out[ti] = tuple(ws)
            j += len(t)
        return out


_TAGGER: Tagger | None = None
_LOAD_LOCK = threading.Lock()


def get_tagger() -> Tagger:
    """The process-wide tagger, loaded on first call. Raises :class:`ResourceError`."""
    global _TAGGER
    if _TAGGER is None:
        with _LOAD_LOCK:
            if _TAGGER is None:
                _TAGGER = Tagger.load()
    return _TAGGER


def tag_words(words: list[str], token_index: list[int] | None = None) -> list[tuple[str, str | None]]:
    """``(UPOS, lemma)`` for each syntactic word of one sentence, in order.

    ``token_index[i]`` is the surface token word ``i`` belongs to (words of one multiword token
    share it); without it every word is treated as a token of its own.
    """
    if not words:
        return []
    return get_tagger().tag(list(words), token_index)
