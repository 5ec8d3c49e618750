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


def _reference_tokens(view: View) -> list[tuple[int, int, str]]:
    """The tokenizer's definition: every TOKEN_RE match, its span mapped to raw."""
    from khabar.text.normalize import normalize
    from khabar.tokenize.tokenizer import TOKEN_RE
    return [(*view.to_raw(*m.span()), normalize(m.group())) for m in TOKEN_RE.finditer(view.text)]


_TOKEN_CHARS = st.sampled_from(list("الأممتحدةبجنوب إعترف.،؟!\"«»\n\t 0123٤٥٫,.ABCs'\u200c\u200f"
                                    "\ufefb\u064e\u0640%-/"))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=_TOKEN_CHARS, max_size=120)))
def test_tokens_are_the_pattern_matches(s):
    got = tokenize_view(View(s))
    assert [(t.start, t.end, t.norm) for t in got] == _reference_tokens(View(s))
    assert all(t.words[0].text == s[t.start:t.end] for t in got)


def test_tokens_of_a_repaired_view_map_to_raw():
    from khabar.document import Repair
    raw = "وقال إن الأممالمتحدةبجنوب السودان ستواصل العمل بالطرق السملية.   "
    s, t = raw.index("الأممالمتحدةبجنوب"), raw.index("السملية")
    view = View(raw, (Repair(s, s + 17, "الأمم المتحدة بجنوب", "split", 0.97),
                      Repair(t, t + 7, "السلمية", "spelling", 0.9)))
    got = tokenize_view(view)
    assert [(x.start, x.end, x.norm) for x in got] == _reference_tokens(view)
    assert [raw[x.start:x.end] for x in got][2:5] == ["الأمم", "المتحدة", "بجنوب"]
    assert [x.words[0].text for x in got][-2:] == ["السلمية", "."]
