from __future__ import annotations

from hypothesis import given, strategies as st

from khabar.text.normalize import dediacritize, normalize, present_to_base


def test_diacritics_tatweel_and_alef_forms():
    assert normalize("الأَمَمُ") == "الامم"
    assert normalize("إعترف") == "اعترف"
    assert normalize("آمال") == "امال"
    assert normalize("جمـــيل") == "جميل"


def test_maqsura_and_ta_marbuta_fold():
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("سورية") == normalize("سوريه")


def test_digits_and_separators():
    assert normalize("٢٠١٤") == "2014"
    assert normalize("۱۲۳") == "123"
    assert normalize("٣٫٥") == "3.5"


def test_presentation_forms_and_lam_alef():
    assert normalize("\ufedf\ufe8e\ufee3") == normalize("لام")
    assert normalize("\ufefb") == "لا"
    assert present_to_base("\ufe8d") == "ا"


def test_invisible_controls_are_ignored():
    assert normalize("سو\u200fريا\u200e") == "سوريا"
    assert normalize("\ufeffخبر") == "خبر"


def test_latin_lowercased():
    assert normalize("UN Security") == "un security"


def test_dediacritize_keeps_letters():
    assert dediacritize("أَعْلَنَ") == "أعلن"


@given(st.text())
def test_normalize_total_and_idempotent(s):
    n = normalize(s)
    assert isinstance(n, str)
    assert normalize(n) == n or not n.isascii()
