"""Arabic character data: classes and folding maps (data only, no logic)."""
from __future__ import annotations

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9)]
)
TATWEEL = "\u0640"
# Invisible directional / joining controls that carry no letter.
INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069"
                      "\u202a\u202b\u202c\u202d\u202e\ufeff\u00ad")

ALEF_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
YA_FOLD = {"ى": "ي", "ی": "ي", "ې": "ي"}       # alef maqsura, Persian/Urdu ya
TA_MARBUTA_FOLD = {"ة": "ه", "ۃ": "ه"}
OTHER_FOLD = {"ک": "ك", "ڪ": "ك", "ھ": "ه", "ہ": "ه", "ۀ": "ه"}

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_FOLD = {d: str(i) for i, d in enumerate(ARABIC_INDIC_DIGITS)} | {
    d: str(i) for i, d in enumerate(PERSIAN_DIGITS)}

ARABIC_COMMA = "،"
ARABIC_SEMICOLON = "؛"
ARABIC_QUESTION = "؟"
ARABIC_DECIMAL_SEP = "٫"
ARABIC_THOUSANDS_SEP = "٬"

# Presentation forms: Arabic Presentation Forms-A and -B.
PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))

# Proclitic letters that may attach to a following word.
PROCLITICS = "وفبلكس"
