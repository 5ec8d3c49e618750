from __future__ import annotations

from hypothesis import given, settings, strategies as st

from khabar.text.view import View
from khabar.tokenize.tokenizer import tokenize_text, tokenize_view


def words(s: str) -> list[str]:
    return [s[a:b] for a, b in tokenize_text(s)]


def test_punctuation_and_quotes_split():
    assert words('وأكد مصدر مطلع إن "اللقاء المشترك بدأ"،') == [
        "وأكد", "مصدر", "مطلع", "إن", '"', "اللقاء", "المشترك", "بدأ", '"', "،"]


def test_digits_split_from_letters_and_keep_decimals():
    assert words("عام 2014م بلغ 2.5 مليار و٣٫٥ بالمئة") == [
        "عام", "2014", "م", "بلغ", "2.5", "مليار", "و", "٣٫٥", "بالمئة"]


def test_arabic_comma_between_digits_is_a_decimal_like_padt():
    assert words("ارتفع 10،5 في المئة، و7، 3") == [
        "ارتفع", "10،5", "في", "المئة", "،", "و", "7", "،", "3"]
    assert words("عام 2014، قال") == ["عام", "2014", "،", "قال"]


def test_percent_hyphen_slash_are_tokens_like_padt():
    assert words("15-7 (اف ب) 20% ايار/مايو") == [
        "15", "-", "7", "(", "اف", "ب", ")", "20", "%", "ايار", "/", "مايو"]


def test_latin_and_mixed():
    assert words("قالت CNN's مراسلة BBC") == ["قالت", "CNN's", "مراسلة", "BBC"]


def test_missing_space_after_full_stop():
    assert words("حمص.وقال") == ["حمص", ".", "وقال"]


def test_diacritics_and_tatweel_stay_inside_word():
    assert words("أَعْلَنَ الوزيـــر") == ["أَعْلَنَ", "الوزيـــر"]


def test_invisible_controls_outside_words_are_skipped():
    assert words("\u200fسوريا\u200e و\u200fلبنان") == ["سوريا", "و", "لبنان"]


def test_tokens_carry_norm_and_one_word():
    toks = tokenize_view(View("إعترف الأمين"))
    assert [t.norm for t in toks] == ["اعترف", "الامين"]
    assert all(len(t.words) == 1 for t in toks)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_tokens_are_valid_sorted_spans(s):
    prev = 0
    for a, b in tokenize_text(s):
        assert prev <= a < b <= len(s)
        assert not s[a:b].isspace()
        prev = b
