"""Reading the tagger's model folder: its text files parsed (:func:`parse_sources`, what
``compiled.marshal`` stores) and the weight matrices (:func:`weights`).

Layout :data:`LAYOUT` of the parsed tables: ``meta`` (tagger.json), ``fidx`` (the feature
index by template, :meth:`~khabar.morph.tag_fid.FeatureIndex.tables`), ``clusters``,
``names``, ``stack`` (stacking entries), ``allowed`` (tag dictionary) and ``lem`` (the
lemmatizer's tables); a compiled file also holds ``tag_weights``, the tagger's weights as
sparse tables (:func:`~khabar.morph._fast_weights.tag_weight_tables`).
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

from khabar.errors import ResourceError
from khabar.morph._fast_weights import TAG_WEIGHTS, dense
from khabar.morph.tag_constraints import read_allowed
from khabar.morph.tag_fid import FeatureIndex
from khabar.morph.tag_stack import stack_entries

LAYOUT = 3    # 1: a feature list ("feats") instead of "fidx"; 2: "fidx" without the word table


def damaged(model_dir: Path, e: Exception) -> str:
    """The message for a missing or damaged tagger model."""
    return (f"the morphology tagger model in {model_dir} is missing or damaged ({e}); "
            "reinstall khabar or run: PYTHONPATH=src python3 -m training.train_tagger")


def parse_sources(model_dir: Path) -> dict:
    """The tagger's and lemmatizer's text files parsed (what ``compiled.marshal`` stores).
    Raises :class:`ResourceError` on a missing or damaged file."""
    from khabar.morph.lemmatizer import Lemmatizer
    try:
        meta = json.loads((model_dir / "tagger.json").read_text(encoding="utf-8"))
        with gzip.open(model_dir / "tag_features.txt.gz", "rt", encoding="utf-8") as fh:
            feats = fh.read().split("\n")
        if feats and feats[-1] == "":
            feats.pop()
        clusters = None
        if meta.get("clusters"):
            with gzip.open(model_dir / "clusters.tsv.gz", "rt", encoding="utf-8") as fh:
                clusters = dict(line.rstrip("\n").split("\t") for line in fh)
        names = None
        if meta.get("names"):
            with gzip.open(model_dir / "names.tsv.gz", "rt", encoding="utf-8") as fh:
                names = dict(line.rstrip("\n").split("\t") for line in fh)
        return {"layout": LAYOUT, "meta": meta,
                "fidx": FeatureIndex.from_features(feats).tables(),
                "clusters": clusters, "names": names,
                "stack": stack_entries(feats, meta["tags"]),
                "allowed": read_allowed(model_dir / "allowed_tags.tsv.gz"),
                "lem": Lemmatizer.parse(model_dir)}
    except (OSError, ValueError, KeyError) as e:
        raise ResourceError(damaged(model_dir, e)) from e


def weights(model_dir: Path, tables: dict) -> tuple[np.ndarray, np.ndarray, bool]:
    """``(W, trans, padded)``: from the compiled sparse tables if ``tables`` has them (then
    ``W`` is float32 with the all-zero row for unknown features already after its rows:
    ``padded``), else read from ``tag_weights.npz``. Raises OSError, ValueError, KeyError or
    TypeError on a missing or damaged file or table."""
    tw = tables.get("tag_weights")
    if tw is not None:
        return dense(tw["W"], extra_rows=1), dense(tw["trans"]), True
    with np.load(model_dir / TAG_WEIGHTS, allow_pickle=False) as z:
        return z["W"], z["trans"], False
