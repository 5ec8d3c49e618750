"""JSON input for :mod:`khabar.io.readers`: JSONL lines (streamed), a JSON object or array of
objects as a whole document, and already-analyzed objects of the JSON contract.

Nothing here raises for bad content: a line or item that is not a usable object becomes a
failed :class:`~khabar.io._read_record.Record` whose error says what is wrong and how to fix it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from khabar.errors import InputError
from khabar.io._read_record import Record, failed
from khabar.text.decode import decode_bytes

FIELDS = ("id", "title", "date", "url", "source")
BOM = b"\xef\xbb\xbf"


def _type_name(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            type(None): "null", int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def from_object(obj: Any, where: str, encoding: str | None, meta0: dict[str, Any]) -> Record:
    """A Record from one JSON object (a JSONL line or an array item)."""
    if not isinstance(obj, dict):
        unit = "item" if where.endswith("]") else "line"
        return failed(where, f"{where}: expected a JSON object, got {_type_name(obj)}; "
                             f'each {unit} must be an object like {{"text": "..."}}')
    if "schema" in obj and "tokens" in obj and isinstance(obj.get("text"), str):
        return _analyzed(obj, where, encoding)
    if "text" not in obj and isinstance(obj.get("error"), str):
        return failed(where, f"{where}: an error line, not a document: {obj['error']}")
    if "text" not in obj:
        keys = ", ".join(sorted(map(str, obj))[:8]) or "none"
        return failed(where, f'{where}: no "text" field (keys: {keys}); '
                             'put the article text under "text"')
    text = obj["text"]
    if not isinstance(text, str):
        return failed(where, f'{where}: "text" must be a string, got {_type_name(text)}')
    values: dict[str, str | None] = {}
    for key in FIELDS:
        v = obj.get(key)
        if v is None or isinstance(v, str):
            values[key] = v
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            values[key] = str(v)
        else:
            return failed(where, f'{where}: "{key}" must be a string, got {_type_name(v)}')
    meta: dict[str, Any] = dict(meta0)
    if isinstance(obj.get("meta"), dict):
        meta.update(obj["meta"])
    meta.update((k, v) for k, v in obj.items()
                if k not in FIELDS and k != "text" and not (k == "meta" and isinstance(v, dict)))
    return Record(text=text, id=values["id"] if values["id"] is not None else where,
                  title=values["title"], date=values["date"], url=values["url"],
                  source=values["source"], meta=meta, encoding=encoding, origin=where)


def _analyzed(obj: dict[str, Any], where: str, encoding: str | None) -> Record:
    """A record carrying its analysis (a JSON-contract object); checked when it is used."""
    meta = obj["meta"] if isinstance(obj.get("meta"), dict) else {}

    def get(v: Any) -> str | None:
        return v if v is None or isinstance(v, str) else str(v)

    rid = get(obj.get("id", meta.get("id")))
    return Record(text=obj["text"], id=rid if rid is not None else where,
                  title=get(meta.get("title")), date=get(obj.get("date")),
                  url=get(meta.get("url")), source=get(meta.get("source")),
                  meta={k: v for k, v in meta.items() if k not in FIELDS and k != "encoding"},
                  encoding=get(meta.get("encoding")) or encoding, origin=where, analysis=obj)


def jsonl_line(raw: bytes | str, where: str, encoding: str | None = None) -> Record:
    """The record of one JSONL line (bytes: UTF-8, else the detected legacy encoding)."""
    meta: dict[str, Any] = {}
    if isinstance(raw, bytes):
        try:
            line, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                d = decode_bytes(raw, where)
            except InputError as e:
                return failed(where, str(e))
            line, encoding = d.text, d.encoding
            if d.replaced:
                meta["decode_replaced"] = d.replaced
    else:
        line = raw
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return failed(where, f"{where}: not valid JSON ({e.msg} at column {e.colno}); "
                             'each line must be one JSON object like {"text": "..."}')
    except (ValueError, RecursionError) as e:
        return failed(where, f"{where}: cannot parse JSON ({type(e).__name__}: {e})")
    return from_object(obj, where, encoding, meta)


def is_json_object_line(line: bytes) -> bool:
    """Whether ``line`` (a BOM and blanks aside) is one UTF-8 JSON object."""
    s = line.removeprefix(BOM).strip()
    if not s.startswith(b"{") or not s.endswith(b"}"):
        return False
    try:
        return isinstance(json.loads(s.decode("utf-8")), dict)
    except (ValueError, RecursionError):
        return False


def iter_jsonl(lines: Iterable[bytes], origin: str) -> Iterator[Record]:
    """Records from JSONL byte lines, streamed (UTF-16 JSONL is decoded whole first).

    Raises what iterating ``lines`` raises (a read error of the stream)."""
    it = iter(lines)
    for lineno, raw in enumerate(it, 1):
        if lineno == 1:
            if raw.startswith(BOM):
                raw = raw[3:]
            elif raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw:
                yield from _iter_jsonl_wide(raw + b"".join(it), origin)
                return
        if raw.strip():
            yield jsonl_line(raw, f"{origin}:{lineno}")


def _iter_jsonl_wide(data: bytes, origin: str) -> Iterator[Record]:
    try:
        d = decode_bytes(data, origin)
    except InputError as e:
        yield failed(origin, str(e))
        return
    for lineno, line in enumerate(d.text.split("\n"), 1):
        if line.strip():
            yield jsonl_line(line, f"{origin}:{lineno}", d.encoding)


def json_document(text: str, origin: str, encoding: str,
                  meta: dict[str, Any]) -> list[Record] | None:
    """Records when ``text`` is a JSON object or an array of objects, else ``None``."""
    s = text.strip()
    if not (s.startswith("{") and s.endswith("}") or s.startswith("[") and s.endswith("]")):
        return None
    try:
        obj = json.loads(s)
    except (ValueError, RecursionError):
        return None
    if isinstance(obj, dict):
        rec = from_object(obj, origin, encoding, meta)
        return [rec]
    if isinstance(obj, list) and obj and isinstance(obj[0], dict):
        return [from_object(item, f"{origin}[{i}]", encoding, meta)
                for i, item in enumerate(obj)]
    return None
