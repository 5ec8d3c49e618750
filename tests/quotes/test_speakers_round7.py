"""Speaker rule of round 7 (session 9, after blind batch 26 was scored): an indefinite «يوم»
(«يوم السبت 22 أوت») right after the cue opens a time adjunct, as «اليوم» does, so it is never
the cue's subject; the preverbal subject speaks. Entities are set by hand (the spans a NER would
give), so the tests check the quote rules; the first two fail on the rules before this round."""
from __future__ import annotations

from khabar.text.normalize import normalize
from quote_util import by_content, canon, quotes_with


def _said(doc, q) -> str | None:
    return None if q.speaker is None else doc.raw[q.speaker.start:q.speaker.end]


def test_day_with_date_after_the_cue_is_no_subject():
    text = ("وكانت وزارة الداخلية أعلنت يوم السبت 22 اوت الحالي أن رئيس الحكومة قرر إجراء "
            "حركة في سلك الولاة.")
    doc, quotes = quotes_with(text, [("وزارة الداخلية", "ORG", "وزارة الداخلية")])
    q = by_content(doc, quotes, "رئيس الحكومة")
    assert _said(doc, q) == "وزارة الداخلية"
    assert canon(q) == normalize("وزارة الداخلية")


def test_day_with_weekday_after_the_cue_is_no_subject():
    text = "وكانت الشركة قد أكدت يوم الاثنين الماضي أن الأسعار لن ترتفع هذا العام."
    doc, quotes = quotes_with(text, [])
    assert _said(doc, by_content(doc, quotes, "الأسعار")) == "الشركة"


def test_subject_after_the_time_adjunct_still_speaks():
    text = "وقال يوم الخميس وزير الخارجية أحمد عطاف إن الاجتماع كان مثمرا."
    doc, quotes = quotes_with(text, [("أحمد عطاف", "PER", "أحمد عطاف")])
    assert canon(by_content(doc, quotes, "الاجتماع")) == normalize("أحمد عطاف")
