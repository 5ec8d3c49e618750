"""Who said what: direct quotes and indirect speech after cue verbs, with their speakers.

The extractor reads the token layer (raw spans, normalized forms), the articles and the
entities; it writes nothing but returns :class:`~khabar.document.Quote` objects whose spans
are raw offsets (token edges, so every span is raw-valid).

1. Quotation marks are paired per article (« », “ ”, straight quotes by the spacing around
   them; a paragraph break closes nothing, an unclosed quote runs to the sentence end).
2. A cue is a token whose form (without و/ف) is a form of a verb of saying
   (:mod:`khabar.lang.quote_cues`): قال/قالت/يقول/قائلا, أكد/مؤكدا, أشار/مشيرة … Looking
   forward from it, the first complementizer (إن/أن/بأن, with a pronoun: إنه، أنها) makes it
   indirect speech, and a quotation (three words or more, not a name in quotes) makes it
   direct; «أنه "…"» is direct too. Participles (مشيرا، مضيفة) look only a few tokens ahead.
   A cue right after a closed quotation that opens a sentence («"…"، قال الوزير», «"…" ذلك
   ما أكده فلان») attributes that quotation (:mod:`~khabar.quotes.after`).
3. Content: inside the marks for direct quotes; for indirect speech from after the
   complementizer to the end of the sentence, or up to the next cue that starts a new quote
   («، مشيرا إلى أن …», «وأضاف أن …»), quotation marks included when the quote is partial.
4. Speaker: the subject between the cue and the content: a PER entity (or an ORG right after
   the cue), an unnamed source phrase («مصدر مطلع») with canonical None, a surname of a
   speaker already named, or a name guessed after title words when NER found none; else a
   subject right before the cue («وكان السليطي قد أكد»); else (a pronoun, an implicit subject,
   «المصدر نفسه», «الوزير») the last speaker of the article whose gender agrees with the verb
   (قال/قالت), else the nearest earlier PER/ORG entity. A participle («قائلا») whose sentence
   has no PER takes a name after a title word there («رحب وزير التجارة … تود ماكلاي»).
   Words after the cue with no proper-noun tag and no known name («وأوضح علماء نفس») are an
   unnamed source (canonical None); a preposition with a pronoun («قال فيه») is no subject.
   Clause rules (:mod:`~khabar.quotes.clauses`): a cue nested in reported speech takes the
   subject that opens the reported clause («أن المتهم، …، صرح بأنه»), a cue after «الذي/التي»
   the noun it refers to, a participle or a plural verb the subject of a sentence that opens
   with a verb («وحذر اتحاد …، مشيرا»), before any PER later in the sentence (an object).
   «وفق/حسب/بحسب X» (not a quote) makes X the latest speaker for later cues with no subject.
   PER mentions inside institution names («بمدينة الملك عبد العزيز») are not speakers.
   Anaphora (:mod:`~khabar.quotes.anaphora`): a body description («الشركة», «الوكالة»)
   takes the body that spoke before with that head; a title needs the same complement as its
   antecedent; documents («التقرير») keep their phrase; a description that stood earlier as
   a title before a name, or a body's head that opened a description of it, names them
   (:mod:`~khabar.quotes.described`). Relatives
   (:mod:`~khabar.quotes.relatives`): «والد X» is X's father, «يدعى "…"» names the speaker.
   No subject at all (:mod:`~khabar.quotes.implicit`): the subject of the verb that opened
   the sentence, then the last agreeing speaker, then the nearest mention that is no
   addressee («لـ"الوطن"»).
5. Before resolving, PER/ORG mentions get their edges repaired
   (:mod:`khabar.quotes.names`: «بنابل فوزي» → «فوزي الطالب», «قايد السبسي» → «الباجي قايد
   السبسي», «وزارة الدفاع» + «الجزائرية», a one-word mention with the given name or surname
   next to it: «التراث، سنية» + «مبارك», «شوقي» + «الطبيب»); a one-word ORG that is the
   surname of a person named in the article is that person.
   First the start of a PER mention inside its first token is set by the given-name
   gazetteer (:mod:`khabar.quotes.edges`: «لسعد اليعقوبي» → «سعد اليعقوبي», «مين النهدي»
   → «لمين النهدي»); canonical names are the ones the article writes
   (:mod:`khabar.quotes.canon`: «يلي الشتاوي» → «ليلى الشتاوي», «دايملر الشركة الأم» →
   «دايملر»). An article boundary the page segmenter puts inside a sentence is ignored.
   Last, every speaker's canonical name is tidied (:mod:`khabar.quotes.finish`: no
   honorific or stray parenthesis, an alias «(ناسا)» → the full name, «إدارة المسرح الوطني»
   → the institution).
6. Optionally a learned ranker (:mod:`~khabar.quotes.ranker`) picks the speaker among
   candidates (:mod:`~khabar.quotes.candidates`: the rule answer, names after the cue,
   earlier mentions and speakers); it is off unless its weights file is marked for use.

The steps live in small modules: :mod:`~khabar.quotes.cues` (cue forms),
:mod:`~khabar.quotes.marks` (quotation marks, the article view), :mod:`~khabar.quotes.spans`
(triggers and content bounds, with :mod:`~khabar.quotes.triggers`),
:mod:`~khabar.quotes.speakers` with
:mod:`~khabar.quotes.phrases`, :mod:`~khabar.quotes.chains` (name edges after a head), :mod:`~khabar.quotes.subject`, :mod:`~khabar.quotes.clauses`
and :mod:`~khabar.quotes.context` (speaker resolution, with the mixins
:mod:`~khabar.quotes.anaphora`, :mod:`~khabar.quotes.described`, :mod:`~khabar.quotes.relatives`,
:mod:`~khabar.quotes.guess`,
:mod:`~khabar.quotes.implicit`),
:mod:`~khabar.quotes.after` (attribution after the quotation), :mod:`~khabar.quotes.names`
and :mod:`~khabar.quotes.canon` (name repair), :mod:`~khabar.quotes.titled` (after all cues:
a title phrase named by the only person of its gender, cataphora included; a body head by its
earlier construct use) and :mod:`~khabar.quotes.written` (names spelt as written, «بو…»
surnames).
"""
from __future__ import annotations


