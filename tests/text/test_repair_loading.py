"""The repair model's fast paths (issue 3, speed): the whole-text parse of the model files and
the list-built spelling candidates give exactly what the plain definitions give."""
from __future__ import annotations

import gzip
import struct
import sys
from array import array
from itertools import accumulate
from pathlib import Path

import pytest

from khabar.errors import ResourceError
from khabar.text.repair.candidates import edits1, edits1_by_kind
from khabar.text.repair.lexicon import bigram_hash, lexicon, write_model
from khabar.text.repair.scoring import (CHANNEL, MIN_SPELL_CAND, MIN_SPELL_LEN,
                                        spelling_candidates)

# The module, not the function of the same name that khabar.text.repair exports.
LEX = sys.modules["khabar.text.repair.lexicon"]

WORDS = ["الأمم", "المتحدة", "مخيمات", "السلمية", "اعترف", "والتزام", "بالوفدين", "لسكانها",
         "الحكومة", "المستشفيات", "مخميات", "السملية", "الحكومه", "المستشفيت", "وأثني", "قال"]


def _reference_load(folder: Path) -> tuple[int, dict[str, int], list[int], list[int]]:
    """The model read line by line and summed one delta at a time (the plain definition)."""
    with gzip.open(folder / LEX.UNIGRAMS, "rt", encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        uni = {}
        for line in fh:
            w, _, c = line.rstrip("\n").partition("\t")
            uni[w] = int(c)
    data = gzip.decompress((folder / LEX.BIGRAMS).read_bytes())
    (n,) = struct.unpack("<I", data[4:8])
    deltas = struct.unpack(f"<{n}I", data[8:8 + 4 * n])
    counts = struct.unpack(f"<{n}H", data[8 + 4 * n:8 + 6 * n])
    return int(head[1]), uni, list(accumulate(deltas)), list(counts)


def test_shipped_model_loads_as_the_plain_parse():
    lex = LEX.load_model()
    total, uni, keys, counts = _reference_load(LEX.MODEL_DIR)
    assert lex.total == total and lex.uni == uni and list(lex.uni) == list(uni)
    assert list(lex._keys) == keys and list(lex._counts) == counts
    assert lex.count("المتحدة") > 1000 and lex.bigram("الأمم", "المتحدة") > 100


def test_written_model_round_trips(tmp_path: Path):
    uni = [("الأمم", 50), ("المتحدة", 40), ("مخيمات", 7), ("قال", 1)]
    pairs = {bigram_hash("الأمم", "المتحدة"): 30, bigram_hash("قال", "الأمم"): 70000,
             0xFFFFFFFF: 2, 0: 1}
    write_model(tmp_path, uni, 98, pairs)
    lex = LEX.load_model(tmp_path)
    assert lex.total == 98 and list(lex.uni.items()) == uni
    assert lex.bigram("الأمم", "المتحدة") == 30 and lex.bigram("قال", "الأمم") == 65535
    assert lex.bigram("المتحدة", "الأمم") == 0
    assert list(lex._keys) == sorted(pairs) and isinstance(lex._keys, array)


@pytest.mark.parametrize("text", ["#total\t5\nالأمم\n", "#total\t5\nالأمم\t2\t3\n",
                                  "total\t5\nالأمم\t2\n", "#total\t5\nالأمم\tاثنان\n"])
def test_damaged_unigrams_raise(tmp_path: Path, text: str):
    write_model(tmp_path, [("الأمم", 2)], 5, {1: 1})
    with gzip.open(tmp_path / LEX.UNIGRAMS, "wt", encoding="utf-8") as fh:
        fh.write(text)
    with pytest.raises(ResourceError):
        LEX.load_model(tmp_path)


def test_damaged_or_missing_bigrams_raise(tmp_path: Path):
    write_model(tmp_path, [("الأمم", 2)], 5, {1: 1, 7: 2})
    data = gzip.decompress((tmp_path / LEX.BIGRAMS).read_bytes())
    (tmp_path / LEX.BIGRAMS).write_bytes(gzip.compress(data[:-3]))
    with pytest.raises(ResourceError):
        LEX.load_model(tmp_path)
    (tmp_path / LEX.BIGRAMS).write_bytes(gzip.compress(b"XXXX" + data[4:]))
    with pytest.raises(ResourceError):
        LEX.load_model(tmp_path)
    (tmp_path / LEX.BIGRAMS).unlink()
    with pytest.raises(ResourceError):
        LEX.load_model(tmp_path)


def test_edits1_by_kind_is_edits1_grouped():
    for word in WORDS + ["", "ب", "لل", "ءآ", "ئؤء"]:
        grouped = [(c, kind) for kind, cands in edits1_by_kind(word) for c in cands]
        assert grouped == list(edits1(word))


def _reference_spelling(lex, key: str) -> tuple[tuple[str, float], ...]:
    if len(key) < MIN_SPELL_LEN:
        return ()
    out: dict[str, float] = {}
    for cand, kind in edits1(key):
        if lex.count(cand) >= MIN_SPELL_CAND and CHANNEL[kind] > out.get(cand, -1e9):
            out[cand] = CHANNEL[kind]
    return tuple(sorted(out.items()))


def test_spelling_candidates_equal_the_edits1_loop():
    lex = lexicon()
    typos = [w[:i] + w[i + 1:] for w in WORDS for i in range(len(w))]
    typos += [w[:i] + "ن" + w[i:] for w in WORDS for i in range(len(w) + 1)]
    found = 0
    for word in WORDS + typos:
        got = spelling_candidates(lex, word)
        assert got == _reference_spelling(lex, word)
        found += bool(got)
    assert found > 50
    assert ("مخيمات", CHANNEL["trans"]) in spelling_candidates(lex, "مخميات")
