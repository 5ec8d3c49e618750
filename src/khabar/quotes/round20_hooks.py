"""Where the round-20 subject rules (:mod:`khabar.quotes.round20_subjects`) enter the speaker
choice of :class:`~khabar.quotes.speakers.Speakers`, kept out of that module so it stays
small. Functions of the speaker state; nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.document import Speaker
from khabar.quotes.cues import Cue
from khabar.quotes.round20_subjects import (but_pronoun_subject, kana_comma_subject,
                                            lone_object, object_cue)


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


def subject_before(state, cue: Cue) -> tuple[Speaker | None, bool]:
    """A subject before a verb cue that the older rules miss: a person set off by a comma
    after «كان» («وكان الناطق … سفيان السليطي، أكد»), the subject of the clause that
    «لكنه/لكنها» refers to («أن المسؤول المطلع … تحدث …، لكنه قال»); (None, False)
    otherwise."""
    art = state.art
    k = cue.index
    if cue.kind != "verb":
        return None, False
    kc = kana_comma_subject(art, k, state.ents)
    if kc is not None:
        return Speaker(kc.start, kc.end, kc.canonical), True
    region = but_pronoun_subject(art, k, cue.gender, state.said)
    if region is not None:
        sp, person = state._subject(cue, region)
        return (sp, person) if sp is not None else (state._phrase(region, None), False)
    return None, False


__all__ = ["subject_before", "told_object"]
