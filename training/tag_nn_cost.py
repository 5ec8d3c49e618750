"""Run-time cost of the neural UPOS context model in numpy (evidence; ``training.tag_nn_np``).

``PYTHONPATH=src python3 -m training.tag_nn_cost [--model /tmp/tagnn_model.npz] [--repeat 5] [--check] [--float32]``:
on PADT dev (gold segmentation), CPU time (``time.process_time``, best of ``--repeat``) of
(1) the per-type rows of all dev types (char CNN, embeddings, projection and every product of
it), computed in batches of new types as a document would bring them; (2) the per-batch part
(gather, closed-form scan both directions, output layer, log-softmax) with the rows cached,
for batches of 1, 8, 32 and all sentences; (3) in the same process, the shipped tagger's
``tag_upos`` over dev, cold (fresh cache) and warm, for a ratio measured in one run.
Prints µs per syntactic word and per whitespace word of the raw text, and the morph whole-run
words/s (whitespace words, as ``benchmarks/morph_speed.py``) the model would fall to from a
given speed (``--base``; 32,272 = the session 8 quiet-machine figure on PADT test).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from khabar.morph.tag_features import clitic_codes
from training.tag_inputs import default_data, load, load_clusters
from training.tag_nn_data import MODEL_TAG
from training.tag_nn_np import NumpyNet


def check(model: Path, sents: list, clusters: dict[str, str]) -> float:
    """Largest difference of log p between the numpy network and the torch one (needs torch)."""
    import numpy as np
    import torch
    from training.tag_nn import TAGS, build_model, predict
    from training.tag_nn_data import encode
    from training.tag_nn_mix import network_logp
    torch.set_num_threads(1)
    net = NumpyNet.load(model, clusters)
    z = np.load(model)
    w = {k: torch.from_numpy(z[k]) for k in z.files if k not in ("chars", "words")}
    tnet = build_model(torch, len(z["chars"]) + 2, w["proj.weight"].shape[0], w["scan.fwd.weight"].shape[0] // 3,
                       nwords=len(w["wd.weight"]) if "wd.weight" in w else 0,
                       layers=2 if "scan2.fwd.weight" in w else 1)
    tnet.load_state_dict(w)
    ref = predict(torch, tnet, encode(sents, net.vocab, {t: i for i, t in enumerate(TAGS)}))
    got = network_logp(net, sents, batch=7)
    return max(float(np.abs(a - b).max()) for a, b in zip(got, ref))


def _raw_words() -> int:
    """Whitespace words of PADT dev's raw text (the unit of ``benchmarks/morph_speed.py``)."""
    from khabar.evaluate.morph import read_gold
    raws = read_gold(default_data() / "ud_arabic_padt" / "ar_padt-ud-dev.tok-upos.conllu")[1]
    return sum(len(r.split()) for r in raws)


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=Path("/tmp/tagnn_model.npz"))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--base", type=float, default=32272.0)
    ap.add_argument("--float32", action="store_true",
                    help="scan in float32, chunks of 4 positions (default float64, chunks of 32)")
    ap.add_argument("--check", action="store_true",
                    help="first compare the numpy network's log p with torch's on 200 dev sentences")
    args = ap.parse_args(argv)
    if args.float32:
        import numpy as np
        from training import tag_nn_np
        tag_nn_np.SCAN_DTYPE, tag_nn_np.CHUNK = np.float32, 4
    _, dev = load(default_data())
    clusters = load_clusters(MODEL_TAG / "clusters.tsv.gz")
    if args.check:
        print(f"numpy vs torch, max |Δ log p| over 200 dev sentences: {check(args.model, dev[:200], clusters):.2e}")
    sents = [([w.form for w in s], clitic_codes([w.token for w in s], len(s))) for s in dev]
    nw = sum(len(f) for f, _ in sents)

    def cold(batch: int = 32) -> NumpyNet:
        net = NumpyNet.load(args.model, clusters)
        for a in range(0, len(sents), batch):
            for f, c in sents[a:a + batch]:
                net.ids(f, c)
            net.fill()
        return net

    net = cold()
    ntypes = len(net.key_id)
    load_t = _best(lambda: NumpyNet.load(args.model, clusters), args.repeat)
    t_types = _best(cold, args.repeat) - load_t
    ids = [net.ids(f, c) for f, c in sents]
    print(f"dev: {len(sents)} sentences, {nw} words, {ntypes} (form, code) types")
    print(f"per-type rows: {1e6 * t_types / ntypes:.1f} µs/type = {1e6 * t_types / nw:.2f} µs/word "
          f"(row {net.rows.shape[1]} floats; load {1e3 * load_t:.1f} ms)")
    scan = {}
    for b in (1, 8, 32, len(ids)):
        t = _best(lambda: [net.logprobs(ids[a:a + b]) for a in range(0, len(ids), b)], args.repeat)
        scan[b] = t
        print(f"scan+output, batches of {b:4d} sentences: {1e6 * t / nw:.2f} µs/word")
    from khabar.morph.tagger import Tagger, MODEL_DIR
    tg = Tagger.load(MODEL_DIR)
    forms = [[w.form for w in s] for s in dev]
    toks = [[w.token for w in s] for s in dev]

    def tag_all() -> None:
        for f, k in zip(forms, toks):
            tg.tag_upos(f, k)

    t0 = time.process_time()
    tag_all()
    tcold = time.process_time() - t0
    twarm = _best(tag_all, args.repeat)
    print(f"shipped tagger tag_upos (one sentence per call): cold {1e6 * tcold / nw:.2f} µs/word, "
          f"warm {1e6 * twarm / nw:.2f} µs/word")
    raw = _raw_words()
    for b in (1, 32):
        per_word = (t_types + scan[b]) / nw
        per_raw = (t_types + scan[b]) / raw
        print(f"network, batches of {b}: {1e6 * per_word:.2f} µs/syntactic word = {1e6 * per_raw:.2f} µs/raw "
              f"word ({raw} whitespace words) → morph whole run {args.base:.0f} → "
              f"{1 / (1 / args.base + per_raw):.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
