"""Golden test of the example page for the text layer (articles, headline, repairs, sentences).

The golden file was checked by hand against the page; regenerate it only for an intended change.
"""
from __future__ import annotations

import json

import khabar
from _paths import ROOT

GOLDEN = ROOT / "tests" / "golden" / "geneva2-text-layer.json"


def test_example_page_matches_golden(page):
    gold = json.loads(GOLDEN.read_text(encoding="utf-8"))
    doc = khabar.analyze(page, date="2014-02-13")
    raw = doc.raw
    assert [{"start": a.start, "end": a.end,
             "headline": None if a.headline is None else raw[a.headline.start:a.headline.end]}
            for a in doc.articles] == gold["articles"]
    assert [{"start": r.start, "end": r.end, "text": raw[r.start:r.end],
             "replacement": r.replacement, "kind": r.kind} for r in doc.repairs] == gold["repairs"]
    assert [raw[s.start:s.end] for s in doc.sentences] == gold["sentences"]


def test_golden_expectations_from_the_issue(page):
    gold = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert len(gold["articles"]) == 2
    assert gold["articles"][1]["headline"] == \
        "الأممالمتحدة تعترف بصعوبة تحقيق تقدم في المسار السياسي للأزمة السورية"
    fixed = sorted(r["text"] for r in gold["repairs"])
    assert fixed == sorted(["الأممالمتحدة"] * 5 + ["الأممالمتحدةبجنوب", "السملية", "مخميات",
                            "إعترف", "وإلتزام", "وأثني"])
    assert any(s.endswith("حمص.") for s in gold["sentences"])
