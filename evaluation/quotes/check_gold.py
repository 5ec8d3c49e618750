"""Check ``gold.jsonl`` against the article texts in ../shared/data: every ``*_text`` equals
``text[start:end]``, spans are ordered and inside the text, fields are complete, splits are
fixed per article. Prints counts; exit status 1 on any problem.

    python3 evaluation/quotes/check_gold.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from khabar.evaluate.quotes import load_gold  # noqa: E402


def main() -> int:
    gold = load_gold()
    bad = 0
    counts = {"dev": [0, 0, 0, 0], "test": [0, 0, 0, 0]}
    for art in gold:
        text = art["text"]
        if art["split"] not in counts:
            print(f"{art['docno']}: bad split {art['split']!r}")
            bad += 1
            continue
        c = counts[art["split"]]
        c[0] += 1
        for q in art["quotes"]:
            c[1] += 1
            c[2] += bool(q["direct"])
            c[3] += q["speaker_canonical"] is None
            for key in ("content", "cue", "speaker"):
                span = q[key]
                if span is None:
                    continue
                s, e = span
                if not (0 <= s < e <= len(text)) or text[s:e] != q[f"{key}_text"]:
                    print(f"{art['docno']}: {key} {span} != {q[key + '_text']!r}")
                    bad += 1
            if q["content_text"] != q["content_text"].strip():
                print(f"{art['docno']}: content has outer spaces: {q['content_text'][:30]!r}")
                bad += 1
    for split, (a, n, d, u) in counts.items():
        print(f"{split}: {a} articles, {n} quotes ({d} direct, {n - d} indirect; "
              f"{u} unnamed speakers)")
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
