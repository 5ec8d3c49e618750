"""The parts of the CoNLL 2018 scorer: CoNLL-U reading (``conll18_read``) and word alignment
(``conll18_align``), used directly and through the ``conll18`` facade."""
from __future__ import annotations

import pytest

from khabar.evaluate import conll18
from khabar.evaluate.conll18_align import align_words
from khabar.evaluate.conll18_read import FORM, ConllError, load_conllu
from khabar.errors import KhabarError


def _rows(*rows: tuple[str, str]) -> str:
    return "\n".join(f"{wid}\t{form}\t_\tX\t_\t_\t_\t_\t_\t_" for wid, form in rows) + "\n\n"


GOLD = _rows(("1", "قال"), ("2-3", "بالوفدين"), ("2", "ب"), ("3", "الوفدين"), ("4", "اليوم"))


def test_reading_gives_spans_without_spaces_and_flags_multiword_words():
    doc = load_conllu(GOLD)
    assert "".join(doc.characters) == "قالبالوفديناليوم"
    assert doc.tokens == [(0, 3), (3, 11), (11, 16)]
    assert [(w.start, w.end, w.multiword) for w in doc.words] == [
        (0, 3, False), (3, 11, True), (3, 11, True), (11, 16, False)]
    assert doc.sentences == [(0, 16)]


def test_alignment_of_an_unsplit_system_token_keeps_the_plain_words_only():
    gold = load_conllu(GOLD)
    system = load_conllu(_rows(("1", "قال"), ("2", "بالوفدين"), ("3", "اليوم")))
    pairs = align_words(gold.words, system.words)
    assert [(g.columns[FORM], s.columns[FORM]) for g, s in pairs] == [
        ("قال", "قال"), ("اليوم", "اليوم")]


def test_alignment_inside_multiword_tokens_follows_the_forms():
    gold = load_conllu(GOLD)
    system = load_conllu(_rows(("1", "قال"), ("2-3", "بالوفدين"), ("2", "بال"), ("3", "الوفدين"),
                               ("4", "اليوم")))
    pairs = align_words(gold.words, system.words)
    assert [g.columns[FORM] for g, _ in pairs] == ["قال", "الوفدين", "اليوم"]


def test_bad_id_is_a_khabar_error_and_the_facade_reexports_the_parts():
    with pytest.raises(ConllError, match="bad ID"):
        load_conllu(_rows(("x", "قال")))
    assert issubclass(ConllError, KhabarError)
    assert conll18.ConllError is ConllError and conll18.align_words is align_words
