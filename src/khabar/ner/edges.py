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

from typing import Iterable, Sequence

from khabar.document import Token
from khabar.errors import ConfigError
from khabar.ner.edge_rules import (COMMON_RANK, Rule, _al_given, _conj, _func, _future, _nisba,
                                   _prep, _pron, _show, _time, _title, _verb)

#: Rules applied at run time (kept on both dev folds; see MODEL_CARD.md).
RULES: tuple[str, ...] = ("func", "time", "prep", "nisba", "title", "show", "verb", "pron",
                          "al_given", "future", "conj")

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
