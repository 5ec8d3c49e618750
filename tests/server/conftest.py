"""Server test fixtures: a small SQLite corpus built by the public ingest, an app, a live server.

The corpus holds Arabic wire stories over several days (so entity timelines and stories have
content) and one hostile document whose text, title and URL carry script payloads.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

DOCS = [
    {"id": "un-1", "date": "2021-03-01", "source": "wire", "title": "الأمم المتحدة تدعو إلى هدنة",
     "text": "دعت الأممالمتحدة يوم الاثنين إلى وقف فوري لإطلاق النار في سورية، وقال المتحدث "
             "باسم المنظمة إن الوسطاء سيلتقون في جنيف الأسبوع المقبل لبحث الوضع الإنساني."},
    {"id": "un-2", "date": "2021-03-02", "source": "paper", "title": "مفاوضات جنيف",
     "text": "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن \"المفاوضات في جنيف هي الفرصة "
             "الأخيرة\"، وأضاف أن الأمم المتحدة مستعدة لدعم أي اتفاق بين الطرفين."},
    {"id": "un-3", "date": "2021-03-04", "source": "wire", "title": "وفود تصل إلى جنيف",
     "text": "وصلت وفود الحكومة والمعارضة إلى جنيف أمس الأربعاء، وأكد مصدر في الأمم المتحدة أن "
             "الجولة الأولى من المفاوضات ستبدأ صباح الخميس بحضور المبعوث الأممي."},
    {"id": "oil", "date": "2020-01-10", "source": "paper", "title": "أسعار النفط",
     "text": "ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة بالمئة بعد قرار منظمة أوبك "
             "خفض الإنتاج، وتوقع محللون أن تستمر الأسعار في الصعود خلال الأشهر المقبلة."},
    {"id": "health", "date": "2020-04-02", "source": "wire", "title": "إصابات جديدة",
     "text": "أعلنت وزارة الصحة تسجيل إصابات جديدة بالفيروس في عدة مدن، ودعت المواطنين إلى "
             "الالتزام بالإجراءات الوقائية وتجنب التجمعات في الأماكن العامة."},
]
# Script payloads: each one sets window.__xss if it ever runs.
XSS_TEXT = ("<script>window.__xss='script'</script> أعلنت الأمم المتحدة في بيروت "
            "<img src=x onerror=\"window.__xss='img'\"> أن المساعدات وصلت، "
            "<a href=\"javascript:window.__xss='link'\">اضغط هنا</a> للتفاصيل.")
XSS_DOC = {"id": "xss", "date": "2021-03-03", "source": "wire", "text": XSS_TEXT,
           "title": "<img src=x onerror=\"window.__xss='title'\">عنوان",
           "url": "javascript:window.__xss='url'"}
# A lightly edited wire copy of the first story: a near-duplicate, so it joins its story.
COPY = dict(DOCS[0], id="un-1-copy", source="other", date="2021-03-02",
            text=DOCS[0]["text"].replace("الوضع الإنساني", "الوضع الإنساني هناك"))
ALL_DOCS = DOCS + [XSS_DOC, COPY]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from khabar.corpus import ingest, open_store
    d = tmp_path_factory.mktemp("server-corpus")
    src = d / "news.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in ALL_DOCS),
                   encoding="utf-8")
    db = d / "news.db"
    with open_store(str(db)) as store:
        summary = ingest(store, [str(src)])
        assert summary.ingested == len(ALL_DOCS), summary.failed
        store.update_stories()
    return db


@pytest.fixture(scope="session")
def client(corpus_db: Path) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from khabar.server import create_app
    app = create_app(str(corpus_db), max_bytes=200_000, timeout=20.0)
    with TestClient(app) as c:
        yield c


class LiveServer:
    """uvicorn serving an app on a free loopback port, in a thread of this process."""

    def __init__(self, app: object) -> None:
        import uvicorn
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(corpus_db: Path) -> Iterator[LiveServer]:
    from khabar.server import create_app
    with LiveServer(create_app(str(corpus_db))) as server:
        yield server


@pytest.fixture(scope="session")
def corpus_docs() -> list[dict[str, str]]:
    """The documents of ``corpus_db``, in ingest order (row ids 1, 2, …)."""
    return [dict(d) for d in ALL_DOCS]
