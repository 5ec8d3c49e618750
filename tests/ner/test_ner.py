"""NER: the example page, canonical names, robustness. The model loads once per module."""
from __future__ import annotations

import pytest

pytest.importorskip("pycrfsuite")

from khabar.ner.canonical import canonicalize, key  # noqa: E402
from khabar.pipeline import Pipeline  # noqa: E402

PIPE = Pipeline(["repair", "tokens", "sentences", "articles", "ner"])


@pytest.fixture(scope="module")
def page_doc(page):
    return PIPE(page)


def _by_canonical(doc):
    out: dict[tuple[str, str], list[str]] = {}
    for e in doc.entities:
        out.setdefault((e.label, e.canonical), []).append(doc.raw[e.start:e.end])
    return out


def test_spans_are_raw_slices(page_doc):
    assert page_doc.entities
    for e in page_doc.entities:
        text = page_doc.raw[e.start:e.end]
        assert text and text == text.strip()
        assert e.label in ("PER", "LOC", "ORG")
        assert e.canonical


def test_page_ibrahimi(page_doc):
    got = _by_canonical(page_doc)
    ibrahimi = got.get(("PER", "الأخضر الإبراهيمي"), [])
    assert "الابراهيمي" in ibrahimi
    assert len(ibrahimi) == page_doc.raw.count("الابراهيمي")
    # the full names and the bare last name (also with و: «والابراهيمي»), one canonical
    assert "الاخضر الابراهيمي" in ibrahimi and "الأخضر الابراهيمي" in ibrahimi
    assert ibrahimi.count("الابراهيمي") == 3


def test_page_persons(page_doc):
    got = _by_canonical(page_doc)
    assert ("PER", "غينادي غاتيلوف") in got
    assert ("PER", "ويندي شيرمان") in got
    assert len(got.get(("PER", "بان كي مون"), [])) == page_doc.raw.count("بان كي مون")


def test_page_un_every_mention_glued_too(page_doc):
    un = [e for e in page_doc.entities if e.canonical == "الأمم المتحدة"]
    assert all(e.label == "ORG" for e in un)
    raw = page_doc.raw
    texts = [raw[e.start:e.end] for e in un]
    assert texts.count("الأممالمتحدة") == raw.count("الأممالمتحدة")  # glued, incl. ...بجنوب
    assert sum(t.endswith("لأمم المتحدة") for t in texts) == raw.count("للأمم المتحدة")
    assert all("بجنوب" not in t for t in texts)


def test_page_red_crescent_and_south_sudan(page_doc):
    got = _by_canonical(page_doc)
    assert ("ORG", "الهلال الأحمر السوري") in got
    south = got.get(("LOC", "جنوب السودان"), [])
    assert len(south) == page_doc.raw.count("جنوب السودان") == 3
    assert ("LOC", "السودان") not in got  # never the bare السودان inside جنوب السودان


def test_page_no_adjective_places(page_doc):
    # «الحكومة السورية», «الأزمة السورية»: adjectives, not the place سورية
    raw = page_doc.raw
    assert not any(raw[e.start:e.end] == "السورية" for e in page_doc.entities)


def test_page_orgs_and_places(page_doc):
    got = _by_canonical(page_doc)
    assert ("ORG", "أونميس") in got
    for name in ("جنيف", "حمص", "جوبا"):
        assert ("LOC", name) in got, name
    syria = got.get(("LOC", "سوريا"), [])
    assert "سورية" in syria and "سوريا" in syria
    assert not any(c == "سورية" for _, c in got)


def test_canonical_short_mentions_and_variants():
    m = [("الاخضر الابراهيمي", "PER"), ("الابراهيمي", "PER"), ("بان كي مون", "PER"),
         ("بان", "PER"), ("سورية", "LOC"), ("سوريا", "LOC"), ("الامم المتحدة", "ORG"),
         ("الأمم المتحدة", "ORG"), ("السودان", "LOC"), ("جنوب السودان", "LOC")]
    names = canonicalize(m)
    assert names[:2] == ["الأخضر الإبراهيمي"] * 2
    assert names[2:4] == ["بان كي مون"] * 2
    assert names[4] == names[5] == "سوريا"
    assert names[6] == names[7] == "الأمم المتحدة"
    assert names[8] == "السودان" and names[9] == "جنوب السودان"


def test_canonical_keys_fold_clitics_article_and_spelling():
    assert key("وسوريا") == key("سورية") == key("لسوريا")
    assert key("للأمم المتحدة") == key("الامم المتحدة") == key("بالأمم المتحدة")
    assert key("مصطفى") == key("مصطفي")
    # the same entity gets the same string in different documents
    assert canonicalize([("الابراهيمي", "PER"), ("الأخضر الابراهيمي", "PER")])[0] == \
        canonicalize([("الأخضر الإبراهيمي", "PER")])[0]


