"""``khabar evaluate articles``: assembled pages, and their hard-wrapped variant (``--wrap``)."""
from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.evaluate.articles import assemble, evaluate, main

PARAS = [
    "أعلنت وزارة الصحة أمس عن بدء تنفيذ المرحلة الرابعة من برنامج العيادات المتنقلة في "
    "الأسواق التجارية والتي تنفذها الإدارة العامة للإعلام والتوعية الصحية بالتعاون مع إدارة "
    "طب الأسنان، وذلك ضمن برنامج صحي يستهدف الأسر في الأحياء الشعبية.",
    "وأوضح مدير الإدارة أن العيادات ستعمل طوال أيام الأسبوع من الساعة الرابعة عصرا حتى "
    "العاشرة مساء، وأن الفحص سيكون مجانيا لجميع المراجعين من المواطنين والمقيمين.",
]
DOCS = [(f"العنوان رقم {k} عن برنامج العيادات المتنقلة", " ".join(PARAS), PARAS)
        for k in range(6)]


@pytest.mark.parametrize("ragged", [False, True])
def test_wrapped_pages_are_the_same_pages_cut_into_lines(ragged):
    plain = list(assemble(DOCS, 12, 5))
    wrapped = list(assemble(DOCS, 12, 5, list(range(60, 81)), ragged))
    assert len(plain) == len(wrapped) == 12
    longer = 0
    for (s1, t1, st1, h1), (s2, t2, st2, h2) in zip(plain, wrapped):
        assert (s1, st1, h1) == (s2, st2, h2)  # same articles, titles at the same offsets
        assert len(t1) == len(t2) and t2.replace("\n", " ") == t1.replace("\n", " ")
        assert all(t2[s:e] == t1[s:e] for s, e in h2)  # a title stays one line
        longer += t2.count("\n") > t1.count("\n")
        if s1 in ("newline", "blank"):
            assert max(len(line) for line in t2.split("\n")) <= max(
                80, max(e - s for s, e in h2))
    assert longer >= 6


def test_evaluate_counts_boundaries_and_headlines():
    res = evaluate(list(assemble(DOCS, 8, 5, [70])))
    assert res["all"][6] == 8 and res["all"][5] >= 8  # pages, gold headlines


def test_ragged_needs_wrap():
    with pytest.raises(InputError):
        main(["--ragged"])
