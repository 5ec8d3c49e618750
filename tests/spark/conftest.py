"""Fixtures for the Spark tests: a small Arabic corpus (one bad line, one binary file) and one
SparkSession for the whole test session (skipped without pyspark or Java)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

DOCS = [
    {"id": "un", "date": "2014-01-26", "title": "بان كي مون", "source": "الحياة",
     "text": "قال الأمين العام للأممالمتحدة بان كي مون في جنيف يوم 25 يناير 2014 إن \"الوضع في "
             "سوريا صعب\"، ودعا الوفدين إلى مواصلة المفاوضات."},
    {"id": "geneva", "date": "2014-02-10", "source": "وكالة",
     "text": "استؤنفت اجتماعات مؤتمر جنيف 2 بين وفدي المعارضة والحكومة السورية برعاية الأمم "
             "المتحدة، وأعلن الأخضر الإبراهيمي أن الجولة ستستمر حتى الجمعة."},
    {"date": "20/07/2015",
     "text": "ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة بالمئة بعد قرار منظمة أوبك "
             "خفض الإنتاج، وتوقع محللون أن تستمر الأسعار في الصعود."},
    {"id": "empty", "text": ""},
]
BAD_LINE = "{not json"
PAGE = ("أعلنت وزارة الخارجية السعودية في الرياض أمس أن الوزير سيزور القاهرة الأسبوع المقبل "
        "لبحث العلاقات الثنائية.")
HTML = ("<html><head><title>الرياض</title><script>x()</script></head><body><p>وقال المتحدث "
        "باسم الوزارة إن الاجتماع سيعقد في الرياض يوم 3 مارس.</p></body></html>")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def write_corpus(root: Path) -> tuple[Path, Path]:
    """``(jsonl file, folder)``: the JSONL (with one bad line) and a folder of pages (a cp1256
    text, an HTML page, a PNG named .txt, and a .csv that is not read)."""
    root.mkdir(parents=True, exist_ok=True)
    jsonl = root / "news.jsonl"
    lines = [json.dumps(d, ensure_ascii=False) for d in DOCS]
    lines.insert(3, BAD_LINE)
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pages = root / "pages"
    (pages / "sub").mkdir(parents=True, exist_ok=True)
    (pages / "page.txt").write_bytes(PAGE.encode("cp1256"))
    (pages / "sub" / "page.html").write_text(HTML, encoding="utf-8")
    (pages / "broken.txt").write_bytes(PNG)
    (pages / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return jsonl, pages


@pytest.fixture(scope="session")
def docs() -> list[dict]:
    return DOCS


@pytest.fixture(scope="session")
def corpus_files(tmp_path_factory) -> tuple[Path, Path]:
    return write_corpus(tmp_path_factory.mktemp("spark-corpus"))


@pytest.fixture(scope="session")
def spark():
    """One local[2] SparkSession for every Spark test (starting one costs 10-20 s)."""
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"pyspark/pyarrow not installed ({exc.name}): pip install 'khabar[spark]'")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("no Java found (java on PATH or JAVA_HOME): Spark needs Java 17")
    from khabar.spark.session import get_session
    session = get_session("local[2]", app_name="khabar-tests",
                          conf={"spark.sql.shuffle.partitions": "2",
                                "spark.ui.showConsoleProgress": "false"})
    yield session
    session.stop()