@pytest.mark.parametrize("text", [
    "",
    "Reuters reported on Monday that the talks in Geneva had stalled.",
    "1234 5678 ٣٤٥ 2014-02-12 3.5%",
    "ذهب الولد إلى المدرسة صباحا وعاد في المساء.",
    "!!! ... ؟؟؟ «» ()",
])
def test_no_crash(text):
    doc = PIPE(text)
    for e in doc.entities:
        assert doc.raw[e.start:e.end]


def test_long_sentence_no_crash():
    text = " ".join(["قال الرئيس السوري بشار الأسد في دمشق إن الأمم المتحدة"] * 400)
    doc = PIPE(text)
    assert doc.entities
    for e in doc.entities:
        assert doc.raw[e.start:e.end].strip()


def test_proclitic_left_out():
    doc = PIPE("التقى وزير الخارجية بممثلين عن الصين وسوريا ولبنان في القاهرة.")
    texts = {doc.raw[e.start:e.end] for e in doc.entities if e.label == "LOC"}
    assert "سوريا" in texts
    assert "لبنان" in texts


def _propagate(sentences, labels):
    from khabar.ner.consistency import propagate
    from khabar.ner.tagger import default_model
    from khabar.text.normalize import normalize
    norms = [[normalize(w) for w in s.split()] for s in sentences]
    return propagate(norms, [list(l) for l in labels], default_model().featurizer)


def test_consistency_last_name_and_repetition():
    out = _propagate(["قال الاخضر الابراهيمي امس", "واكد الابراهيمي ان", "والابراهيمي سيجري"],
                     [["O", "B-PER", "I-PER", "O"], ["O", "O", "O"], ["O", "O"]])
    assert out[1] == ["O", "B-PER", "O"]
    assert out[2] == ["B-PER", "O"]


def test_consistency_leaves_common_words():
    # a stray one-word mention of a frequent word does not spread
    out = _propagate(["قال الرئيس", "ثم قال الرئيس"], [["O", "B-PER"], ["O", "O", "O"]])
    assert out[1] == ["O", "O", "O"]


def test_consistency_gazetteer_names():
    out = _propagate(["في جنوب السودان امس", "مع الهلال الاحمر السوري", "في قطاع غزه"],
                     [["O", "O", "B-LOC", "O"], ["O", "O", "O", "O"], ["O", "O", "B-LOC"]])
    assert out[0] == ["O", "B-LOC", "I-LOC", "O"]  # extended to the gazetteer name
    assert out[1] == ["O", "B-ORG", "I-ORG", "I-ORG"]
    assert out[2] == ["O", "O", "B-LOC"]  # a descriptor variant («قطاع غزة») is not a name


def test_recall_bias_decoding():
    import pycrfsuite

    from khabar.ner.tagger import default_model, recall_bias
    from khabar.text.normalize import normalize
    model = default_model()
    norms = [normalize(w) for w in "وصل المبعوث الدولي الأخضر الإبراهيمي إلى جنيف أمس".split()]
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model.path))
    tagger.set(model.featurizer.sentence(norms))
    viterbi = tagger.tag()
    assert recall_bias(tagger, list(viterbi), model.labels, 0.0) == viterbi  # no O is < 0
    everything = recall_bias(tagger, list(viterbi), model.labels, 1.01)
    assert everything.count("O") < viterbi.count("O")  # unsure Os became entity labels
    assert all(v == e for v, e in zip(viterbi, everything) if v != "O")  # Viterbi kept
    for i, (v, e) in enumerate(zip(viterbi, everything)):
        if v == "O" and e.startswith("I-"):  # an added I- only continues an added mention
            assert viterbi[i - 1] == "O" and everything[i - 1][2:] == e[2:]
    assert all(not a.startswith("I-") or b[2:] == a[2:]
               for b, a in zip(everything, everything[1:]))  # valid BIO after relabelling


def test_a_mention_needs_letters():
    import khabar
    # Digits and symbols tagged as a name by the CRF are no mention («001», «º 0.0»).
    for text in ("^001:", "º0.0:", "12/5 - 2014"):
        assert khabar.analyze(text).entities == (), text
    doc = khabar.analyze("قال بان كي مون إن 75 ألف شخص نزحوا.")
    assert [doc.raw[e.start:e.end] for e in doc.entities] == ["بان كي مون"]
