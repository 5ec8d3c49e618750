"""The NER batch pauses the garbage collector and leaves it as it found it."""
from __future__ import annotations

import gc


def test_batch_restores_the_collector_state():
    from khabar.ner.batch import find_entities_many
    from khabar.pipeline import Pipeline
    doc = Pipeline()("قال الأمين العام للأمم المتحدة بان كي مون في جنيف.")
    was = gc.isenabled()
    try:
        gc.enable()
        find_entities_many([doc])
        assert gc.isenabled()
        gc.disable()
        find_entities_many([doc])
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_collector_paused_while_the_batch_runs(monkeypatch):
    import khabar.ner.batch as B
    seen: list[bool] = []
    monkeypatch.setattr(B, "_many", lambda docs, model: seen.append(gc.isenabled()) or [])
    was = gc.isenabled()
    try:
        gc.enable()
        assert B.find_entities_many([]) == []
        assert seen == [False] and gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
