"""Folders of the readers: which files are read, in which order, and Parquet tables."""
from __future__ import annotations

from khabar.io._read_dirs import from_dir, parquet_files, wanted_file

BAN = "اعترف الأمين العام للأمم المتحدة بان كي مون بأن الوضع في سوريا صعب."


def test_wanted_file_by_extension_and_inner_gz_extension() -> None:
    assert [wanted_file(n) for n in ("أخبار.TXT", "a.jsonl.gz", "a.gz", "a.tar.gz", "a.png",
                                     "a.parquet")] == [True, True, True, False, False, False]


def test_from_dir_sorted_skipping_hidden_and_reporting_others(tmp_path) -> None:
    for rel in ("b.txt", "a/c.txt", ".hidden.txt", ".git/x.txt", "photo.png"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(BAN, encoding="utf-8")
    skipped: list[str] = []
    recs = list(from_dir(str(tmp_path), "auto", skipped.append))
    assert [r.origin for r in recs] == [str(tmp_path / "a" / "c.txt"), str(tmp_path / "b.txt")]
    assert all(r.text == BAN for r in recs)
    assert skipped == [str(tmp_path / "photo.png")]
    (tmp_path / "empty").mkdir()
    [rec] = from_dir(str(tmp_path / "empty"), "auto")
    assert "no readable files" in rec.error


def test_parquet_files_of_a_file_a_folder_or_a_job_output(tmp_path) -> None:
    docs = tmp_path / "out" / "documents"
    docs.mkdir(parents=True)
    (docs / "part-1.parquet").write_bytes(b"")
    (docs / "part-0.parquet").write_bytes(b"")
    (docs / "_SUCCESS").write_bytes(b"")
    assert parquet_files(str(tmp_path / "out")) == [str(docs / "part-0.parquet"),
                                                    str(docs / "part-1.parquet")]
    assert parquet_files(str(docs / "part-0.parquet")) == [str(docs / "part-0.parquet")]
    (docs / "notes.txt").write_text(BAN, encoding="utf-8")
    assert parquet_files(str(docs)) is None
    assert parquet_files(str(tmp_path / "missing.txt")) is None
