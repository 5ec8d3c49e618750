"""JSON input of the readers: objects, JSONL lines, sniffing, analyzed objects."""
from __future__ import annotations

import json

from khabar.io._read_json import (from_object, is_json_object_line, iter_jsonl, json_document,
                                  jsonl_line)

BAN = "اعترف الأمين العام للأمم المتحدة بان كي مون بأن الوضع في سوريا صعب."
GENEVA = "استؤنفت اجتماعات مؤتمر جنيف 2 بين وفدي المعارضة والحكومة السورية."


def test_object_fields_meta_and_numbers() -> None:
    rec = from_object({"text": BAN, "id": 7, "date": 2014, "section": "دولي",
                       "meta": {"lang": "ar"}}, "f:1", "utf-8", {"decode_replaced": 1})
    assert (rec.text, rec.id, rec.date, rec.encoding, rec.origin) == \
        (BAN, "7", "2014", "utf-8", "f:1")
    assert rec.meta == {"decode_replaced": 1, "lang": "ar", "section": "دولي"}


def test_bad_objects_fail_with_a_reason() -> None:
    assert "got an array" in from_object([1], "f:2", None, {}).error
    assert "each item must be" in from_object(3, "f[0]", None, {}).error
    assert 'no "text" field (keys: id)' in from_object({"id": "x"}, "f:3", None, {}).error
    assert "an error line" in from_object({"error": "boom"}, "f:4", None, {}).error
    assert '"title" must be a string' in from_object({"text": BAN, "title": []}, "f", None,
                                                     {}).error


def test_analyzed_object_keeps_its_analysis() -> None:
    obj = {"schema": "1", "tokens": [], "text": GENEVA, "date": "2014-02-13",
           "meta": {"id": "g", "title": "جنيف", "encoding": "cp1256", "extra": 1}}
    rec = from_object(obj, "f:1", "utf-8", {})
    assert (rec.id, rec.title, rec.encoding, rec.meta, rec.analysis) == \
        ("g", "جنيف", "cp1256", {"extra": 1}, obj)


def test_jsonl_lines_in_utf8_cp1256_and_broken() -> None:
    legacy = json.dumps({"text": GENEVA}, ensure_ascii=False).encode("cp1256")
    assert (jsonl_line(legacy, "f:2").text, jsonl_line(legacy, "f:2").encoding) == \
        (GENEVA, "cp1256")
    assert "not valid JSON" in jsonl_line("{oops", "f:3").error
    assert "cannot parse JSON" in jsonl_line("[" * 100000 + "]" * 100000, "f:4").error


def test_sniffing_and_streaming_lines() -> None:
    line = json.dumps({"text": BAN}, ensure_ascii=False).encode()
    assert is_json_object_line(b"\xef\xbb\xbf " + line + b"\n")
    assert not is_json_object_line(b"{" + BAN.encode() + b"}")
    recs = list(iter_jsonl([line + b"\n", b"\n", b"[1]\n"], "f"))
    assert [(r.origin, r.ok) for r in recs] == [("f:1", True), ("f:3", False)]
    wide = (line.decode() + "\n").encode("utf-16")
    assert [(r.text, r.encoding) for r in iter_jsonl([wide], "w")] == [(BAN, "utf-16-le")]


def test_json_document_object_array_or_not_json() -> None:
    arr = json.dumps([{"text": BAN}, {"text": GENEVA}], ensure_ascii=False)
    assert [r.origin for r in json_document(arr, "a.json", "utf-8", {})] == \
        ["a.json[0]", "a.json[1]"]
    assert json_document(BAN, "t.txt", "utf-8", {}) is None
    assert json_document("[1, 2]", "n.json", "utf-8", {}) is None
    assert json_document("{" + BAN + "}", "b.txt", "utf-8", {}) is None
