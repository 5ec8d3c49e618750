"""Key phrases on the example page (real Arabic) and on arbitrary text."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

import khabar
from khabar.document import Entity
from khabar.lang.stopwords import normalized
from khabar.text.normalize import normalize
from khabar.topics.keywords import keywords


def _check(phrases, names=frozenset()):
    """No stop word at a phrase's edges, except inside a named entity (بان كي مون)."""
    stop = normalized("all")
    for ph in phrases:
        words = ph.split()
        assert words, ph
        assert ph in names or (normalize(words[0]) not in stop
                               and normalize(words[-1]) not in stop), ph
        assert not re.fullmatch(r"[\d\s.,]+", ph), ph
        assert ph in names or not re.search(r"[.,،:;!?؟«»\"()]", ph), ph  # «إي.إس.إي.تي»


def test_example_page(page):
    doc = khabar.analyze(page)
    allk = keywords(doc)
    assert 5 <= len(allk) <= 10
    _check(allk, frozenset(e.canonical for e in doc.entities))
    assert "الأمم المتحدة" in allk
    assert any(normalize("الابراهيمي") in normalize(k) for k in allk)
    assert sum(len(k.split()) > 1 for k in allk) >= len(allk) // 2  # mostly multiword
    for a in range(len(doc.articles)):
        ks = keywords(doc, a)
        assert 5 <= len(ks) <= 10
        _check(ks, frozenset(e.canonical for e in doc.entities))
    assert len(set(allk)) == len(allk)


def test_k_limit_and_empty(page):
    doc = khabar.analyze(page)
    assert len(keywords(doc, k=3)) == 3
    assert keywords(khabar.analyze("")) == []
    assert keywords(khabar.analyze("في من على . 2014")) == []


def test_entities_used_when_present(page):
    doc = khabar.analyze(page)
    i = page.index("بان كي مون")
    doc.entities = (Entity(i, i + len("بان كي مون"), "PER", "بان كي مون"),) * 1
    j = page.index("بان كي مون", i + 5)
    doc.entities += (Entity(j, j + len("بان كي مون"), "PER", "بان كي مون"),)
    assert "بان كي مون" in keywords(doc)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes(text):
    doc = khabar.analyze(text)
    ks = keywords(doc)
    assert len(ks) <= 10
    _check(ks, frozenset(e.canonical for e in doc.entities))


_FISHING = ("قال مدير لوكالة الشراكة إن سفارتهم تدعم قطاع للصيد البحري وبالمغرب في شتنبر "
            "الماضي. وأكد مدير وكالة الشراكة أن قطاع الصيد البحري يتطور وأن السفارة تدعم "
            "الصيد البحري منذ شتنبر الماضي.")


def test_phrases_do_not_run_across_a_leading_preposition_or_conjunction():
    ks = khabar.analyze(_FISHING).keywords
    assert "الصيد البحري" in ks and "وكالة الشراكة" in ks
    for k in ks:
        assert not k.startswith(("لوكالة", "للصيد", "وبالمغرب")), ks
        assert "البحري وبالمغرب" not in k and "قطاع للصيد" not in k, ks


def test_dates_are_not_key_phrases():
    doc = khabar.analyze(_FISHING)
    assert doc.dates  # «شتنبر الماضي» is a date ...
    assert not any("شتنبر" in k for k in doc.keywords)  # ... so no key phrase


def test_a_final_pronoun_shows_its_host_but_not_inside_a_phrase():
    doc = khabar.analyze("أعلنت سفارتهم أن سفارتهم ستغلق. ونشرت الشركة بياناتها المالية أمس، "
                         "وقالت إن بياناتها المالية تظهر نموا.")
    assert "سفارة" in doc.keywords
    assert "بياناتها المالية" in doc.keywords
