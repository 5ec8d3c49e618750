"""The faster NER paths give what the plain ones give (ids per type, char matrix, spans,
consistency, canonical keys)."""
from __future__ import annotations

from khabar.ner import canonical
from khabar.ner.consistency import propagate
from khabar.ner.feat_token import OFFSETS, context_bases, type_core
from khabar.ner.neural import MAX_CHARS, char_ids
from khabar.ner.tagger import bio_spans, default_model
from khabar.text.normalize import normalize

WORDS = [normalize(w) for w in (
    "وقال الأمين العام للأمم المتحدة بان كي مون في جنيف إن الأخضر الإبراهيمي سيزور دمشق "
    "والإبراهيمي وسوريا لبنان بغداد 2016 Obama ، (الاثنين) وبالأمم "
    "الاستخباراتيةوالعسكريةالمشتركة").split()]


def test_type_ids_are_the_known_ids_of_the_type_features():
    model = default_model()
    fast = model._fast_crf()
    get = fast.w.attrs.get
    for w in WORDS:
        f, spec, keys = type_core(model.featurizer, w)
        hit = fast._type_ids(w)
        assert hit[0] == [x for x in map(get, f) if x is not None]
        assert hit[1] == [[x for x in map(m.get, context_bases(spec, o)) if x is not None]
                          for o, m in zip(OFFSETS, fast._ctx)]
        assert hit[5] == keys == model.featurizer.type_keys(w)


def test_char_matrix_rows_are_the_char_ids():
    net = default_model().neural
    words = WORDS + [""]
    mat = net._char_matrix(words)
    longest = max(len(char_ids(w, net.chars)) for w in words)
    assert mat.shape == (len(words), longest + 2)
    for row, w in zip(mat.tolist(), words):
        ids = char_ids(w, net.chars)
        assert len(ids) == min(len(w), MAX_CHARS) + 2
        assert row == [0] + ids + [0] * (longest + 1 - len(ids))


def test_bio_spans():
    assert bio_spans(["O", "O"]) == []
    assert bio_spans([]) == []
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER", "X", "B-LOC"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "PER"), (7, 8, "LOC")]


def test_repetitions_and_gazetteer_names_tagged_once_per_place():
    fz = default_model().featurizer
    sents = [[normalize(w) for w in s.split()] for s in (
        "قال الأخضر الإبراهيمي إن الأمم المتحدة تدعم الحل",
        "وأضاف الإبراهيمي أن للأمم المتحدة دورا في جنوب السودان",
    )]
    labels = [["O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O"],
              ["O"] * 10]
    propagate(sents, labels, fz)
    assert labels[1][1] == "B-PER"
    assert labels[1][3:5] == ["B-ORG", "I-ORG"]


def test_unclitic_of_a_word_without_proclitic_letter_is_the_word():
    assert canonical._unclitic("دمشق") == "دمشق"
    assert canonical._unclitic("") == ""
    assert canonical._unclitic("للأمم".replace("أ", "ا")) == "الامم"
    assert canonical._memo_key("والإبراهيمي") == canonical.key("والإبراهيمي")
