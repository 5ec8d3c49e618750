"""The tagger's parts after the split (khabar.morph.tag_rows / tag_decode / tag_sentences) and
its load-time tables: the same results as the definitions they replace."""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_features import END_TAG, STACK_TEMPLATES, START_TAG
from khabar.morph.tagger import get_tagger


def _reference_stack(tagger, features: list[str]) -> list[np.ndarray]:
    """The stacking tables as the tagger built them before (one name lookup per code)."""
    T = tagger.T
    fid = {f: i for i, f in enumerate(features)}
    names = tagger.tags + [START_TAG, END_TAG]
    out = []
    for tpl in STACK_TEMPLATES:
        k = len(tpl)
        tab = np.zeros(((T + 2) ** k, T), dtype=np.float32)
        prefix = "st" + ",".join("%+d" % o for o in tpl) + "="
        for code in range((T + 2) ** k):
            ids, c = [], code
            for _ in range(k):
                ids.append(c % (T + 2))
                c //= T + 2
            f = fid.get(prefix + "|".join(names[j] for j in reversed(ids)))
            if f is not None:
                tab[code] = tagger.W[f, T:]
        out.append(tab)
    return out


def test_stack_tables_match_the_name_lookup():
    tagger = get_tagger()
    features = sorted(tagger.fid, key=tagger.fid.get)
    ref = _reference_stack(tagger, features)
    assert len(ref) == len(tagger.stack)
    assert any(tab.any() for tab in ref)      # the model has stacking features at all
    for (tpl, tab), want in zip(tagger.stack, ref):
        assert np.array_equal(tab, want), tpl


def test_unknown_stack_feature_names_are_ignored():
    tagger = get_tagger()
    feats = ["b", "st+1=NOSUCHTAG", "st+1=NOUN|VERB", "st+9=NOUN", "sh=a"]
    # rows for these five names: only a well-formed name of a known template may be used
    saved = tagger.W
    try:
        tagger.W = np.arange(5 * 2 * tagger.T, dtype=np.float32).reshape(5, 2 * tagger.T)
        tabs = tagger._stack_tables(feats, tagger.tags)
    finally:
        tagger.W = saved
    assert all(not tab.any() for _, tab in tabs)


def test_the_tagger_class_is_made_of_its_parts():
    from khabar.morph.tag_decode import Decoder
    from khabar.morph.tag_rows import TypeRows
    from khabar.morph.tag_sentences import SentenceTagging
    tagger = get_tagger()
    assert isinstance(tagger, TypeRows) and isinstance(tagger, Decoder)
    assert isinstance(tagger, SentenceTagging)
    # the unrolled per-type rows agree with the feature functions on the shipped model
    assert tagger._fast_rows_agree()
    # sentences of tokens and plain word lists give the same tags
    segs = [("و", "أكد"), ("الوزير",), ("ب", "الوفدين"), (".",)]
    words = [w for s in segs for w in s]
    index = [i for i, s in enumerate(segs) for _ in s]
    flat = [w.upos for tok in tagger.analyze(segs) for w in tok]
    assert flat == [u for u, _ in tagger.tag(words, index)]

