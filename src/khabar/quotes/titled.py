"""A person described only by a title, named elsewhere in the article (cataphora too).

News often opens with a title and names the person later or earlier under another title
(«قالت رئيسة لجنة التحقيق البرلمانية … إنه» … «أوضحت الشتاوي أنها»; «أعلن الدكتور مكرم
حشلاف» … «أفاد الطبيب المتخصص في أمراض السرطان أنه»). After every cue of an article has its
speaker, :func:`name_titled` gives a speaker that is an unnamed *definite title phrase* (its
first word a person title or a definite profession, «رئيسة», «المدير», «الطبيب» …, with a
definite word in it) the name of the article's only named person whose cues agree with it in
gender, whether that
person spoke before or after it. Left alone: spokesmen and offices («المتحدث باسم …»,
«مكتب …»: aides, unnamed), groups and indefinite sources («أحد», «مصدر»), a cue with no gender
(«قوله»), and an article with two named persons of that gender (no way to choose).

A body head alone («وأضافت الوزارة») that NER left without an antecedent takes the one body
the article wrote earlier with that head in construct form, proclitic dropped («جاء في بلاغ
لوزارة الداخلية» → «وزارة الداخلية»; :func:`name_heads`).

Pure functions of the resolved quotes; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Sequence

from khabar.document import Quote, Speaker
from khabar.lang import quote_cues as C
from khabar.quotes.other_office import other_office
from khabar.quotes.reported_other import inside_quote_of
from khabar.quotes.paren_name import parenthesized_names
from khabar.quotes.time_tail import cut_time_tail
from khabar.quotes.written import AsWritten
from khabar.text.normalize import normalize

#: Words that make a title phrase an aide or an unnamed source (normalized).
_AIDES = frozenset({"باسم", "مكتب", "مستشار", "مستشاره", "مساعد", "مساعده", "نائب", "نائبه"})
#: Professions that, definite and singular, refer to a person («الطبيب المتخصص …»).
PROFESSIONS = frozenset({"طبيب", "طبيبه", "خبير", "خبيره", "باحث", "باحثه", "محلل", "محلله",
                         "محامي", "محاميه", "استاذ", "استاذه", "دكتور", "دكتوره", "مهندس",
                         "مهندسه", "قاضي", "قاضيه", "مدرب", "مدربه", "مخرج", "مخرجه",
                         "دبلوماسي", "دبلوماسيه", "ديبلوماسي", "ديبلوماسيه"})   # round 19


def _title_phrase(text: str) -> bool:
    words = [normalize(w) for w in text.split()]
    if not words or len(words) > 9 or any(w in _AIDES for w in words):
        return False
    first = words[0]
    bare = first[2:] if first.startswith("ال") else first
    if words[:2] == ["عضو", "الحكومه"]:
        return True     # «ولفت عضو الحكومة»: the minister (round 16), not «عضو» a member
    if first in C.SOURCE_HEADS or bare in C.SOURCE_HEADS and not first.startswith("ال"):
        return False
    titled = first in C.TITLE_WORDS or bare in C.TITLE_WORDS or "ال" + bare in C.TITLE_WORDS \
        or first.startswith("ال") and bare in PROFESSIONS
    return titled and any(w.startswith(("ال", "وال", "لل")) for w in words)


def name_titled(raw: str, quotes: Sequence[Quote], genders: Sequence[str | None],
                persons: Sequence[bool]) -> list[Quote]:
    """``quotes`` of one article with title-phrase speakers named (module docstring);
    ``genders[i]`` is the gender of quote i's cue, ``persons[i]`` whether its speaker is a
    named person."""
    named: dict[str, set[str]] = {}
    for q, g, p in zip(quotes, genders, persons):
        if p and q.speaker is not None and q.speaker.canonical and g:
            named.setdefault(g, set()).add(q.speaker.canonical)
    if not named:
        return list(quotes)
    out: list[Quote] = []
    for q, g in zip(quotes, genders):
        sp = q.speaker
        if sp is not None and sp.canonical is None and g and len(named.get(g, ())) == 1 \
                and _title_phrase(raw[sp.start:sp.end]) and \
                not other_office(raw, raw[sp.start:sp.end], next(iter(named[g]))) and \
                not inside_quote_of(quotes, sp, next(iter(named[g]))):    # (round 23)
            name = next(iter(named[g]))     # (not another office's holder: round 20)
            q = Quote(Speaker(sp.start, sp.end, name), q.cue, q.content, q.direct)
        out.append(q)
    return out


#: Body heads that a later «ال» + head refers back to (normalized, without ال).
BODY_HEADS = frozenset({"وزاره", "وكاله", "منظمه", "هيئه", "نقابه", "جمعيه", "اداره"})


def name_heads(raw: str, toks, norms: Sequence[str], quotes: Sequence[Quote]) -> list[Quote]:
    """``quotes`` with a one-word body head speaker («الوزارة», canonical None) named by the
    article's only earlier construct use of that head (module docstring)."""
    out: list[Quote] = []
    starts = [t.start for t in toks]
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.canonical is None and " " not in raw[sp.start:sp.end].strip():
            head = normalize(raw[sp.start:sp.end])
            bare = head[2:] if head.startswith("ال") else ""
            if bare in BODY_HEADS:
                names = set()
                for i, nm in enumerate(norms):
                    if i >= len(starts) or starts[i] >= sp.start:
                        break
                    if nm == bare or nm[1:] == bare and nm[0] in "لبوف":
                        j = i + 1
                        while j < len(norms) and j - i <= 3 and norms[j].startswith("ال") \
                                and len(norms[j]) > 3:
                            j += 1
                        if j > i + 1:
                            text = raw[toks[i].start:toks[j - 1].end]
                            names.add(text[1:] if nm != bare else text)
                if len(names) == 1:
                    q = Quote(Speaker(sp.start, sp.end, names.pop()), q.cue, q.content,
                              q.direct)
        out.append(q)
    return out


def finish_article(doc, toks, norms: Sequence[str], quotes: Sequence[Quote],
                   genders: Sequence[str | None], persons: Sequence[bool]) -> list[Quote]:
    """The quotes of one article after every cue has its speaker: title phrases and body heads
    named (:func:`name_titled`, :func:`name_heads`), then every canonical name spelt as the
    article writes it (:class:`~khabar.quotes.written.AsWritten`)."""
    out = name_heads(doc.raw, toks, norms, name_titled(doc.raw, quotes, genders, persons))
    out = parenthesized_names(doc.raw, cut_time_tail(doc.raw, out), doc.entities)  # (r21)
    written = AsWritten(doc, toks)
    return [Quote(Speaker(q.speaker.start, q.speaker.end, written(q.speaker.canonical)),
                  q.cue, q.content, q.direct) if q.speaker is not None and q.speaker.canonical
            else q for q in out]


__all__ = ["BODY_HEADS", "finish_article", "name_heads", "name_titled"]
