"""Articles and refined sentences from headlines (``khabar.segment._article_output``)."""
from __future__ import annotations

import re

from khabar.segment._article_output import build_articles, head_span
from khabar.segment.sentences import split_sentences

_WORD = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+")

TEXT = ("استؤنفت اجتماعات مؤتمر جنيف بين وفدي المعارضة والحكومة السورية امس. "
        "«الأمم المتحدة تعترف بصعوبة تحقيق تقدم» أعلنت المنظمة الدولية اليوم أنها تواجه صعوبات.")


def _words() -> tuple[list[int], list[int]]:
    ms = list(_WORD.finditer(TEXT))
    return [m.start() for m in ms], [m.end() for m in ms]


def _index(word: str) -> int:
    return [m.group() for m in _WORD.finditer(TEXT)].index(word)


def test_no_headline_gives_one_article_over_all_sentences():
    sents = sorted(split_sentences(TEXT))
    wstart, wend = _words()
    arts, out = build_articles(TEXT, sents, wstart, wend, [])
    assert out == sents
    assert arts == [(sents[0][0], sents[-1][1], None)]


def test_inline_headline_takes_its_quotes_and_splits_the_sentence():
    sents = sorted(split_sentences(TEXT))
    wstart, wend = _words()
    i, j = _index("الأمم"), _index("أعلنت")
    hs, he = head_span(TEXT, sents, [s for s, _ in sents], wstart, wend, i, j)
    assert TEXT[hs:he] == "«الأمم المتحدة تعترف بصعوبة تحقيق تقدم»"
    arts, out = build_articles(TEXT, sents, wstart, wend, [(i, j, 3.0)])
    assert [a[2] for a in arts] == [None, (hs, he)]
    assert [TEXT[s:e].split()[0] for s, e in out] == ["استؤنفت", "«الأمم", "أعلنت"]
    assert arts[1][:2] == (hs, len(TEXT))
