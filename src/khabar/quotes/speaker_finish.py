"""The last touches on a chosen speaker (split out of :mod:`khabar.quotes.speakers`,
unchanged): the name as first written, known bodies and party blocs, a body with its place, a
nickname's person, a stray place word dropped (rounds 13–19).

:class:`FinishRules` is a mixin of :class:`~khabar.quotes.speakers.Speakers`; nothing here raises
on ordinary input.
"""
from __future__ import annotations

from khabar.document import Span, Speaker
from khabar.quotes.bloc_back import bloc_party_before
from khabar.quotes.body_place import body_with_place
from khabar.quotes.bureau import bureau_party
from khabar.quotes.country_speaker import country_by_name
from khabar.quotes.cues import Cue
from khabar.quotes.dangling_place import without_dangling_place
from khabar.quotes.our_correspondent import our_correspondent
from khabar.quotes.finish import longer_body, written_with_nisba
from khabar.quotes.head_org import headed_org
from khabar.quotes.namewords import org_names
from khabar.quotes.nickname import nickname_person
from khabar.quotes.org_surname import org_then_surname
from khabar.quotes.named_bodies import numbered_channel
from khabar.quotes.short_bodies import short_body
from khabar.quotes.spelling_variants import first_spelling
from khabar.quotes.split_surname import joined_surname
from khabar.quotes.vowel_variant import first_written_form
from khabar.text.normalize import normalize


class FinishRules:
    """Post-processing of the speaker a cue resolved to."""

    def _polish(self, cue: Cue, sp: Speaker | None,
                person: bool) -> tuple[Speaker | None, bool]:
        """(``sp`` with its final span and canonical name, whether it is a person)."""
        art = self.art
        k, t = cue.index, cue.trigger
        if sp is not None and person and sp.canonical and \
                (whole := joined_surname(sp.canonical, self.persons)) is not None:
            sp = Speaker(sp.start, sp.end, whole)   # «الجرو شي» → «طارق الجروشي» (round 20)
        if sp is not None and person and sp.canonical:
            sp = Speaker(sp.start, sp.end, first_spelling(self.full(sp.canonical),
                                                          self.persons))  # (round 18)
        if sp is not None and sp.canonical is None:
            text = " ".join(art.doc.repaired(Span(sp.start, sp.end)).split())
            if len(text.split()) > 1 and "".join(normalize(text).split()) in org_names():
                # «الجبهة الشعبية»: a known body (not one word: «البيان» is also a paper)
                sp = Speaker(sp.start, sp.end, text)
            else:
                sp = self._bloc_party(sp) or sp     # «كتلة الجبهة الشعبية …» (round 13)
        if sp is not None and sp.canonical is None and \
                (bureau := bureau_party(art, sp.start)) is not None:
            sp = Speaker(sp.start, bureau[0], bureau[1])    # «المكتب السياسي لحزب …» (r19)
        if sp is not None and sp.canonical is None and \
                (party := bloc_party_before(art, sp.start)) is not None:
            sp = Speaker(sp.start, sp.end, party)   # «الكتلة النيابية لحركة …» (round 18)
        if sp is not None and sp.canonical is None and numbered_channel(normalize(
                " ".join(art.raw[sp.start:sp.end].split())).split()):
            sp = Speaker(sp.start, sp.end, " ".join(art.raw[sp.start:sp.end].split()))  # r19
        if sp is not None and sp.canonical is None and \
                (ours := our_correspondent(art, sp, self.ents)) is not None:
            sp, person = ours, True     # «مراسل "الجوهرة اف أم"» … «مراسلنا X» (round 20)
        if sp is not None and sp.canonical and not person:
            sp = Speaker(sp.start, sp.end, written_with_nisba(short_body(longer_body(
                sp.canonical, [h.canonical for h, _ in self.history if h.canonical]),
                [h.canonical for h, _ in self.history if h.canonical]),     # round 17
                art.norms[:k], art.surf[:k]))
        if sp is not None and not person and \
                (placed := body_with_place(art, sp, self.all_ents, k, t)) is not None:
            sp = placed     # «قالت الشرطة في تايلاند إنها» (round 17)
        if sp is not None and (both := org_then_surname(art.raw, self.ents, sp)) is not None:
            sp, person = both, True     # «وكتبت تشيلسي كلينتون» (round 18)
        if sp is not None and sp.canonical is None:
            sp = headed_org(art.raw, self.ents, sp) or sp   # «صندوق الأمم المتحدة …» (round 19)
        if sp is not None and sp.canonical is None:
            sp = country_by_name(sp, self.all_ents) or sp   # «وكانت الإمارات قد أعلنت» (r22)
        if sp is not None and (nick := nickname_person(art.raw, self.ents, sp)) is not None:
            sp, person = nick, True     # «محمد فريد "ولد العزوزية"» … «وأكد ولد العزوزية» (r19)
        if sp is not None and sp.canonical:
            sp = without_dangling_place(art.raw, sp) or sp  # «… والفلك بمدينة» (round 19)
            sp = self._finish(sp)
            if person and (first := first_written_form(sp.canonical, self.ents)) is not None:
                sp = Speaker(sp.start, sp.end, first)   # «جريفين» → «كاثي جريفن» (round 18)
        return sp, person


__all__ = ["FinishRules"]
