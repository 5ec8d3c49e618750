"""Mention edges: words at the start or end of a tagged mention that are not part of the name.

The CRF sometimes takes a neighbouring word into a mention. After decoding and the
consistency pass (and before the BIO labels become spans and canonical names),
:func:`trim_edges` relabels such edge tokens ``O``. Each rule has a name; the runtime applies
:data:`RULES` (the rules kept on dev, see ``models/ner/MODEL_CARD.md``), the dev harness
(``training/ner_harness.py --edges``) any subset. A mention always keeps at least one token.

Rules (``toks`` are the sentence's tokens; rules on UPOS need the morphology layer's
``words`` and do nothing without it):

- ``func``: a first/last token made of function words only and frequent in news («على
  لونغ أيلاند», «من تطاوين»), unless it is a given name of the gazetteer written as one
  («وعلي الحجار»: و + علي, analysed ADP) or a name particle (فان، أم).
- ``time``: a first/last time word of a PER/LOC («… أمس», «الثلاثاء …»; not ORG: «المصري
  اليوم» is a newspaper).
- ``prep``: the mention ends before a later token that is preposition + article + a
  common news word («البنك التجاري بالمرونة», «زايد للقرآن»); with لل only for PER/LOC (ORG
  names hold «للشغل», «للعلوم»). Surnames that begin so fail the frequency test
  («كارلوس بالاريس»); preposition + noun without the article is no cue at all: Maghrebi
  surnames look like one («بوسعيد», «بديرة», «لحمر», «لخضر»).
- ``nisba``: a PER starting with a nationality adjective («الأرجنتيني ليونيل ميسي»); a two-token
  LOC/ORG whose first token is a name (UPOS X/PROPN) ending with one («بيلد الألمانية»).
- ``title``: a PER starting with a title or office word («الرئيس», «الشيخ»); at the end a
  title word is often a surname («ناصر الشاعر»).
- ``show``: a PER cut before a programme/guest word («هيفل بن يوسف ضيف البرنامج»).
- ``verb``: a first/last speech verb («وقال الأخضر الإبراهيمي»); a bare verb form is often a
  name (أشرف، يزيد).
- ``future``: a first/last token that is س + an imperfect verb raw news knows well («جون كيري
  سيلتقي» ← «يلتقي»); foreign names such as «سيتروين» fail the frequency test.
- ``conj``: a PER's last token that is و + a word opening a new phrase («بوتين ومستشارة
  الأمن»): names hold no conjunction (ORG names do: «العدل والمساواة»); given names, W-names
  and a pair before punctuation stay (:func:`khabar.ner.edge_words.conjunct`).
- ``pron``: a first token that is a noun/verb with an attached pronoun of two or more
  letters («رئيسها»; a bare ه also ends foreign names: «ديديه»).
- ``al_given``: a PER of three or more tokens starting with an ال-word that is no given name,
  followed by a given name («الجيدو هالة المرغني»).
Tried and removed (``MODEL_CARD.md``): a PER starting with ل + ال + noun (on news mostly
given names the gazetteer lacks: «للشاذلي العرفاوي»), a PER ending with a frequent common
noun (lowered dev F1: «محمد بركات»).

Pure function of the labels and tokens; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

from khabar.document import Token
from khabar.errors import ConfigError
from khabar.ner import edge_words as W
from khabar.ner import resources

#: Rules applied at run time (kept on both dev folds; see MODEL_CARD.md).
RULES: tuple[str, ...] = ("func", "time", "prep", "nisba", "title", "show", "verb", "pron",
                          "al_given", "future", "conj")
#: Frequency rank in raw news under which a word counts as a common (frequent) word.
COMMON_RANK = 20_000

Rule = Callable[[Sequence[Token], int, int, str], tuple[int, int]]


def _words(t: Token):
    return t.words or ()


def _frequent(norm: str) -> bool:
    return resources.rank(norm) < COMMON_RANK


def _function_word(t: Token) -> bool:
    """Function words only, and not a given name (علي, analysed ADP in «وعلي»; «على» written
    with ى is the preposition)."""
    ws = _words(t)
    return W.function_token(ws) and _frequent(t.norm) and t.norm not in W.connectors() and not (
        W.given_name(t.norm) and not any(w.text.endswith("ى") for w in ws))


def _func(toks, i, j, lab):
    while j - i > 1 and _function_word(toks[i]):
        i += 1
    while j - i > 1 and _function_word(toks[j - 1]):
        j -= 1
    return i, j


def _strip_ends(toks, i, j, words) -> tuple[int, int]:
    """``i..j`` without the tokens in ``words`` at either end (one token always stays)."""
    while j - i > 1 and toks[i].norm in words:
        i += 1
    while j - i > 1 and toks[j - 1].norm in words:
        j -= 1
    return i, j


def _time(toks, i, j, lab):
    if lab == "ORG":        # «المصري اليوم» is a newspaper
        return i, j
    return _strip_ends(toks, i, j, W.time_words())


def _prep(toks, i, j, lab):
    for k in range(i + 1, j):
        p = W.preposition_token(toks[k].norm, COMMON_RANK)
        if p == "ب" or (p == "ل" and lab in ("PER", "LOC")):
            return i, k
    return i, j


def _nisba(toks, i, j, lab):
    if lab == "PER":
        if j - i > 1 and W.nisba_place(toks[i].norm):
            i += 1
    elif j - i == 2 and W.nisba_place(toks[j - 1].norm) and \
            W.host_upos(_words(toks[i])) in W.PROPER_UPOS:
        j -= 1
    return i, j


def _title(toks, i, j, lab):
    # leading only: at the end a title word is often a surname («ناصر الشاعر»)
    if lab == "PER":
        tt = W.titles()
        while j - i > 1 and toks[i].norm in tt:
            i += 1
    return i, j


def _show(toks, i, j, lab):
    if lab == "PER":
        sw = W.show_words()
        for k in range(i + 1, j):
            if toks[k].norm in sw:
                return i, k
    return i, j


def _verb(toks, i, j, lab):
    # only speech verbs: a bare verb form is often a name (أشرف، يزيد، دان), and a verb with
    # the future prefix س looks like a foreign name (سيتروين، سينمون)
    return _strip_ends(toks, i, j, W.speech_verbs())


def _future(toks, i, j, lab):
    if j - i > 1 and W.future_verb(toks[j - 1].norm, COMMON_RANK):
        j -= 1
    if j - i > 1 and W.future_verb(toks[i].norm, COMMON_RANK):
        i += 1
    return i, j


def _conj(toks, i, j, lab):
    if lab == "PER" and j - i > 1 and W.conjunct(
            toks[j - 1].norm, toks[j - 2].norm, toks[j].norm if j < len(toks) else "",
            COMMON_RANK):
        j -= 1
    return i, j


def _pron(toks, i, j, lab):
    if j - i > 1 and W.has_pronoun_suffix(_words(toks[i])) and not W.gaz_tags(toks[i].norm):
        i += 1
    return i, j


def _al_given(toks, i, j, lab):
    if lab == "PER" and j - i >= 3:
        n = toks[i].norm
        if n.startswith("ال") and not W.given_name(n) and W.given_name(toks[i + 1].norm):
            i += 1
    return i, j


ALL_RULES: dict[str, Rule] = {
    "func": _func, "time": _time, "prep": _prep, "nisba": _nisba, "title": _title,
    "show": _show, "verb": _verb, "pron": _pron, "al_given": _al_given, "future": _future,
    "conj": _conj,
}


def trim_edges(toks: Sequence[Token], labels: list[str],
               rules: Iterable[str] | None = None) -> list[str]:
    """Relabel, in place, the edge tokens of each PER/LOC/ORG mention of one sentence that the
    ``rules`` (names of :data:`ALL_RULES`; default :data:`RULES`) find to be no part of the
    name; returns ``labels``. Raises :class:`~khabar.errors.ConfigError` for an unknown rule
    name."""
    from khabar.ner.tagger import bio_spans
    names = tuple(RULES if rules is None else rules)
    unknown = [r for r in names if r not in ALL_RULES]
    if unknown:
        raise ConfigError(f"unknown mention-edge rule(s) {', '.join(unknown)}; known: "
                          f"{', '.join(ALL_RULES)}")
    fns = [ALL_RULES[r] for r in names]
    if not fns or len(toks) != len(labels):
        return labels
    for i, j, lab in bio_spans(labels):
        if lab not in ("PER", "LOC", "ORG"):
            continue
        a, b = i, j
        for _ in range(3):          # rules can enable each other («الرئيس … أمس»)
            before = (a, b)
            for fn in fns:
                a, b = fn(toks, a, b, lab)
            if (a, b) == before:
                break
        if (a, b) == (i, j) or a >= b:
            continue
        for k in range(i, j):
            labels[k] = "O" if k < a or k >= b else ("B-" if k == a else "I-") + lab
    return labels


__all__ = ["ALL_RULES", "COMMON_RANK", "RULES", "trim_edges"]
