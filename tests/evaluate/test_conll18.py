"""The CoNLL 2018 scorer on small hand-made CoNLL-U pairs."""
from __future__ import annotations

import pytest

from khabar.evaluate.conll18 import ConllError, dediacritize, evaluate


def conllu(*sents: list[tuple]) -> str:
    """Rows: (id, form, lemma, upos) → a CoNLL-U text; one list per sentence."""
    out = []
    for sent in sents:
        for wid, form, lemma, upos in sent:
            out.append(f"{wid}\t{form}\t{lemma}\t{upos}\t_\t_\t_\t_\t_\t_")
        out.append("")
    return "\n".join(out) + "\n"


GOLD = conllu([
    ("1", "قال", "قَال", "VERB"),
    ("2-3", "بالوفدين", "_", "_"),
    ("2", "ب", "بِ", "ADP"),
    ("3", "الوفدين", "وَفد", "NOUN"),
    ("4-5", "وأكد", "_", "_"),
    ("4", "و", "وَ", "CCONJ"),
    ("5", "أكد", "أَكَّد", "VERB"),
    ("6", ".", ".", "PUNCT"),
])


def f1(scores, name):
    return round(100 * scores[name].f1, 2)


def test_identical_files_score_100():
    s = evaluate(GOLD, GOLD)
    for name in ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "LemmasGold",
                 "LemmasGoldNoDiac"):
        assert s[name].f1 == 1.0, name


def test_unsplit_token_loses_its_words_but_not_the_token():
    system = conllu([
        ("1", "قال", "_", "VERB"),
        ("2", "بالوفدين", "_", "NOUN"),
        ("3-4", "وأكد", "_", "_"), ("3", "و", "_", "CCONJ"), ("4", "أكد", "_", "VERB"),
        ("5", ".", "_", "PUNCT"),
    ])
    s = evaluate(GOLD, system)
    assert s["Tokens"].f1 == 1.0
    w = s["Words"]
    assert (w.gold, w.system, w.correct) == (6, 5, 4)   # قال و أكد . aligned
    assert s["UPOS"].correct == 4


def test_mwt_words_align_by_form_so_restoration_matters():
    system = conllu([
        ("1", "قال", "_", "VERB"),
        ("2-3", "بالوفدين", "_", "_"), ("2", "ب", "_", "ADP"), ("3", "الوفدين", "_", "NOUN"),
        ("4-5", "وأكد", "_", "_"), ("4", "و", "_", "CCONJ"), ("5", "اكد", "_", "VERB"),
        ("6", ".", "_", "PUNCT"),
    ])
    s = evaluate(GOLD, system)
    assert s["Words"].correct == 5          # «اكد» ≠ gold «أكد»


def test_wrong_split_point_and_extra_word():
    system = conllu([
        ("1", "قال", "_", "VERB"),
        ("2-4", "بالوفدين", "_", "_"), ("2", "ب", "_", "ADP"), ("3", "ال", "_", "DET"),
        ("4", "وفدين", "_", "NOUN"),
        ("5", "وأكد", "_", "VERB"),
        ("6", ".", "_", "PUNCT"),
    ])
    s = evaluate(GOLD, system)
    w = s["Words"]
    assert (w.gold, w.system, w.correct) == (6, 6, 3)  # قال ب .


def test_tokenization_mismatch_and_sentence_breaks_ignored():
    gold = conllu([("1", "ارتفع", "_", "VERB"), ("2", "10،5", "_", "NUM")],
                  [("1", "في", "_", "ADP")])
    system = conllu([("1", "ارتفع", "_", "VERB"), ("2", "10", "_", "NUM"),
                     ("3", "،", "_", "PUNCT"), ("4", "5", "_", "NUM"), ("5", "في", "_", "ADP")])
    s = evaluate(gold, system)
    t = s["Tokens"]
    assert (t.gold, t.system, t.correct) == (3, 5, 2)
    assert s["Words"].correct == 2
    assert s["Sentences"].correct == 0


def test_multiword_spans_that_overlap_differently():
    # gold: «لسكانها» = ل + سكان + ها ; system splits the surface differently as two tokens.
    gold = conllu([("1-3", "لسكانها", "_", "_"), ("1", "ل", "_", "ADP"),
                   ("2", "سكان", "_", "NOUN"), ("3", "ها", "_", "PRON"),
                   ("4", "نعم", "_", "INTJ")])
    system = conllu([("1", "لسكان", "_", "NOUN"),
                     ("2-3", "هانعم", "_", "_"), ("2", "ها", "_", "PRON"),
                     ("3", "نعم", "_", "INTJ")])
    s = evaluate(gold, system)
    w = s["Words"]
    assert (w.gold, w.system, w.correct) == (4, 3, 2)  # ها and نعم, by LCS over the span


def test_lemma_variants():
    system = conllu([
        ("1", "قال", "قال", "VERB"),                              # right without diacritics
        ("2-3", "بالوفدين", "_", "_"), ("2", "ب", "بِ", "ADP"), ("3", "الوفدين", "وفود", "NOUN"),
        ("4-5", "وأكد", "_", "_"), ("4", "و", "وَ", "CCONJ"), ("5", "أكد", "أَكَّد", "VERB"),
        ("6", ".", "_", "PUNCT"),
    ])
    s = evaluate(GOLD, system)
    assert s["LemmasGold"].gold == 6 and s["LemmasGold"].correct == 3
    assert s["LemmasGoldNoDiac"].correct == 4
    assert s["Lemmas"].correct == 3   # official: every gold lemma here is given


def test_gold_underscore_lemmas_excluded_from_gold_lemma_metric():
    gold = conllu([("1", "قال", "_", "VERB"), ("2", "الوزير", "وَزِير", "NOUN")])
    system = conllu([("1", "قال", "xx", "VERB"), ("2", "الوزير", "وَزِير", "NOUN")])
    s = evaluate(gold, system)
    lg = s["LemmasGold"]
    assert (lg.gold, lg.system, lg.correct) == (1, 1, 1)
    assert s["Lemmas"].correct == 2   # official: gold "_" matches anything


def test_spaces_inside_form_are_ignored():
    gold = conllu([("1", "10 000", "_", "NUM")])
    system = conllu([("1", "10", "_", "NUM"), ("2", "000", "_", "NUM")])
    s = evaluate(gold, system)
    assert s["Tokens"].correct == 0 and s["Tokens"].system == 2


def test_different_texts_raise():
    with pytest.raises(ConllError):
        evaluate(GOLD, conllu([("1", "قال", "_", "VERB")]))


def test_bad_line_raises():
    with pytest.raises(ConllError):
        evaluate("1\tقال\n\n", GOLD)


def test_dediacritize():
    assert dediacritize("أَكَّدَ") == "أكد"
    assert dediacritize("ذٰلِكَ") == "ذلك"
