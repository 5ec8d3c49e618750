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
