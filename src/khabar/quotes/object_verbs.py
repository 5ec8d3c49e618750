"""Cue verbs whose complement follows an object, the one told or accused (round 20, from blind
batches 75–76): «أن الناجي الوحيد أخبر رجال الإنقاذ أن», «اتهم المملكة بأنها» — the noun after
the verb is no subject when the clause already has a subject before the verb, or, for «اتهم»,
when it is one word that names no one (:func:`object_cue`, :func:`lone_object`).
:func:`told_object` is where they enter the speaker choice of
:class:`~khabar.quotes.speakers.Speakers` (kept out of that module so it stays small).
Functions of the token layer and of the speaker state; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Entity, Speaker
from khabar.quotes.cues import Cue
from khabar.quotes.marks import Article

#: Cue verbs (past form, normalized) whose first noun after the verb may be an object.
OBJECT_VERBS = frozenset({"اتهم", "اخبر", "اعلم"})

#: Of :data:`OBJECT_VERBS`, the ones that always take an object before «بأن»/«أن».
_ALWAYS_OBJECT = frozenset({"اتهم"})


def object_cue(verb: str, surface_norm: str) -> bool:
    """The cue (its past form ``verb``, its normalized surface ``surface_norm``) may take an
    object noun after it: one of :data:`OBJECT_VERBS` with no object pronoun attached
    («أخبرها» carries its object)."""
    from khabar.quotes.cues import FORMS
    if verb not in OBJECT_VERBS:
        return False
    bare = surface_norm if surface_norm in FORMS else surface_norm[1:]
    return not any(bare.endswith(c) and FORMS.get(bare[:-len(c)], ("",))[0] == verb
                   for c in ("ه", "ها", "هم", "هن", "هما"))


def lone_object(art: Article, verb: str, region: list[int], ents: list[Entity]) -> bool:
    """``region`` after an «اتهم» cue is one word that is no PER/ORG mention: the one
    accused, not the accuser («حين اتهم المملكة بأنها»)."""
    if verb not in _ALWAYS_OBJECT or len(region) != 1:
        return False
    t = art.toks[region[0]]
    return art.norms[region[0]][:1].isalpha() and not any(
        e.label in ("PER", "ORG") and e.start < t.end and t.start < e.end for e in ents)


def told_object(state, cue: Cue, region: list[int], sp: Speaker | None,
                person: bool) -> tuple[Speaker | None, bool]:
    """``(sp, person)`` found after the cue, unless the cue takes an object there («أن
    الناجي الوحيد أخبر رجال الإنقاذ أن», «اتهم المملكة بأنها»): then the subject before
    the verb, or nothing when there is none and the word after «اتهم» is a lone object."""
    art = state.art
    if sp is None or cue.kind != "verb" or not object_cue(cue.verb, art.norms[cue.index]):
        return sp, person
    pre = state._preverbal(cue)
    if pre[0] is not None or lone_object(art, cue.verb, region, state.ents):
        return pre
    return sp, person


__all__ = ["OBJECT_VERBS", "lone_object", "object_cue", "told_object"]
