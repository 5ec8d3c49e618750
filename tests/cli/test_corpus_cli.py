"""The corpus commands' wiring (khabar.cli.corpus_cli and its command modules) end to end."""
from __future__ import annotations

import json

import pytest

from khabar.cli import corpus_cli, corpus_search, corpus_stories
from khabar.cli.main import build_parser

DOCS = [
    {"id": "ceasefire", "date": "2021-03-01", "source": "wire", "title": "دعوة إلى وقف النار",
     "text": "دعت الأمم المتحدة يوم الاثنين إلى وقف فوري لإطلاق النار في سورية، وقال المتحدث "
             "باسم المنظمة إن الوسطاء سيلتقون في جنيف الأسبوع المقبل."},
    {"id": "oil", "date": "2021-03-02", "source": "paper",
     "text": "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج."},
]


def test_every_command_runs_its_function():
    p = build_parser()
    runs = {"search": ["search", "سوريا"], "dups": ["dups"], "optimize": ["optimize"],
            "stories": ["stories"], "entity": ["entity", "سورية"], "ingest": ["ingest", "x"],
            "reindex": ["reindex"]}
    assert set(runs) == set(corpus_cli.COMMANDS)
    got = {c: p.parse_args(a + ["--db", "c.db"]).corpus_run for c, a in runs.items()}
    assert got["search"] is corpus_search.run_search is corpus_cli.run_search
    assert got["dups"] is corpus_search.run_dups and got["optimize"] is corpus_search.run_optimize
    assert got["stories"] is corpus_stories.run_stories is corpus_cli.run_stories
    assert got["entity"] is corpus_stories.run_entity
    assert got["ingest"] is corpus_cli._run_ingest
    assert got["reindex"] is corpus_search.run_reindex is corpus_cli.run_reindex


@pytest.mark.parametrize("command", corpus_cli.COMMANDS)
def test_help_names_the_database(command, capsys):
    with pytest.raises(SystemExit) as exc:
        corpus_cli.main([command, "--help"])
    assert exc.value.code == 0
    assert "postgresql://user:password@host/database" in capsys.readouterr().out


def test_commands_on_a_small_corpus(tmp_path, capsys):
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS),
                   encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert corpus_cli.main(["search", "سوريا", "--db", db]) == 2
    assert "no such corpus database" in capsys.readouterr().err
    assert corpus_cli.main(["ingest", str(src), "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ingested"] == 2
    assert corpus_cli.main(["search", "سوريا", "--db", db, "--no-color"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. دعوة إلى وقف النار  [doc 1]\n") and "«سورية»" in out
    assert corpus_cli.main(["search", "غزة", "--db", db]) == 0
    assert capsys.readouterr().err == "no documents match\n"
    assert corpus_cli.main(["dups", "--db", db]) == 0
    assert "no near-duplicate clusters among 2 documents" in capsys.readouterr().err
    assert corpus_cli.main(["optimize", "--db", db]) == 0
    assert "nothing to optimize for this backend" in capsys.readouterr().err
    assert corpus_cli.main(["stories", "--db", db, "--min-size", "1", "--json"]) == 0
    cap = capsys.readouterr()
    assert len(cap.out.splitlines()) == 2 and cap.err.startswith("stories updated: 2 documents")
    assert corpus_cli.main(["entity", "جنيف", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("جنيف (LOC)\n  1 mentions in 1 documents")
    assert corpus_cli.main(["entity", "القاهرة", "--db", db, "--json"]) == 1
    cap = capsys.readouterr()
    assert json.loads(cap.out)["found"] is False and "no entity named «القاهرة»" in cap.err


def test_reindex_rebuilds_a_wiped_index(tmp_path, capsys):
    """``khabar reindex`` restores search after the index rows are lost (no re-analysis)."""
    import sqlite3
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS),
                   encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert corpus_cli.main(["reindex", "--db", db]) == 2
    assert "no such corpus database" in capsys.readouterr().err
    assert corpus_cli.main(["ingest", str(src), "--db", db]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM terms")
    capsys.readouterr()
    assert corpus_cli.main(["search", "أوبك", "--db", db]) == 0
    assert capsys.readouterr().err == "no documents match\n"
    assert corpus_cli.main(["reindex", "--db", db, "--progress"]) == 0
    err = capsys.readouterr().err
    assert "2 / 2 documents" in err and "search index rebuilt for 2 documents" in err
    assert corpus_cli.main(["search", "أوبك", "--db", db, "--no-color"]) == 0
    assert "[doc 2]" in capsys.readouterr().out
