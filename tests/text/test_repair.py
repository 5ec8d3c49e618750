"""Repair of scraped Arabic text: the example page, precision on clean text, span validity."""
from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.document import Repair
from khabar.text.repair import propose_repairs
from khabar.text.repair.candidates import analyzable, wasl_variant
from khabar.text.repair.lexicon import lexicon
from khabar.text.view import View

EXPECTED = {"الأممالمتحدة": "الأمم المتحدة", "الأممالمتحدةبجنوب": "الأمم المتحدة بجنوب",
            "السملية": "السلمية", "مخميات": "مخيمات", "إعترف": "اعترف",
            "وإلتزام": "والتزام", "وأثني": "وأثنى"}
HAMZA = str.maketrans("أإآ", "ااا")


@pytest.fixture(scope="module")
def lex():
    return lexicon()  # loaded once for the module


def _valid(raw: str, reps: list[Repair]) -> None:
    prev = 0
    for r in reps:
        assert 0 <= prev <= r.start < r.end <= len(raw)
        prev = r.end
        assert r.kind in ("split", "spelling", "orthography")
        assert 0.0 <= r.confidence <= 1.0
        seg = raw[r.start:r.end]
        if r.kind == "split":
            assert " " in r.replacement and r.replacement.replace(" ", "") == seg
        else:
            assert " " not in r.replacement and r.replacement != seg


def test_example_page_all_defects_and_no_false_repair(page, lex):
    reps = propose_repairs(page)
    _valid(page, reps)
    found = {}
    for r in reps:
        seg = page[r.start:r.end]
        if seg in EXPECTED:
            assert r.replacement == EXPECTED[seg], (seg, r)
            found[seg] = found.get(seg, 0) + 1
        else:  # only hamza restoration is tolerated
            assert seg.translate(HAMZA) == r.replacement.translate(HAMZA), (seg, r)
    assert found["الأممالمتحدة"] == 5
    assert sum(found.values()) == 11
    kinds = {page[r.start:r.end]: r.kind for r in reps}
    assert kinds["الأممالمتحدةبجنوب"] == "split"
    assert kinds["السملية"] == "spelling" and kinds["مخميات"] == "spelling"
    assert kinds["إعترف"] == kinds["وإلتزام"] == kinds["وأثني"] == "orthography"


def test_view_reads_repaired_text(page, lex):
    view = View(page, propose_repairs(page))
    assert "الأمم المتحدة بجنوب السودان" in view.text
    assert "بالطرق السلمية" in view.text and "في مخيمات بعثة" in view.text
    assert "السملية" not in view.text and "إعترف" not in view.text


def test_clean_frequent_text_untouched(lex):
    clean = ("قال الرئيس المصري عبد الفتاح السيسي إن الحكومة ستواصل العمل على تحسين الأوضاع "
             "الاقتصادية في سوريا وسورية والعراق، وأكد وزير الخارجية أن الأمم المتحدة تدعم "
             "الحل السياسي. وأشار علي إلى أن الاستثمار والانتخابات مستمرة في عام 2015م مع Google.")
    assert propose_repairs(clean) == []


def test_valid_variants_and_inflections_kept(lex):
    # سورية/سوريا are both valid; duals and pronoun suffixes are not typos.
    for text in ("زار وفد سورية أمس", "وقال إن المركزان يعملان", "المسؤولان السويسريان أكدا ذلك",
                 "تركوا بلدهم وبناءه وتشييده"):
        assert propose_repairs(text) == [], text
    assert analyzable("ينتهكونها", lex.count, 5)


def test_split_only_inserts_spaces(lex):
    raw = "وقال إن الأممالمتحدةبجنوب السودان ستواصل العمل مع الضفةالغربية"
    reps = [r for r in propose_repairs(raw) if r.kind == "split"]
    assert [raw[r.start:r.end] for r in reps] == ["الأممالمتحدةبجنوب", "الضفةالغربية"]
    assert [r.replacement for r in reps] == ["الأمم المتحدة بجنوب", "الضفة الغربية"]
    _valid(raw, reps)


def test_wasl_hamza_rule_is_narrow():
    assert wasl_variant("وإلتزام") == "والتزام"
    assert wasl_variant("إعترف") == "اعترف"
    assert wasl_variant("للإستثمار") == "للاستثمار"
    for correct_hamza in ("إنتاج", "إنشاء", "إتمام", "إسلام", "إبراهيم"):
        assert wasl_variant(correct_hamza) is None, correct_hamza


def test_diacritized_digits_latin_untouched(lex):
    raw = "بالطرق السَّمليّة 12345 Khabar بالطرق السملية"
    reps = propose_repairs(raw)
    assert [(raw[r.start:r.end], r.replacement, r.kind) for r in reps] == [
        ("السملية", "السلمية", "spelling")]
    assert reps[0].start == raw.rindex("السملية")


def test_repeated_text_gives_identical_repairs(page, lex):
    """The per-type cache must not change decisions (speed is measured in benchmarks/)."""
    text = " ".join([page] * 3)
    first = propose_repairs(text)
    assert propose_repairs(text) == first
    assert len(first) == 3 * len(propose_repairs(page))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءؤئ ًَُِّـ\u200c\n.،1aZ")),
               max_size=60))
def test_never_crashes_and_spans_valid(text):
    reps = propose_repairs(text)
    _valid(text, reps)
    View(text, reps)


@given(st.text(max_size=40))
@settings(max_examples=100, deadline=None)
def test_arbitrary_unicode(text):
    _valid(text, propose_repairs(text))


def test_synthetic_heldout_sample(data_dir, lex):
    from khabar.text.repair.synthetic import cases
    cs = [c for c in cases(data_dir, half="dev", n_per_type=40) if c.etype == "glue"]
    hits = sum((c.start, c.end, c.replacement) in
               {(r.start, r.end, r.replacement) for r in propose_repairs(c.noisy)} for c in cs)
    assert hits / len(cs) >= 0.7


def test_rare_valid_words_and_fragments_are_left_alone(lex):
    # seen on clean PADT dev text: a rare valid word, a nisba ending, a misspelt article
    for text in ("عثرت شقيقته على المتشرد ستيفن كنت", "اتخذ موقفا انتقاديا من الحكومة",
                 "وألفعاليات الثقافية مستمرة"):
        assert [(text[r.start:r.end], r.replacement) for r in propose_repairs(text)
                if r.kind != "orthography"] == []
