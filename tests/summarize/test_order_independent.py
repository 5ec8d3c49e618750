"""A document's summary features do not depend on the documents analyzed before it in the same
process (a process-wide idf cache keyed by a word's key but filled with the idf of whichever
surface form came first made them do so)."""
from __future__ import annotations

from khabar.pipeline import Pipeline
from khabar.summarize.extractive import sentence_features, summarize

A = ("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين. وقال الوزير إن الحكومة ستدعم القطاع "
     "الزراعي بمبالغ كبيرة. وأضاف أن الخطة تشمل قروضا ميسرة.")
B = ("وللحكومة دور كبير في دعم المزارعين، وبحكومة جديدة تتغير الخطط. فحكومة الوحدة أعلنت "
     "خطتها وبخطتها وعدت الزراعة بقروضها.")


def _reset() -> None:
    """Empty the old process-wide cache where a build still has one (a no-op now)."""
    from khabar.summarize import extractive
    getattr(extractive, "_IDF_CACHE", {}).clear()


def test_features_do_not_depend_on_an_earlier_document():
    pipe = Pipeline(["repair", "tokens", "sentences", "articles"])
    a, b = pipe(A), pipe(B)
    _reset()
    sentence_features(a)                # «الحكومة», «الخطة» … seen first
    after = sentence_features(b)
    _reset()
    alone = sentence_features(b)        # «وللحكومة», «بخطتها» … seen first
    assert after == alone
    assert summarize(b) == summarize(pipe(B))
