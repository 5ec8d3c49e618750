"""A subheading word run into the next sentence (round 23, found while checking the round's
dot rule on batch 59): «… شيء مقزز!". اعتذار واعتذرت جريفين، …، في تسجيل مصور. وقالت: "…"»
— the page's subheading «اعتذار» stands before the verb that opens the sentence, so the
sentence seemed to open with no verb and «وقالت» lost its thread (:func:`skip_heading`).

Pure function of the token view; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.marks import Article


def skip_heading(art: Article, v: int, end: int) -> int:
    """``v + 1`` when token ``v`` (a sentence's first token) is a lone indefinite noun and
    the token after it a verb with «و» («اعتذار واعتذرت»); ``v`` otherwise."""
    if v + 1 >= end or not art.toks[v].words or not art.toks[v + 1].words:
        return v
    nm, nxt = art.norms[v], art.norms[v + 1]
    if nm.startswith(("ال", "و")) or not nm.isalpha() or not nxt.startswith("و"):
        return v
    if art.toks[v].words[-1].upos != "NOUN" or art.toks[v + 1].words[-1].upos != "VERB":
        return v
    return v + 1


__all__ = ["skip_heading"]
