"""Word lists of the round-20 quote rules (no logic), in normalized spelling
(``khabar.text.normalize``): hamza-alef folded to ا, ى to ي, ة to ه, no diacritics."""
from __future__ import annotations

#: Heads of a newspaper or magazine written before its name, no article
#: (:mod:`khabar.quotes.press_name`).
PAPER_HEADS = frozenset({"صحيفه", "جريده", "مجله", "يوميه", "اسبوعيه"})

#: Verbs written like a preposition, no conjunction (:mod:`khabar.quotes.verb_homographs`):
#: «عبر» "across" / «عبّر» "expressed".
VERB_HOMOGRAPHS = frozenset({"عبر"})

#: Heads of a place named «سيدي …» after them, no clitic («ولاية سيدي بوزيد», «معتمدية سيدي
#: حسين السيجومي»; :mod:`khabar.quotes.sidi_places`).
SIDI_PLACE_HEADS = frozenset({"ولايه", "معتمديه", "معتمد", "منطقه", "مدينه", "بلديه", "جهه",
                              "والي", "عماده", "قريه", "شاطئ", "منطقتي", "حي"})

#: Office titles of one holder each, no article (:mod:`khabar.quotes.other_office`): a person
#: written with one of them holds that office, not another of them (not «رئيس», «نائب»,
#: «مدير»: a party president is an MP too).
OFFICE_TITLES = frozenset({"معتمد", "والي", "محافظ", "عمده", "سفير", "سفيره", "ناطق", "ناطقه",
                           "متحدث", "متحدثه", "قاضي", "مندوب", "مندوبه", "وزير", "وزيره"})
