"""The tagger's tag dictionary and the lemmatizer's broken-plural templates."""
from __future__ import annotations

import pytest

from khabar.morph.tag_features import strip_diacritics
from khabar.morph.tagger import Tagger, get_tagger

SENT = ["و", "قال", "الوزير", "إن", "الحكومة", "س", "تدعم", "الصناعة"]
TOKS = [0, 0, 1, 2, 3, 4, 4, 5]


@pytest.fixture(scope="module")
def own_tagger() -> Tagger:
    return Tagger.load()    # a private copy: the tests below change its tag dictionary


def test_shipped_tag_dictionary_is_loaded():
    t = get_tagger()
    assert len(t.tag_masks) > 10_000
    m = t.tag_masks["الحكومة"]          # a NOUN in PADT train, never anything else
    noun = t._tix["NOUN"]
    assert m[noun] == 0 and m[t.T + noun] == 0
    assert m[t._tix["VERB"]] < -100


def test_tag_dictionary_restricts_the_choice(own_tagger):
    own_tagger.set_allowed({})
    free = [u for u, _ in own_tagger.tag(SENT, TOKS)]
    assert free[2] == "NOUN"
    own_tagger.set_allowed({"الوزير": "ADJ"})
    forced = [u for u, _ in own_tagger.tag(SENT, TOKS)]
    assert forced[2] == "ADJ"
    assert forced[1] == "VERB" and forced[0] == "CCONJ"
    # unknown tags are ignored; a form whose every tag is allowed is not constrained
    own_tagger.set_allowed({"الوزير": "NOSUCHTAG,ADJ", "قال": ",".join(own_tagger.tags)})
    again = [u for u, _ in own_tagger.tag(SENT, TOKS)]
    assert again[2] == "ADJ" and again[1] == "VERB"
    assert "قال" not in own_tagger.tag_masks


def test_unseen_broken_plurals_get_their_singular():
    lem = get_tagger().lemmatizer
    for form, single in [("جوانب", "جانب"), ("المقاييس", "مقياس"), ("صواريخ", "صاروخ"),
                         ("الخزائن", "خزانة")]:
        assert (form, "NOUN") not in lem.lex    # really unseen: the templates decide
        assert strip_diacritics(lem.lemma(form, "NOUN")) == single


def test_plural_templates_leave_singulars_alone():
    lem = get_tagger().lemmatizer
    # «ذهاب» has the shape of a plural of «ذهب» (فعال), but that template is wrong on train
    # more often than right, so it is not shipped
    assert lem._plural_lemma("الذهاب", "NOUN") is None
    assert lem._plural_lemma("جوانب", "VERB") is None


def test_bad_plural_rows_raise():
    lem = get_tagger().lemmatizer
    with pytest.raises(ValueError):
        lem.set_plurals([("NOUN", "1وا23", "1ا23")])


def test_plural_template_learning():
    tp = pytest.importorskip("training.tag_plurals")
    assert tp.template("جوانب", "جانب") == ("1وا23", "1ا23")
    assert tp.template("الصواريخ", "صاروخ") == ("1وا2ي3", "1ا2و3")
    assert tp.template("كتاب", "كتاب") is None
    assert tp.apply("1وا23", "1ا23", "عواصم") == "عاصم"
    assert tp.apply("1وا23", "1ا23", "كتابة") is None
    entries = [("جوانب", "NOUN", "جَانِب", 1), ("عوامل", "NOUN", "عَامِل", 1),
               ("جانب", "NOUN", "جَانِب", 3), ("عامل", "NOUN", "عَامِل", 2)]
    rows = tp.learn(entries)
    assert ("NOUN", "1وا23", "1ا23", 2) in rows
