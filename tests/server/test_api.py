"""The HTTP API through FastAPI's TestClient, over a small corpus built by the public ingest."""
from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import khabar
from khabar.errors import ConfigError
from khabar.server import create_app
from khabar.server.schemas import EntityList, EntityTimeline, SearchResult, StoryList

TEXT = ("قال المتحدث باسم الأممالمتحدة في جنيف أمس إن \"المفاوضات ستستأنف الأسبوع المقبل\"، "
        "وأضاف أن الأخضر الإبراهيمي سيلتقي الوفدين.")


def spans_hold(data: dict) -> None:
    raw = data["text"]
    for layer in ("tokens", "repairs", "entities", "dates", "numbers"):
        for x in data[layer]:
            assert raw[x["start"]:x["end"]] == x["text"], (layer, x)


# -- /analyze ---------------------------------------------------------------------------------

def test_analyze_returns_the_json_contract(client):
    r = client.post("/analyze", json={"text": TEXT, "date": "2014-02-13"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = r.json()
    assert data == khabar.analyze(TEXT, date="2014-02-13").to_json()
    assert khabar.Document.from_json(data).raw == TEXT
    spans_hold(data)
    assert {"الأمم المتحدة", "جنيف"} <= {e["canonical"] for e in data["entities"]}
    assert any(r["text"] == "الأممالمتحدة" and r["replacement"] == "الأمم المتحدة"
               for r in data["repairs"])
    assert any(d["text"] == "أمس" and d["value"] == "2014-02-12" for d in data["dates"])


def test_analyze_text_formats_and_empty_text(client):
    r = client.post("/analyze", json={"text": TEXT, "format": "conllu"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert "\tالمتحدث\t" in r.text and "Repair=" in r.text
    r = client.post("/analyze", json={"text": TEXT, "format": "pretty"})
    assert r.status_code == 200 and "article 1" in r.text
    r = client.post("/analyze", json={"text": ""})
    assert r.status_code == 200 and r.json()["tokens"] == [] and r.json()["text"] == ""


@pytest.mark.parametrize("body, status", [
    (b'{"text": "\xd9\x82\xd8\xa7\xd9\x84', 422),                 # truncated JSON
    (b"not json at all", 422),
    (b"\xff\xfe\x00garbage", 422),                               # not UTF-8
    (b'["a list"]', 422),
    (b'{"text": 5}', 422),                                       # wrong type
    (b'{"txt": "\xd9\x82\xd8\xa7\xd9\x84"}', 422),               # missing field
    (b'{"text": "x", "format": "xml"}', 422),
    (b'{"text": "x", "colour": "red"}', 422),                    # unknown field
    (b'{"text": "x", "date": "2014-13-45"}', 400),               # KhabarError → 400
    (b'', 422),
])
def test_analyze_bad_bodies_get_clear_4xx(client, body, status):
    r = client.post("/analyze", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text
    detail = r.json()["detail"]
    assert detail
    if status == 400:
        assert "YYYY-MM-DD" in detail


def test_oversize_bodies_get_413(client):
    big = json.dumps({"text": "سوريا " * 40_000}, ensure_ascii=False).encode()
    assert len(big) > 200_000
    r = client.post("/analyze", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "200,000 bytes" in r.json()["detail"]

    def chunks():                       # no Content-Length: counted while reading
        for i in range(0, len(big), 16_384):
            yield big[i:i + 16_384]
    r = client.post("/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    r = client.post("/analyze", json={"text": "سوريا " * 1000})      # under the limit
    assert r.status_code == 200


def test_time_limit_gives_503_not_500(corpus_db):
    from fastapi.testclient import TestClient
    app = create_app(str(corpus_db), timeout=0.001, warm=False)
    with TestClient(app) as c:
        r = c.post("/analyze", json={"text": TEXT * 200})
    assert r.status_code == 503 and "limit of 0.001 s" in r.json()["detail"]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from("قال إن الأممالمتحدة في جنيف \"«»<>&'\n\t0١٢😀\u200f\x00"),
               max_size=80))
def test_analyze_never_500s(client, text):
    r = client.post("/analyze", json={"text": text})
    assert r.status_code == 200
    spans_hold(r.json())


# -- corpus -----------------------------------------------------------------------------------

def test_search_hits_with_highlights(client, corpus_docs):
    r = client.get("/search", params={"q": "المفاوضات جنيف"})
    assert r.status_code == 200
    res = SearchResult.model_validate(r.json())
    ids = [h.id for h in res.hits]
    assert ids[0] in ("un-2", "un-3") and "oil" not in ids
    for h in res.hits:
        marked = [h.snippet[s:e] for s, e in h.highlights]
        assert marked and all(m in ("جنيف", "المفاوضات", "مفاوضات") for m in marked), marked
        assert h.snippet in next(d["text"] for d in corpus_docs if d["id"] == h.id)


def test_search_filters_and_errors(client):
    def ids(**params):
        r = client.get("/search", params=params)
        assert r.status_code == 200, r.text
        return {h["id"] for h in r.json()["hits"]}
    assert ids(q="جنيف", since="2021-03-03") == {"un-3"}
    assert ids(q="جنيف", until="2021-03-01") == {"un-1"}
    assert ids(q="الأسعار", source="paper") == {"oil"}
    assert "un-2" in ids(q="الفرصة", entity="الأمم المتحدة")
    r = client.get("/search", params={"q": '"الأمم المتحدة'})
    assert r.status_code == 400 and "unclosed quote" in r.json()["detail"]
    r = client.get("/search", params={"q": "جنيف", "since": "yesterday"})
    assert r.status_code == 400
    assert client.get("/search", params={"q": "جنيف", "limit": 0}).status_code == 422
    assert client.get("/search").status_code == 422


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.lists(st.sampled_from(["جنيف", "الأمم", "OR", "NOT", "AND", "-", "\"", "«", "»",
                                    "(", ")", "*", ":", "^", " ", "المتحدة", "|", "-جنيف"]),
                  min_size=1, max_size=8).map(" ".join),
       since=st.sampled_from([None, "2021", "2021-03", "2021-03-02", "2021-02-30", "x"]))
def test_search_never_500s(client, q, since):
    params = {"q": q} if since is None else {"q": q, "since": since}
    r = client.get("/search", params=params)
    assert r.status_code in (200, 400, 422), r.text
    if r.status_code != 200:
        assert isinstance(r.json()["detail"], (str, list)) and r.json()["detail"]


def test_documents_by_id_and_hash(client, corpus_docs):
    r = client.get("/documents/1")
    assert r.status_code == 200
    data = r.json()
    assert data["text"] == corpus_docs[0]["text"] and data["meta"]["title"]
    spans_hold(data)
    sha = hashlib.sha256(corpus_docs[1]["text"].encode("utf-8")).hexdigest()
    r = client.get(f"/documents/{sha}")
    assert r.status_code == 200 and r.json()["text"] == corpus_docs[1]["text"]
    for bad in ("999", "0" * 64, "abc", "1' OR '1'='1", "-1", "9" * 40):
        r = client.get(f"/documents/{bad}")
        assert r.status_code == 404, (bad, r.text)
        assert "no document" in r.json()["detail"]


def test_entities_and_timeline(client):
    r = client.get("/entities", params={"q": "الأمم"})
    assert r.status_code == 200
    names = [e.canonical for e in EntityList.model_validate(r.json()).entities]
    assert "الأمم المتحدة" in names
    r = client.get("/entities/الامم المتحده")          # normalized spelling finds it
    assert r.status_code == 200
    tl = EntityTimeline.model_validate(r.json())
    assert tl.canonical == "الأمم المتحدة" and tl.bucket == "day"
    assert [p.period for p in tl.timeline] == sorted(p.period for p in tl.timeline)
    assert tl.timeline[0].period == "2021-03-01" and tl.mentions >= 4
    assert sum(p.mentions for p in tl.timeline) + tl.undated["mentions"] == tl.mentions
    r = client.get("/entities/كوكب زحل")
    assert r.status_code == 404 and "no entity named" in r.json()["detail"]
    assert isinstance(r.json()["suggestions"], list)
    assert client.get("/entities/جنيف", params={"by": "week"}).status_code == 422


def test_stories(client):
    r = client.get("/stories")
    assert r.status_code == 200
    stories = StoryList.model_validate(r.json()).stories
    assert len(stories) == 1
    assert {m.id for m in stories[0].members} == {"un-1", "un-1-copy"}
    assert client.get("/stories", params={"since": "2021-03-05"}).json() == {"stories": []}
    assert client.get("/stories", params={"since": "march"}).status_code == 400
    assert client.get("/stats").json()["documents"] == 7


# -- the page, headers, schema, setup ----------------------------------------------------------

def test_page_and_security_headers(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in r.text
    for path in ("/", "/static/app.js", "/search?q=جنيف", "/documents/999"):
        h = client.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "unsafe-inline" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
    assert client.get("/static/app.js").headers["content-type"].startswith(
        ("text/javascript", "application/javascript"))
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/analyze").status_code == 405


def test_openapi_schema(client):
    schema = client.get("/openapi.json").json()
    assert {"/analyze", "/search", "/documents/{key}", "/entities", "/entities/{name}",
            "/stories"} <= set(schema["paths"])
    assert "413" in schema["paths"]["/analyze"]["post"]["responses"]


def test_without_a_corpus_only_analysis_is_served():
    from fastapi.testclient import TestClient
    with TestClient(create_app(None, warm=False)) as c:
        assert c.post("/analyze", json={"text": "قال الوزير."}).status_code == 200
        for path in ("/search?q=جنيف", "/documents/1", "/entities?q=ا", "/stories", "/stats"):
            r = c.get(path)
            assert r.status_code == 404 and "--db" in r.json()["detail"]


def test_bad_setup_raises_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no such corpus"):
        create_app(str(tmp_path / "missing.db"))
    with pytest.raises(ConfigError):
        create_app(None, max_bytes=0)


def test_serve_command_reports_bad_setup(tmp_path, capsys):
    from khabar.cli.main import main
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no such corpus database" in capsys.readouterr().err
    assert main(["serve", "--port", "70000"]) == 2
    assert "--port 70000" in capsys.readouterr().err


def test_serve_command_serves_page_and_api(corpus_db):
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    src = os.path.join(os.path.dirname(khabar.__file__), os.pardir)
    env = dict(os.environ, PYTHONPATH=os.path.abspath(src))
    proc = subprocess.Popen([sys.executable, "-m", "khabar.cli.main", "serve", "--db",
                             str(corpus_db), "--port", str(port), "--log-level", "warning"],
                            env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 45
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and 'dir="rtl"' in r.text
        r = httpx.get(f"http://127.0.0.1:{port}/search", params={"q": "جنيف"}, timeout=30)
        assert r.status_code == 200 and r.json()["hits"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert "serving http://127.0.0.1" in proc.stderr.read()
