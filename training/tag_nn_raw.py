"""Raw-text dev with the neural context model mixed into the shipped tagger (evidence only).

``PYTHONPATH=src python3 -m training.tag_nn_raw --lam L [--passes 2|12] [--model M.npz]``:
runs ``khabar evaluate morph --gold PADT-dev`` (our segmenter → the shipped tagger → the
lemmatizer, CoNLL 2018 F1) in a process where :meth:`Decoder._tag_batch` is wrapped: for
each batch of sentences it decodes (a document), the network's log-probabilities of the
batch's words (read back from the tagger's type ids: form and clitic code) times ``L`` are
added to the chosen passes' scores (``training.tag_nn_mix``). ``--lam 0`` is the shipped
tagger through the same path. Dev only (``--gold`` may name another file; do not pass test).
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from khabar.morph.tag_cache import TypeCache
from khabar.morph.tag_decode import Decoder
from training.tag_inputs import default_data, load_clusters
from training.tag_nn_data import MODEL_TAG
from training.tag_nn_np import NumpyNet
from training.tag_nn_mix import install

_orig_batch = Decoder._tag_batch
_orig_new = TypeCache._new


def install_batch(net: NumpyNet, lam: float, passes: set[int], perm: np.ndarray) -> None:
    """Wrap ``Decoder._tag_batch`` (this process only) to add ``lam``·log p of ``net``."""
    install()

    def _tag_batch(self, sents):
        if not lam:
            self.nn_extra = None
            return _orig_batch(self, sents)
        keys = self._nn_keys
        nids = [net.ids([keys[i][0] for i in s], [keys[i][1] for i in s]) for s in sents]
        net.fill()
        lp = np.concatenate(net.logprobs(nids))
        self.nn_passes = passes
        self.nn_extra = (lam * lp[:, perm]).astype(np.float32)
        try:
            return _orig_batch(self, sents)
        finally:
            self.nn_extra = None

    def _new(self, key):
        i = _orig_new(self, key)
        keys = self.__dict__.setdefault("_nn_keys", [])
        if i == 0:
            keys.clear()   # a fresh cache (its first type is the boundary)
        keys.append(key)
        return i

    Decoder._tag_batch = _tag_batch
    TypeCache._new = _new


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=Path("/tmp/tagnn_model.npz"))
    ap.add_argument("--lam", type=float, required=True)
    ap.add_argument("--passes", default="2")
    ap.add_argument("--gold", type=Path,
                    default=default_data() / "ud_arabic_padt" / "ar_padt-ud-dev.tok-upos.conllu")
    args = ap.parse_args(argv)
    from khabar.evaluate.morph import main as evaluate_morph
    from khabar.morph.tagger import get_tagger
    from training.tag_nn import TAGS
    net = NumpyNet.load(args.model, load_clusters(MODEL_TAG / "clusters.tsv.gz"))
    tagger = get_tagger()
    perm = np.array([TAGS.index(t) for t in tagger.tags])
    install_batch(net, args.lam, {int(c) - 1 for c in args.passes}, perm)
    tagger._reset_cache()      # so that every type id passes through the wrapped _new
    return evaluate_morph(["--gold", str(args.gold)])


if __name__ == "__main__":
    raise SystemExit(main())
