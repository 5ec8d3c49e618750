"""The scorer of ``khabar evaluate quotes`` (khabar/evaluate/_quotes_score.py, re-exported by
khabar.evaluate.quotes): one-to-one span matching by Jaccard overlap and the speaker rule
(canonical names folded; unnamed sources by overlapping span or equal phrase)."""
from __future__ import annotations

from khabar.evaluate.quotes import OVERLAP, Score, match, speaker_ok

TEXT = "وقال المصدر إن اللقاء المشترك بدأ. وأكد الأخضر الإبراهيمي أن العمل مستمر."


def _gold(content, speaker, canonical):
    return {"content": list(content), "speaker": list(speaker), "speaker_canonical": canonical,
            "direct": False, "speaker_text": TEXT[speaker[0]:speaker[1]], "cue_text": "قال",
            "content_text": TEXT[content[0]:content[1]]}


def test_match_is_one_to_one_best_first():
    gold = [(10, 30), (40, 60)]
    pred = [(10, 29), (11, 30), (42, 60)]
    pairs = match(gold, pred, OVERLAP)
    assert (0, 0) in pairs and (1, 2) in pairs and len(pairs) == 2
    assert match(gold, pred, 1.0) == []


def test_speaker_rule_folds_names_and_matches_unnamed_by_span():
    named = _gold((15, 33), (41, 58), "الأخضر الإبراهيمي")
    assert speaker_ok(TEXT, named, {"span": (0, 1), "canonical": "الاخضر الابراهيمي"})
    assert not speaker_ok(TEXT, named, {"span": (41, 58), "canonical": None})
    assert not speaker_ok(TEXT, named, None)
    unnamed = _gold((15, 33), (5, 11), None)
    assert speaker_ok(TEXT, unnamed, {"span": (5, 11), "canonical": None})
    assert not speaker_ok(TEXT, unnamed, {"span": (5, 11), "canonical": "المصدر"})


def test_score_counts_and_errors():
    s = Score()
    gold = [_gold((15, 33), (5, 11), None)]
    pred = [{"content": (15, 33), "cue": (0, 4), "direct": False,
             "speaker": {"span": (41, 58), "canonical": "الأخضر الإبراهيمي"}}]
    s.add(TEXT, gold, pred, "doc")
    assert (s.exact, s.loose, s.spk, s.spk_n, s.dir) == (1, 1, 0, 1, 1)
    assert s.errors and s.errors[0].startswith("doc SPEAKER")
    assert "0.000 (0/1)" in s.row("khabar")
