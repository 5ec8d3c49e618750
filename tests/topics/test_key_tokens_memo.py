"""The memoized grouping key and the precomputed phrase surfaces of key_tokens equal what
they replace (real Arabic tokens)."""
from __future__ import annotations

from khabar.document import Token, Word
from khabar.lang.stopwords import normalized
from khabar.topics import key_tokens
from khabar.topics.key_tokens import _token_key, shown, surface_parts, token_key

RAW = "وبالمغرب سفارتهم الأمم"


def _tokens() -> list[Token]:
    return [
        Token(0, 8, "وبالمغرب", (Word("و", "CCONJ", "و"), Word("ب", "ADP", "ب"),
                                 Word("المغرب", "PROPN", "المغرب"))),
        Token(9, 16, "سفارتهم", (Word("سفارة", "NOUN", "سفارة"), Word("هم", "PRON", "هو"))),
        Token(17, 22, "الامم", (Word("الأمم", "NOUN", "أمة"),)),
    ]


def test_memo_equals_computed_and_keys_on_the_words_object():
    stop = normalized("all")
    key_tokens._MEMO.clear()
    for tok in _tokens():
        assert token_key(tok, stop) == _token_key(tok.norm, tok.words, stop)
        assert token_key(tok, stop) == _token_key(tok.norm, tok.words, stop)  # memo hit
    # same norm, other words (no morphology): its own key, not the memoized lemma
    bare = Token(17, 22, "الامم", (Word("الأمم"),))
    assert token_key(bare, stop) == "امم"
    assert token_key(_tokens()[2], stop) == "امه"
    # a words list (mutable) is never memoized
    listed = Token(17, 22, "الامم", [Word("الأمم", "NOUN", "أمة")])
    n = len(key_tokens._MEMO)
    assert token_key(listed, stop) == "امه" and len(key_tokens._MEMO) == n


def test_memo_is_bounded(monkeypatch):
    stop = normalized("all")
    monkeypatch.setattr(key_tokens, "_MEMO_MAX", 2)
    key_tokens._MEMO.clear()
    for tok in _tokens():
        token_key(tok, stop)
    assert len(key_tokens._MEMO) <= 2


def test_surface_parts_are_shown():
    toks = _tokens()
    one, first, mid, last = surface_parts(toks, RAW)
    for i, tok in enumerate(toks):
        assert one[i] == shown(tok, RAW, True, True)
        assert first[i] == shown(tok, RAW, True, False)
        assert mid[i] == shown(tok, RAW, False, False)
        assert last[i] == shown(tok, RAW, False, True)
    assert one[0] == "المغرب" and one[1] == "سفارة" and mid[1] == "سفارتهم"


def test_token_keys_equal_token_key():
    from khabar.topics.key_tokens import token_keys
    stop = normalized("all")
    toks = _tokens()
    key_tokens._MEMO.clear()
    cold = token_keys(toks, stop)
    assert cold == token_keys(toks, stop) == [_token_key(t.norm, t.words, stop) for t in toks]
