"""Words right after a cue that are no subject (round 16, from blind batches 41–42).

- A circumstantial participle right after the verb («فقال مخاطبا أنصار الحزب "…"», «وقال
  متحدثا للصحفيين إن») opens the verb's adjunct, not its subject: the subject is elsewhere
  («أما القيادي …، سعيد خشارم، فقال»), so the words after the verb name no speaker.
- «القيادي في حزب …، فلان» names the person after the comma, as a title does
  (:data:`MEMBER_TITLES`).
- A diplomat's title ends at the country that hosts them («سفير فرنسا لدى تونس أوليفيي بوافر
  دارفور، إن»): the words after «لدى» + the place, up to a comma, name the diplomat, whatever
  their last word (a surname may be a place name, «دارفور») — :func:`host_country_name`.
- A ministry named by its short form («وأضافت الداخلية أنه») is the ministry the article wrote
  before in full («وفق بلاغ لوزارة الداخلية» → «وزارة الداخلية») — :func:`ministry_short`.
- A verb right after a document's definite noun phrase («"نتائج الدراسة تشير إلى أن …"»)
  inside a direct quote reports the document, another source than the quote's speaker: a
  quote of its own (:func:`document_before`).
- After a verb that puts its object first («ووصف طريقة معاملة استراليا للاجئين بأنها»), an
  indefinite common noun right after the verb that is no title, source, body or document
  head is the object: the verb has no subject of its own there.

Pure functions of the article view (:class:`~khabar.quotes.marks.Article`); nothing here
raises on ordinary input.
"""
from __future__ import annotations

from khabar.lang import quote_cues as C
from khabar.quotes.lexicon import DOC_HEADS, MEDIA_HEADS

#: A party member's description, a title for the name after it («قال القيادي في الجبهة
#: الشعبية، الجيلاني الهمامي إن»: the name NER missed is guessed after it, as after «رئيس»).
MEMBER_TITLES = frozenset({"القيادي", "القياديه"})


def _upos(art, i: int) -> tuple[str, ...]:
    return tuple(w.upos for w in art.toks[i].words)


def adverbial_participle(art, i: int, names: dict, given: set[str]) -> bool:
    """Token ``i`` is an indefinite participle in the accusative («مخاطبا», «متحدثا»,
    «معلقا»): «م…ا» of five to seven letters, no long vowel after the «م» («ماريا»), one
    word (no proclitic), no known name or given name of the gazetteer, and the word after it
    no proper noun (the tagger often files such participles as X)."""
    nm = art.norms[i]
    if not (nm.startswith("م") and nm.endswith("ا") and 5 <= len(nm) <= 7 and
            nm[1] not in "اوي"):
        return False
    if len(art.toks[i].words) > 1:
        return False
    if i + 1 < len(art.toks) and _upos(art, i + 1)[-1:] in (("PROPN",), ("X",)):
        return False
    return nm not in names and nm not in given and nm not in C.TITLE_WORDS and \
        nm not in C.SOURCE_HEADS


def object_noun_first(art, region: list[int], has_entity_at) -> bool:
    """``region`` (after a verb like «وصف») opens with its object: an indefinite common noun
    with no name, title, source, body, medium or document head («طريقة معاملة استراليا»)."""
    if len(region) < 2:
        return False
    i = region[0]
    nm = art.norms[i]
    tags = _upos(art, i)
    if nm.startswith("ال") or not tags or tags[-1] != "NOUN" or len(tags) > 1 or \
            has_entity_at(i):
        return False
    return nm not in C.TITLE_WORDS and nm not in C.SOURCE_HEADS and nm not in C.ORG_HEADS \
        and nm not in DOC_HEADS and nm not in MEDIA_HEADS and nm not in C.ANAPHORIC_SOURCES \
        and not nm.endswith(("ون", "ين", "ان"))


def host_country_name(art, rest: list[int], name_like, place_words: set[str]) -> list[int]:
    """The name after «لدى» + one place word at the start of ``rest`` (the words of a subject
    after its title): one to three name-like words up to a comma or the end, the first no
    place word; [] when ``rest`` is not built that way."""
    if len(rest) < 3 or art.norms[rest[0]] != "لدي":
        return []
    place = art.norms[rest[1]]
    if place not in place_words and place[2:] not in place_words:
        return []
    name: list[int] = []
    for i in rest[2:]:
        if art.norms[i] in ("،", ","):
            break
        if len(name) == 3 or not name_like(i):
            return []
        name.append(i)
    if not name or art.norms[name[0]] in place_words:
        return []
    return name


#: Ministries named by the short form of their domain («الداخلية» for «وزارة الداخلية»).
MINISTRY_SHORTS = frozenset({"الداخليه", "الخارجيه", "الدفاع", "الصحه", "الفلاحه",
                             "العدل", "الماليه", "التربيه"})


def ministry_short(art, region: list[int], k: int) -> tuple[int, int, str] | None:
    """``(start, end, canonical)`` of a subject that is a ministry's short form alone
    («الداخلية», not «الداخلية التونسية» nor «الدفاع المدني») when a token before the cue
    ``k`` writes «وزارة» (any proclitic) right before the same word; None otherwise."""
    if not region or art.norms[region[0]] not in MINISTRY_SHORTS:
        return None
    first = region[0]
    if len(region) > 1 and art.norms[region[1]].startswith("ال"):
        return None
    word = art.norms[first]
    for j in range(k - 1):
        nm = art.norms[j]
        if nm.endswith("وزاره") and len(nm) <= 7 and art.norms[j + 1] == word:
            head = art.surf[j][len(art.surf[j]) - 5:]
            return art.toks[first].start, art.toks[first].end, f"{head} {art.surf[j + 1]}"
    return None


def document_before(art, k: int) -> int | None:
    """Token ``k`` follows a definite document phrase of one or two words whose head is a
    document word («نتائج الدراسة», «التقرير», «الأرقام الرسمية») right after a quotation
    mark or a comma: the phrase's first token (the subject of a verb of saying at ``k``, SVO
    order), else None."""
    for n in (1, 2):
        h = k - n
        if h < 1:
            return None
        head = art.norms[h]
        bare = head[2:] if head.startswith("ال") else head
        if bare in DOC_HEADS and (art.is_quote(h - 1) or art.norms[h - 1] in ("،", ",")) and \
                all(art.norms[j].startswith("ال") for j in range(h + 1, k)) and \
                (head.startswith("ال") or n == 2):
            return h
    return None
