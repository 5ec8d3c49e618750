"""Helper shared by the sentence-splitter tests: the offset invariants of a split."""
from __future__ import annotations

from khabar.segment.sentences import split_sentences


def check_spans(text: str, blank_outside: bool = True) -> list[tuple[int, int]]:
    """Split ``text`` and assert its invariants: spans in bounds, sorted, non-overlapping,
    non-empty and trimmed; with ``blank_outside``, whatever lies outside them is blank.
    Returns the spans."""
    spans = split_sentences(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert text[s:e].strip() == text[s:e]
        prev = e
    if blank_outside:
        covered = bytearray(len(text))
        for s, e in spans:
            covered[s:e] = b"\x01" * (e - s)
        assert all(covered[i] or not text[i].strip() for i in range(len(text)))
    return spans