import numpy as np

from khabar.document import Document, Entity, Quote, Span, Token
from khabar.lang import quote_cues as C
from khabar.quotes.pronoun_object import bi_pronoun_object
from khabar.quotes.after import post_quote_cue
from khabar.quotes.cue_readings import estimated_value, may_have_opinion, opinion_with_subject
from khabar.quotes.cues import Cue, cue_form, is_complementizer, object_suffix_cue
from khabar.quotes.nominal_forms import nominal_cue
from khabar.quotes.background import background_stops
from khabar.quotes.writer_turn import writer_turn_stops
from khabar.quotes.while_stop import while_not_stops, while_verb_stops
from khabar.quotes.without_stop import without_stops
from khabar.quotes.suspect import may_have_suspicion, suspicion_with_subject
from khabar.quotes.idioms import between_after_ma
from khabar.quotes.region_words import document_before
from khabar.quotes.marks import Article, articles_tokens
from khabar.quotes.purpose import inside_quotation_end, purpose_clause
from khabar.quotes.ranker import load_ranker
from khabar.quotes.speakers import Speakers
from khabar.quotes.adjunct_trigger import adjunct_trigger
from khabar.quotes.article_index import entities_within
from khabar.quotes.cue_stops import but_subject_stop, stop_index
from khabar.quotes.spans import (content_end, coordinated_finding, find_trigger,
                                 preposition_bayna, sentence_end, trim_range)
from khabar.quotes.titled import finish_article
from khabar.quotes.own_words import own_words_tail
from khabar.quotes.described_pronoun import described_trigger, described_with_pronoun
from khabar.quotes.title_name import name_in_title

