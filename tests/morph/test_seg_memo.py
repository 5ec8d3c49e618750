"""The memorization table of training/train_segmenter.py: artefact analyses dropped, close
rivals judged by the ranking model."""
from __future__ import annotations

from collections import Counter

from khabar.morph.seg_model import Resources
from training.train_segmenter import fits, memo_table


def test_clitic_analyses_and_fused_particles_fit():
    assert fits("بالوفدين", ("ب", "الوفدين"))
    assert fits("للصناعة", ("ل", "الصناعة"))
    assert fits("حكومته", ("حكومة", "ه"))
    assert fits("مما", ("من", "ما"))
    assert fits("ألا", ("أن", "لا"))
    assert fits("لاسيما", ("لا", "سي", "ما"))
    assert fits("الوزير", ("الوزير",))


def test_analyses_running_into_the_next_token_do_not_fit():
    assert not fits("يفكر", ("يفكر", "في"))
    assert not fits("الوزير", ("الوزير", "الأمريكي"))
    assert not fits("ايار", ("أيار", "/"))
    assert not fits("وبدأ", ("و", "_", "بدأ"))


def _weights_preferring(feature: str) -> dict[str, float]:
    return {feature: 5.0}


def test_a_clear_majority_is_kept_whatever_the_model_says():
    analyses = {"فيما": Counter({("فيما",): 39, ("في", "ما"): 39}),
                "لقد": Counter({("لقد",): 25, ("ل", "قد"): 6})}
    memo = memo_table(analyses, _weights_preferring("c=ل||0"), Resources())
    assert memo["لقد"] == ("لقد",)
    # في + ما is no clitic analysis: the model cannot judge it, the count order stays
    assert memo["فيما"] == max(analyses["فيما"].items(), key=lambda kv: (kv[1], kv[0]))[0]


def test_close_rivals_are_judged_by_the_model():
    analyses = {"بلادهم": Counter({("بلادهم",): 2, ("بلاد", "هم"): 2}),
                "نظرنا": Counter({("نظرنا",): 1, ("نظر", "نا"): 1})}
    split = memo_table(analyses, _weights_preferring("k=S"), Resources())
    assert split == {"بلادهم": ("بلاد", "هم"), "نظرنا": ("نظر", "نا")}
    whole = memo_table(analyses, {"k=S": -5.0}, Resources())
    assert whole == {"بلادهم": ("بلادهم",), "نظرنا": ("نظرنا",)}


def test_decompose_aligns_clitics_to_the_surface():
    from training.seg_padt import decompose
    assert decompose("بالوفدين", ("ب", "الوفدين")) == (("ب", "", False), "الوفدين")
    assert decompose("للصناعة", ("ل", "الصناعة")) == (("ل", "", True), "الصناعة")
    assert decompose("حكومته", ("حكومة", "ه")) == (("", "ه", False), "حكومة")
    assert decompose("مما", ("من", "ما")) is None


def test_context_table_keeps_a_previous_token_that_changes_the_analysis():
    from training.seg_memo import context_table
    sents = [[("قال", ("قال",)), ("بأن", ("ب", "أن"))]] * 2 + [[("بأن", ("بأن",))]] * 3
    memo = {"قال": ("قال",), "بأن": ("بأن",)}
    assert context_table(sents, memo) == {"بأن": {"قال": "ب أن"}}


def test_words_f1_scores_gold_tokens_by_lcs():
    from training.seg_eval import lcs, words_f1
    assert lcs(("و", "قال"), ("و", "قال")) == 2 and lcs(("وقال",), ("و", "قال")) == 0
    sents = [[("وقال", ("و", "قال")), ("الوزير", ("الوزير",))]]
    f1, acc = words_f1(sents, lambda forms: [("وقال",), ("الوزير",)])
    assert round(f1, 2) == 40.0 and acc == 50.0   # P 1/2, R 1/3


def test_train_segmenter_reexports_its_parts():
    import training.train_segmenter as ts
    from training import seg_eval, seg_memo, seg_padt, seg_rank
    assert ts.fits is seg_padt.fits and ts.memo_table is seg_memo.memo_table
    assert ts.build_model is seg_rank.build_model and ts.cross_validate is seg_eval.cross_validate
