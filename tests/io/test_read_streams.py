"""Byte streams of the readers: bytes put back, gzip by magic number, messages for errors."""
from __future__ import annotations

import gzip
import io
import zlib

from khabar.io._read_streams import Prefixed, describe, format_ext, open_stream, special_file

BAN = "اعترف الأمين العام للأمم المتحدة بان كي مون بأن الوضع في سوريا صعب."
LINES = f"{BAN}\nاستؤنفت اجتماعات مؤتمر جنيف 2\n".encode()


def test_prefixed_reads_head_then_stream() -> None:
    p = Prefixed(LINES[:5], io.BytesIO(LINES[5:]))
    assert p.read(3) + p.read(4) == LINES[:7]
    assert p.readline() == f"{BAN}\n".encode()[7:]
    assert list(p) == [LINES.split(b"\n", 1)[1]]
    assert p.read() == b""


def test_prefixed_readline_with_limit_and_newline_in_head() -> None:
    p = Prefixed(b"ab\ncd", io.BytesIO(b"ef\n"))
    assert p.readline(10) == b"ab\n"
    assert p.readline(1) == b"c"
    assert p.readline() == b"def\n"


def test_open_stream_gunzips_by_magic_number() -> None:
    assert open_stream(io.BytesIO(gzip.compress(LINES))).read() == LINES
    assert open_stream(io.BytesIO(LINES)).read() == LINES
    assert open_stream(io.BytesIO(b"")).read() == b""


def test_format_ext_ignores_gz_and_case() -> None:
    assert [format_ext(n) for n in ("a/أخبار.JSONL.gz", "x.txt", "feed.gz", "noext")] == \
        [".jsonl", ".txt", "", ""]


def test_describe_words_errors_with_a_fix() -> None:
    assert "gzip -t" in describe(zlib.error("bad"), "a.gz")
    assert describe(FileNotFoundError(2, "x"), "م.txt") == \
        "م.txt: no such file or directory; check the path"
    assert describe(OSError(5, "I/O error"), "f") == "f: cannot read (I/O error); check the file"


def test_special_file_refuses_devices(tmp_path) -> None:
    assert special_file("/dev/null") is not None
    assert special_file(str(tmp_path)) is None
    assert special_file(str(tmp_path / "missing")) is None
