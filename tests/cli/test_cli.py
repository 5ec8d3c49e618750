"""The khabar command line, run in-process and as a real subprocess."""
from __future__ import annotations

import io
import json
import subprocess
import sys


from khabar.cli.main import main
from khabar.document import Document

from _paths import EXAMPLE, ROOT


def run(argv, capsys, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")),
                                                            encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_pretty_view_of_example(capsys):
    code, out, err = run(["analyze", str(EXAMPLE), "--date", "2014-02-13"], capsys)
    assert code == 0, err
    assert "article 1" in out and "tokens" in out and "2014-02-13" in out


def test_json_is_the_contract_and_round_trips(capsys, page):
    code, out, _ = run(["analyze", "--format", "json", str(EXAMPLE)], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["text"] == page and data["schema"] == 1
    assert Document.from_json(data).raw == page


def test_jsonl_stdin_keeps_order_ids_and_reports_bad_lines(capsys, monkeypatch):
    lines = [json.dumps({"id": "a", "text": "قال الوزير إن الاجتماع بدأ."}, ensure_ascii=False),
             "{broken json",
             json.dumps({"id": "c", "text": "وصل الوفد إلى جنيف.", "date": "2014-02-13"},
                        ensure_ascii=False)]
    code, out, err = run(["analyze", "--format", "jsonl", "-"], capsys,
                         stdin="\n".join(lines) + "\n", monkeypatch=monkeypatch)
    assert code == 2
    objs = [json.loads(x) for x in out.splitlines()]
    assert [o.get("id") for o in objs][0] == "a" and objs[2]["id"] == "c"
    assert "error" in objs[1] and ":2" in objs[1]["error"]
    assert objs[2]["date"] == "2014-02-13"
    assert "1 of 3 inputs failed" in err


def test_jobs_two_gives_the_same_output(capsys, tmp_path):
    path = tmp_path / "pages.jsonl"
    sents = ["اعترف الأمين العام بصعوبة تحقيق تقدم.", "وقال المصدر إن اللقاء بدأ.",
             "استؤنفت الاجتماعات في جنيف امس."]
    path.write_text("\n".join(json.dumps({"id": str(i), "text": sents[i % 3]}, ensure_ascii=False)
                              for i in range(20)) + "\n", encoding="utf-8")
    _, one, _ = run(["analyze", "-f", "jsonl", "--jobs", "1", str(path)], capsys)
    _, two, _ = run(["analyze", "-f", "jsonl", "--jobs", "2", "--progress", str(path)], capsys)
    assert one == two and len(one.splitlines()) == 20


def test_several_inputs_in_json_make_an_array(capsys, tmp_path):
    for i, t in enumerate(["قال الوزير.", "وصل الوفد."]):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
    code, out, _ = run(["analyze", "-f", "json", str(tmp_path)], capsys)
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and [d["text"] for d in data] == ["قال الوزير.", "وصل الوفد."]


def test_conllu_forms_align_with_raw(capsys, page):
    code, out, _ = run(["analyze", "-f", "conllu", str(EXAMPLE)], capsys)
    assert code == 0
    from conllu_util import surface_forms
    assert "".join(surface_forms(out)) == "".join(page.split())
    assert any("-" in ln.split("\t")[0] for ln in out.splitlines() if ln[:1].isdigit())


def test_binary_file_exits_2_naming_the_file(capsys, tmp_path):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, out, err = run(["analyze", str(bad)], capsys)
    assert code == 2 and "image.txt" in err


def test_bad_date_is_a_clear_error(capsys):
    code, _, err = run(["analyze", "--date", "yesterday", str(EXAMPLE)], capsys)
    assert code == 2 and "YYYY-MM-DD" in err and "Traceback" not in err


def test_large_input_is_analyzed_in_parts_with_the_same_tokens(capsys, tmp_path, monkeypatch, page):
    from khabar import analyze
    from khabar.io import large
    text = "\n\n".join([page] * 6)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(large, "PART_CHARS", 6000)
    code, out, _ = run(["analyze", "-f", "json", str(path)], capsys)
    assert code == 0
    doc = Document.from_json(json.loads(out))
    whole = analyze(text)
    assert doc.raw == text
    assert [(t.start, t.end, t.norm) for t in doc.tokens] == \
        [(t.start, t.end, t.norm) for t in whole.tokens]
    assert len(doc.sentences) == len(whole.sentences)


def test_console_script_runs_as_a_process():
    res = subprocess.run([sys.executable, "-m", "khabar.cli.main", "analyze", "-f", "json",
                          str(EXAMPLE)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["schema"] == 1


def test_folder_reports_skipped_files(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("قال الوزير.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    code, out, err = run(["analyze", "-f", "jsonl", str(tmp_path)], capsys)
    assert code == 0 and len(out.splitlines()) == 1
    assert "skipped 1 file" in err and "notes.docx" in err


def test_train_outside_a_checkout_says_where_to_run(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in ("", str(ROOT))])
    for mod in [m for m in sys.modules if m == "training" or m.startswith("training.")]:
        monkeypatch.delitem(sys.modules, mod)  # never run a real build from a test
    code, _, err = run(["train", "repair"], capsys)
    assert code == 2 and "repository checkout" in err


def test_jsonl_batch_with_a_bad_date_fails_only_that_record(capsys, tmp_path):
    from khabar.cli import analyze_records as A
    from khabar.io.jsoncodec import dumps
    from khabar.pipeline import default_pipeline
    texts = ["وصل المبعوث الأخضر الإبراهيمي إلى جنيف.", "قال الوزير إن الاجتماع بدأ.",
             "أرسل الهلال الأحمر السوري قافلة إلى حمص.", ""]
    rows = [{"id": str(i), "text": t, "date": "غدا" if i == 1 else "2014-02-13"}
            for i, t in enumerate(texts)]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    code, out, err = run(["analyze", "-f", "jsonl", str(path)], capsys)
    assert code == 2 and "1 of 4 inputs failed" in err and "غدا" in err
    objs = [json.loads(x) for x in out.splitlines()]
    assert [o["id"] for o in objs] == ["0", "1", "2", "3"] and "error" in objs[1]
    for i in (0, 2, 3):   # the batch's documents equal one-by-one analysis
        doc = default_pipeline()(texts[i], date="2014-02-13",
                                 meta={"id": str(i), "encoding": "utf-8"})
        assert objs[i] == json.loads(dumps(doc, indent=None, head={"id": str(i)}))
    assert A.PIPE_BATCH > 1
