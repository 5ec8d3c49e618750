"""Cue forms that are nouns in their context (round 18, from blind batch 58).

«واكد عمر الباهي لدى معاينته عملية تجميع صابة الحبوب وأبرز الإشكاليات، التي …»: «أبرز» (the
masculine past of a verb of saying, written like the elative «most prominent») followed by a
definite sound feminine plural is the elative in construct («the main problems»): a verb with
such a subject would be feminine («أبرزت الإشكاليات»). «في إطار متابعة موسم الحصاد»: a
participle form («متابعة», «مضيفة») after a preposition or after «إطار» is a verbal noun in the
genitive, not a participle of saying (a participle follows its clause in the accusative). «وأوضح ان ابرز هذه المسائل، تتمثل في …»
(round 22): «أبرز» right after a bare «أنّ» is the elative noun. Pure
functions of the token layer; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.marks import Article

#: «أنّ/إنّ» with no pronoun suffix: a perfect verb cannot follow it, so «أبرز» is the elative
#: («ان ابرز هذه المسائل», round 22, from blind batch 94); «أنه أبرز» is the verb.
_BARE_ANNA = frozenset({"ان", "بان", "وان"})

#: Words after which a participle form is a genitive verbal noun («في متابعة», «إطار متابعة»).
_GENITIVE_BEFORE = frozenset({"في", "و", "اطار", "بهدف", "قصد", "لغرض", "عن", "الي", "الى", "من",
                              "علي", "على"})


def nominal_cue(art: Article, k: int, verb: str, kind: str) -> bool:
    """The cue form at token ``k`` (of ``verb``, of ``kind`` 'verb'/'part'/'noun') reads as a
    noun here: «وأبرز الإشكاليات» (elative + definite feminine plural) or «في إطار متابعة»
    (a participle form after a preposition or «إطار»)."""
    nm = art.norms[k]
    if verb == "ابرز" and kind == "verb" and nm in ("ابرز", "وابرز") and k + 1 < art.n:
        nxt = art.norms[k + 1]
        if nm == "ابرز" and k > 0 and art.norms[k - 1] in _BARE_ANNA:
            return True     # «وأوضح ان ابرز هذه المسائل، تتمثل في …»: «أنّ» + noun (round 22)
        return nxt.startswith("ال") and nxt.endswith("ات") and len(nxt) > 5
    if verb == "ختم" and nm == "ختم" and k > 0 and art.toks[k - 1].words and \
            art.toks[k - 1].words[-1].upos == "NOUN" and not art.norms[k - 1].startswith("ال"):
        return True     # «شهادة ختم التعليم الأساسي»: the noun in construct (round 23)
    if kind == "part" and k > 0 and not nm.startswith("و"):
        return art.norms[k - 1] in _GENITIVE_BEFORE
    return False


__all__ = ["nominal_cue"]
