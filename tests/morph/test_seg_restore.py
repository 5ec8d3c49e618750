"""Host restoration (khabar.morph.seg_restore.restore): the writer's hamza and final ya kept
where the raw-news spelling only picks another letter of the same kind."""
from __future__ import annotations

from khabar.morph.seg_restore import Resources, keep_written, restore
from khabar.morph.seg_text import fold


def _res(*spellings: str) -> Resources:
    """Resources whose raw-news spelling of each folded key is the given word."""
    return Resources(news={fold(w): 100 for w in spellings},
                     spell={fold(w): w for w in spellings if fold(w) != w})


def test_a_written_hamza_seat_is_kept():
    res = _res("أحداث")           # the commoner word; the text wrote إحداث («وإحداث»)
    assert restore("إحداث", False, False, res) == "إحداث"
    assert restore("أحداث", False, False, res) == "أحداث"
    assert keep_written("بؤس", "بئس") == "بؤس"


def test_a_bare_alef_takes_the_attested_hamza():
    res = _res("أضاف")
    assert restore("اضاف", False, False, res) == "أضاف"     # «واضاف» → و + أضاف


def test_a_hamza_on_a_connecting_alef_is_dropped():
    # form VIII masdar: hamzat wasl, «بأبتكار» is misspelt
    assert keep_written("أبتكار", "ابتكار") == "ابتكار"


def test_a_written_final_ya_is_kept_but_alef_maqsura_may_change():
    assert restore("حوالي", False, False, _res("حوالى")) == "حوالي"    # «بحوالي»
    assert keep_written("العلمى", "العلمي") == "العلمي"


def test_the_restored_last_letter_before_a_suffix_is_not_the_written_one():
    # «تفاجئني»: the host may end in a restored ء; the spelling of the key decides it
    res = _res("تفاجئ")
    assert restore("تفاجئ", True, False, res) == "تفاجئ"
    assert restore("حكومت", True, False, _res("حكومة")) == "حكومة"   # ta marbuta


def test_lengths_that_differ_leave_the_spelling():
    assert keep_written("إحداث", "أحداثا") == "أحداثا"


def test_padt_host_spelling_comes_before_the_news_one():
    # PADT writes «الإستراتيجية» where raw news mostly write «الاستراتيجية»
    res = Resources(hostspell={"الاستراتيجية": "الإستراتيجية"},
                    spell={"الاستراتيجية": "الاستراتيجية"})
    assert restore("الاستراتيجية", False, False, res) == "الإستراتيجية"
    assert restore("الاستراتيجية", False, False, Resources()) == "الاستراتيجية"


def test_a_dual_in_construct_keeps_its_alef():
    # «علاقتاهما» → علاقتا + هما: «علاقتى» folds to «علاقتي» ("my relation"), a common word
    res = Resources(news={"علاقتي": 500, "جثتي": 40})
    assert restore("علاقتا", True, False, res) == "علاقتا"
    assert restore("جثتا", True, False, res) == "جثتا"
    # a short stem may still be a final «ى» («فتاه» → فتى + ه), and «…ا» of other stems too
    assert restore("فتا", True, False, Resources(news={"فتي": 100})) == "فتى"
    assert restore("مستشفا", True, False, Resources(news={"مستشفي": 100})) == "مستشفى"
