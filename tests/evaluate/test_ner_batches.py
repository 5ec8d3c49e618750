"""``khabar evaluate ner`` scores the same in batches of any size (``--batch-size``)."""
from __future__ import annotations

import pytest

from khabar.errors import InputError
from khabar.evaluate import ner

GOLD = """قال O
الرئيس O
محمود B-PERS
عباس I-PERS
في O
رام B-LOC
الله I-LOC

وصل O
الأخضر B-PERS
الإبراهيمي I-PERS
إلى O
جنيف B-LOC

أعلنت O
الأمم B-ORG
المتحدة I-ORG
أمس O

. O
"""


def _rows(out: str) -> list[str]:
    return [line.split("| NER")[0] for line in out.splitlines() if line.startswith("khabar")]


def test_batch_sizes_give_the_same_scores(tmp_path, capsys):
    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    outs = []
    for bs in ("1", "2", "64"):
        assert ner.main(["--gold", str(gold), "--batch-size", bs]) == 0
        outs.append(capsys.readouterr().out)
    assert _rows(outs[0]) == _rows(outs[1]) == _rows(outs[2]) and len(_rows(outs[0])) == 1
    assert "words/s CPU" in outs[0]
    counts, t_ner, _, words = ner.run_khabar(ner.read_conll(gold), 2)
    assert words == 17 and t_ner > 0 and counts["LOC"][2] == 2 and counts["PER"][0] >= 1


def test_bad_batch_size(tmp_path):
    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    with pytest.raises(InputError, match="--batch-size 0"):
        ner.main(["--gold", str(gold), "--batch-size", "0"])
