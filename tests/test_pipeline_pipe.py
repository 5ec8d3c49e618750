"""``Pipeline.pipe``: many documents in batches give the same documents as one at a time."""
from __future__ import annotations

import pytest

from khabar.errors import ConfigError, InputError
from khabar.pipeline import Pipeline, component, default_pipeline

TEXTS = [
    "وصل المبعوث الدولي الأخضر الإبراهيمي إلى جنيف أمس. وقال إن الأمم المتحدة تدعم المفاوضات.",
    "",
    "أعلنت وزارة الخارجية الروسية أن غينادي غاتيلوف سيلتقي ويندي شيرمان في جنيف.",
    "...",
    "   ",
    "قال الرئيس الفلسطيني محمود عباس في رام الله إن المفاوضات ستستمر.",
    "ذكرت وكالة الأنباء السعودية أن الهلال الأحمر السوري أرسل قافلة إلى حمص.",
    "جوبا",
]


def _same(a, b) -> None:
    assert a.to_json() == b.to_json()


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_pipe_equals_one_document_at_a_time(batch_size):
    pipe = default_pipeline()
    one = [pipe(t) for t in TEXTS]
    many = list(pipe.pipe(TEXTS, batch_size=batch_size))
    assert len(many) == len(TEXTS)
    for a, b in zip(one, many):
        _same(a, b)
    assert [d.raw for d in many] == TEXTS            # order preserved
    assert any(e.label == "PER" for e in many[0].entities)
    assert many[1].tokens == () and many[1].entities == ()


def test_empty_and_sentence_less_documents_in_one_batch():
    docs = list(Pipeline(["repair", "tokens", "sentences", "ner"]).pipe(["", "   ", "؟!", "جنيف"]))
    assert [d.entities for d in docs[:3]] == [(), (), ()]
    assert [d.raw for d in docs] == ["", "   ", "؟!", "جنيف"]


def test_items_with_date_and_meta():
    pipe = Pipeline(["repair", "tokens", "sentences", "temporal"])
    items = [("التقى الوفدان أمس في جنيف.", "2014-02-13", {"id": "a"}),
             ("التقى الوفدان أمس في جنيف.", None),
             ("التقى الوفدان أمس في جنيف.",)]
    docs = list(pipe.pipe(items, batch_size=2))
    assert docs[0].date == "2014-02-13" and docs[0].meta == {"id": "a"}
    assert docs[1].date is None and docs[2].meta == {}
    _same(docs[0], pipe(*items[0][:2], meta=items[0][2]))


@pytest.mark.parametrize("bad,pos", [(b"\xd8\xac", 2), (None, 2), (["نص"], 2), (("نص", "غدا"), 2),
                                     (("نص", None, "meta"), 2), (("a", None, None, 1), 2)])
def test_bad_item_names_its_position(bad, pos):
    pipe = Pipeline(["repair", "tokens"])
    items = ["جنيف", "دمشق", bad, "حمص"]
    out = []
    with pytest.raises(InputError, match=f"item {pos}"):
        for doc in pipe.pipe(items, batch_size=2):
            out.append(doc.raw)
    assert out == ["جنيف", "دمشق"]  # the documents before it were yielded first


def test_bad_item_in_the_middle_of_a_batch_yields_those_before_it():
    out = []
    with pytest.raises(InputError, match="item 1.*int"):
        for doc in Pipeline(["repair"]).pipe(["جنيف", 7, "حمص"], batch_size=8):
            out.append(doc.raw)
    assert out == ["جنيف"]


@pytest.mark.parametrize("size", [0, -1, 2.5, None])
def test_bad_batch_size(size):
    with pytest.raises(ConfigError, match="batch_size"):
        Pipeline(["repair"]).pipe(["جنيف"], batch_size=size)


def test_batch_function_runs_over_whole_batches_in_pipeline_order():
    calls = []

    def batch(docs):
        calls.append(("batch", [d.raw for d in docs], [len(d.tokens) for d in docs]))
        for d in docs:
            d.scratch["n"] = len(d.tokens)

    @component("test_batched", requires=("tokens",), provides=("test_n",), batch=batch)
    def one(doc):
        calls.append(("one", doc.raw))
        doc.scratch["n"] = len(doc.tokens)

    pipe = Pipeline(["repair", "tokens", "test_batched"])
    texts = ["قال الرئيس", "جنيف", "", "وصل المبعوث إلى دمشق"]
    docs = list(pipe.pipe(iter(texts), batch_size=3))   # any iterable, even a generator
    assert calls == [("batch", texts[:3], [2, 1, 0]), ("batch", texts[3:], [4])]
    assert [d.scratch["n"] for d in docs] == [2, 1, 0, 4]
    calls.clear()
    assert pipe("جنيف").scratch["n"] == 1 and calls == [("one", "جنيف")]


def test_pipe_is_lazy():
    seen = []

    def gen():
        for t in ["جنيف", "دمشق", "حمص"]:
            seen.append(t)
            yield t
    it = Pipeline(["repair"]).pipe(gen(), batch_size=2)
    assert seen == []
    next(it)
    assert seen == ["جنيف", "دمشق"]
