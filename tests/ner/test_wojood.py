"""The Wojood → flat PER/LOC/ORG converter (training/ner_wojood.py)."""
from __future__ import annotations

from training.ner_wojood import convert, flat_tags, read_nested

NESTED = """\
قالت O
وزارة B-ORG
الصحة I-ORG
الفلسطينية I-ORG B-GPE
إن O
محمد B-PERS
اشتية I-PERS
زار O
رام B-GPE
الله I-GPE
. O

$#$ O
"""


def test_outermost_spans_win_and_types_map():
    (sent, sep) = list(read_nested(NESTED.splitlines()))
    assert flat_tags(sent) == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER", "O",
                               "B-LOC", "I-LOC", "O"]
    assert [t for t, _ in sep] == ["$#$"]


def test_convert_writes_flat_file_without_separators(tmp_path):
    src = tmp_path / "val.txt"
    src.write_text(NESTED, encoding="utf-8")
    out = tmp_path / "flat.txt"
    assert convert([src], out) == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert "$#$ O" not in lines and lines[-1] == ""
    assert "الفلسطينية I-ORG" in lines and "رام B-LOC" in lines
