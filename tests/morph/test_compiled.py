"""The precompiled morph tables (``compiled.marshal``, issue 3: load time): used only when they
match the sources, equal to parsing the sources, and the models give the same analyses with
or without them."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from khabar.errors import ResourceError
from khabar.morph import compiled, segmenter, tagger
from khabar.morph.compiled import (FILENAME, SEG_SOURCES, TAG_SOURCES, read_compiled,
                                   write_compiled)

SENTENCES = [
    ["و", "أكد", "الوزير", "أن", "الحكومة", "ستواصل", "دعم", "المستشفيات", "."],
    ["قال", "مسؤولون", "إن", "حرائق", "الغابات", "امتدت", "إلى", "جوانب", "المدينة", "."],
    ["بالوفدين", "لسكانها", "استراتيجياتهم", "الكهروضوئيات", "علماء", "قضايا"],
]


@pytest.fixture(scope="module")
def seg_parsed() -> dict:
    return segmenter.parse_sources(segmenter.MODEL_DIR)


@pytest.fixture(scope="module")
def tag_parsed() -> dict:
    return tagger.parse_sources(tagger.MODEL_DIR)


def _same(a, b) -> bool:
    """Equal, and dicts (at any depth) in the same key order."""
    if isinstance(a, dict):
        return (isinstance(b, dict) and list(a) == list(b)
                and all(_same(a[k], b[k]) for k in a))
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    return a == b and type(a) is type(b)


def test_shipped_compiled_files_match_their_sources(seg_parsed, tag_parsed):
    seg = read_compiled(segmenter.MODEL_DIR, SEG_SOURCES)
    tag = read_compiled(tagger.MODEL_DIR, TAG_SOURCES)
    assert seg is not None and tag is not None, "run: python -m khabar.morph.compiled"
    assert _same(seg, seg_parsed)
    weights = tag["lem"].pop("weights")     # the lemma weights, stored sparse (_fast_weights)
    tag_weights = tag.pop("tag_weights")    # and the tagger's
    memo = tag.pop("row_memo")              # and the tag dictionary's rows (tag_memo)
    checked = tag.pop("checked")            # and the code its self-checks passed for
    assert _same(tag, tag_parsed)
    assert memo["nforms"] == len(tag["allowed"])
    assert checked == compiled.code_digest(), "code changed: python -m khabar.morph.compiled"
    assert set(weights) == {"CW", "DW"} and set(tag_weights) == {"W", "trans"}
    assert "دعم" in seg["news"] and tag["lem"]["tables"][0]


def test_stale_absent_or_damaged_file_is_ignored(tmp_path: Path, seg_parsed):
    folder = tmp_path / "seg"
    shutil.copytree(segmenter.MODEL_DIR, folder)
    assert _same(read_compiled(folder, SEG_SOURCES), seg_parsed)
    # a source changed after compiling: same size, other bytes
    an = folder / "an.json"
    data = an.read_bytes()
    an.write_bytes(data.replace(b"0", b"1", 1))
    assert an.stat().st_size == len(data)
    assert read_compiled(folder, SEG_SOURCES) is None
    write_compiled(folder, SEG_SOURCES, {"memo": {"والكتاب": ("و", "الكتاب")}})
    assert read_compiled(folder, SEG_SOURCES) == {"memo": {"والكتاب": ("و", "الكتاب")}}
    (folder / FILENAME).write_bytes(b"not a compiled file")
    assert read_compiled(folder, SEG_SOURCES) is None
    (folder / FILENAME).unlink()
    assert read_compiled(folder, SEG_SOURCES) is None


def test_a_missing_source_without_compiled_file_still_raises(tmp_path: Path):
    folder = tmp_path / "seg"
    shutil.copytree(segmenter.MODEL_DIR, folder)
    (folder / FILENAME).unlink()
    (folder / "news.tsv.gz").unlink()
    with pytest.raises(ResourceError):
        segmenter._Model(folder)


def test_models_loaded_from_sources_give_the_same_analyses(tmp_path: Path):
    folder = tmp_path / "tag"
    shutil.copytree(tagger.MODEL_DIR, folder)
    (folder / FILENAME).unlink()
    assert read_compiled(folder, TAG_SOURCES) is None
    slow = tagger.Tagger.load(folder)
    fast = tagger.get_tagger()
    assert read_compiled(tagger.MODEL_DIR, TAG_SOURCES) is not None
    for words in SENTENCES:
        assert slow.tag(words) == fast.tag(words)
    for a, b in zip(slow.stack, fast.stack):
        assert a[0] == b[0] and np.array_equal(a[1], b[1])
    # the tagger's float32 weights (zero row and tag bias included) and transitions: from the
    # sparse tables (compiled) exactly as from the npz (sources), bit for bit
    assert slow.W.dtype == fast.W.dtype == np.float32 and slow.W.shape == fast.W.shape
    assert np.array_equal(slow.W.view(np.uint32), fast.W.view(np.uint32))
    assert not fast.W[-1].any() and fast._zero == len(fast.W) - 1
    for p in range(2):
        assert np.array_equal(np.array(slow.trans[p]), np.array(fast.trans[p]))
    # the lemma classifiers' float32 weights: from the sparse tables (compiled) exactly as
    # from the npz (sources), bit for bit
    for a, b in ((slow.lemmatizer.CW, fast.lemmatizer.CW), (slow.lemmatizer.DW,
                                                             fast.lemmatizer.DW)):
        assert a.dtype == b.dtype == np.float32
        assert np.array_equal(a.view(np.uint32), b.view(np.uint32))
    forms = [w for s in SENTENCES for w in s]
    for upos in ("NOUN", "ADJ", "VERB", "PROPN"):
        assert ([slow.lemmatizer._lemma(f, upos) for f in forms]
                == [fast.lemmatizer._lemma(f, upos) for f in forms])


def test_compile_writes_a_matching_file(tmp_path: Path, seg_parsed):
    folder = tmp_path / "seg"
    shutil.copytree(segmenter.MODEL_DIR, folder)
    (folder / FILENAME).unlink()
    path = compiled.compile_seg(folder)
    assert path == folder / FILENAME
    assert _same(read_compiled(folder, SEG_SOURCES), seg_parsed)
    fresh = segmenter._Model(folder)
    assert fresh.analyze("والكتاب") == segmenter._model().analyze("والكتاب")


def test_column_encoding_round_trips_exactly():
    words = ["الكتاب", "والكتاب", "", "بالوفدين", "لسكانها", "x"] * 400
    words = [f"{w}{i}" for i, w in enumerate(words)]
    tables = {
        "counts": {w: i * 7 - 3 for i, w in enumerate(words)},
        "weights": {w: (i - 1000) / 3.0 for i, w in enumerate(words)} | {"صفر": -0.0},
        "spell": {w: w[::-1] for w in words},
        "feats": list(words) + [""],
        "nested": {"lem": {"forms": list(words), "n": 3}, "tags": ["NOUN", "VERB"]},
        "tuples": {w: ("و", w) for w in words},
        "newline": {w + "\n": 1 for w in words},
        "bools": {w: True for w in words},
        "huge": {w: 1 << 70 for w in words},
        "small": {"أ": 1},
        "empty": {},
    }
    kinds = {k: compiled.encode(v)[0] for k, v in tables.items()}
    assert kinds == {"counts": "si", "weights": "sf", "spell": "ss", "feats": "ls",
                     "nested": "d", "tuples": "r", "newline": "r", "bools": "r", "huge": "r",
                     "small": "d", "empty": "r"}
    back = {k: compiled.decode(compiled.encode(v)) for k, v in tables.items()}
    assert _same(back, tables)
    assert str(back["weights"]["صفر"]) == "-0.0"


def test_format_1_files_are_still_read(tmp_path: Path):
    import marshal
    import zlib
    folder = tmp_path / "seg"
    folder.mkdir()
    (folder / "an.json").write_text('{"weights": {"إن": 1.5}}', encoding="utf-8")
    tables = {"memo": {"والكتاب": ("و", "الكتاب")}, "news": {f"كتاب{i}": i for i in range(2000)}}
    obj = {"format": 1, "marshal": marshal.version, "sources": compiled.digest(folder, SEG_SOURCES),
           "tables": tables}
    (folder / FILENAME).write_bytes(zlib.compress(marshal.dumps(obj)))
    assert _same(read_compiled(folder, SEG_SOURCES), tables)
    obj["format"] = 3
    (folder / FILENAME).write_bytes(zlib.compress(marshal.dumps(obj)))
    assert read_compiled(folder, SEG_SOURCES) is None


def test_shipped_files_are_of_the_current_format():
    import marshal
    for folder in (segmenter.MODEL_DIR, tagger.MODEL_DIR):
        blob = (folder / FILENAME).read_bytes()
        assert blob.startswith(compiled.MAGIC), "uncompressed: python -m khabar.morph.compiled"
        obj = marshal.loads(compiled.unpack(blob))
        assert obj["format"] == compiled.FORMAT
        assert {v[0] for v in obj["tables"].values()} & {"si", "ss", "sx", "sf", "ls"}


def test_compressed_and_uncompressed_files_read_the_same(tmp_path: Path, seg_parsed):
    folder = tmp_path / "seg"
    shutil.copytree(segmenter.MODEL_DIR, folder)
    compiled.compile_seg(folder, compress=True)
    small = (folder / FILENAME).stat().st_size
    assert not (folder / FILENAME).read_bytes().startswith(compiled.MAGIC)
    assert _same(read_compiled(folder, SEG_SOURCES), seg_parsed)
    compiled.compile_seg(folder)
    assert (folder / FILENAME).stat().st_size > 2 * small
    assert _same(read_compiled(folder, SEG_SOURCES), seg_parsed)
    # a damaged uncompressed file: ignored
    blob = (folder / FILENAME).read_bytes()
    (folder / FILENAME).write_bytes(blob[: len(blob) // 2])
    assert read_compiled(folder, SEG_SOURCES) is None


def _bumped_copy(tmp_path: Path, npz: str, key: str) -> tuple[Path, np.ndarray]:
    """A copy of the tagger's model folder (its compiled file valid) in which cell [0, 0] of
    array ``key`` of ``npz`` is raised by 1; returns the folder and that array."""
    folder = tmp_path / "tag"
    shutil.copytree(tagger.MODEL_DIR, folder)
    assert read_compiled(folder, TAG_SOURCES) is not None
    with np.load(folder / npz) as z:
        arrays = {k: z[k].copy() for k in z.files}
    arrays[key][0, 0] += np.float16(1)
    np.savez_compressed(folder / npz, **arrays)
    return folder, arrays[key]


def test_changed_lemma_weights_make_the_tag_file_stale(tmp_path: Path):
    folder, _ = _bumped_copy(tmp_path, "lemma_weights.npz", "CW")
    assert read_compiled(folder, TAG_SOURCES) is None


def test_changed_tag_weights_make_the_tag_file_stale(tmp_path: Path):
    folder, W = _bumped_copy(tmp_path, "tag_weights.npz", "W")
    assert read_compiled(folder, TAG_SOURCES) is None
    t = tagger.Tagger.load(folder)      # parsed from the sources, weights from the npz
    b = t.fid.get("b")                  # the row the tag bias is added to
    assert np.array_equal(np.delete(t.W[:-1], b, 0), np.delete(W, b, 0).astype(np.float32))
    assert t.W[0, 0] != tagger.get_tagger().W[0, 0] or b == 0


def test_empty_or_unreadable_compiled_file_is_ignored(tmp_path: Path, seg_parsed):
    folder = tmp_path / "seg"
    shutil.copytree(segmenter.MODEL_DIR, folder)
    (folder / FILENAME).write_bytes(b"")                  # nothing to map
    assert read_compiled(folder, SEG_SOURCES) is None
    (folder / FILENAME).write_bytes(compiled.MAGIC)       # the header only
    assert read_compiled(folder, SEG_SOURCES) is None
    compiled.compile_seg(folder)
    assert _same(read_compiled(folder, SEG_SOURCES), seg_parsed)
    # the digest hashes each source in chunks: equal to hashing its bytes at once
    import hashlib
    (name, size, sha), = compiled.digest(folder, ("an.json",))
    data = (folder / "an.json").read_bytes()
    assert (size, sha) == (len(data), hashlib.sha256(data).hexdigest())


def test_shipped_morph_models_keep_within_the_size_budget():
    """Issue 3: every file of the two morph model folders (compiled.marshal included, it
    ships) ≤ 24.5 MB together: 25 MB with a margin."""
    total = sum(p.stat().st_size for d in (segmenter.MODEL_DIR, tagger.MODEL_DIR)
                for p in d.iterdir() if p.is_file())
    assert total <= 24_500_000, f"{total:,} bytes in the morph model folders"


def test_compiled_cli_help_and_unknown_option_write_nothing(capsys):
    """``--help`` prints the usage (it used to be taken for a model folder and crash);
    an unknown option exits 2 and names it."""
    from khabar.morph import compiled
    assert compiled.main(["--help"]) == 0
    assert "SEG_DIR TAG_DIR" in capsys.readouterr().out
    assert compiled.main(["--bogus"]) == 2
    assert "'--bogus'" in capsys.readouterr().err
