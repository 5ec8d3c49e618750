"""The cluster build's tokens (``training/ner_clusters.py``): numbers with the Arabic comma."""
from __future__ import annotations

from khabar.tokenize.tokenizer import TOKEN_RE
from training.ner_clusters import split_comma_number


def test_comma_numbers_split_as_in_the_shipped_build():
    toks = TOKEN_RE.findall("ارتفع المؤشر 10،5 نقطة في 2014")
    assert "10،5" in toks
    split = [p for t in toks for p in split_comma_number(t)]
    assert split == ["ارتفع", "المؤشر", "10", "،", "5", "نقطة", "في", "2014"]


def test_other_tokens_unchanged():
    for tok in ("2014", "3.5", "1,200", "الأمم", "،"):
        assert split_comma_number(tok) == [tok]
