"""The date finder's token look-ups on real news phrasing."""
from __future__ import annotations

import datetime as dt

from khabar.temporal._date_scan import Scan
from khabar.temporal._date_words import MONTH_WORDS, REL1, REL2, trigger_flags, wa_forms
from khabar.temporal._tokens import tokenize


def scan(text: str, doc: dt.date | None = None) -> Scan:
    return Scan(text, tokenize(text), doc)


def test_out_of_range_indexes_are_empty() -> None:
    s = scan("وصل الوفد أمس")
    assert (s.norm(-1), s.norm(3), s.forms(9), s.num(7), s.hit(-2, MONTH_WORDS)) == \
        ("", "", (), None, None)


def test_numbers_and_days() -> None:
    s = scan("في 15 آذار 2014 و 1234567890 و 45")
    assert [s.num(i) for i in range(s.n)] == [None, 15, None, 2014, None, None, None, 45]
    assert s.day_num(1) == 15 and s.day_num(3) is None and s.day_num(7) is None


def test_hit_sees_through_proclitics_and_multiword_entries() -> None:
    s = scan("وأمس وصل الوفد أول من أمس")
    assert s.hit(0, {"امس"}) == "امس"
    assert s.multi(3, REL1, REL2) == (6, -2, "اول")
    assert s.multi(0, REL1, REL2, clitics=False) is None


def test_month_names_aab_is_august_only_with_madda() -> None:
    s = scan("في آب الماضي قال أب الشهيد")
    assert s.month(1) is not None and s.month(1)[1] == 8
    assert s.month(4) is None
    assert scan("منتصف رمضان").hmonth(1)[1] == 9


def test_alt_month_skips_the_other_name_of_the_same_month() -> None:
    s = scan("15 آذار/مارس 2014")
    assert s.alt_month(2, 3) == 4
    assert s.alt_month(2, 4) == 2                     # «مارس» is not April
    p = scan("شباط ( فبراير ) 2014")
    assert p.alt_month(1, 2) == 4


def test_year_at_with_eras_and_brackets() -> None:
    s = scan("عام 1435 هـ و 2014م و ( 1948 )")
    assert s.year_at(1, need_context=True) == (3, 1435, True, True)
    assert s.year_at(4, need_context=False) == (6, 2014, False, True)
    assert s.year_at(7, need_context=False) is None      # «( 1948 )» alone
    assert s.year_at(7, need_context=True) == (10, 1948, False, False)
    assert scan("1435").year_at(0, need_context=False) is None


def test_trigger_flags_and_wa_forms() -> None:
    flags = trigger_flags()                              # keyed by token norms
    assert flags["وامس"] and flags["("] and not flags["الوفد"]
    assert wa_forms("والان") == ("والان", "الان") and wa_forms("بالان") == ("بالان",)
