"""JSON text of a Document: byte for byte ``json.dumps(doc.to_json(), ensure_ascii=False,
indent=indent)``, in a fraction of the CPU.

The contract's bulk is its token list (one object per token and per word). The standard
library's indented writer is pure Python, and even its compact C writer spends most of the
time on token dicts built only to be written. Here tokens and words are written straight from
the :class:`~khabar.document.Token` tuples with string templates; the other layers are built
as dicts like :func:`~khabar.io.jsoncodec.document_to_json` does and written by a small
indenting writer (or the C writer when compact), so every value keeps its standard form. Any
value the templates do not expect (a non-int offset, a non-str form) sends the whole document
through the standard library instead, so the text (or the error) is always ``json.dumps``'s.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _esc
from typing import Any

__all__ = ["dumps_document", "dumps_value"]

#: Written Words and one-word tuples per indent, by id (the object is kept alive with its
#: text, so its id cannot be reused while the entry lives); cleared past ``_MAX_WORDS``.
_WORDS: dict[int | None, dict[int, tuple[Any, str]]] = {}
_MAX_WORDS = 1 << 15
#: Layers built afresh from the Document (no shared or cyclic values): written here; other
#: values (``meta``, which callers fill) go through ``json.dumps`` itself.
_BUILT = frozenset(("articles", "sentences", "repairs", "entities", "quotes", "dates",
                    "numbers", "topic", "keywords", "summary"))


def dumps_document(doc: Any, indent: int | None = None, head: dict[str, Any] | None = None,
                   ) -> str:
    """``json.dumps({**head, **doc.to_json()}, ensure_ascii=False, indent=indent)``.

    Raises ``TypeError``/``ValueError`` where ``json.dumps`` would (a value JSON cannot hold).
    """
    from khabar.io.jsoncodec import TOKENS_LATER, contract
    data = contract(doc, TOKENS_LATER)
    if head:
        data = {**head, **data}
    if indent is not None and type(indent) is not int:
        return _slow(doc, data, indent)
    try:
        tokens = _tokens_text(doc.raw, doc.tokens, indent)
    except (TypeError, ValueError, AttributeError):
        return _slow(doc, data, indent)
    if indent is None:
        return "{" + ", ".join(
            _esc(k) + ": " + (tokens if v is TOKENS_LATER else json.dumps(v, ensure_ascii=False))
            for k, v in data.items()) + "}"
    nl = "\n" + " " * indent
    return "{" + nl + ("," + nl).join(
        _esc(k) + ": " + (tokens if v is TOKENS_LATER else dumps_value(v, indent, 1)
                          if k in _BUILT else _stdlib(v, indent, 1))
        for k, v in data.items()) + "\n}"


def _slow(doc: Any, data: dict[str, Any], indent: Any) -> str:
    from khabar.io.jsoncodec import TOKENS_LATER, token_dicts
    data = {k: (token_dicts(doc) if v is TOKENS_LATER else v) for k, v in data.items()}
    return json.dumps(data, ensure_ascii=False, indent=indent)


def dumps_value(v: Any, indent: int, level: int) -> str:
    """``json.dumps(v, ensure_ascii=False, indent=indent)`` as nested ``level`` deep."""
    t = type(v)
    if t is str:
        return _esc(v)
    if v is None:
        return "null"
    if t is int:
        return int.__repr__(v)
    if t is list or t is dict:
        if not v:
            return "[]" if t is list else "{}"
        nl = "\n" + " " * (indent * (level + 1))
        if t is list:
            return "[" + nl + ("," + nl).join(dumps_value(x, indent, level + 1) for x in v) \
                + nl[:-indent or None] + "]"
        if all(type(k) is str for k in v):
            return "{" + nl + ("," + nl).join(_esc(k) + ": " + dumps_value(x, indent, level + 1)
                                            for k, x in v.items()) + nl[:-indent or None] + "}"
    return _stdlib(v, indent, level)


def _stdlib(v: Any, indent: int, level: int) -> str:
    """``json.dumps``'s own text of ``v``, its lines padded to nest ``level`` deep."""
    text = json.dumps(v, ensure_ascii=False, indent=indent)
    return text.replace("\n", "\n" + " " * (indent * level)) if level else text


def _tokens_text(raw: str, tokens: Any, indent: int | None) -> str:
    """The token list of the contract (a document's ``"tokens"`` value), level 1 deep.

    Raises ``TypeError`` for any field the templates do not write as ``json.dumps`` does.
    """
    if not tokens:
        return "[]"
    if indent is None:
        p1 = p2 = p3 = p4 = p5 = ""
        sep = ", "
    else:
        pad = " " * indent
        p1, p2, p3, p4, p5 = ("\n" + pad * k for k in range(1, 6))
        sep = ","
    t_open = "{" + p3 + '"start": '
    t_end = sep + p3 + '"end": '
    t_text = sep + p3 + '"text": '
    t_norm = sep + p3 + '"norm": '
    t_words = sep + p3 + '"words": [' + p4
    t_close = p3 + "]" + p2 + "}"
    t_nowords = sep + p3 + '"words": []' + p2 + "}"
    w_open = "{" + p5 + '"text": '
    w_upos = sep + p5 + '"upos": '
    w_lemma = sep + p5 + '"lemma": '
    w_close = p4 + "}"
    w_sep = sep + p4
    esc = _esc
    cache = _WORDS.get(indent)
    if cache is None or len(cache) > _MAX_WORDS:
        cache = _WORDS[indent] = {}
    known = cache.get
    out = []
    append = out.append
    for start, end, norm, words in tokens:
        if type(start) is not int or type(end) is not int:
            raise TypeError("token offsets must be int")
        # Morphology shares one words tuple among the tokens of a type: write it once.
        hit = known(id(words))
        if hit is not None and hit[0] is words:
            tail = hit[1]
        else:
            if words:
                ws = []
                for w in words:
                    hit = known(id(w))
                    if hit is not None and hit[0] is w:
                        ws.append(hit[1])
                        continue
                    upos = w.upos
                    lemma = w.lemma
                    text = (w_open + esc(w.text) + w_upos + ("null" if upos is None else esc(upos))
                            + w_lemma + ("null" if lemma is None else esc(lemma)) + w_close)
                    cache[id(w)] = (w, text)
                    ws.append(text)
                tail = t_words + w_sep.join(ws) + t_close
            else:
                tail = t_nowords
            if len(words) < 2:   # one-word tuples are shared by a type's tokens; longer, not
                cache[id(words)] = (words, tail)
        append(f"{t_open}{start}{t_end}{end}{t_text}{esc(raw[start:end])}{t_norm}{esc(norm)}{tail}")
    return "[" + p2 + (sep + p2).join(out) + p1 + "]"
