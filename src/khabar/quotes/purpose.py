"""Cue words that report nothing because of the clause they stand in (round 16).

«أمسكت الهاتف كي تخبر عائلتها بأنها في أمان»: a verb of saying after «كي/لكي» (a purpose:
"so as to tell") says what someone meant to say, not what was said, so it starts no quote.
A cue verb in a relative clause with a noun object between a cue and its complementizer
(«وقالت الشرطة التي كشفت صور المنفذين إن») belongs to the subject, not to the report.
Nothing here raises on ordinary input.
"""
from __future__ import annotations

from khabar.quotes.cues import cue_form, is_complementizer
from khabar.quotes.lexicon import RELATIVES
from khabar.quotes.marks import Article

#: Purpose particles («كي», «لكي», «كى» as the text may write them; normalized forms).
PURPOSE_WORDS = frozenset({"كي", "لكي", "وكي", "ولكي"})


def purpose_clause(art: Article, k: int) -> bool:
    """The cue at token ``k`` follows a purpose particle («كي تخبر», «لكي يقول»)."""
    return k > 0 and art.norms[k - 1] in PURPOSE_WORDS and \
        not (k > 1 and art.norms[k - 2] == "بان")     # not «بان كي مون»


def relative_with_object(art: Article, i: int) -> bool:
    """The cue form at token ``i`` is the verb of a relative clause with a noun object
    («وقالت الشرطة التي كشفت صور المنفذين إن»: «كشفت» describes the police, the
    complementizer after it is «قالت»'s), so it does not end an earlier cue's subject."""
    if i < 1 or i + 1 >= art.n or art.norms[i - 1] not in RELATIVES:
        return False
    rel, hit = art.norms[i - 1], cue_form(art.norms[i])
    agree = art.norms[i].endswith(("وا", "ون")) if rel == "الذين" else \
        hit is not None and hit[1] == ("f" if rel == "التي" else "m")
    if not agree:
        return False    # «الذين تقول الشركة أن»: the noun after the verb is its subject
    nxt = art.toks[i + 1].words
    return bool(nxt) and nxt[0].upos == "NOUN" and not is_complementizer(art.norms[i + 1]) \
        and art.norms[i + 1].isalpha()


def inside_quotation_end(art: Article, k: int, a: int, b: int) -> int:
    """The last token of indirect content [a, b] whose cue ``k`` stands inside a quotation
    («ورضوان "ادعى أنه مغربي وليبي"، ولم يكن …»): the content ends before the closing mark
    (the words after it are the writer's again); ``b`` when no quotation encloses the cue."""
    for o, c in art.quotes.items():
        if c is not None and o < k < c and a <= c <= b:
            b = min(b, c - 1)
    return b


def before_opening_mark(art: Article, j: int) -> int:
    """The token before a quotation that opens right before the cue (``j`` is the token before
    the cue), over a parenthesis before the mark: «ورضوان (30 عاماً) "ادعى أنه …"» → «ورضوان»,
    the subject; ``j`` unchanged when no quotation opens there."""
    if not (j > 0 and art.is_quote(j) and art.quotes.get(j) is not None):
        return j
    i = j - 1
    if art.norms[i] == ")":
        o = i
        while o > 0 and j - o < 10 and art.norms[o] != "(":
            o -= 1
        i = o - 1 if art.norms[o] == "(" else i
    return i