__all__ = ["find_quotes"]


def find_quotes(doc: Document, learned: bool = True, trace: list | None = None,
                weights: np.ndarray | None = None) -> list[Quote]:
    """Quotes of ``doc`` (needs tokens; uses articles and entities when present).

    ``learned``: let the shipped speaker ranker choose among the candidates (when its weights
    are marked for use); ``weights``: use these ranker weights instead; ``trace`` collects
    candidates and features per cue (training).
    Raises ResourceError on a malformed ranker weights file; a document without tokens has
    no quotes.
    """
    out: list[Quote] = []
    ents = sorted(doc.entities, key=lambda e: (e.start, e.end))
    if weights is None and learned:
        weights = load_ranker()
    for toks in articles_tokens(doc):
        if toks:
            out.extend(_article_quotes(doc, toks, ents, weights, trace))
    return out


def _add_post(cues: list[Cue], post: Cue, inside_direct: list[tuple[int, int]]) -> None:
    """Add an attribution-after-the-quote cue unless its quotation is already the content of
    an earlier cue («وقال: "…" وذكّر»); cues inside its quotation are dropped (a report
    inside a direct quote is not a quote of its own)."""
    if post.content is None or any(o + 1 == post.content[0] for o, _ in inside_direct):
        return
    a, b = post.content
    cues[:] = [c for c in cues if not a <= c.index <= b]
    cues.append(post)


