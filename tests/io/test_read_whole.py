"""One whole input: format by extension or content, decoding, read errors as records."""
from __future__ import annotations

import io
import json

import pytest

from khabar.errors import InputError
from khabar.io._read_whole import document, from_file, from_stream

BAN = "اعترف الأمين العام للأمم المتحدة بان كي مون بأن الوضع في سوريا صعب."
PAGE = f"<html><head><title>جنيف 2</title></head><body><p>{BAN}</p></body></html>"


def test_document_by_extension_content_and_format() -> None:
    [html] = document(PAGE.encode(), "p.txt", "auto", ".txt", allow_json=True)
    assert (html.text, html.title) == (BAN, "جنيف 2")
    [raw] = document(PAGE.encode(), "p.txt", "text", ".txt", allow_json=True)
    assert raw.text == PAGE
    [legacy] = document(BAN.encode("cp1256"), "b.txt", "auto", ".txt", allow_json=False)
    assert (legacy.text, legacy.encoding) == (BAN, "cp1256")
    obj = json.dumps({"text": BAN}, ensure_ascii=False).encode()
    assert document(obj, "o.txt", "auto", ".txt", allow_json=False)[0].text == obj.decode()
    assert document(obj, "o.txt", "auto", ".txt", allow_json=True)[0].text == BAN
    with pytest.raises(InputError, match="PNG image"):
        document(b"\x89PNG\r\n\x1a\n\x00", "x.txt", "auto", ".txt", allow_json=True)


def test_from_stream_sniffs_jsonl_after_blank_lines() -> None:
    data = b"\n \n" + json.dumps({"text": BAN}, ensure_ascii=False).encode() + b"\n"
    [rec] = from_stream(io.BytesIO(data), "feed", "auto", "")
    assert (rec.text, rec.origin) == (BAN, "feed:3")


def test_from_file_failures_are_records(tmp_path) -> None:
    missing = str(tmp_path / "أخبار.txt")
    [rec] = from_file(missing, "auto")
    assert not rec.ok and "no such file" in rec.error
    [dev] = from_file("/dev/zero", "auto")
    assert "not a regular file" in dev.error
