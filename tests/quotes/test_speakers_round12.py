"""Speaker rules of round 12 (session 10, after blind batch 33 was scored once with the shipped
stacked NER and the earlier CRF), from its errors: a preverbal subject after
«إلا أن / غير أن» speaks and ends the quote before («…"، إلا أن السلطات الرسمية في الولاية
أكدت أن»); a body's head before its name in quotation marks is no part of the canonical name
(«منظمة "أنا يقظ"» → «أنا يقظ»).
Entities are set by hand (the spans a NER would give), so the tests check the quote rules;
each fails on the rules before this round."""
from __future__ import annotations

from khabar.quotes.finish import tidy
from quote_util import by_content, canon, quotes_with


def test_subject_after_however_speaks_and_ends_the_quote_before():
    text = ("وقالت الأم \"اليزابيث هاندي\" بأنه من \"غير المقبول أن تبقى ابنتهما من دون اسم\"، "
            "إلا أن السلطات الرسمية في الولاية أكدت أن كنية الطفلة يجب أن تكون كنية الأم أو "
            "الأب.")
    doc, quotes = quotes_with(text, [("اليزابيث هاندي", "PER", "اليزابيث هاندي")])
    first = by_content(doc, quotes, "من \"غير")
    assert doc.raw[first.content.start:first.content.end].endswith("دون اسم\"")
    q = by_content(doc, quotes, "كنية الطفلة")
    assert canon(q) is None and doc.raw[q.speaker.start:q.speaker.end].startswith("السلطات")


def test_body_head_before_a_name_in_marks_is_no_part_of_the_name():
    assert tidy("منظمة \"أنا يقظ") == "أنا يقظ"
    assert tidy("صحيفة \"هوتان\"") == "هوتان"
    assert tidy("حزب \"نداء تونس\"") == "حزب \"نداء تونس"     # a party keeps its head

