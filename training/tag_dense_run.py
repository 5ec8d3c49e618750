"""The dense word-vector inputs in ``training.train_tagger --dense S`` (issue 3 experiment;
:mod:`training.tag_dense`): :class:`Dense` trains both passes with them and bakes their
weights into sparse rows; ``PYTHONPATH=src python3 -m training.tag_dense_run DUMP OUT UNSEEN``
rewrites a ``--dense-dump``-ed model with another ``--dense-unseen``. Raises ``OSError`` on an
unreadable file.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import normalize
from training.tag_dense import (accuracy, bake, decode_dense, reduce_vectors, sentence_dense,
                                train_avg_dense, train_dense)


class Dense:
    """Word vectors (``vocab``, unit rows ``E``, ``scale``) as dense inputs of both passes of
    ``training.train_tagger``; after :meth:`train`, ``Wd1``/``Wd2`` are their weights and
    :meth:`baked` their contributions as sparse-feature weights."""

    def __init__(self, vocab: list[str], E: np.ndarray, scale: float) -> None:
        self.vocab, self.E, self.scale = vocab, E, scale
        self.vid = {w: i for i, w in enumerate(vocab)}
        self.Wd1: np.ndarray | None = None
        self.Wd2: np.ndarray | None = None
        self.pass2 = True     # both passes read the vectors (False: the first only)

    @classmethod
    def build(cls, data, scale: float, n: int = 0, d: int = 0, path=None) -> "Dense":
        """Vectors from ``path`` (an ``.npz`` with ``vocab`` and ``E``) if it exists, else
        built from ``raw_news`` (:func:`training.tag_clusters.build_vectors`; saved to ``path``
        if given); cut to ``n`` words and ``d`` dimensions (0: all), int8-rounded."""
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as z:
                vocab, E = [str(w) for w in z["vocab"]], z["E"]
        else:
            from training.tag_clusters import build_vectors
            vocab, E, _ = build_vectors(data)
            if path is not None:
                np.savez(path, vocab=np.array(vocab), E=E)
        vocab, E = reduce_vectors(vocab, E, n or len(vocab), d or E.shape[1])
        return cls(vocab, E, scale)

    def of(self, sents) -> list[np.ndarray]:
        return [sentence_dense([w.form for w in s], self.vid, self.E, self.scale) for s in sents]

    def train(self, X, Y, Xd, Yd, train, dev, tags, fi, F1, epochs, epochs2, folds, seed, seeds, log):
        """Both passes as ``train_tagger.train_tagger`` trains them, with the dense inputs."""
        from training.tag_featidx import add_stack
        T = len(tags)
        D, Dd = self.of(train), self.of(dev)
        W1, self.Wd1 = train_avg_dense(X, D, Y, T, F1, epochs, seed, seeds, log, "pass 1")
        log(f"pass 1 (dense) dev acc {accuracy(W1, self.Wd1, F1, T, Xd, Dd, Yd):.4f}")
        if not folds:
            return W1, None, fi, tags, F1
        preds: list = [None] * len(X)
        for k in range(folds):
            tr = [i for i in range(len(X)) if i % folds != k]
            Wk, Wdk = train_dense([X[i] for i in tr], [D[i] for i in tr], [Y[i] for i in tr], T, F1,
                                  epochs, seed + k + 1)
            for i in range(k, len(X), folds):
                preds[i] = decode_dense(Wk, Wdk, F1, T, X[i], D[i])
            log(f"fold {k + 1}/{folds} tagged")
        X2 = add_stack(X, preds, tags, fi, True)
        F2 = len(fi.counts)
        Xd2 = add_stack(Xd, [decode_dense(W1, self.Wd1, F1, T, x, d) for x, d in zip(Xd, Dd)],
                        tags, fi, False)
        if not self.pass2:     # the second pass without the vectors (Wd2 stays None)
            from training.tag_pass import train_avg
            return W1, train_avg(X2, Y, T, F2, epochs2, seed, seeds, Xd2, Yd, log, "pass 2"), fi, tags, F1
        W2, self.Wd2 = train_avg_dense(X2, D, Y, T, F2, epochs2, seed, seeds, log, "pass 2")
        log(f"pass 2 (dense) dev acc {accuracy(W2, self.Wd2, F2, T, Xd2, Dd, Yd):.4f}")
        return W1, W2, fi, tags, F1

    def baked(self, T: int, seen: set[str] | None = None, unseen: int = -1) -> dict[str, np.ndarray]:
        """:func:`bake` of the words of ``seen`` (train forms, normalized here) and of the
        ``unseen`` most frequent others (-1: all): words outside train need new rows."""
        keep = list(range(len(self.vocab)))
        if seen is not None and unseen >= 0:
            sn = {normalize(f) for f in seen}
            out = [i for i in keep if self.vocab[i] not in sn]
            keep = sorted([i for i in keep if self.vocab[i] in sn] + out[:unseen])
        return bake([self.vocab[i] for i in keep], self.E[keep], self.scale, self.Wd1, self.Wd2, T)

    def extra(self, args, train, state: tuple) -> dict[str, np.ndarray]:
        """:meth:`baked` for ``train_tagger``'s options (``--dense-unseen``), pickling
        ``state`` (its trained weights) with the train forms to ``--dense-dump`` if given."""
        forms = [w.form for s in train for w in s]
        if args.dense_dump:    # to write other --dense-unseen variants (rewrite below)
            self.dump(args.dense_dump, (*state, forms))
        return self.baked(len(state[3]), set(forms), args.dense_unseen)

    def dump(self, path, state: tuple) -> None:
        import pickle
        with open(path, "wb") as fh:
            pickle.dump((self, state), fh)


def rewrite(argv: list[str] | None = None) -> int:
    """``python3 -m training.tag_dense_run DUMP OUT UNSEEN``: write the tagger of a
    ``--dense-dump`` with another ``--dense-unseen`` into OUT, then its compiled tables."""
    import pickle
    import sys
    from pathlib import Path
    import training.train_tagger as tt
    from khabar.morph.compiled import compile_tag
    from training.tag_names import read as read_names
    dump, out, unseen = (argv or sys.argv[1:])[:3]
    with open(dump, "rb") as fh:
        dense, (W1, W2, fi, tags, F1, forms) = pickle.load(fh)
    tt.NAMES = read_names(Path(out) / "names.tsv.gz")
    tt.NEWS = tt.load_news()
    tt.write_tagger(W1, W2, fi, tags, F1, True, Path(out),
                    extra=dense.baked(len(tags), set(forms), int(unseen)))
    print(f"wrote {compile_tag(Path(out))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(rewrite())
