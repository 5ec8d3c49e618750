"""A tiny tagging fixture shared by the tagger-learner tests (test_tag_viterbi, test_tag_maxent).

«قال الوزير الجديد» / «وصل الجديد» / «الحكومة الجديدة سافرت»: the tag of «الجديد» depends on
the tag before it.
"""
from __future__ import annotations

import numpy as np

from khabar.morph.tag_data import GoldWord

SENTS = [
    [GoldWord("قال", "VERB", None, 0), GoldWord("الوزير", "NOUN", None, 1),
     GoldWord("الجديد", "ADJ", None, 2)],
    [GoldWord("وصل", "VERB", None, 0), GoldWord("الجديد", "NOUN", None, 1)],
    [GoldWord("الحكومة", "NOUN", None, 0), GoldWord("الجديدة", "ADJ", None, 1),
     GoldWord("سافرت", "VERB", None, 2)],
]
TAGS = ["ADJ", "NOUN", "VERB"]


def small_data():
    """(feature-id rows per sentence, gold tag ids per sentence, #features, #tags)."""
    from training.train_tagger import FeatIndex, sentence_fids
    fi = FeatIndex()
    X = [sentence_fids(s, fi, True, None, {}) for s in SENTS]
    Y = [np.array([TAGS.index(w.upos) for w in s]) for s in SENTS]
    return X, Y, len(fi.counts), len(TAGS)
