"""``khabar evaluate summary`` pieces: EASC reading, the fixed split, systems, fitting, main."""
from __future__ import annotations

import json

import pytest

from khabar.errors import InputError
from khabar.evaluate import summary, summary_data, summary_fit, summary_systems
from khabar.evaluate.summary_data import (EASC, SPLIT_FILE, Item, _parity, read_easc, read_split,
                                          topic_number)
from khabar.evaluate.summary_fit import fit_weights, picked_share
from khabar.evaluate.summary_systems import _table, khabar_system, lead, score
from khabar.pipeline import Pipeline

S1 = "أعلنت وزارة الصحة تسجيل إصابات جديدة بالفيروس في عدة مدن."
S2 = "ودعت الوزارة المواطنين إلى الالتزام بالإجراءات الوقائية وتجنب التجمعات."
S3 = "وارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج."


def row(topic: str, refs: list[str]) -> dict:
    return {"topic": topic, "category": "Health", "article_file": f"{topic}.txt",
            "article": " ".join([S1, S2, S3]),
            "summaries": [{"file": f"r{i}", "text": t} for i, t in enumerate(refs)]}


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["repair", "tokens", "sentences"])


def test_split_file_follows_the_odd_even_rule():
    split = read_split()
    assert split, f"{SPLIT_FILE} should list the EASC topics"
    assert set(split.values()) == {"dev", "test"}
    assert all(split[t] == _parity({"topic": t}) for t in split)
    assert topic_number({"topic": "Topic12"}) == 12 and topic_number({"topic": "x"}) == 0


def test_read_split_and_easc_from_files(tmp_path):
    assert read_split(tmp_path / "absent.tsv") == {}
    p = tmp_path / "s.tsv"
    p.write_text("# comment\ttest\ntopic\tsplit\nTopic7\ttest\nbad line\n", encoding="utf-8")
    assert read_split(p) == {"Topic7": "test"}
    with pytest.raises(InputError, match="pass --data DIR"):
        read_easc(tmp_path / "none.jsonl")
    e = tmp_path / "e.jsonl"
    e.write_text(json.dumps(row("Topic1", [S1]), ensure_ascii=False) + "\n\n", encoding="utf-8")
    assert [r["topic"] for r in read_easc(e)] == ["Topic1"]


def test_item_lead_share_and_score(pipe):
    it = Item(row("Topic1", [S1, S1 + " " + S2]), pipe)
    assert len(it.sent_text) == 3 and it.budget == round(sum(map(len, it.refs)) / 2)
    assert lead(it) == [0, 1]                       # the first sentences up to the budget
    assert it.tokens_of([1, 0]) == (it.sent_toks[0] + it.sent_toks[1])[:it.budget]
    assert picked_share(it, 0) == 1.0 and picked_share(it, 1) == 0.5
    assert picked_share(it, 2) == 0.0               # the oil sentence is in no reference
    perfect = Item(row("Topic1", [S1]), pipe)
    assert score([perfect], lead)["rouge1_max"] == pytest.approx(100.0)
    assert score([], lead)["rouge2_avg"] == 0.0
    picked = khabar_system()(it)
    assert picked and all(0 <= i < 3 for i in picked)


def test_fit_and_table(pipe):
    from khabar.summarize.extractive import FEATURES
    items = [Item(row("Topic1", [S1]), pipe), Item(row("Topic3", [S1 + " " + S3]), pipe)]
    w = fit_weights(items)
    assert len(w) == len(FEATURES) and all(isinstance(v, float) for v in w)
    table = _table([("dev (odd)", "lead", 2, score(items, lead)), ("dev (odd)", "x", 2, None)])
    lines = table.splitlines()
    assert lines[0].startswith("| part | system | n | R-1_avg") and len(lines) == 4
    assert lines[-1].endswith("| n/a |")


def test_summary_reexports_its_parts():
    assert summary.Item is summary_data.Item and summary.EASC == EASC
    assert summary.lead is summary_systems.lead and summary.score is summary_systems.score
    assert summary.fit_weights is summary_fit.fit_weights and summary.RIDGE == summary_fit.RIDGE


def test_main_on_a_small_easc(tmp_path, capsys):
    (tmp_path / EASC).parent.mkdir(parents=True)
    rows = [row("Topic1", [S1]), row("Topic3", [S1 + " " + S2]), row("Topic2", [S3])]
    (tmp_path / EASC).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")
    assert summary.main(["--data", str(tmp_path), "--part", "dev", "--json"]) == 0
    out = capsys.readouterr().out
    assert "EASC: 3 articles (2 dev / 1 test)" in out
    assert "| dev (odd) | lead | 2 |" in out and "test (even)" not in out
    assert json.loads(out[out.index("\n{") + 1:])["dev (odd)|lead"]["rouge1_max"] > 0
    assert summary.main(["--data", str(tmp_path), "--fit"]) == 0
    out = capsys.readouterr().out
    assert "WEIGHTS = (" in out and "dev (in-sample): R-2 avg" in out
