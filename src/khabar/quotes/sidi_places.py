"""«سيدي …» after a place head names a place, not a person (round 20, from blind batch 78):
in «موظّفة بمعتمدية سيدي حسين السيجومي» and «على معتمد سيدي حسين السيجومي» NER tags «حسين
السيجومي» PER, and «وهو الأمر الذى نفاه المعتمد موضحا» then resolved the delegate to that
"person". A PER mention that starts at or right after «سيدي» when the word before «سيدي» is a
place head of :data:`khabar.lang.quote_heads.SIDI_PLACE_HEADS` (with «و», «ب», «ل» before
it) is dropped from the speaker mentions. Pure function; nothing here raises on ordinary
input."""
from __future__ import annotations

from collections.abc import Sequence

from khabar.document import Entity, Token
from khabar.lang.quote_heads import SIDI_PLACE_HEADS


def _head(norm: str) -> bool:
    for pre in ("", "و"):
        if not norm.startswith(pre):
            continue
        rest = norm[len(pre):]
        if rest in SIDI_PLACE_HEADS or rest[:1] in "بل" and rest[1:] in SIDI_PLACE_HEADS:
            return True
    return False


def without_sidi_places(toks: Sequence[Token], norms: Sequence[str],
                        ents: list[Entity]) -> list[Entity]:
    """``ents`` without the PER mentions that start at or right after «سيدي» preceded by a
    place head (token view ``toks``/``norms`` of the article)."""
    if "سيدي" not in norms:
        return list(ents)   # (no «سيدي» in the article: nothing to drop)
    starts = {t.start: i for i, t in enumerate(toks)}
    out = []
    for e in ents:
        i = starts.get(e.start)
        if e.label == "PER" and i is not None and i >= 1 and (
                norms[i] == "سيدي" and _head(norms[i - 1]) or
                i >= 2 and norms[i - 1] == "سيدي" and _head(norms[i - 2])):
            continue    # (the mention may have taken «سيدي» in)
        out.append(e)
    return out
