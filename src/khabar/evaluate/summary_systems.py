"""The systems compared by ``khabar evaluate summary`` (``lead``, ``khabar``, ``textrank``),
their ROUGE score over a set of items and the results table.

A system maps an :class:`~khabar.evaluate.summary_data.Item` to the indices of the sentences
it picks; see :mod:`khabar.evaluate.summary` for the protocol.
"""
from __future__ import annotations

from typing import Callable

from khabar.evaluate.rouge import MEASURES, rouge_multi, rouge_tokens
from khabar.evaluate.summary_data import Item

__all__ = ["System", "khabar_system", "lead", "score", "textrank_system"]

System = Callable[[Item], list[int]]


def lead(item: Item) -> list[int]:
    """The first sentences, until the budget is reached."""
    chosen, n = [], 0
    for i, toks in enumerate(item.sent_toks):
        if n >= item.budget:
            break
        chosen.append(i)
        n += len(toks)
    return chosen


def khabar_system(params: dict | None = None) -> System:
    """:func:`khabar.summarize.extractive.summarize` with ``max_words`` = the budget (and
    ``params``, e.g. fitted weights); the system raises what ``summarize`` raises."""
    from khabar.summarize.extractive import summarize

    def run(item: Item) -> list[int]:
        return summarize(item.doc, max_words=item.budget, params=params)
    return run


def textrank_system() -> System | None:
    """sumy TextRank over our sentences, or None when sumy is not importable."""
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.summarizers.text_rank import TextRankSummarizer
    except Exception:  # noqa: BLE001 - any import failure means "not available"
        return None
    from khabar.lang.stopwords import normalized

    class Tok:
        language = "arabic"

        @staticmethod
        def to_words(text: str) -> list[str]:
            return rouge_tokens(text)

        @staticmethod
        def to_sentences(text: str) -> list[str]:
            return [text]

    summ = TextRankSummarizer()
    summ.stop_words = normalized("all")

    def run(item: Item) -> list[int]:
        if not item.sent_text:
            return []
        sents = [Sentence(t, Tok) for t in item.sent_text]
        docm = ObjectDocumentModel([Paragraph(sents)])
        ranks = summ.power_method(summ._create_matrix(docm), summ.epsilon)
        order = sorted(range(len(sents)), key=lambda i: (-ranks[i], i))
        chosen, n = [], 0
        for i in order:
            if n >= item.budget:
                break
            chosen.append(i)
            n += len(item.sent_toks[i])
        return chosen
    return run


def score(items: list[Item], system: System) -> dict[str, float]:
    """Mean ROUGE F ×100 over ``items`` (``rouge1_max`` … ``rougeL_avg``); 0.0 for none."""
    tot = {f"{m}_{a}": 0.0 for m in MEASURES for a in ("max", "avg")}
    for it in items:
        r = rouge_multi(it.tokens_of(system(it)), it.refs)
        for k in tot:
            tot[k] += r[k]
    return {k: 100 * v / max(len(items), 1) for k, v in tot.items()}


def _table(rows: list[tuple[str, str, int, dict | None]]) -> str:
    """A Markdown table of ``(part, system, n, scores or None)`` rows (``n/a`` for None)."""
    cols = [f"{m}_{a}" for a in ("avg", "max") for m in MEASURES]
    head = ["part", "system", "n"] + [c.replace("rouge", "R-") for c in cols]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for part, name, n, res in rows:
        if res is None:
            lines.append(f"| {part} | {name} | {n} | " + " | ".join(["n/a"] * len(cols)) + " |")
        else:
            lines.append(f"| {part} | {name} | {n} | " +
                         " | ".join(f"{res[c]:.1f}" for c in cols) + " |")
    return "\n".join(lines)
