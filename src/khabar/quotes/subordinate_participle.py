"""A participle goes with the nearest clause it hangs on (round 23, from blind batch 101):
«ودعت المنظمات المعنية بأوضاع الأسرى إلى مواقف تضامنية معهم، فيما وجّه المناضل الأسير مروان
البرغوثي رسالة في الذكرى … لاعتقاله مشيراً إلى أن» — the participle follows the «فيما» clause
with no comma between, so its subject is that clause's subject («مروان البرغوثي»), not the
subject that opened the sentence (:func:`subordinate_verb`).

Pure function of the token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.marks import Article

#: Subordinators (normalized) that open a clause of its own inside a sentence.
SUBORDINATORS = frozenset({"فيما", "بينما", "وفيما", "وبينما"})

#: How many tokens back from the participle the subordinator may stand.
_REACH = 16


def subordinate_verb(art: Article, k: int) -> int | None:
    """The index of the subordinator («فيما») whose clause the participle at ``k`` ends,
    when a verb follows it and no comma, colon, quotation mark or sentence end stands between
    it and the participle; None otherwise."""
    for j in range(k - 1, max(-1, k - _REACH), -1):
        nm = art.norms[j]
        if nm in ("،", ",", ":", "؛", ";") or art.is_end(j) or art.is_quote(j):
            return None
        if nm in SUBORDINATORS or (nm == "حين" and j > 0 and art.norms[j - 1] == "في"):
            v = j + 1
            ok = v < k and art.toks[v].words and art.toks[v].words[-1].upos == "VERB"
            return j if ok else None
    return None


__all__ = ["SUBORDINATORS", "subordinate_verb"]
