"""The PADT export's sentence-final copy runs: detection, the ``--report-artefacts`` scoring
of ``khabar evaluate morph``, and the tagger training's cut (hand-written CoNLL-U)."""
from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.evaluate.conll18 import evaluate
from khabar.evaluate.morph import _print_without_artefacts, main
from khabar.evaluate.padt_artefacts import (artefact_blocks, block_tokens, final_run,
                                            sentence_blocks, without_artefacts)


def row(wid: str, form: str, upos: str = "_", lemma: str = "_") -> str:
    return f"{wid}\t{form}\t{lemma}\t{upos}\t_\t_\t_\t_\t_\t_"


def sent(text: str, *rows: str) -> str:
    return "\n".join([f"# text_tokens = {text}", *rows]) + "\n\n"


# 1: clean, ends in a properly split token; 2: «بمصر» written twice (ب + مصر);
# 3: «لمساعدتنا» three times (ل + مساعدة + نا); 4: a repeated number is no artefact.
CLEAN = sent("قال الوزير بالوفدين",
             row("1", "قال", "VERB", "قَال"), row("2", "الوزير", "NOUN", "وَزِير"),
             row("3-4", "بالوفدين"), row("3", "ب", "ADP", "بِ"), row("4", "الوفدين", "NOUN", "وَفد"))
MISR = sent("اجتمع الرئيس بمصر بمصر",
            row("1", "اجتمع", "VERB"), row("2", "الرئيس", "NOUN"),
            row("3", "بمصر", "ADP"), row("4", "بمصر", "X"))
HELP = sent("ليسوا بحاجة لمساعدتنا لمساعدتنا لمساعدتنا",
            row("1", "ليسوا", "VERB"), row("2-3", "بحاجة"), row("2", "ب", "ADP"),
            row("3", "حاجة", "NOUN"), row("4", "لمساعدتنا", "ADP"),
            row("5", "لمساعدتنا", "NOUN"), row("6", "لمساعدتنا", "PRON"))
NUMS = sent("عام 2 2", row("1", "عام", "NOUN"), row("2", "2", "NUM"), row("3", "2", "NUM"))
GOLD = CLEAN + MISR + HELP + NUMS


def test_final_run_rule():
    blocks = sentence_blocks(GOLD)
    assert len(blocks) == 4
    assert block_tokens(blocks[0])[-1] == ("بالوفدين", ("ب", "الوفدين"))
    assert artefact_blocks(GOLD) == [0, 2, 3, 0]
    assert final_run([("بمصر", ("بمصر",))]) == 0       # one copy is a plain word
    assert final_run([("بمصر", ("ب", "مصر")), ("بمصر", ("بمصر",))]) == 0
    assert final_run([]) == 0


def test_without_artefacts_drops_whole_sentences():
    blocks = sentence_blocks(GOLD)
    system = [CLEAN, MISR, HELP, NUMS]
    gold, sys_text, ex = without_artefacts(blocks, system)
    assert gold == CLEAN + NUMS and sys_text == CLEAN + NUMS
    assert (ex.sentences, ex.copies, ex.tokens, ex.words) == (2, 5, 9, 10)
    with pytest.raises(ValueError):
        without_artefacts(blocks, system[:3])


# The system splits the copies as a real analysis would: «بمصر» → ب + مصر each time.
SYS_MISR = sent("اجتمع الرئيس بمصر بمصر",
                row("1", "اجتمع", "VERB"), row("2", "الرئيس", "NOUN"),
                row("3-4", "بمصر"), row("3", "ب", "ADP"), row("4", "مصر", "X"),
                row("5-6", "بمصر"), row("5", "ب", "ADP"), row("6", "مصر", "X"))


def test_diagnostic_scores_without_the_artefact_sentences(capsys):
    gold = CLEAN + MISR + NUMS
    system = [CLEAN, SYS_MISR, NUMS]
    headline = evaluate(gold, "".join(system))
    assert headline["Words"].f1 < 1.0 and headline["UPOS"].f1 < 1.0
    _print_without_artefacts(gold, system)
    out = capsys.readouterr().out
    assert "diagnostic" in out and "1 of 3 gold sentences" in out
    assert "4 gold tokens, 4 gold words" in out
    words = next(line for line in out.splitlines() if "w/o artefacts Words" in line)
    assert words.split()[-1] == "100.00"
    with pytest.raises(InputError):
        _print_without_artefacts(gold, system[:2])


def test_report_artefacts_option(tmp_path, capsys):
    gold = tmp_path / "gold.conllu"
    gold.write_text(CLEAN + MISR, encoding="utf-8")
    assert main(["--gold", str(gold), "--segment-only", "--report-artefacts"]) == 0
    out = capsys.readouterr().out
    head = out.index("Words")
    diag = out.index("without the PADT export artefacts")
    assert head < diag                                  # the headline comes first
    assert "1 of 2 gold sentences" in out
    assert main(["--gold", str(gold), "--segment-only"]) == 0
    assert "without the PADT export artefacts" not in capsys.readouterr().out


def test_tagger_training_cuts_the_same_runs(tmp_path):
    from khabar.morph.tag_data import read_conllu
    from training.seg_padt import final_run as seg_final_run
    from training.tag_artefacts import cut_artefact, drop_artefacts
    path = tmp_path / "train.conllu"
    path.write_text(GOLD, encoding="utf-8")
    sents = list(read_conllu(path))
    cut = [cut_artefact(s) for s in sents]
    assert [len(s) - len(c) for s, c in zip(sents, cut)] == [0, 2, 3, 0]
    assert [w.form for w in cut[2]] == ["ليسوا", "ب", "حاجة"]
    assert len(drop_artefacts(sents)) == 4
    for b in sentence_blocks(GOLD):
        assert seg_final_run(block_tokens(b)) == final_run(block_tokens(b))
