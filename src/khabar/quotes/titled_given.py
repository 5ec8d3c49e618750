"""A name NER missed, read forward from a known given name right after a title (round 22,
from blind batch 96).

«قالت النائبة بشرى بلحاج حميدة ضيفة بولتيكا اليوم … أن …»: NER tagged no person, and the
round-9 guess (:meth:`khabar.quotes.guess.GuessRules._guess_name`) reads the name backwards
from the end of the subject, so a description after the name («ضيفة بولتيكا», the guest of a
programme) was taken for it. When the word right after a title word is a known given name (the
person gazetteer's «first» names or :data:`khabar.lang.given_names.FEMALE_GIVEN`), the name
starts there: the given name and up to two name words after it, stopped by a place or a place
nisba.

Pure function of the token view; nothing raises on ordinary input.
"""
from __future__ import annotations

from typing import Callable, Sequence

from khabar.lang import quote_cues as C
from khabar.lang.given_names import FEMALE_GIVEN
from khabar.quotes.lexicon import is_place_adjective, places
from khabar.quotes.namewords import first_names, fold


def given_forward(norms: Sequence[str], seg: Sequence[int],
                      name_like: Callable[[int], bool]) -> list[int]:
    """Token indices of the name that starts with a known given name right after a title word
    of ``seg`` (the subject's words before any adjunct), at most three words; [] when ``seg``
    has no title word followed by a known given name."""
    given = first_names() | FEMALE_GIVEN
    for n in range(len(seg) - 1):
        i = seg[n]
        if norms[i] not in C.TITLE_WORDS:
            continue
        j = seg[n + 1]
        if fold(norms[j]) not in given or not name_like(j):
            return []
        name = [j]
        for k in seg[n + 2:n + 4]:
            nm = norms[k]
            if not name_like(k) or nm in places() or is_place_adjective(nm):
                break
            name.append(k)
        return name
    return []


__all__ = ["given_forward"]
