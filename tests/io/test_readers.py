"""Reading raw input: files, directories, stdin, JSONL and gzip; failures become records."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os

import pytest

from khabar.errors import ConfigError, InputError
from khabar.io.readers import Record, iter_records, read_text_file

BAN = "اعترف الأمين العام للأمم المتحدة بان كي مون بأن الوضع في سوريا صعب."
GENEVA = "استؤنفت اجتماعات مؤتمر جنيف 2 بين وفدي المعارضة والحكومة السورية."
PAGE = (f"<!doctype html><html><head><title>جنيف 2</title><script>x()</script></head>"
        f"<body><h1>{GENEVA}</h1><p>{BAN}</p></body></html>")


def _write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def _jsonl(*objs):
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)
                     for o in objs) + "\n"


def test_text_file_in_each_encoding(tmp_path):
    for enc, expected in [("utf-8", "utf-8"), ("cp1256", "cp1256"), ("iso-8859-6", "iso-8859-6"),
                          ("utf-16", "utf-16-le")]:
        p = _write(tmp_path / f"{enc}.txt", BAN.encode(enc))
        [rec] = iter_records([p])
        assert rec == Record(text=BAN, id=p, encoding=expected, origin=p)
        assert read_text_file(p) == rec


def test_html_file_and_html_content_sniffed(tmp_path):
    p = _write(tmp_path / "page.html", PAGE)
    [rec] = iter_records([p])
    assert rec.text == f"{GENEVA}\n\n{BAN}" and rec.title == "جنيف 2" and rec.ok
    q = _write(tmp_path / "scraped.txt", PAGE)
    assert next(iter_records([q])).text == rec.text
    raw = next(iter_records([q], fmt="text"))
    assert raw.text == PAGE
    assert next(iter_records([_write(tmp_path / "p.txt", BAN)], fmt="html")).text == BAN


def test_jsonl_good_and_bad_lines_keep_order(tmp_path):
    content = _jsonl(
        {"text": BAN, "id": "a1", "title": "بان كي مون", "date": "2014-01-25",
         "url": "http://x/1", "source": "الحياة", "section": "دولي"},
        "",
        "{not json",
        "[1, 2]",
        {"id": "no-text"},
        {"text": 42},
        {"text": GENEVA, "id": 7, "date": 2014},
        "   ",
        {"text": BAN, "meta": {"lang": "ar"}},
        {"text": GENEVA, "title": ["x"]},
    )
    p = _write(tmp_path / "batch.jsonl", content)
    recs = list(iter_records([p]))
    assert [r.origin for r in recs] == [f"{p}:{n}" for n in (1, 3, 4, 5, 6, 7, 9, 10)]
    first = recs[0]
    assert first == Record(text=BAN, id="a1", title="بان كي مون", date="2014-01-25",
                           url="http://x/1", source="الحياة", meta={"section": "دولي"},
                           encoding="utf-8", origin=f"{p}:1")
    assert [r.ok for r in recs] == [True, False, False, False, False, True, True, False]
    for r in recs:
        if not r.ok:
            assert r.text is None and r.error.startswith(f"{r.origin}: ")
    assert "not valid JSON" in recs[1].error
    assert "expected a JSON object, got an array" in recs[2].error
    assert 'no "text" field (keys: id)' in recs[3].error
    assert '"text" must be a string' in recs[4].error
    assert (recs[5].text, recs[5].id, recs[5].date) == (GENEVA, "7", "2014")
    assert recs[6].id == f"{p}:9" and recs[6].meta == {"lang": "ar"}
    assert '"title" must be a string' in recs[7].error


def test_jsonl_sniffed_without_extension_and_title_not_prepended(tmp_path):
    p = _write(tmp_path / "export.txt", "\n\n" + _jsonl({"text": BAN, "title": GENEVA}))
    [rec] = iter_records([p])
    assert rec.text == BAN and rec.title == GENEVA and rec.origin == f"{p}:3"


def test_jsonl_forced_and_cp1256_line(tmp_path):
    good = json.dumps({"text": BAN}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"text": GENEVA}, ensure_ascii=False).encode("cp1256")
    p = _write(tmp_path / "data.dat", good + b"\n" + legacy + b"\n")
    recs = list(iter_records([p], fmt="jsonl"))
    assert [(r.text, r.encoding) for r in recs] == [(BAN, "utf-8"), (GENEVA, "cp1256")]


def test_jsonl_with_bom_and_utf16(tmp_path):
    text = _jsonl({"text": BAN}, {"text": GENEVA})
    p = _write(tmp_path / "bom.jsonl", codecs.BOM_UTF8 + text.encode())
    assert [r.text for r in iter_records([p])] == [BAN, GENEVA]
    q = _write(tmp_path / "wide.jsonl", text.encode("utf-16"))
    recs = list(iter_records([q]))
    assert [(r.text, r.encoding, r.origin) for r in recs] == [
        (BAN, "utf-16-le", f"{q}:1"), (GENEVA, "utf-16-le", f"{q}:2")]


def test_json_array_and_object(tmp_path):
    p = _write(tmp_path / "arr.json", json.dumps([{"text": BAN}, {"text": GENEVA, "id": "g"}, 3],
                                                  ensure_ascii=False, indent=2))
    recs = list(iter_records([p]))
    assert [r.origin for r in recs] == [f"{p}[0]", f"{p}[1]", f"{p}[2]"]
    assert [r.text for r in recs[:2]] == [BAN, GENEVA] and recs[1].id == "g"
    assert "expected a JSON object, got a number" in recs[2].error
    q = _write(tmp_path / "one.json", json.dumps({"text": BAN}, ensure_ascii=False, indent=2))
    assert [(r.text, r.id) for r in iter_records([q])] == [(BAN, q)]


def test_directory_tree_sorted_skips_hidden_and_other_extensions(tmp_path):
    root = tmp_path / "news"
    _write(root / "b.txt", BAN)
    _write(root / "a.html", PAGE)
    _write(root / "sub" / "c.jsonl", _jsonl({"text": GENEVA}, {"text": BAN}))
    _write(root / "sub" / "d.txt.gz", gzip.compress(GENEVA.encode("cp1256")))
    _write(root / "sub" / "e.tar.gz", gzip.compress(b"tar"))
    _write(root / "sub" / "image.png", b"\x89PNG\r\n\x1a\n")
    _write(root / ".hidden.txt", BAN)
    _write(root / ".git" / "x.txt", BAN)
    _write(root / "z" / "y.TXT", BAN)
    recs = list(iter_records([str(root)]))
    origins = [os.path.relpath(r.origin, root) for r in recs]
    assert origins == ["a.html", "b.txt", "sub/c.jsonl:1", "sub/c.jsonl:2", "sub/d.txt.gz",
                       "z/y.TXT"]
    assert all(r.ok for r in recs)
    assert recs[4].text == GENEVA and recs[4].encoding == "cp1256"


def test_empty_directory_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    [rec] = iter_records([str(tmp_path / "empty")])
    assert not rec.ok and "no readable files" in rec.error


def test_gzip_jsonl_streams_and_truncated_gzip_is_an_error(tmp_path):
    data = gzip.compress(_jsonl({"text": BAN}, {"text": GENEVA}).encode())
    p = _write(tmp_path / "feed.jsonl.gz", data)
    assert [r.text for r in iter_records([p])] == [BAN, GENEVA]
    q = _write(tmp_path / "noext", data)                  # gzip found by magic number
    assert [r.text for r in iter_records([q])] == [BAN, GENEVA]
    big = gzip.compress(_jsonl(*({"text": f"{BAN} {i}"} for i in range(3000))).encode())
    t = _write(tmp_path / "cut.jsonl.gz", big[: len(big) // 2])
    recs = list(iter_records([t]))
    assert recs[0].ok and not recs[-1].ok
    assert recs[-1].error.startswith(f"{t}: damaged or truncated gzip data")
    with pytest.raises(InputError, match="truncated gzip"):
        read_text_file(_write(tmp_path / "cut.txt.gz", gzip.compress(BAN.encode())[:-9]))


def test_missing_and_binary_files_are_records_and_batch_continues(tmp_path):
    png = _write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    good = _write(tmp_path / "good.txt", BAN)
    missing = str(tmp_path / "missing.txt")
    recs = list(iter_records([missing, png, good]))
    assert [r.ok for r in recs] == [False, False, True]
    assert recs[0].error == f"{missing}: no such file or directory; check the path"
    assert recs[1].error == (f"{png}: looks like binary data (PNG image); "
                             "Khabar reads text, HTML or JSONL")
    assert recs[0].text is None and recs[0].id == missing
    with pytest.raises(InputError, match="no such file"):
        read_text_file(missing)
    with pytest.raises(InputError, match="PNG image"):
        read_text_file(png)


def test_empty_file(tmp_path):
    p = _write(tmp_path / "empty.txt", b"")
    assert list(iter_records([p])) == [Record(text="", id=p, encoding="utf-8", origin=p)]
    assert list(iter_records([_write(tmp_path / "empty.jsonl", b"")])) == []


class _BinaryStdin:
    def __init__(self, data):
        self.buffer = io.BytesIO(data)


def test_stdin_bytes_text_and_jsonl():
    [rec] = iter_records(["-"], stdin=_BinaryStdin(BAN.encode("cp1256")))
    assert (rec.text, rec.id, rec.encoding) == (BAN, "<stdin>", "cp1256")
    recs = list(iter_records(["-"], stdin=io.StringIO(_jsonl({"text": BAN}, "oops"))))
    assert recs[0].text == BAN and recs[0].origin == "<stdin>:1"
    assert recs[1].error.startswith("<stdin>:2: not valid JSON")
    [rec] = iter_records(["-"], stdin=io.BytesIO(gzip.compress(PAGE.encode())))
    assert rec.text == f"{GENEVA}\n\n{BAN}"
    recs = list(iter_records(["-", "-"], stdin=io.StringIO(BAN)))
    assert recs[0].text == BAN and "already read" in recs[1].error


def test_device_is_refused_not_read_forever():
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    [rec] = iter_records(["/dev/zero"])
    assert "not a regular file" in rec.error
    with pytest.raises(InputError, match="not a regular file"):
        read_text_file("/dev/zero")


def test_record_is_hashable_and_frozen():
    rec = Record(text=BAN, id="x", meta={"a": 1})
    assert hash(rec) == hash(Record(text=BAN, id="x", meta={"b": 2}))
    with pytest.raises(AttributeError):
        rec.text = "y"


def test_bad_format_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown input format"):
        iter_records(["x"], fmt="xml")
    with pytest.raises(ConfigError):
        read_text_file("x", fmt="jsonl")


def test_jsonl_is_streamed_not_read_whole(tmp_path):
    lines = _jsonl(*({"text": f"{BAN} {i}"} for i in range(2000))).encode()
    stdin = _BinaryStdin(lines)
    it = iter_records(["-"], stdin=stdin)
    first = next(it)
    assert first.text == f"{BAN} 0"
    assert stdin.buffer.tell() < len(lines) // 10      # only a little has been read
    assert sum(1 for _ in it) == 1999
