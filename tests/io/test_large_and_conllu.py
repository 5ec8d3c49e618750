from __future__ import annotations

from hypothesis import given, settings, strategies as st

import khabar
from khabar.io.conllu import to_conllu
from khabar.io.large import cut_points, shift


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="قال الوزير.\n ", max_size=400), st.integers(10, 80))
def test_cut_points_cover_the_text_in_order(text, size):
    cuts = cut_points(text, size)
    assert cuts[0] == 0 and cuts[-1] == len(text)
    assert all(a < b for a, b in zip(cuts, cuts[1:])) or text == ""


def test_cuts_fall_on_paragraph_breaks_not_inside_words():
    para = "قال الأمين العام إن الأزمة طويلة. " * 20
    text = "\n\n".join([para] * 5)
    for c in cut_points(text, 1500)[1:-1]:
        assert text[c - 2:c] == "\n\n"


def test_shift_moves_every_offset():
    data = {"a": [{"start": 1, "end": 2, "headline": {"start": 1, "end": 2}}], "x": "start"}
    assert shift(data, 10)["a"][0] == {"start": 11, "end": 12, "headline": {"start": 11, "end": 12}}


def test_conllu_marks_repairs_and_space_after():
    doc = khabar.analyze("وقال بان كي مون إن الأممالمتحدة ستواصل العمل في حمص.وقال")
    out = to_conllu(doc, "d1")
    from conllu_util import surface_forms
    rows = [ln.split("\t") for ln in out.splitlines() if ln and not ln.startswith("#")]
    forms = [r[1] for r in rows]
    assert "الأمم" in forms and "المتحدة" in forms
    umma = rows[forms.index("الأمم")]
    assert "SpaceAfter=No" in umma[9] and "Repair=الأمم_المتحدة" in umma[9]
    assert out.startswith("# newdoc id = d1")
    assert "".join(surface_forms(out)) == "".join(doc.raw.split())
    assert all(len(r) == 10 for r in rows)
