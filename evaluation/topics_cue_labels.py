"""How ANT's train part labels articles sharing a content cue (evidence for the topic audit).

    PYTHONPATH=src python3 evaluation/topics_cue_labels.py

For each cue (a regular expression over title + body, e.g. «مصدر أمني» for crime reports) prints
how many train articles match and the share of their top labels: a cue whose articles split
between two labels marks a section choice the text cannot settle. Train only.
Raises InputError when the ANT data or the split is missing.
"""
from __future__ import annotations

import re
import sys
from collections import Counter

from khabar.topics.data import read_ant, read_split

CUES: dict[str, str] = {
    "Politica programme guest (بوليتيكا)": r"بوليتي?كا",
    "unity government (حكومة الوحدة الوطنية)": r"حكومة الوحدة الوطنية",
    "security source (مصدر أمني)": r"مصدر [اأ]مني",
    "road accident (حادث مرور)": r"حادث مرور",
    "civil protection (الحماية المدنية)": r"الحماية المدنية",
    "smuggling (تهريب)": r"تهريب|المهرب[ةه]",
    "protest (وقفة احتجاجية)": r"وقفة احتجاجية",
    "economic inspection (مخالفة اقتصادية)": r"مخالف(ة|ات) اقتصادية|المراقبة الاقتصادية",
    "trade ministry (وزير التجارة)": r"وزير التجارة|كاتب الدولة للتجارة",
    "phosphate (الفسفاط)": r"الفسفاط",
    "inflation, statistics institute (التضخم)": r"التضخم|المعهد الوطني لل?[اإ]حصاء",
    "festival (مهرجان)": r"مهرجان",
}


def cue_table() -> list[tuple[str, int, list[tuple[str, float]]]]:
    """(cue, number of matching train articles, [(label, share)] of the top four labels)."""
    split = read_split()
    train = [r for r in read_ant() if split.get(r["docno"]) == "train"]
    out = []
    for name, pattern in CUES.items():
        rx = re.compile(pattern)
        counts = Counter(r["label"] for r in train if rx.search(r["text"]))
        n = sum(counts.values())
        out.append((name, n, [(lab, c / n) for lab, c in counts.most_common(4)] if n else []))
    return out


def main() -> int:
    """Print the table as Markdown rows; returns 0."""
    print("| cue | train articles | labels |\n|---|---|---|")
    for name, n, shares in cue_table():
        print(f"| {name} | {n} | " + ", ".join(f"{lab} {s:.0%}" for lab, s in shares) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
