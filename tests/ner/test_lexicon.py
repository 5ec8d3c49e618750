"""The induced name lexicon: count rows → CRF features, file round trip, featurizer use."""
from __future__ import annotations

from khabar.ner.features import Featurizer
from khabar.ner.lexicon import MIN_COUNT, features_of, read_rows, table_from_rows
from khabar.text.normalize import normalize


def test_features_of_buckets():
    # «غاتيلوف»: 9 of 10 occurrences inside a PER mention, never first
    assert features_of("w", 10, 9, 0, 0, 0) == ("LwPER8", "LwPi")
    # a first name: mostly starts the mention
    assert "LcPb" in features_of("c", 20, 12, 0, 0, 11)
    # a common word never tagged; frequent ones are marked as such
    assert features_of("w", 10, 0, 0, 0, 0) == ("LwO",)
    assert features_of("w", 500, 1, 0, 0, 0) == ("LwOf",)
    # mixed LOC/ORG evidence gives both labels
    assert set(features_of("c", 10, 0, 6, 3, 0)) == {"LcLOC5", "LcORG2"}
    # too rare: no evidence at all
    assert features_of("w", MIN_COUNT - 1, MIN_COUNT - 1, 0, 0, 0) == ()


def test_table_and_file_round_trip(tmp_path):
    rows = [("w", normalize("جوبا"), 12, 0, 11, 0, 0), ("c", normalize("قال"), 900, 0, 0, 0, 0),
            ("w", normalize("نادر"), 2, 2, 0, 0, 2)]
    path = tmp_path / "lexicon.tsv"
    path.write_text("kind\tkey\tn\tper\tloc\torg\tper_first\n" +
                    "".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    assert read_rows(path) == rows
    table = table_from_rows(read_rows(path))
    assert table[("w", normalize("جوبا"))] == ("LwLOC8",)
    assert ("w", normalize("نادر")) not in table  # below MIN_COUNT


def test_featurizer_lexicon_features_and_neighbours():
    juba = normalize("جوبا")
    table = {("w", juba): ("LwLOC8",)}
    feat = Featurizer(lexicon=True, lexicon_table=table)
    # «وجوبا»: the lexicon is looked up without the proclitic
    f = feat.sentence([normalize(w) for w in "وصل الوفد إلى الخرطوم وجوبا".split()])
    assert "LwLOC8" in f[4]
    assert "1:LwLOC8" in f[3] and "-1:LwLOC8" not in f[3]
    assert not any("LwLOC8" in x for x in f[0])
    plain = Featurizer().sentence([normalize(w) for w in "وصل الوفد إلى جوبا أمس".split()])
    assert not any(x.startswith(("L", "-1:L", "1:L")) and "LOC8" in x for s in plain for x in s)


def test_table_keeps_only_the_chosen_labels():
    rows = [("w", normalize("جوبا"), 12, 0, 11, 0, 0), ("c", normalize("شيرمان"), 10, 9, 1, 0, 0),
            ("w", normalize("قال"), 900, 0, 0, 0, 0)]
    per = table_from_rows(rows, "PER")
    assert ("w", normalize("جوبا")) not in per  # its only evidence is LOC
    assert per[("c", normalize("شيرمان"))] == ("LcPER8", "LcPi")
    assert per[("w", normalize("قال"))] == ("LwOf",)
    assert table_from_rows(rows)[("w", normalize("جوبا"))] == ("LwLOC8",)


def test_shipped_model_uses_the_shipped_lexicon():
    import pytest
    pytest.importorskip("pycrfsuite")
    from khabar.ner import resources
    from khabar.ner.tagger import default_model
    feat = default_model().featurizer
    if not feat.use_lexicon:
        pytest.skip("shipped model trained without the induced lexicon")
    assert feat._lex is resources.lexicon(feat.use_lexicon)
    assert len(feat._lex) > 10_000
    f = feat.sentence([normalize("قال")])[0]
    assert any(x.startswith("Lw") for x in f)  # a frequent word has a lexicon row


def test_a_mention_never_starts_or_ends_with_a_quotation_mark():
    from khabar.pipeline import analyze
    doc = analyze("وأضاف هدايتا البرزي إن الأمر صعب. وقال “البرزي” إن الشرطة كانت هناك.")
    texts = [doc.raw[e.start:e.end] for e in doc.entities]
    assert texts and all(t[0] not in "“”\"«»" and t[-1] not in "“”\"«»" for t in texts)
    assert {e.canonical for e in doc.entities if e.label == "PER"} == {"هدايتا البرزي"}