def _article_quotes(doc: Document, toks: list[Token], ents: list[Entity],
                    weights: np.ndarray | None, trace: list | None) -> list[Quote]:
    """The quotes of one article (``toks`` non-empty): cues, their content, speakers."""
    art = Article(doc, toks)
    cues: list[Cue] = []
    inside_direct: list[tuple[int, int]] = []
    attributions: list[int] = []
    closing = {c: o for o, c in art.quotes.items() if c is not None}
    inside = bytearray(art.n)   # 1: the token is inside a span of ``inside_direct``
    hits = art.cue_hits
    opinion, suspicion = may_have_opinion(art.norms), may_have_suspicion(art.norms)
    for k, nm in enumerate(art.norms):
        if inside[k] and document_before(art, k) is None:
            continue    # (a document's finding nested in a direct quote is one; round 16)
        hit = hits[k]
        if hit is not None and own_words_tail(art.norms, k):
            continue    # «على حد قوله "…"»: an attribution tail (round 23)
        if k and art.norms[k - 1] == "ما":
            if hit is None and nm[-1:] == "ه":
                hit = cue_form(nm[:-1])
            if hit is not None and between_after_ma(art, k):
                continue    # «ما بين كوبين إلى 3 أكواب»: "between" (round 16)
            if hit is not None:
                post = post_quote_cue(art, k, hit, closing)
                if post is not None:
                    _add_post(cues, post, inside_direct)
                else:
                    attributions.append(k)
            continue
        if nm in C.ATTRIBUTION_WORDS:
            attributions.append(k)
            continue
        if hit is None and opinion:
            hit = opinion_with_subject(art, k)     # «ويرجح باحثون أن» (round 17)
        if hit is None and suspicion:
            hit = suspicion_with_subject(art, k)   # «وتشتبه السلطات في أن» (round 20)
        described = hit is None and (hit := described_with_pronoun(art, k)) is not None
        if hit is None and len(nm) > 4:
            hit = object_suffix_cue(nm)     # «أخبره», «أبلغها»
        if hit is None or preposition_bayna(art, k) or coordinated_finding(art, k, hit[0], hit[2]):
            continue
        if hit[2] == "verb" and bi_pronoun_object(art, k):
            continue    # «أزمة أقر بها الجميع»: the object is a pronoun (round 20)
        if purpose_clause(art, k):
            continue    # «كي تخبر عائلتها بأنها …»: what one meant to say (round 16)
        if estimated_value(art, k, hit[0]):
            continue    # «تقدر قيمته بـ 50 ألف دينار»: an estimate (round 17)
        if nominal_cue(art, k, hit[0], hit[2]):
            continue    # «وأبرز الإشكاليات»، «في إطار متابعة»: nouns (round 18)
        if hit[2] == "noun" and cues and cues[-1].index >= k - 2:
            continue
        verb, gender, kind = hit
        trig = find_trigger(art, k, kind, verb)
        if trig is None and described:
            trig = described_trigger(art, k)    # «وصفهم بأنهم "…"» (round 23)
        if trig is None and (t := adjunct_trigger(art, k, kind)) is not None:
            trig = (t, False)   # «وأبرز شاكر، خلال جلسة …، ان» (round 16)
        if trig is None:
            post = post_quote_cue(art, k, hit, closing)
            if post is not None:
                _add_post(cues, post, inside_direct)
            continue
        t, direct = trig
        cue = Cue(k, verb, gender, kind, t, direct)
        cues.append(cue)
        if direct:
            q = t + 1 if is_complementizer(art.norms[t]) else t
            if art.quotes.get(q) is not None:
                inside_direct.append((q, art.quote_end(q) + 1))
            elif art.norms[t] == ":":   # speech after a colon, no marks (round 11)
                inside_direct.append((t, sentence_end(art, t)))
            else:
                continue
            a, b = inside_direct[-1]
            inside[a:b + 1] = b"\x01" * len(inside[a:b + 1])
    if not cues:    # (nothing below reads the stops or the speakers then)
        return finish_article(doc, toks, art.norms, [], [], [])
    stops = {j for c in cues if (j := stop_index(art, c)) is not None}
    stops |= {j for c in cues if (j := but_subject_stop(art, c)) is not None}
    stops |= writer_turn_stops(art)     # «…، وحذرت الوزيرة ترامب من …» (round 18)
    stops |= without_stops(art)     # «"…"، من دون ان توضح …» (round 20)
    stops |= background_stops(art)      # «… وكان تنظيم "داعش" قد أعلن …» (round 20)
    stops |= while_not_stops(art)   # «…، فيما لم تحدد …» (round 21)
    stops |= while_verb_stops(art)  # «… فيما اعتبر ميزانية الدولة …» (round 23)
    speakers = Speakers(art, entities_within(ents, toks[0].start, toks[-1].end), weights, trace)
    out: list[Quote] = []
    genders: list[str | None] = []
    persons: list[bool] = []
    seen: set[int] = set()
    pending = sorted(attributions)
    for cue in cues:
        while pending and pending[0] < cue.index:
            speakers.attribution(pending.pop(0))
        t = cue.trigger
        if cue.content is not None:
            rng: tuple[int, int] | None = cue.content
        elif cue.direct:
            q = t + 1 if is_complementizer(art.norms[t]) else t
            a, b = q + 1, art.quote_end(q, stops)
            rng = trim_range(art, a, b) if art.quotes.get(q) is None else (a, b)
        else:
            a = t + 1
            if a >= art.n:
                continue
            b = inside_quotation_end(art, cue.index, a, content_end(art, a, stops))
            rng = trim_range(art, a, b)
        if rng is None or rng[0] > rng[1]:
            continue
        a, b = rng
        if a in seen:
            continue
        seen.add(a)
        sp = speakers.resolve(cue)
        speakers._last_cue = toks[cue.index].start
        ct = toks[cue.index]
        out.append(Quote(speaker=sp, cue=Span(ct.start, ct.end),
                         content=Span(toks[a].start, toks[b].end), direct=cue.direct))
        genders.append(cue.gender)
        persons.append(bool(speakers.said) and speakers.said[-1][0] == cue.index and
                       speakers.said[-1][2])
    out, persons = name_in_title(doc.raw, out, persons)     # «سفير … أوليفيي بوافر دارفور» (r19)
    return finish_article(doc, toks, art.norms, out, genders, persons)
