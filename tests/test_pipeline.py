from __future__ import annotations

import pytest

import khabar
from khabar.errors import ConfigError
from khabar.pipeline import Pipeline, component, registry


def test_default_chain_and_registry():
    names = Pipeline().names
    assert names[:8] == ("repair", "tokens", "sentences", "articles", "morph", "ner", "quotes",
                         "temporal")
    assert set(names[8:]) == {"topic", "keywords", "summary"}
    reg = registry()
    assert set(names) <= set(reg)
    assert reg["tokens"].requires == ("view",) and "tokens" in reg["tokens"].provides


def test_unknown_component_is_named():
    with pytest.raises(ConfigError, match="'parser'"):
        Pipeline(["repair", "parser"])


def test_unmet_requirement_is_caught_when_built():
    with pytest.raises(ConfigError, match="articles.*requires sentences"):
        Pipeline(["repair", "articles"])


def test_tokens_need_the_view():
    with pytest.raises(ConfigError, match="tokens.*requires view"):
        Pipeline(["tokens"])


def test_custom_component_runs_in_order():
    seen = []

    @component("test_counter", requires=("tokens",), provides=("test_count",))
    def counter(doc):
        seen.append(len(doc.tokens))

    pipe = Pipeline(["repair", "tokens", "test_counter"])
    doc = pipe("اعترف الأمين العام بصعوبة المفاوضات")
    assert seen == [5] and len(doc.tokens) == 5


def test_glued_words_become_separate_tokens():
    raw = "الأممالمتحدة تعترف"
    full = khabar.analyze(raw)
    assert [full.text(t) for t in full.tokens] == ["الأمم", "المتحدة", "تعترف"]
