"""The export artefacts of the shared PADT files: a sentence-final multiword token written as
one whole copy of its surface per word (training.seg_padt.final_run / drop_final_runs)."""
from training.seg_padt import drop_final_runs, final_run

ART = [("رفض", ("رفض",)), ("عروض", ("عروض",)), ("بمصر", ("بمصر",)), ("بمصر", ("بمصر",))]
TRIPLE = [("بحاجة", ("بحاجة",))] + [("لمساعدتنا", ("لمساعدتنا",))] * 3
SPLIT = [("اختفاء", ("اختفاء",)), ("بمصر", ("ب", "مصر"))]


def test_a_final_run_of_whole_copies_is_an_artefact():
    assert final_run(ART) == 2
    assert final_run(TRIPLE) == 3


def test_ordinary_endings_are_not():
    assert final_run(SPLIT) == 0
    assert final_run([("قال", ("قال",)), ("الوزير", ("الوزير",))]) == 0
    # repeated punctuation and a repeat inside the sentence are real text
    assert final_run([("قال", ("قال",)), (".", (".",)), (".", (".",))]) == 0
    assert final_run([("فصلا", ("فصلا",)), ("فصلا", ("فصلا",)), ("جديدا", ("جديدا",))]) == 0
    # a split copy before the last token breaks the run
    assert final_run([("بمصر", ("ب", "مصر")), ("بمصر", ("بمصر",))]) == 0
    assert final_run([]) == 0


def test_drop_final_runs_keeps_the_rest_of_the_sentence():
    out = drop_final_runs([ART, SPLIT, TRIPLE, [("بمصر", ("بمصر",)), ("بمصر", ("بمصر",))]])
    assert out == [ART[:2], SPLIT, TRIPLE[:1]]     # an all-artefact sentence disappears
