"""Speaker-name repairs (khabar.quotes.names, name_edges, namewords): the word helpers,
the re-exports of the old module, and edge repairs on real Arabic text with the entity
layer set by hand (the spans a NER would give)."""
from __future__ import annotations

import khabar
from khabar.document import Entity
from khabar.quotes import name_edges, names, namewords
from khabar.quotes.lexicon import is_place_adjective


def _repair(text: str, mentions: list[tuple[str, str]]) -> list[Entity]:
    """Repaired mentions of ``text``; every token may be part of a name."""
    doc = khabar.analyze(text)
    toks = list(doc.tokens)
    ents = []
    for mention, label in mentions:
        i = text.index(mention)
        ents.append(Entity(i, i + len(mention), label, mention))
    return names.repair_entities(doc, toks, ents, lambda i: True, is_place_adjective)


def test_old_module_reexports_the_word_helpers():
    assert names.fold is namewords.fold
    assert names.first_names is namewords.first_names
    assert set(names.__all__) == {"first_names", "fold", "repair_entities"}


def test_fold_drops_the_article_and_hamza_seats():
    assert namewords.fold("السبسي") == "سبسي"
    assert namewords.fold("قائد") == "قايد"
    assert namewords.fold("الي") == "الي"      # too short to carry an article


def test_gazetteer_given_and_full_names():
    assert namewords.fold("فوزي") in namewords.first_names()
    assert namewords.full_names()[("قايد", "سبسي")] == ("باجي", "قايد", "سبسي")


def test_strip_proclitic_only_before_a_place_word():
    assert namewords.strip_proclitic("بسيدي") == "سيدي"
    assert namewords.strip_proclitic("بنابل") == "بنابل"


def test_left_extension_from_the_full_name_gazetteer():
    text = "وقال رئيس الجمهورية الباجي قايد السبسي إن الوضع صعب."
    (e,) = _repair(text, [("قايد السبسي", "PER")])
    assert text[e.start:e.end] == "الباجي قايد السبسي"
    assert e.canonical == "الباجي قايد السبسي"


def test_short_mentions_are_dropped_and_demonstratives_trimmed():
    text = "وأكد هولاند ذلك سابقا في إذاعة الجوهرة أف أم."
    out = _repair(text, [("هولاند ذلك", "PER"), ("أف", "ORG")])
    assert [text[e.start:e.end] for e in out] == ["هولاند"]


def test_org_edges_take_a_place_nisba():
    text = "وأعلنت وزارة الدفاع الجزائرية أمس عن العملية."
    doc = khabar.analyze(text)
    toks = list(doc.tokens)
    a = next(i for i, t in enumerate(toks) if text[t.start:t.end] == "وزارة")
    assert name_edges.org_edges(toks, a, a + 1, is_place_adjective) == (a, a + 2)
    assert name_edges.org_edges(toks, a, a, lambda norm: False) == (a, a)
