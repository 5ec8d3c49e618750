"""Temporal expressions in Arabic news text, resolved against the document date.

``find_dates(text, doc_date)`` returns ``(start, end, value)`` spans, sorted and
non-overlapping, with ISO 8601 values at the precision the text states:

- day ``2014-02-13``, ISO week ``2014-W06``, month ``2014-02``, year ``2014``;
- a range as an interval ``start/end`` («من 10 إلى 15 مارس 2014» → ``2014-03-10/2014-03-15``,
  «بين 2010 و2014» → ``2010/2014``); a Hijri month or year as the interval of its Gregorian
  days; a decade («الأربعينات») as ``1940/1949``; «الشهرين الماضيين» as the stretch of days
  ending at the document date;
- a duration as an ISO duration («ثلاث سنوات» → ``P3Y``, «ساعتين» → ``PT2H``), a frequency
  («يوميا») as its period ``P1D``; «قبل/منذ عشرين عاما» → the point in time (``1994``).
- ``None`` when the value cannot be resolved (a relative expression with no document date, a
  vague count «عدة أيام», a month with no year and no document date) — the span is still
  returned.

Rules and decisions:

- Relative days (أمس، اليوم، غدا، أول أمس، بعد غد) are offsets from the document date. With a
  weekday («أمس الأربعاء») the mention is one span; when the weekday disagrees with the
  offset, the weekday wins: the value is the day with that weekday nearest (±3 days) to the
  offset day — newspapers often carry the next day's date on text written the day before, and
  the journalist's explicit weekday is the more reliable of the two.
- A weekday alone: the most recent such day on or before the document date (news reports past
  days), unless a future cue (سوف، سيعقد، المقرر … or a «س» + imperfect verb) occurs in the
  five words before it, then the next such day on or after the document date. With الماضي
  (المنصرم، الفائت) it is the previous one strictly before, with المقبل/القادم the next one
  strictly after the document date. A weekday followed by an explicit date takes that date.
- Qualifiers (أواخر، مطلع، منتصف، نهاية …) are kept in the span and the value keeps the
  precision of what they qualify: «أواخر العام الماضي» → ``2013`` (TIMEX3 would add mod=END).
- Signal words منذ، خلال، قبل، بعد and intro words بتاريخ، يوم، الموافق belong to the span (the
  Wojood convention); the value is the date they anchor to, except «قبل/منذ/بعد» + a
  duration, which resolve to a point. «في» is not in the span.
- A month without a year takes the year that puts it nearest the document date; a bare
  4-digit number 1800-2099 is a year unless an identifier word precedes it (القرار 2139) or a
  counted noun/unit follows it (2000 شخص). Numeric dates are day/month/year (Arab order);
  month/day is used only when the first part cannot be a month.
- Hijri dates use the tabular Islamic calendar (:mod:`khabar.temporal.hijri`), so a converted
  day may be one or two days off the announced calendar. A Hijri month that is also a name
  (رجب، رمضان، شعبان …) counts only after «شهر», a day number, a preposition, or before a year.
- «الآن/حاليا» are present references (value: the document date); historical periods
  («الفترة العثمانية», «فترة الحكم العثماني») are spans with value None; both are DATE/TIME in
  Wojood and TIMEX3.
- Not handled: clock times («الساعة العاشرة صباحا»), seasons, centuries, holidays (عيد الفطر),
  a day of a relative month («30 من الشهر الحالي» gives the month only).
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from khabar.lang import calendar as C
from khabar.temporal import hijri
from khabar.temporal._tokens import Tok, bare_forms, norm_key, tokenize
from khabar.temporal.numbers import NUMBER_WORDS, cardinal_at

DateSpan = tuple[int, int, "str | None"]


def _fold(d: dict) -> tuple[dict, dict]:
    """Split a word-list dict into single-word and {first: {(rest...): v}} multiword maps."""
    one: dict = {}
    multi: dict = {}
    for k, v in d.items():
        k = norm_key(k)
        if isinstance(k, tuple):
            multi.setdefault(k[0], {})[k[1:]] = v
        else:
            one[k] = v
    return one, multi


def _set(words) -> frozenset[str]:
    return frozenset(norm_key(w) for w in words)


GM1, GM2 = _fold(C.GREGORIAN_MONTHS)
HM1, HM2 = _fold(C.HIJRI_MONTHS)
REL1, REL2 = _fold(C.RELATIVE_DAYS)
OD1, OD2 = _fold(C.ORDINAL_DAYS)
WEEKDAYS = {norm_key(k): v for k, v in C.WEEKDAYS.items()}
AMBIG_MONTHS = _set(C.AMBIGUOUS_MONTHS)
AMBIG_HIJRI = _set(C.AMBIGUOUS_HIJRI)
NOT_TODAY = _set(C.NOT_TODAY_AFTER)
DAY_PARTS = _set(C.DAY_PARTS)
PERIODS = {norm_key(k): v for k, v in C.PERIOD_UNITS.items()} | {"العقد": "decade"}
MODS = {norm_key(k): v for k, v in C.PERIOD_MODIFIERS.items()}
THIS = _set(C.THIS)
QUALS = _set(C.QUALIFIERS)
INTRO = _set(C.DATE_INTRO)
CORRESPONDING = _set(C.CORRESPONDING)
PRESENT = _set(C.PRESENT)
PERIOD_HEADS = _set(h for h in C.PERIOD_HEADS if " " not in h)
PERIOD_ADJ = _set(C.PERIOD_ADJECTIVES)
SIGNALS = _set(C.SIGNALS)
MONTH_CTX = _set(C.MONTH_CONTEXT)
YEAR_WORDS = _set(C.YEAR_WORDS)
MONTH_WORDS = _set(C.MONTH_WORDS)
DAY_WORDS = _set(C.DAY_WORDS)
G_ERA = _set(C.GREGORIAN_ERA)
H_ERA = _set(C.HIJRI_ERA)
RANGE_FROM = _set(C.RANGE_FROM)
RANGE_TO = _set(C.RANGE_TO)
DURATION = {norm_key(k): v for k, v in C.DURATION_UNITS.items()}
STRETCH = {norm_key(k): v for k, v in C.PAST_STRETCH_UNITS.items()}
STRETCH_DUAL = _set(C.PAST_STRETCH_DUAL)
STRETCH_MODS = _set(C.PAST_STRETCH_MODS)
FREQ = {norm_key(k): v for k, v in C.FREQUENCIES.items()}
DECADES = {norm_key(k): v for k, v in C.DECADES.items()}
DECADES |= {k[2:]: v for k, v in DECADES.items()}  # «ثمانينيات القرن الماضي»
NOT_YEAR_BEFORE = _set(C.NOT_YEAR_BEFORE)
NOT_YEAR_AFTER = _set(C.NOT_YEAR_AFTER)
FUTURE_CUES = _set(C.FUTURE_CUES)
FUTURE_NOUNS = tuple(norm_key(w) for w in C.FUTURE_PREFIX_NOUNS)
VAGUE_COUNT = _set({"عدة", "بضعة", "بضع", "لعدة", "لبضعة"})
RAMADAN_EPITHETS = _set({"المبارك", "الكريم", "الفضيل", "المعظم"})
NO_WEEKDAY_BEFORE = _set({"سوق", "كلا", "بين", "هذين", "مسجد", "جامع"})
SEPS = frozenset({"/", "-", "\\"})

_TRIGGERS = (set(GM1) | set(GM2) | set(HM1) | set(HM2) | set(REL1) | set(REL2) | set(OD1)
             | set(OD2) | set(WEEKDAYS) | set(PERIODS) | THIS | set(STRETCH) | set(DURATION)
             | set(FREQ) | set(DECADES) | YEAR_WORDS | MONTH_WORDS | VAGUE_COUNT
             | NUMBER_WORDS | PRESENT | PERIOD_HEADS | SIGNALS)


class _TriggerFlags(dict):
    """Whether a token norm may trigger the date scan («(» may: if a number follows)."""

    def __missing__(self, norm: str) -> bool:
        flag = self[norm] = norm == "(" or not _TRIGGERS.isdisjoint(bare_forms(norm))
        return flag


_FLAGS = _TriggerFlags()


def _trigger_flags() -> _TriggerFlags:
    """The shared flags, emptied when they grow past 2**16 norms (bounded memory)."""
    if len(_FLAGS) > 1 << 16:
        _FLAGS.clear()
    return _FLAGS


@dataclass(slots=True)
class _V:
    """A parsed value: a calendar date of some precision, or a fixed ISO string."""

    kind: str                 # "date" | "iso" | "day" (a lone day number, ranges only)
    y: int | None = None
    m: int | None = None
    d: int | None = None
    hijri: bool = False
    iso: str | None = None


@dataclass(slots=True)
class _M:
    i: int
    j: int
    v: _V
    interval: bool = False


def _iso_day(d: dt.date) -> str:
    return d.isoformat()


def _add_months(d: dt.date, n: int) -> dt.date:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    import calendar as _cal
    return dt.date(y, m + 1, min(d.day, _cal.monthrange(y, m + 1)[1]))


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


class _Finder:
    def __init__(self, text: str, toks: list[Tok], doc: dt.date | None) -> None:
        self.text = text
        self.t = toks
        self.n = len(toks)
        self.doc = doc

    # ------------------------------------------------------------------ helpers
    def norm(self, i: int) -> str:
        return self.t[i].norm if 0 <= i < self.n else ""

    def forms(self, i: int) -> tuple[str, ...]:
        return bare_forms(self.t[i].norm) if 0 <= i < self.n else ()

    def hit(self, i: int, words) -> str | None:
        for f in self.forms(i):
            if f in words:
                return f
        return None

    def num(self, i: int) -> int | None:
        if (0 <= i < self.n and self.t[i].is_num and self.t[i].norm.isdigit()
                and len(self.t[i].norm) <= 9):   # longer digit runs are no date part
            return int(self.t[i].norm)
        return None

    def day_num(self, i: int) -> int | None:
        v = self.num(i)
        if v is not None and 1 <= v <= 31 and len(self.t[i].norm) <= 2:
            return v
        return None

    def _multi(self, i: int, one: dict, multi: dict, clitics: bool = True):
        """(end, value, word) of a possibly multi-word lexicon entry at i."""
        forms = self.forms(i) if clitics else (self.norm(i),)
        for f in forms:
            if f in multi:
                for rest, v in sorted(multi[f].items(), key=lambda kv: -len(kv[0])):
                    if all(self.norm(i + 1 + k) == w for k, w in enumerate(rest)):
                        return i + 1 + len(rest), v, f
            if f in one:
                return i + 1, one[f], f
        return None

    def month(self, i: int):
        got = self._multi(i, GM1, GM2)
        if got is not None and got[2] == "اب" and "آ" not in self.text[
                self.t[i].start:self.t[i].end]:
            return None  # «أب» father, «إب» (a Yemeni city): only «آب» is August
        return got

    def hmonth(self, i: int):
        return self._multi(i, HM1, HM2)

    def alt_month(self, j: int, m: int) -> int:
        """Skip «/مارس», «(شباط)», «- فبراير» after a month name when it names month m."""
        k = j
        paren = False
        if self.norm(k) in SEPS or self.norm(k) in ("(", "،", ","):
            paren = self.norm(k) == "("
            k += 1
        got = self.month(k)
        if got is None or got[1] != m:
            return j
        k = got[0]
        if paren:
            if self.norm(k) != ")":
                return j
            k += 1
        return k

    def year_at(self, i: int, need_context: bool) -> tuple[int, int, bool, bool] | None:
        """(end, year, hijri, era) of a year at i: «2014», «( 1948 )», «2014م», «1435 هـ»."""
        k = i
        paren = self.norm(k) == "("
        if paren:
            k += 1
        y = self.num(k)
        if y is None or not (100 <= y <= 2200) or len(self.t[k].norm) not in (3, 4):
            return None
        k += 1
        if paren:
            if self.norm(k) != ")":
                return None
            k += 1
        era = self.norm(k)
        hij = False
        has_era = False
        if era in H_ERA or era == "ه":
            hij = has_era = True
            k += 1
        elif era in G_ERA and (need_context or 1500 <= y <= 2100 or era != "م"):
            has_era = True
            k += 1
        if not need_context and not has_era and not (1800 <= y <= 2099):
            return None
        if paren and not has_era and not need_context:
            return None  # «( 1948 )» alone: the core is the inner year
        return k, y, hij, has_era

    # ------------------------------------------------------------------ core parsers
    def p_numeric(self, i: int) -> _M | None:
        got = self._p_numeric(i)
        if got is not None and got.v.kind == "date" and (
                self.norm(got.j) in G_ERA or self.norm(got.j) in H_ERA):
            if self.norm(got.j) in H_ERA:
                got.v.hijri = True
            got.j += 1
        return got

    def _p_numeric(self, i: int) -> _M | None:
        t = self.t[i]
        if not t.is_num:
            return None
        parts = t.norm.split(".")
        if len(parts) == 3 and all(p.isdigit() and len(p) <= 4 for p in parts):
            v = self._dmy(*(int(p) for p in parts), len(parts[2]))
            return _M(i, i + 1, v) if v else None
        a = self.num(i)
        if a is None or self.norm(i + 1) not in SEPS:
            return None
        sep = self.norm(i + 1)
        b = self.num(i + 2)
        if b is None or self.norm(i + 3) != sep:
            return None
        k = i + 4
        paren = self.norm(k) == "("
        c = self.num(k + 1 if paren else k)
        if c is None:
            return None
        clen = len(self.t[k + 1 if paren else k].norm)
        k = k + 2 if paren else k + 1
        if paren:
            if self.norm(k) != ")":
                return None
            k += 1
        # 21 / 24 / 4 / ( 1942 ): a range of days
        if self.norm(k) == sep and (self.num(k + 1) is not None or (
                self.norm(k + 1) == "(" and self.num(k + 2) is not None)):
            kp = self.norm(k + 1) == "("
            y = self.num(k + 2 if kp else k + 1)
            k2 = k + (3 if kp else 2)
            if kp:
                if self.norm(k2) != ")":
                    return None
                k2 += 1
            if y and 1 <= a < b <= 31 and 1 <= c <= 12 and 1000 <= y <= 2200 \
                    and _valid(y, c, b):
                return _M(i, k2, _V("iso", iso=f"{dt.date(y, c, a)}/{dt.date(y, c, b)}"),
                          interval=True)
            return None
        if len(self.t[i].norm) == 4 and sep in ("-", "/"):
            if _valid(a, b, c):
                return _M(i, k, _V("date", a, b, c))
            return None
        v = self._dmy(a, b, c, clen)
        return _M(i, k, v) if v else None

    @staticmethod
    def _dmy(a: int, b: int, c: int, clen: int) -> _V | None:
        if clen == 2:
            c += 2000 if c < 50 else 1900
        elif clen != 4:
            return None
        if not (1000 <= c <= 2200):
            return None
        if _valid(c, b, a):
            return _V("date", c, b, a)
        if _valid(c, a, b):
            return _V("date", c, a, b)
        return None

    def p_text(self, i: int) -> _M | None:
        """[day | ordinal [من]] month [alt] [year], month year, month alone (in context)."""
        k = i
        day = self.day_num(k)
        if day is not None:
            k += 1
            if self.norm(k) == "/":
                k += 1
        else:
            od = self._multi(i, OD1, OD2)
            if od is not None:
                day = od[1]
                k = od[0]
                if self.norm(k) == "من":
                    k += 1
        # a day range: 10 - 15 مارس, 13 و14 فبراير, 13 وحتى 15 ...
        if day is not None and self.day_num(i) is not None:
            c = k
            if self.norm(c) in RANGE_TO:
                c += 1
            elif self.norm(c) == "و" and self.norm(c + 1) in RANGE_TO:
                c += 2
            d2 = self.day_num(c) if c > k else None
            if d2 is not None and d2 > day:
                inner = self.p_text(c)
                if inner is not None and inner.v.kind == "date" and inner.v.d == d2:
                    v = inner.v
                    a = _V("date", v.y, v.m, day, v.hijri)
                    return self._range(i, inner.j, a, v)
        got = self.month(k)
        hij = False
        if got is None:
            got = self.hmonth(k)
            hij = True
            if got is None:
                return None
        j, m, word = got
        if not hij:
            j = self.alt_month(j, m)
        elif self.norm(j) in RAMADAN_EPITHETS:
            j += 1
        c = j
        if self.norm(c) in ("/", "،", ",", "-"):
            c += 1
        if self.norm(c) == "من" and (self.hit(c + 1, YEAR_WORDS) or self.hit(c + 1, THIS)):
            c += 1  # «أكتوبر من عام 1929», «مارس من العام الماضي»
        if not hij and (self.hit(c, THIS) or PERIODS.get(self.norm(c)) == "year"):
            per = self.p_period(c)
            if per is not None:
                if per.v.kind == "date" and per.v.y is not None:
                    return _M(i, per.j, _V("date", per.v.y, m, day))
                return _M(i, per.j, _V("iso"))
        if self.hit(c, YEAR_WORDS):
            c += 1
        yr = self.year_at(c, need_context=True)
        y = None
        if yr is not None and (yr[1] >= 1000 or yr[3]):
            j, y = yr[0], yr[1]
            if yr[2] and not hij:
                return None  # a Gregorian month with a Hijri year: not a thing
            if hij and not yr[2] and y > 1600:
                return self._hijri_in_greg_year(i, j, m, day, y)
        if day is None and y is None and not hij and self.norm(j) == "(":
            inner = self.p_numeric(j + 1)
            if inner is not None and inner.v.kind == "date" and inner.v.m == m \
                    and self.norm(inner.j) == ")":
                return _M(i, inner.j + 1, inner.v)
        if day is None and y is None:
            # month alone: needs context if ambiguous
            prev = self.hit(i - 1, MONTH_CTX)
            if hij:
                if word in AMBIG_HIJRI and not (prev and prev != "من"):
                    return None
                if word in ("صفر", "محرم", "رجب") and prev not in MONTH_WORDS:
                    return None
            elif word in AMBIG_MONTHS and not prev and not self.hit(i - 1, MONTH_WORDS) \
                    and self.month(i - 1) is None and self.hit(j, MODS) is None:
                return None
            if not hij and self.hit(j, MODS):
                mod = MODS[self.hit(j, MODS)]
                return _M(i, j + 1, self._month_rel(m, mod))
        if day is not None and y is None and not hij and not _valid(2000, m, day):
            return None
        if hij and day is not None and day > 30:
            return None
        return _M(i, j, _V("date", y, m, day, hij))

    def _hijri_in_greg_year(self, i, j, m, day, gy) -> _M:
        h = hijri.from_gregorian(dt.date(gy, 1, 1))[0]
        hy = h if hijri.to_gregorian(h, m, 1).year == gy else h + 1
        return _M(i, j, _V("date", hy, m, day, True))

    def _month_rel(self, m: int, mod: int) -> _V:
        if self.doc is None:
            return _V("iso")
        y = self.doc.year
        if mod < 0 and m >= self.doc.month:
            y -= 1
        elif mod > 0 and m <= self.doc.month:
            y += 1
        return _V("date", y, m)

    def _range(self, i: int, j: int, a: _V, b: _V) -> _M:
        return _M(i, j, _V("iso", iso=self._interval(a, b)), interval=True)

    def _interval(self, a: _V, b: _V) -> str | None:
        if a.kind == "date" and b.kind == "date":
            if a.y is None and b.y is not None and a.hijri == b.hijri:
                a = _V("date", b.y if (a.m or 0) <= (b.m or 0) else b.y - 1, a.m, a.d, a.hijri)
            sa, sb = self.iso(a), self.iso(b)
        else:
            sa, sb = self.iso(a), self.iso(b)
        if sa is None or sb is None:
            return None
        return f"{sa.split('/')[0]}/{sb.split('/')[-1]}"

    def p_year(self, i: int) -> _M | None:
        k = i
        yw = self.hit(k, YEAR_WORDS)
        if yw:
            k += 1
        yr = self.year_at(k, need_context=bool(yw))
        if yr is None:
            return None
        j, y, hij, era = yr
        if not yw and not era:
            prev = self.forms(i - 1)
            if any(f in NOT_YEAR_BEFORE for f in prev) or self.norm(i - 1) in ("$", "€", "£"):
                return None
            if self.hit(j, NOT_YEAR_AFTER) or self.norm(j) in ("%", "٪", "."):
                if not (self.norm(j) == "." and self.num(j + 1) is None):
                    return None
            if self.norm(i - 1) == "," or self.norm(i - 1) == "." and self.num(i - 2) is not None:
                return None
        if hij:
            return _M(i, j, _V("date", y, None, None, True))
        if y < 1000 and not era:
            return None
        return _M(i, j, _V("date", y))

    def p_relative(self, i: int) -> _M | None:
        got = self._multi(i, REL1, REL2)
        if got is None:
            return None
        j, off, word = got
        if word not in _wa_forms(self.norm(i)):
            return None  # «لليوم», «باليوم»: not "today"
        if word == "اليوم" and (self.norm(j) in NOT_TODAY or self.hit(j, NOT_TODAY)):
            return None
        if word == "اليوم" and self.hit(j, MODS) is not None:
            return None
        wd = self.hit(j, WEEKDAYS)
        if self.doc is None or not (dt.date.min.year < self.doc.year < dt.date.max.year):
            return _M(i, j + (1 if wd else 0), _V("iso"))
        base = self.doc + dt.timedelta(days=off)
        if wd is not None:
            want = WEEKDAYS[wd]
            diff = (want - base.weekday() + 3) % 7 - 3
            base = base + dt.timedelta(days=diff)
            j += 1
        return _M(i, j, _V("date", base.year, base.month, base.day))

    def p_weekday(self, i: int) -> _M | None:
        wd = self.hit(i, WEEKDAYS)
        if wd is None:
            return None
        if self.hit(i - 1, NO_WEEKDAY_BEFORE):
            return None
        want = WEEKDAYS[wd]
        j = i + 1
        mod = None
        m = self.hit(j, MODS)
        if m is not None:
            mod = MODS[m]
            j += 1
        # an explicit date after the weekday wins
        k = j
        if self.norm(k) in ("،", ",", "-"):
            k += 1
        if self.hit(k, INTRO) or self.norm(k) in CORRESPONDING:
            k += 1
            if self.norm(k) == ":":
                k += 1
        for p in (self.p_numeric, self.p_text):
            if k < self.n:
                got = p(k)
                if got is not None and got.v.kind == "date" and got.v.d is not None:
                    return _M(i, got.j, got.v)
        if self.doc is None:
            return _M(i, j, _V("iso"))
        doc = self.doc
        back = (doc.weekday() - want) % 7
        fwd = (want - doc.weekday()) % 7
        if mod == -1:
            d = doc - dt.timedelta(days=back or 7)
        elif mod == 1:
            d = doc + dt.timedelta(days=fwd or 7)
        elif mod == 0 or self._future(i):
            d = doc + dt.timedelta(days=fwd)
        else:
            d = doc - dt.timedelta(days=back)
        return _M(i, j, _V("date", d.year, d.month, d.day))

    def _future(self, i: int) -> bool:
        for k in range(max(0, i - 5), i):
            for f in self.forms(k):
                if f in FUTURE_CUES:
                    return True
                if len(f) >= 5 and f[0] == "س" and f[1] in "يتنا" and not f.startswith(
                        FUTURE_NOUNS):
                    return True
            if self.norm(k) in (".", "!", "؟", "?"):
                return False
        return False

    def p_period(self, i: int) -> _M | None:
        k = i
        this = self.hit(k, THIS)
        if this:
            k += 1
        unit = self.norm(k) if self.norm(k) in PERIODS else (
            None if this else self.hit(k, PERIODS))
        if unit is None:
            return None
        kind = PERIODS[unit]
        j = k + 1
        m = self.hit(j, MODS)
        if m is not None:
            mod = MODS[m]
            j += 1
        elif this or self.hit(i - 1, QUALS):
            mod = 0
        else:
            return None
        if self.num(j) is not None or self.norm(j) == "(":
            return None  # «العام 1992»: a year
        return _M(i, j, self._period_value(kind, mod))

    def _period_value(self, kind: str, mod: int) -> _V:
        try:
            return self._period_value_(kind, mod)
        except (ValueError, OverflowError):
            return _V("iso")

    def _period_value_(self, kind: str, mod: int) -> _V:
        doc = self.doc
        if doc is None:
            return _V("iso")
        if kind == "week":
            d = doc + dt.timedelta(days=7 * mod)
            y, w, _ = d.isocalendar()
            return _V("iso", iso=f"{y}-W{w:02d}")
        if kind == "month":
            d = _add_months(doc, mod)
            return _V("date", d.year, d.month)
        if kind == "decade":
            s = (doc.year // 10 + mod) * 10
            return _V("iso", iso=f"{s}/{s + 9}")
        return _V("date", doc.year + mod)

    def p_stretch(self, i: int) -> _M | None:
        """«الأيام الخمسة الماضية», «الشهرين الماضيين», «السنوات الأخيرة»."""
        unit = self.hit(i, STRETCH)
        if unit is None:
            return None
        j = i + 1
        count: float | None = 2 if unit in STRETCH_DUAL else None
        if count is None:
            f = self.norm(j)
            cand = f[2:] if f.startswith("ال") else None
            if cand:
                from khabar.temporal.numbers import ONES, TENS
                v = ONES.get(cand, TENS.get(cand))
                if v is not None:
                    count = v
                    j += 1
        if self.norm(j) not in STRETCH_MODS:
            return None
        forward = self.norm(j) in _set({"المقبلة", "القادمة", "المقبلين", "القادمين"})
        j += 1
        des = STRETCH[unit]
        if self.doc is None or count is None:
            return _M(i, j, _V("iso"))
        try:
            other = self._shift(self.doc, des, count if forward else -count)
        except (ValueError, OverflowError):
            return _M(i, j, _V("iso"))
        a, b = (self.doc, other) if forward else (other, self.doc)
        return _M(i, j, _V("iso", iso=f"{a}/{b}"))

    @staticmethod
    def _shift(d: dt.date, des: str, n: float) -> dt.date:
        n = int(n)
        if des == "D":
            return d + dt.timedelta(days=n)
        if des == "W":
            return d + dt.timedelta(days=7 * n)
        if des == "M":
            return _add_months(d, n)
        if des in ("H", "MIN"):
            return d
        years = n * (10 if des == "10Y" else 100 if des == "100Y" else 1)
        try:
            return d.replace(year=d.year + years)
        except ValueError:
            return d.replace(year=d.year + years, day=28)

    def p_duration(self, i: int) -> _M | None:
        """«ثلاث سنوات», «12 عاما», «عامين», «عدة أيام»."""
        unit = self.hit(i, DURATION)
        if unit is not None:
            des, cnt = DURATION[unit]
            if cnt == 0 and self.hit(i - 1, SIGNALS) and self.norm(i) == unit:
                return _M(i, i + 1, _V("iso"))
            if cnt == 2 and self.norm(i) == unit or (
                    cnt == 2 and self.hit(i - 1, SIGNALS)):
                return _M(i, i + 1, _V("iso", iso=_duration(2, des)))
            if cnt == 1 and self.hit(i - 1, SIGNALS) and self.norm(i) == unit:
                return _M(i, i + 1, _V("iso", iso=_duration(1, des)))
            return None
        if self.hit(i, VAGUE_COUNT):
            u = self.hit(i + 1, DURATION)
            if u is not None and DURATION[u][1] == 0:
                return _M(i, i + 2, _V("iso"))
            return None
        got = cardinal_at(self.t, i, self.text)
        if got is None:
            return None
        j, n = got
        u = self.norm(j)
        if u not in DURATION:
            return None
        des, cnt = DURATION[u]
        if isinstance(n, float) or n <= 0 or n > 10000:
            return None
        if cnt == 1 and u in _GENITIVE_SINGULAR and 2 < n < 100 and self.t[i].is_num \
                and j == i + 1:
            return None  # «رقم 9 عام ( 1921 )»: 3-99 take a plural or an accusative
        if self.num(j + 1) is not None or (self.norm(j + 1) == "(" and self.num(j + 2)):
            return None
        return _M(i, j + 1, _V("iso", iso=_duration(n, des)))

    def p_misc(self, i: int) -> _M | None:
        f = self.norm(i)
        if self.hit(i, PRESENT) and self.hit(i, PRESENT) in _wa_forms(f):
            if self.doc is None:
                return _M(i, i + 1, _V("iso"))
            return _M(i, i + 1, _V("date", self.doc.year, self.doc.month, self.doc.day))
        head = self.hit(i, PERIOD_HEADS)
        if head is not None:
            j = i + 1
            if self.norm(j) == "الحكم":
                j += 1
            if self.norm(j) in PERIOD_ADJ:
                j += 1
                if self.norm(j) in PERIOD_ADJ:
                    j += 1
                return _M(i, j, _V("iso"))
            return None
        if f in FREQ or self.hit(i, FREQ):
            return _M(i, i + 1, _V("iso", iso=FREQ[self.hit(i, FREQ)]))
        dec = self.hit(i, DECADES)
        if dec is not None:
            s = 1900 + DECADES[dec]
            j = i + 1
            if self.norm(j) == "من":
                j += 1
            if self.norm(j) == "القرن" and self.norm(j + 1) in ("الماضي", "العشرين"):
                j += 2
            elif j > i + 1 and self.norm(j - 1) == "من":
                j -= 1
            return _M(i, j, _V("iso", iso=f"{s}/{s + 9}"))
        return None

    # ------------------------------------------------------------------ driver
    PARSERS = ("p_numeric", "p_text", "p_year", "p_relative", "p_weekday", "p_period",
               "p_stretch", "p_duration", "p_misc")

    def triggered(self, i: int) -> bool:
        t = self.t[i]
        if t.is_num:
            return True
        if t.norm == "(":
            return self.num(i + 1) is not None
        return any(f in _TRIGGERS for f in bare_forms(t.norm))

    def core(self, i: int) -> _M | None:
        best = None
        for name in self.PARSERS:
            got = getattr(self, name)(i)
            if got is not None and (best is None or got.j > best.j):
                best = got
        return best

    def run(self) -> list[DateSpan]:
        found: list[_M] = []
        floor = 0
        # The tokens that may trigger (a digit run, a trigger word, «(»), in order; the
        # scan visits them as it would visit every token and skip the others.
        flags = _trigger_flags()
        cands = [k for k, t in enumerate(self.t) if t.is_num or flags[t.norm]]
        c = 0
        while c < len(cands):
            i = cands[c]
            if not self.triggered(i):
                c += 1
                continue
            m = self.core(i)
            if m is None or m.v.kind == "day":
                c += 1
                continue
            self._extend_left(m, floor)
            found.append(m)
            floor = m.j
            c = bisect.bisect_left(cands, m.j)
        found = self._merge_ranges(found)
        out: list[DateSpan] = []
        for m in found:
            s, e = self.t[m.i].start, self.t[m.j - 1].end
            out.append((s, e, self.iso(m.v)))
        return out

    def _extend_left(self, m: _M, floor: int) -> None:
        k = m.i
        v = m.v
        while k - 1 >= floor:
            p = k - 1
            if self.norm(p) == "(" and self.norm(m.j) == ")" and p - 1 >= floor and (
                    self.hit(p - 1, INTRO) or self.hit(p - 1, YEAR_WORDS)
                    or self.hit(p - 1, SIGNALS) or self.month(p - 1) is not None):
                mo = self.month(p - 1)
                if mo is not None and mo[0] == p:
                    k, m.j = p - 1, m.j + 1
                    continue
                if mo is None:
                    k, m.j = p - 1, m.j + 1
                    continue
            if self.norm(p) == "(" and self.norm(p - 1) == ":" and self.norm(m.j) == ")" \
                    and p - 2 >= floor and self.hit(p - 2, INTRO):
                k, m.j = p - 2, m.j + 1
                continue
            if self.norm(p) in (":",) and self.hit(p - 1, INTRO):
                k = p - 1
                continue
            if self.hit(p, INTRO):
                k = p
                continue
            if self.hit(p, DAY_WORDS) and self.norm(p) != "اليوم" and (
                    v.d is not None or self.hit(m.i, WEEKDAYS)):
                k = p
                continue
            if self.hit(p, DAY_PARTS) and (v.d is not None or v.kind == "iso" and v.iso is None):
                k = p
                continue
            if self.hit(p, QUALS) and p + 1 == k:
                k = p
                continue
            if self.hit(p, MONTH_WORDS) and v.kind == "date" and v.m is not None \
                    and v.d is None:
                k = p
                continue
            sig = self.hit(p, SIGNALS)
            if sig:
                k = p
                if v.kind == "iso" and v.iso and v.iso.startswith("P") and sig in (
                        "قبل", "منذ", "بعد") and v.iso != "P1D" or (
                        v.kind == "iso" and v.iso is None and sig in ("قبل", "منذ", "بعد")
                        and self.hit(m.i, DURATION) is not None):
                    m.v = self._point(m, sig)
                break
            if m.interval and self.hit(p, RANGE_FROM) and p + 1 == k:
                k = p
                break
            break
        m.i = k

    def _point(self, m: _M, sig: str) -> _V:
        """«قبل عشرين عاما» → the document date minus the duration, at the unit's precision."""
        iso = m.v.iso
        if self.doc is None or iso is None or not iso.startswith("P"):
            return _V("iso")
        body = iso[1:].lstrip("T")
        try:
            des = body[-1]
            n = float(body[:-1])
        except ValueError:
            return _V("iso")
        if iso.startswith("PT"):
            des = "H"
        sign = 1 if sig == "بعد" else -1
        try:
            d = self._shift(self.doc, "Y" if des == "Y" else des, sign * n)
        except (ValueError, OverflowError):
            return _V("iso")
        if des == "Y":
            return _V("date", d.year)
        if des == "M":
            return _V("date", d.year, d.month)
        if des == "W":
            y, w, _ = d.isocalendar()
            return _V("iso", iso=f"{y}-W{w:02d}")
        return _V("date", d.year, d.month, d.day)

    def _merge_ranges(self, found: list[_M]) -> list[_M]:
        out: list[_M] = []
        for m in found:
            if out:
                a = out[-1]
                gap = list(range(a.j, m.i))
                conn = [self.norm(g) for g in gap]
                from_ = self.hit(a.i - 1, RANGE_FROM) or self.hit(a.i, RANGE_FROM) \
                    or self.hit(a.i, SIGNALS) == "منذ"
                wa = not gap and self.norm(m.i).startswith("و") and len(self.norm(m.i)) > 1
                ok = (len(conn) == 1 and conn[0] in RANGE_TO and (
                    conn[0] in ("-", "–", "—", "الى") or from_)) \
                    or (len(conn) == 2 and conn[0] == "و" and conn[1] in RANGE_TO) \
                    or (wa and from_) \
                    or (len(conn) == 1 and conn[0] == "/" and self.norm(a.i - 1) == "("
                        and self.norm(m.j) == ")")
                if ok and a.v.kind == "date" and m.v.kind == "date" and not a.interval \
                        and not m.interval and (a.v.d is None) == (m.v.d is None) \
                        and (a.v.m is None) == (m.v.m is None):
                    start = a.i
                    if self.hit(a.i - 1, RANGE_FROM) and (a.i - 1 >= (out[-2].j if len(
                            out) > 1 else 0)):
                        start = a.i - 1
                    end = m.j
                    if self.norm(start - 1) == "(" and self.norm(end) == ")" and (
                            self.hit(start - 2, YEAR_WORDS) or self.hit(start - 2, INTRO)):
                        start, end = start - 2, end + 1
                    out[-1] = _M(start, end, _V("iso", iso=self._interval(a.v, m.v)), True)
                    continue
            out.append(m)
        return out

    # ------------------------------------------------------------------ values
    def iso(self, v: _V) -> str | None:
        if v.kind != "date":
            return v.iso
        y, m, d = v.y, v.m, v.d
        if v.hijri:
            return self._hijri_iso(y, m, d)
        if y is None:
            if self.doc is None or m is None:
                return None
            y = self._infer_year(m, d or 15)
        if m is None:
            return f"{y:04d}"
        if d is None:
            return f"{y:04d}-{m:02d}"
        if not _valid(y, m, d):
            return None
        return f"{y:04d}-{m:02d}-{d:02d}"

    def _infer_year(self, m: int, d: int) -> int:
        doc = self.doc
        assert doc is not None
        best = doc.year
        bestdiff = None
        for y in (doc.year - 1, doc.year, doc.year + 1):
            try:
                diff = abs((dt.date(y, m, min(d, 28)) - doc).days)
            except ValueError:
                continue
            if bestdiff is None or diff < bestdiff:
                best, bestdiff = y, diff
        return best

    def _hijri_iso(self, y: int | None, m: int | None, d: int | None) -> str | None:
        try:
            if y is None:
                if self.doc is None or m is None:
                    return None
                hy = hijri.from_gregorian(self.doc)[0]
                cands = [(abs((hijri.to_gregorian(h, m, d or 15) - self.doc).days), h)
                         for h in (hy - 1, hy, hy + 1)]
                y = min(cands)[1]
            if m is None:
                a, b = hijri.year_interval(y)
                return f"{a}/{b}"
            if d is None:
                a, b = hijri.month_interval(y, m)
                return f"{a}/{b}"
            return hijri.to_gregorian(y, m, d).isoformat()
        except (ValueError, OverflowError):
            return None


def _wa_forms(norm: str) -> tuple[str, ...]:
    """``norm`` and, after a «و/ف» conjunction, the word without it (no prepositions)."""
    if len(norm) > 2 and norm[0] in "وف":
        return norm, norm[1:]
    return (norm,)


_GENITIVE_SINGULAR = _set({"عام", "يوم", "شهر", "أسبوع", "قرن"})


def _duration(n: float | int, des: str) -> str:
    if des == "10Y":
        return f"P{n * 10}Y"
    if des == "100Y":
        return f"P{n * 100}Y"
    if des == "H":
        return f"PT{n}H"
    if des == "MIN":
        return f"PT{n}M"
    return f"P{n}{des}"


def parse_doc_date(doc_date: str | dt.date | None) -> dt.date | None:
    """The document date as a ``date`` (ISO ``YYYY-MM-DD``, a longer ISO timestamp, or None)."""
    if doc_date is None:
        return None
    if not isinstance(doc_date, dt.date):
        try:
            doc_date = dt.date.fromisoformat(str(doc_date).strip()[:10])
        except ValueError:
            return None
    # Keep a margin so that offsets from the date never leave datetime's range.
    return doc_date if 2 <= doc_date.year <= 9997 else None


def find_dates_tokens(text: str, toks: list[Tok], doc_date: str | dt.date | None
                      ) -> list[DateSpan]:
    """:func:`find_dates` over pre-computed tokens."""
    return _Finder(text, toks, parse_doc_date(doc_date)).run()


def find_dates(text: str, doc_date: str | None) -> list[DateSpan]:
    """Date mentions in ``text`` as ``(start, end, iso_value_or_None)``; see module doc."""
    return find_dates_tokens(text, tokenize(text), doc_date)
