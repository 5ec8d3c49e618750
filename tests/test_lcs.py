"""The shared longest-common-subsequence alignment."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khabar.lcs import lcs_pairs


def test_letters_of_a_form_and_its_lemma():
    pairs = lcs_pairs("مكتبات", "مكتبة")
    assert ["مكتبات"[i] for i, _ in pairs] == list("مكتب")
    assert lcs_pairs("", "كتب") == [] and lcs_pairs(["قال", "إن"], ["قال", "أن"]) == [(0, 0)]


@given(st.text("ابت", max_size=8), st.text("ابت", max_size=8))
def test_pairs_are_equal_items_in_order(a, b):
    pairs = lcs_pairs(a, b)
    assert all(a[i] == b[j] for i, j in pairs)
    assert all(p[0] < q[0] and p[1] < q[1] for p, q in zip(pairs, pairs[1:]))
    if set(a) & set(b):
        assert pairs
