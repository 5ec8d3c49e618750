"""The View and its offset map: the rule everything rests on."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from khabar.document import Repair
from khabar.errors import KhabarError
from khabar.text.view import View

RAW = "قال بان كي مون إن الأممالمتحدةبجنوب السودان تبذل جهودا بالطرق السملية."


def _rep(raw: str, word: str, new: str, kind: str) -> Repair:
    s = raw.index(word)
    return Repair(s, s + len(word), new, kind, 0.9)


def test_identity_view_maps_to_itself():
    v = View(RAW)
    assert v.text == RAW and v.to_raw(4, 7) == (4, 7) and v.to_view(10) == 10


def test_split_makes_boundaries_inside_a_glued_token():
    rep = _rep(RAW, "الأممالمتحدةبجنوب", "الأمم المتحدة بجنوب", "split")
    v = View(RAW, [rep])
    assert "الأمم المتحدة بجنوب السودان" in v.text
    vs = v.text.index("المتحدة")
    rs, re_ = v.to_raw(vs, vs + len("المتحدة"))
    assert RAW[rs:re_] == "المتحدة"
    assert rs == rep.start + len("الأمم")          # no space in raw: boundary between letters
    vb = v.text.index("بجنوب")
    assert RAW[slice(*v.to_raw(vb, vb + 5))] == "بجنوب"


def test_inserted_space_is_zero_width():
    rep = _rep(RAW, "الأممالمتحدةبجنوب", "الأمم المتحدة بجنوب", "split")
    v = View(RAW, [rep])
    sp = v.text.index("الأمم ") + len("الأمم")
    rs, re_ = v.to_raw(sp, sp + 1)
    assert rs == re_ == rep.start + len("الأمم")


def test_spelling_span_snaps_to_repair_edges():
    rep = _rep(RAW, "السملية", "السلمية", "spelling")
    v = View(RAW, [rep])
    vs = v.text.index("السلمية")
    assert v.to_raw(vs + 2, vs + 4) == (rep.start, rep.end)
    assert RAW[slice(*v.to_raw(vs, vs + 7))] == "السملية"
    # text after a length-changing repair still maps exactly
    dot = v.text.rindex(".")
    assert v.to_raw(dot, dot + 1) == (len(RAW) - 1, len(RAW))


def test_overlapping_repairs_are_rejected():
    a = Repair(0, 5, "x", "spelling", 0.5)
    b = Repair(3, 8, "y", "spelling", 0.5)
    with pytest.raises(KhabarError):
        View(RAW, [a, b])


@st.composite
def text_and_repairs(draw):
    raw = draw(st.text(alphabet="الأمتحدةبجنوس .،\n", min_size=0, max_size=60))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(raw)), max_size=8))))
    reps = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        seg = raw[a:b]
        if draw(st.booleans()) and seg and " " not in seg:
            k = draw(st.integers(1, len(seg)))
            new = seg[:k] + " " + seg[k:]
            reps.append(Repair(a, b, new, "split", 0.9))
        else:
            new = draw(st.text(alphabet="ابتث", min_size=1, max_size=6))
            reps.append(Repair(a, b, new, "spelling", 0.5))
    return raw, reps


@settings(max_examples=300, deadline=None)
@given(text_and_repairs(), st.data())
def test_any_view_span_maps_inside_raw_and_is_stable(tr, data):
    raw, reps = tr
    v = View(raw, reps)
    n = len(v.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    rs, re_ = v.to_raw(a, b)
    assert 0 <= rs <= re_ <= len(raw)
    # view -> raw -> view -> raw is stable
    va = v.to_view(rs)
    assert v.raw_start(va) == rs or any(r.start <= rs <= r.end for r in reps)
    # untouched text maps exactly
    if not reps:
        assert raw[rs:re_] == v.text[a:b]
